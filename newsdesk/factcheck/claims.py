"""Claims an English article makes: figures, dates, quarters, comparison periods, names and quotations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from . import dates
from .clock import Readings, english_times
from .entities import Name, find_names, is_generic
from .numbers import Quantity, find_quantities
from .quotes import find_quotes

_CURRENCY_BEFORE = re.compile(r"(?:US\$|A\$|C\$|HK\$|R\$|[$€£¥₹₽]|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|RUB))\s?$")
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?|roubles?|rubles?|zloty|crowns?|korun[ay]?)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(r"^\s?(?:%|per ?cent\b|percentage points?\b|pp\b|points?\b)", re.IGNORECASE)
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-$")
_CLAUSE_BREAK = re.compile(r"[.;!?:]\s|,\s|\s(?:while|whereas|but|although)\s|\n|—|–\s")


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One checkable statement in the article, with where it sits and the clause around it."""

    text: str
    kind: str
    start: int
    end: int
    quantity: Quantity | None = None
    name: Name | None = None
    value: int | str | Readings | tuple[tuple[int, int, int], ...] | None = None
    clause: tuple[int, int] = (0, 0)


def clause_breaks(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every clause break in text, in order."""
    return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text) if not _inside_number(text, m.start())]


def clause_around(
    text: str, start: int, end: int, breaks: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """Return the bounds of the clause that holds text[start:end]."""
    breaks = clause_breaks(text) if breaks is None else breaks
    i = bisect.bisect_right(breaks, (start, len(text) + 1))
    left = breaks[i - 1][1] if i and breaks[i - 1][1] <= start else (breaks[i - 2][1] if i >= 2 else 0)
    j = bisect.bisect_left(breaks, (end, -1))
    right = breaks[j][0] if j < len(breaks) else len(text)
    return left, right


def _inside_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _quantity_kind(text: str, q: Quantity) -> str:
    before = text[max(0, q.start - 6) : q.start]
    after = text[q.end : q.end + 20]
    if _PERCENT_AFTER.match(after):
        return "percent"
    if _CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(after):
        return "amount"
    value = q.values[0]
    if not q.scaled and not q.word and value.is_integer() and 1800 <= value <= 2100 and "," not in q.text:
        return "year"
    return "number"


def extract_claims(
    text: str, capitalised: Collection[str] = (), unused: Callable[[str], bool] | None = None
) -> list[Claim]:
    """Return every claim in a piece of English text, in order.

    capitalised holds the lower-case words the source writes with a capital inside a sentence: such
    a word starting one of the text's sentences is a name ("Alphabet plans"), not a sentence start.
    unused tells the words an English source never uses (see entities.find_names).
    """
    claims: list[Claim] = []
    covered = bytearray(len(text) + 1)

    def add(claim: Claim) -> None:
        claims.append(claim)
        covered[claim.start : claim.end] = b"\x01" * (claim.end - claim.start)

    for t in english_times(text):
        # a clock time ("2:30 pm", "14:30") is one claim, not an hour and a minute count
        add(Claim(text=t.text, kind="time", start=t.start, end=t.end, value=t.readings))
    for m in dates.ENGLISH_NUMERIC_DATE.finditer(text):
        if readings := dates.english_numeric_date(m):
            add(Claim(text=m.group(0), kind="date", start=m.start(), end=m.end(), value=readings))
    for m in dates.ENGLISH_QUARTER.finditer(text):
        add(
            Claim(
                text=m.group(0), kind="quarter", start=m.start(), end=m.end(), value=dates.english_quarter(m)
            )
        )
    for name, start, end, span in dates.english_periods(text):
        if not _overlaps(covered, start, end):
            add(Claim(text=span, kind="period", start=start, end=end, value=name))
    for m in dates.ENGLISH_MONTH.finditer(text):
        if (
            m.group(1) == "May"
            and not re.search(r"\d\s*$|\bin\s*$|\bof\s*$", text[: m.start()])
            and not re.match(r"\s*\d", text[m.end() :])
        ):
            continue
        add(
            Claim(
                text=m.group(0),
                kind="month",
                start=m.start(),
                end=m.end(),
                value=dates.english_month(m.group(1)),
            )
        )
    for m in dates.ENGLISH_WEEKDAY.finditer(text):
        add(
            Claim(
                text=m.group(0),
                kind="weekday",
                start=m.start(),
                end=m.end(),
                value=dates.WEEKDAYS.index(m.group(1).lower()),
            )
        )
    for m in dates.ENGLISH_WEEKDAY_SHORT.finditer(text):
        day = m.group(1) or m.group(2)
        start = m.start(1) if m.group(1) else m.start(2)
        add(Claim(text=day, kind="weekday", start=start, end=start + len(day), value=dates.english_weekday_short(m)))
    for q in find_quantities(text, english=True):
        if _overlaps(covered, q.start, q.end):
            continue
        if _CODE_BEFORE.search(text, max(0, q.start - 40), q.start):
            continue  # the number of a code or model (COVID-19, F-16, G-20) is part of its name
        if q.word and q.values[0] == 1 and not q.scaled:
            continue
        if q.text.lower() == "dozen" and re.search(r"\ba\s+$", text[max(0, q.start - 8) : q.start], re.IGNORECASE):
            continue  # "a dozen", "more than a dozen" are a rough count, not twelve
        if q.text.lower() == "second" or (
            q.word and q.text.lower() in {"first", "third"} and not _ordinal_counts(text, q)
        ):
            continue
        add(Claim(text=q.text, kind=_quantity_kind(text, q), start=q.start, end=q.end, quantity=q))
    for n in find_names(text, capitalised, unused):
        if _overlaps(covered, n.start, n.end):
            continue
        words = [w for w in re.split(r"[\s\-]+", n.text) if w]
        if all(is_generic(w) or not any(ch.isalpha() for ch in w) for w in words):
            continue
        add(Claim(text=n.text, kind="name", start=n.start, end=n.end, name=n))
    # a quotation is a claim of its own; the figures and names inside it stay claims too
    claims += [Claim(text=q.text, kind="quote", start=q.start, end=q.end) for q in find_quotes(text)]
    claims.sort(key=lambda c: c.start)
    breaks = clause_breaks(text)
    return [
        Claim(
            text=c.text,
            kind=c.kind,
            start=c.start,
            end=c.end,
            quantity=c.quantity,
            name=c.name,
            value=c.value,
            clause=clause_around(text, c.start, c.end, breaks),
        )
        for c in claims
    ]


def _ordinal_counts(text: str, q: Quantity) -> bool:
    """Tell "the third time" (a figure) from "first" meaning "at first" or "for the first time"."""
    return not re.search(r"for the\s*$|at\s*$", text[: q.start], re.IGNORECASE) and not re.match(
        r"\s+time\b", text[q.end :]
    )


def _overlaps(covered: bytearray, start: int, end: int) -> bool:
    return 1 in covered[start:end]
