"""What a source says, read once in its own language and kept for matching claims against."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import dates
from .entities import SourceNames
from .numbers import Quantity, find_quantities

# Codes the readers know; other languages are read with every table at once.
KNOWN = frozenset({"en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi", "zh", "ja"})
_SENTENCE_BREAK = re.compile(r"[.!?]\s|[。！？;；\n]")
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|[,，、：。！？;；\n]\s?|\s[—–]\s")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceFacts:
    text: str
    language: str | None
    quantities: tuple[Quantity, ...]
    names: SourceNames
    months: dict[int, str]
    weekdays: dict[int, str]
    quarters: dict[int, str]
    periods: dict[str, str]
    years: tuple[Quantity, ...]

    def sentence(self, position: int) -> tuple[int, int]:
        """Return the bounds of the sentence around position."""
        return _bounds(self.text, position, _SENTENCE_BREAK)

    def clause(self, position: int) -> tuple[int, int]:
        """Return the bounds of the clause around position."""
        return _bounds(self.text, position, _CLAUSE_BREAK)


def _bounds(text: str, position: int, pattern: re.Pattern[str]) -> tuple[int, int]:
    left = 0
    for m in pattern.finditer(text, max(0, position - 600), position):
        if not (m.start() > 0 and text[m.start() - 1].isdigit() and m.end() < len(text) and text[m.end() - 1].isdigit()):
            left = m.end()
    right = len(text)
    for m in pattern.finditer(text, position):
        if not (m.start() > 0 and text[m.start() - 1].isdigit() and m.start() + 1 < len(text) and text[m.start() + 1].isdigit()):
            right = m.start()
            break
    return left, right


def normalise_language(language: str | None, text: str) -> str | None:
    """Return a language code the readers know, detecting it when not given."""
    if language:
        code = language.lower().split("-")[0].split("_")[0]
        return code if code in KNOWN else None
    from newsdesk.sources.language import detect

    code = detect(text[:2000])
    return code if code in KNOWN else None


def read_source(text: str, language: str | None) -> SourceFacts:
    """Read every figure, date and name the source gives."""
    return _read_source(text, normalise_language(language, text))


@functools.lru_cache(maxsize=32)
def _read_source(text: str, language: str | None) -> SourceFacts:
    quantities = tuple(find_quantities(text, language=language))
    near = [(q.start, v) for q in quantities for v in q.values]
    years = tuple(
        q for q in quantities
        if not q.scaled and q.values[0].is_integer() and 1800 <= q.values[0] <= 2100 and len(q.text) == 4
    )
    return SourceFacts(
        text=text,
        language=language,
        quantities=quantities,
        names=SourceNames(text, language),
        months=dates.source_months(text, language),
        weekdays=dates.source_weekdays(text, language),
        quarters=dates.source_quarters(text, near),
        periods=dates.source_periods(text),
        years=years,
    )
