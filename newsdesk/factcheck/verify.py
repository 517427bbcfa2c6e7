"""Check an article against its source: the seam the pipeline calls.

This is the minimal checker: every number and year in the article must occur in the source,
after French/German number formats and scale words are normalised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

CHECKER_NAME = "numbers-v1"
FAILING = frozenset({"contradicted", "unsupported"})

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])")
_SCALE = re.compile(
    r"\s*(billions?|bn|milliards?|milliarden|mrd\.?|millions?|mn|m|millionen|mio\.?|thousand|k|trillions?)\b",
    re.IGNORECASE,
)
_SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarden": 1e9,
    "mrd": 1e9, "mrd.": 1e9, "trillion": 1e12, "trillions": 1e12,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    heading: str
    body: str
    kind: str = "body"


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimVerdict:
    text: str
    kind: str
    verdict: str
    evidence: str = ""
    section: str = ""
    note: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "text": self.text, "kind": self.kind, "verdict": self.verdict,
            "evidence": self.evidence, "section": self.section, "note": self.note,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    claims: tuple[ClaimVerdict, ...]
    policy: str = "strict"
    checker: str = CHECKER_NAME

    @property
    def passed(self) -> bool:
        return not self.failing()

    def failing(self) -> list[ClaimVerdict]:
        return [c for c in self.claims if c.verdict in FAILING]

    def summary(self) -> str:
        n = len(self.claims)
        noun = "figure, date or name" if n == 1 else "figures, dates and names"
        if not n:
            return "No figures, dates or names to check"
        counts: dict[str, int] = {}
        for c in self.claims:
            counts[c.verdict] = counts.get(c.verdict, 0) + 1
        if self.passed and set(counts) == {"supported"}:
            return f"{n} {noun} checked against the source: all supported"
        parts = [f"{counts[v]} {v}" for v in ("supported", "derived", "contradicted", "unsupported") if v in counts]
        return f"{n} {noun} checked against the source: " + ", ".join(parts)


def parse_number(raw: str) -> float:
    """Read a number written in English, French or German notation."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s:
        s = s.replace(" ", "")
    if "," in s and "." in s:
        # whichever comes last is the decimal mark
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        # "1,234" and "1,234,567" group thousands; "14,3" and "51,24" carry decimals
        s = s.replace(",", "") if len(groups) > 2 or len(groups[-1]) == 3 else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    return float(s)


def _values(text: str) -> list[tuple[str, float, float | None]]:
    """Return (span, value, scaled value) for every number in text."""
    found = []
    for m in _NUMBER.finditer(text):
        try:
            value = parse_number(m.group(1))
        except ValueError:
            continue
        scaled = None
        if sm := _SCALE.match(text, m.end()):
            scaled = value * _SCALES[sm.group(1).lower()]
            span = text[m.start():sm.end()]
        else:
            span = m.group(1)
        found.append((span, value, scaled))
    return found


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def check_sections(
    *, source: str, sections: Sequence[Section], language: str | None = None, policy: str = "strict"
) -> Report:
    """Check every number in the article's sections against the source."""
    source_values = _values(source)
    claims: list[ClaimVerdict] = []
    for section in sections:
        for text in (section.heading, section.body):
            for span, value, scaled in _values(text):
                match = next(
                    (
                        s for s in source_values
                        if (scaled is not None and s[2] is not None and _close(scaled, s[2]))
                        or _close(value, s[1])
                    ),
                    None,
                )
                kind = "year" if scaled is None and value.is_integer() and 1900 <= value <= 2100 else "number"
                claims.append(
                    ClaimVerdict(
                        text=span, kind=kind, section=section.kind,
                        verdict="supported" if match else "unsupported",
                        evidence=match[0] if match else "",
                    )
                )
    return Report(claims=tuple(claims), policy=policy)


def check_text(*, source: str, article: str, language: str | None = None, policy: str = "strict") -> Report:
    """Check a plain-text article against a plain-text source."""
    return check_sections(
        source=source, sections=[Section(heading="", body=article)], language=language, policy=policy
    )
