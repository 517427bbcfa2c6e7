"""Claims an English article makes: figures, dates, quarters, comparison periods, names and quotations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from . import dates
from .clock import Readings, english_times
from .entities import Name, find_names, is_generic
from .numbers import Quantity, find_quantities, is_year
from .quotes import find_quotes
from .verdicts import member_of

_CURRENCY_BEFORE = re.compile(r"(?:US\$|A\$|C\$|HK\$|R\$|[$€£¥₹₽]|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|RUB))\s?$")
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?|roubles?|rubles?|zloty|crowns?|korun[ay]?)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(r"^\s?(?:%|per ?cent\b|percentage points?\b|pp\b|points?\b)", re.IGNORECASE)
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-$")
_CLAUSE_BREAK = re.compile(r"[.;!?:]\s|,\s|\s(?:while|whereas|but|although)\s|\n|—|–\s")


class ClaimKind(StrEnum):
    """What a claim (or a check on a whole sentence) is about; a member equals its stored word."""

    # what extract_claims finds in an English text
    PERCENT = "percent"
    AMOUNT = "amount"  # a figure with a currency
    YEAR = "year"
    NUMBER = "number"  # any other figure
    TIME = "time"  # a clock time
    DATE = "date"  # a date written in digits
    QUARTER = "quarter"
    PERIOD = "period"  # a comparison period ("year on year")
    MONTH = "month"
    WEEKDAY = "weekday"
    NAME = "name"
    QUOTE = "quote"
    # what the sentence checks find (direction.py, grounded.py, untranslated.py, judge.py)
    DIRECTION = "direction"  # the sentence says up where the source says down
    NEGATION = "negation"  # the sentence denies what the source says, or the reverse
    CITATION = "citation"  # a citation to no source sentence, or none at all
    DESCRIPTION = "description"  # a description or word of praise the cited sentences do not give
    UNTRANSLATED = "untranslated"  # a word left in the source's language
    MEANING = "meaning"  # the judge's verdict on one sentence
    STATEMENT = "statement"  # the judge's verdict on a figure-free sentence of a text checked whole

    @classmethod
    def read(cls, value: object) -> ClaimKind:
        """Return the kind a stored word names, or raise ValueError naming the word and the known ones."""
        return member_of(cls, value, "claim kind")


# the kinds of claim that are figures: a key figure, an operand of arithmetic
FIGURE_KINDS = frozenset({ClaimKind.AMOUNT, ClaimKind.PERCENT, ClaimKind.NUMBER})


class DateReading(NamedTuple):
    """One way to read a date written in digits (03/04/2024 may be 3 April or 4 March)."""

    day: int
    month: int
    year: int


# What a claim's value holds, by kind: a time its (hour, minute) readings, a date its readings, a
# quarter, month or weekday (0 = Monday) its number, a period its name in dates.PERIOD_WORDS.
ClaimValue = Readings | tuple[DateReading, ...] | int | str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One checkable statement in the article, with where it sits and the clause around it."""

    text: str
    kind: ClaimKind
    start: int
    end: int
    quantity: Quantity | None = None
    name: Name | None = None
    value: ClaimValue = None
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


def _quantity_kind(text: str, q: Quantity) -> ClaimKind:
    before = text[max(0, q.start - 6) : q.start]
    after = text[q.end : q.end + 20]
    if _PERCENT_AFTER.match(after):
        return ClaimKind.PERCENT
    if _CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(after):
        return ClaimKind.AMOUNT
    if is_year(q):
        return ClaimKind.YEAR
    return ClaimKind.NUMBER


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
    breaks = clause_breaks(text)

    def claim(
        span: str, kind: ClaimKind, start: int, end: int, *,
        quantity: Quantity | None = None, name: Name | None = None, value: ClaimValue = None,
    ) -> Claim:
        """Make a claim with the clause around it, once (no claim is rebuilt to add it)."""
        return Claim(text=span, kind=kind, start=start, end=end, quantity=quantity, name=name, value=value,
                     clause=clause_around(text, start, end, breaks))

    def add(found: Claim) -> None:
        claims.append(found)
        covered[found.start : found.end] = b"\x01" * (found.end - found.start)

    for t in english_times(text):
        # a clock time ("2:30 pm", "14:30") is one claim, not an hour and a minute count
        add(claim(span=t.text, kind=ClaimKind.TIME, start=t.start, end=t.end, value=t.readings))
    for m in dates.ENGLISH_NUMERIC_DATE.finditer(text):
        if readings := dates.english_numeric_date(m):
            value = tuple(DateReading(day, month, year) for day, month, year in readings)
            add(claim(span=m.group(0), kind=ClaimKind.DATE, start=m.start(), end=m.end(), value=value))
    for m in dates.ENGLISH_QUARTER.finditer(text):
        add(
            claim(
                span=m.group(0), kind=ClaimKind.QUARTER, start=m.start(), end=m.end(), value=dates.english_quarter(m)
            )
        )
    for name, start, end, span in dates.english_periods(text):
        if not _overlaps(covered, start, end):
            add(claim(span=span, kind=ClaimKind.PERIOD, start=start, end=end, value=name))
    for m in dates.ENGLISH_MONTH.finditer(text):
        if (
            m.group(1) == "May"
            and not re.search(r"\d\s*$|\bin\s*$|\bof\s*$", text[: m.start()])
            and not re.match(r"\s*\d", text[m.end() :])
        ):
            continue
        add(
            claim(
                span=m.group(0),
                kind=ClaimKind.MONTH,
                start=m.start(),
                end=m.end(),
                value=dates.english_month(m.group(1)),
            )
        )
    for m in dates.ENGLISH_WEEKDAY.finditer(text):
        add(
            claim(
                span=m.group(0),
                kind=ClaimKind.WEEKDAY,
                start=m.start(),
                end=m.end(),
                value=dates.WEEKDAYS.index(m.group(1).lower()),
            )
        )
    for m in dates.ENGLISH_WEEKDAY_SHORT.finditer(text):
        day = m.group(1) or m.group(2)
        start = m.start(1) if m.group(1) else m.start(2)
        weekday = dates.english_weekday_short(m)
        add(claim(span=day, kind=ClaimKind.WEEKDAY, start=start, end=start + len(day), value=weekday))
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
        add(claim(span=q.text, kind=_quantity_kind(text, q), start=q.start, end=q.end, quantity=q))
    for n in find_names(text, capitalised, unused):
        if _overlaps(covered, n.start, n.end):
            continue
        words = [w for w in re.split(r"[\s\-]+", n.text) if w]
        if all(is_generic(w) or not any(ch.isalpha() for ch in w) for w in words):
            continue
        add(claim(span=n.text, kind=ClaimKind.NAME, start=n.start, end=n.end, name=n))
    # a quotation is a claim of its own; the figures and names inside it stay claims too
    claims += [claim(span=q.text, kind=ClaimKind.QUOTE, start=q.start, end=q.end) for q in find_quotes(text)]
    claims.sort(key=lambda c: c.start)
    return claims


def _ordinal_counts(text: str, q: Quantity) -> bool:
    """Tell "the third time" (a figure) from "first" meaning "at first" or "for the first time"."""
    return not re.search(r"for the\s*$|at\s*$", text[: q.start], re.IGNORECASE) and not re.match(
        r"\s+time\b", text[q.end :]
    )


def _overlaps(covered: bytearray, start: int, end: int) -> bool:
    return 1 in covered[start:end]
