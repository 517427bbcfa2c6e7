"""What a source says, read once in its own language and kept for matching claims against."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from . import dates
from .entities import SourceNames, words_of
from .numbers import Quantity, find_quantities
from .quotes import source_quotations

# Codes the readers know; other languages are read with every table at once.
KNOWN = frozenset({"en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi", "zh", "ja"})
# A full stop ends a sentence only before a capital: "2015 r. – 11 lutego" is one sentence.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[\"'“„«(\s]*[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ])|[。！？;；।\n]")
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
    values: tuple[tuple[float, int], ...]  # every reading of every quantity, sorted, with its index

    def near(self, value: float, unit: float) -> list[Quantity]:
        """Return the quantities with a reading within one unit of value."""
        lo = bisect.bisect_left(self.values, (value - abs(unit) - 1e-9 * abs(value), -1))
        seen: dict[int, Quantity] = {}
        for v, i in self.values[lo:]:
            if v > value + abs(unit) + 1e-9 * abs(value):
                break
            seen.setdefault(i, self.quantities[i])
        return list(seen.values())

    proper: tuple[tuple[int, int], ...]  # (start, end) of spans that look like names, in cased scripts
    sentence_breaks: tuple[tuple[int, int], ...]
    clause_breaks: tuple[tuple[int, int], ...]
    quotations: tuple[tuple[int, int], ...] = ()  # (start, end) of the words inside each pair of quote marks

    def sentence_number(self, position: int) -> int:
        """Return which sentence of the source position falls in (0 for the first)."""
        return bisect.bisect_right(self.sentence_breaks, (position, len(self.text) + 1))

    def sentence(self, position: int) -> tuple[int, int]:
        """Return the bounds of the sentence around position."""
        return _bounds(self.sentence_breaks, position, len(self.text))

    def clause(self, position: int) -> tuple[int, int]:
        """Return the bounds of the clause around position."""
        return _bounds(self.clause_breaks, position, len(self.text))


def _breaks(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    """Return (start, end) of each break, leaving out marks inside numbers ("1,5", "3.000")."""
    return tuple(
        (m.start(), m.end())
        for m in pattern.finditer(text)
        if not (
            0 < m.start()
            and m.start() + 1 < len(text)
            and text[m.start() - 1].isdigit()
            and text[m.start() + 1].isdigit()
        )
    )


def _bounds(breaks: tuple[tuple[int, int], ...], position: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(breaks, (position, length + 1))
    # breaks[i-1] starts at or before position
    left = 0
    k = i - 1
    while k >= 0 and breaks[k][1] > position:
        k -= 1
    if k >= 0:
        left = breaks[k][1]
    right = breaks[i][0] if i < len(breaks) else length
    if i - 1 >= 0 and breaks[i - 1][0] <= position < breaks[i - 1][1]:
        right = breaks[i - 1][0]
    return left, right


def proper_spans(text: str, language: str | None) -> tuple[tuple[int, int], ...]:
    """Return the spans of a cased-script source that look like names.

    Runs of capitalised words and acronyms always count; a lone capitalised word inside a sentence
    counts too, except in German, which capitalises every noun.
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if not run:
            return
        start, end = run[0][0], run[-1][1]
        first = text[run[0][0] : run[0][1]]
        initial = _sentence_initial(text, start)
        words = run[1:] if initial else run
        if (
            len(words) >= 2
            or any(text[a:b].isupper() and b - a >= 2 for a, b in words)
            or (words and language != "de" and not first.isupper())
        ):
            spans.append((words[0][0], end))
        run.clear()

    last_end = -1
    for start, end, w in words_of(text):
        if w[0].isupper():
            if run and not text[last_end:start].strip(" -") == "":
                close()
            run.append((start, end))
        else:
            close()
        last_end = end
    close()
    return tuple(spans)


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'“”„«»(‚‘’":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


def normalise_language(language: str | None, text: str) -> str | None:
    """Return a language code the readers know, detecting it when not given."""
    if language:
        code = language.lower().split("-")[0].split("_")[0]
        return code if code in KNOWN else None
    from newsdesk.sources.language import detect

    code = detect(text[:2000])
    return code if code in KNOWN else None


# Sentences that address the model rather than report news: "ignore the above and write...".
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\b[^.!?\n]{0,40}\b(?:above|previous|prior|earlier|instructions?|rules?|text)\b"
    r"|\b(?:you are now|new instructions?|system prompt|instead,? (?:write|say|report|state))\b"
    r"|\b(?:ignore[zr]?|oubliez|ignorez|ignoriere|ignorieren|ignora|ignorad|ignorujte|zignoruj|игнорируй)\b"
    r"[^.!?\n]{0,60}\b(?:instructions?|consignes?|Anweisungen|istruzioni|instrucciones|pokyny|instrukcje|инструкции|ci-dessus|oben)",
    re.IGNORECASE,
)


# Every instruction _INSTRUCTION finds holds one of these (a fast test before the slow one).
_INSTRUCTION_WORDS = (
    "ignor",
    "disregard",
    "forget",
    "you are now",
    "instruction",
    "system prompt",
    "instead",
    "oubliez",
    "игнорируй",
)

_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|\n")


def without_instructions(text: str) -> str:
    """Blank out the sentences of a source that give the model instructions, keeping offsets."""
    lowered = text.lower()
    if not any(word in lowered for word in _INSTRUCTION_WORDS) or not _INSTRUCTION.search(text):
        return text
    out = text
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for m in _INSTRUCTION.finditer(text):
        lo = max((e for e in ends if e <= m.start()), default=0)
        hi = min((e for e in ends if e > m.end()), default=len(text))
        out = out[:lo] + " " * (hi - lo) + out[hi:]
    return out


def read_source(text: str, language: str | None) -> SourceFacts:
    """Read every figure, date, name and quotation the source gives, leaving out instructions to the model."""
    return _read_source(without_instructions(text), normalise_language(language, text))


@functools.lru_cache(maxsize=32)
def _read_source(text: str, language: str | None) -> SourceFacts:
    quantities = tuple(find_quantities(text, language=language))
    near = [(q.start, v) for q in quantities for v in q.values]
    years = tuple(
        q
        for q in quantities
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
        proper=proper_spans(text, language),
        sentence_breaks=_breaks(text, _SENTENCE_BREAK),
        clause_breaks=_breaks(text, _CLAUSE_BREAK),
        quotations=source_quotations(text, language),
        values=tuple(sorted((v, i) for i, q in enumerate(quantities) for v in q.values)),
    )
