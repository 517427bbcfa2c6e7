"""Tell whether two news texts report the same event, across languages (no database here).

Two items are about the same event when they share figures, dates and names and their texts look
alike. Figures, percentages, years and day-and-month dates are read by the checker's reader
(``newsdesk.factcheck.numbers.find_quantities`` and ``newsdesk.factcheck.dates``), in the item's
language when it is known and in every registered language at once otherwise; sentences are
``newsdesk.lib.sentences``'. Figures weigh most: two items that both give figures but share none
are about different events, however similar their words.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsdesk import languages
from newsdesk.factcheck import dates
from newsdesk.factcheck.numbers import Quantity, find_quantities, is_year
from newsdesk.lib.sentences import ABBREVIATIONS, source_sentence_spans

THRESHOLD = 5.0
NEAR_COPY = 0.65  # likeness above which two texts are versions of one sentence
COMMON = 300  # keys on more items than this are not used to find candidates
BACKGROUND = 0.2  # 4-gram likeness of unrelated texts in one language; only likeness above it counts
LIKENESS_WEIGHT = 6.0  # what a likeness of 1 adds to a score

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_UNIT_KINDS = frozenset({"percent", "currency", "quarter"})  # kinds whose word after the figure is its unit


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("’", "'")


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprint:
    figures: frozenset[str]
    counts: frozenset[str]
    dates: frozenset[str]
    names: frozenset[str]
    grams: dict[str, float]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """What clustering reads of a text with the checker's reader, before its 4-grams."""

    figures: frozenset[str]  # normalised values ('1.43e10', '26.0%'), years and small counts left out
    counts: frozenset[str]  # whole numbers below 10 written in digits
    details: frozenset[str]  # years ('y:2024'), ordinals and numbers in words ('#:3')
    dates: frozenset[str]  # day-and-month dates ('03-14')
    names: frozenset[str]  # capitalised words that are likely names, folded


def _significant(value: float) -> str:
    if value == 0:
        return "0"
    digits = 3 - int(math.floor(math.log10(abs(value))))
    return repr(round(value, digits))


@functools.lru_cache(maxsize=64)
def read(text: str, language: str | None = None) -> Reading:
    """Read text's figures, dates and names with the checker's reader, in language (None: every language)."""
    code = languages.code_of(language)
    quantities = _quantities(text, code)
    figures: set[str] = set()
    counts: set[str] = set()
    details: set[str] = set()
    for q in quantities:
        value = q.values[0]
        if q.kind == "date":
            continue  # a date's day or month is not a figure
        if q.start >= 2 and text[q.start - 1] == "-" and text[q.start - 2].isalpha():
            continue  # the number of a name (Covid-19, F-35): the name says it, and it names no event
        if q.kind == "percent":
            figures.add(_significant(value) + "%")
        elif is_year(q):
            details.add(f"y:{int(value)}")
        elif (q.word or q.kind in ("ordinal", "quarter")) and not q.scaled:
            if value.is_integer():
                details.add(f"#:{int(value)}")
        elif not q.scaled and value.is_integer() and value < 10:
            counts.add(_significant(value))  # small counts say little about which event it is
        else:
            figures.add(_significant(value))
    details -= {"#:1", "#:2"}  # 'un/ein' are articles more often than numbers; 'both' and 'two' say the same
    return Reading(
        figures=frozenset(figures),
        counts=frozenset(counts),
        details=frozenset(details),
        dates=_dates(text, quantities, code),
        names=_names(text, quantities, code),
    )


def _quantities(text: str, code: str | None) -> tuple[Quantity, ...]:
    """Return the checker's quantities of text, leaving out any inside an earlier one ("mil" of "40 mil")."""
    found: list[Quantity] = []
    for q in find_quantities(text, language=code):
        if found and q.start < found[-1].end:
            if q.end - q.start <= found[-1].end - found[-1].start:
                continue
            found.pop()
        found.append(q)
    return tuple(found)


def _month_of(word: str, code: str | None) -> int | None:
    months = dates.source_months(word, code)
    return next(iter(months)) if len(months) == 1 else None


_AFTER_DAY = re.compile(r"(?:er|st|nd|rd|th|e|\.)?\s*(?:de |del |di )?([^\W\d_]+)")
_BEFORE_DAY = re.compile(r"([^\W\d_]+)\.?\s+$")


def _dates(text: str, quantities: tuple[Quantity, ...], code: str | None) -> frozenset[str]:
    """Return the day-and-month dates as 'MM-DD': a day the checker reads as a date's, and its month's name."""
    found: set[str] = set()
    for i, q in enumerate(quantities):
        day = q.values[0]
        # "5. března" is read as an ordinal ("5. místo" is one): its month's name says it is a date
        if q.kind not in ("date", "ordinal") or q.word or not day.is_integer() or not 1 <= day <= 31:
            continue
        month: int | None = None
        if text.startswith("月", q.end):
            continue  # the month of 3月5日, read with its day
        if text.startswith("日", q.end) and i and quantities[i - 1].kind == "date":
            before = quantities[i - 1]
            if text[before.end : q.start].strip() == "月" and before.values[0] in range(1, 13):
                month = int(before.values[0])  # 10月30日
        elif (after := _AFTER_DAY.match(text, q.end)) and after.start(1) - q.end <= 6:
            month = _month_of(after.group(1), code)
        if month is None and (before_day := _BEFORE_DAY.search(text, max(0, q.start - 16), q.start)):
            month = _month_of(before_day.group(1), code)
        if month is not None:
            found.add(f"{month:02d}-{int(day):02d}")
    return frozenset(found)


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Return the registry's month and day names, folded: capitalised in some languages, never names."""
    words: set[str] = set()
    for language in languages.every():
        for forms in language.month_forms:
            words.update(_fold(form.rstrip(".")) for form in forms)
        words.update(_fold(day) for forms in language.day_forms for day in forms)
    return frozenset(words)


def _sentence_starts(text: str, code: str | None) -> frozenset[int]:
    """Return the offsets where text's sentences begin (newsdesk.lib.sentences' splitter for sources)."""
    return frozenset(start for start, _ in source_sentence_spans(text, code))


def _names(text: str, quantities: tuple[Quantity, ...], code: str | None) -> frozenset[str]:
    """Return the capitalised words that are likely names, folded.

    A word is no name when it is part of a figure ("Milliarden") or its unit ("Prozent"), a month
    or day name of a registered language, an abbreviation that stands before or after names ("Ms",
    "Ltd"), or a word the text also writes in lower case ("The", "Record" in a headline, "il" of
    "qu'il"). A word first in its sentence counts only if it is capitalised again elsewhere or has
    inner capitals (DeepSeek), since sentence starts are capitalised anyway.
    """
    words = [(m.start(), m.group().strip("'’-")) for m in _WORD.finditer(text)]
    # "qu'il", "l'animal": the words after an elision are written in lower case too
    lower = {_fold(part) for _, word in words for part in re.split(r"['’]", word) if part[:1].islower()}
    taken = [(q.start, q.end) for q in quantities]
    taken += [(q.end, q.end + 4) for q in quantities if q.kind in _UNIT_KINDS]  # the unit's word begins there
    starts = _sentence_starts(text, code)
    calendar = _calendar_words()
    inside: set[str] = set()
    initial: Counter[str] = Counter()
    for start, word in words:
        if len(word) < 2 or not word[0].isupper() or any(a <= start < b for a, b in taken):
            continue
        folded = _fold(word).removesuffix("'s")
        inner = any(c.isupper() for c in word[1:])
        if not inner and (folded in lower or folded in calendar or folded in ABBREVIATIONS):
            continue  # "Ms", "Ltd": a title or a company's form, not which one
        if not inner and start in starts:
            initial[folded] += 1
        else:
            inside.add(folded)
    return frozenset(inside | {word for word, n in initial.items() if n > 1})


def figures_in(text: str, *, small: bool = False, language: str | None = None) -> frozenset[str]:
    """Return the figures of text as normalised values ('1.43e10', '26.0%'), years left out.

    With small, return only the small whole numbers (below 10) that are otherwise left out.
    """
    reading = read(text, language)
    return reading.counts if small else reading.figures


def details_in(text: str, *, language: str | None = None) -> frozenset[str]:
    """Return years, ordinals and spelt-out numbers: too common to match on, but a change in them matters."""
    return read(text, language).details


def dates_in(text: str, *, language: str | None = None) -> frozenset[str]:
    """Return day-and-month dates as 'MM-DD', in the language (None: any registered language)."""
    return read(text, language).dates


def names_in(text: str, *, language: str | None = None) -> frozenset[str]:
    """Return the capitalised words of text that are likely names, folded."""
    return read(text, language).names


def _grams(text: str) -> dict[str, float]:
    words = [_fold(w) for w in _WORD.findall(text)]
    counts: Counter[str] = Counter()
    for word in words:
        padded = f" {word} "
        counts.update(padded[i : i + 4] for i in range(max(1, len(padded) - 3)))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def fingerprint(text: str, *, language: str | None = None) -> Fingerprint:
    """Return what clustering compares of text in language (None: unknown): figures, dates, names, 4-grams.

    The stores read items in every language (None): a feed's declared language is often wrong, and
    a German item read as English loses "Milliarden" (bench/ingest.py's new items, all labelled en,
    found 140 of 250 follow-ups at 10,000 stored read in their label's language, 249 read in every one).
    """
    reading = read(text, language)
    return Fingerprint(
        figures=reading.figures,
        counts=reading.counts | reading.details,
        dates=reading.dates,
        names=reading.names,
        grams=_grams(text),
    )


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Return the cosine similarity of two texts' character 4-grams (0 to 1)."""
    small, large = (a.grams, b.grams) if len(a.grams) < len(b.grams) else (b.grams, a.grams)
    return sum(v * large.get(k, 0.0) for k, v in small.items())


def likeness_of(cosine: float) -> float:
    """Return how alike two texts are from their 4-gram cosine: 0 at the background of unrelated texts, 1 the same."""
    return max(0.0, cosine - BACKGROUND) / (1 - BACKGROUND)


def _unit(key: str) -> float:
    return 1.0


def _both_ways(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a - b) and bool(b - a)


def _specificity(figure: str) -> float:
    """Weigh 51.24 billion or 7,400 above 10 or 35: the more digits, the less likely by chance."""
    digits = len(figure.rstrip("%").split("e")[0].replace(".0", "").replace(".", "").strip("0"))
    return 1.5 if digits >= 3 or "e" in figure or float(figure.rstrip("%")) >= 1000 else 1.0


def score(a: Fingerprint, b: Fingerprint, *, weight: Callable[[str], float] = _unit) -> float:
    """Return how strongly two items look like the same event; 0 when their figures or dates disagree.

    weight(key) says how telling a shared figure ('f:…'), date ('d:…') or name ('n:…') is: the
    story index gives common ones (France, 10%) less weight than rare ones.
    """
    shared_figures = a.figures & b.figures
    if a.figures and b.figures and not shared_figures:
        return 0.0
    shared_dates = a.dates & b.dates
    if a.dates and b.dates and not shared_dates and not shared_figures:
        return 0.0
    likeness = likeness_of(similarity(a, b))
    if likeness >= NEAR_COPY and (
        _both_ways(a.figures | a.counts, b.figures | b.counts) or _both_ways(a.names, b.names)
    ):
        return 0.0  # the same sentence with another figure or name: a different (or contradicting) report
    shared_names = a.names & b.names
    figures = min(3.0, sum(weight(f"f:{x}") * _specificity(x) for x in shared_figures))
    dates = min(2.0, sum(weight(f"d:{x}") for x in shared_dates))
    names = min(4.0, sum(weight(f"n:{x}") for x in shared_names))
    return 2.0 * figures + 1.5 * dates + 1.0 * names + LIKENESS_WEIGHT * likeness


def same_event(a: Fingerprint, b: Fingerprint, *, threshold: float = THRESHOLD) -> bool:
    """Tell whether two fingerprints describe the same event."""
    return score(a, b) >= threshold


def rarity(seen: int) -> float:
    """Return the weight of a shared key that seen items carry: 1 for up to two, less the more there are."""
    return 1.0 if seen <= 2 else 2.0 / (1.0 + seen**0.5)


def _keys(fp: Fingerprint) -> set[str]:
    return {f"f:{x}" for x in fp.figures} | {f"d:{x}" for x in fp.dates} | {f"n:{x}" for x in fp.names}


class EventIndex:
    """Fingerprints of placed items, with an inverted index so a new item meets only likely matches."""

    def __init__(self, *, threshold: float = THRESHOLD, window: timedelta | None = None) -> None:
        self.threshold = threshold
        self.window = window
        self._entries: list[tuple[int, datetime | None, Fingerprint]] = []
        self._postings: dict[str, list[int]] = {}

    def add(self, story_id: int, when: datetime | None, fp: Fingerprint) -> None:
        """Remember an item of story_id."""
        position = len(self._entries)
        self._entries.append((story_id, when, fp))
        for key in _keys(fp):
            self._postings.setdefault(key, []).append(position)

    def _weight(self, key: str) -> float:
        """Give a shared figure, date or name less weight the more items carry it."""
        return rarity(len(self._postings.get(key, ())))

    def match(self, fp: Fingerprint, when: datetime | None) -> int | None:
        """Return the story whose item scores highest against fp, if above the threshold."""
        positions: set[int] = set()
        # Rarest keys first; a key carried by very many items (a big company's name) is not telling.
        for postings in sorted((self._postings.get(key, []) for key in _keys(fp)), key=len):
            if len(postings) > COMMON or len(positions) >= COMMON:
                break
            positions.update(postings[-COMMON:])
        best: tuple[float, int] | None = None
        for position in positions:
            story_id, other_when, other = self._entries[position]
            if self.window and when and other_when and abs(other_when - when) > self.window:
                continue
            value = score(fp, other, weight=self._weight)
            if value >= self.threshold and (best is None or value > best[0]):
                best = (value, story_id)
        return best[1] if best else None
