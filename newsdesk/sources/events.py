"""Tell whether two news texts report the same event, across languages (no database here).

Two items are about the same event when they share figures, dates and names and their texts look
alike. Figures and dates are read in every registered language at once (``newsdesk/languages/``):
the scale words ("milliards", "млрд"), month names ("5 března") and number marks are the registry's.
Figures weigh most: two items that both give figures but share none are about different events,
however similar their words.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsdesk import languages

THRESHOLD = 5.0
NEAR_COPY = 0.65  # likeness above which two texts are versions of one sentence
COMMON = 300  # keys on more items than this are not used to find candidates
BACKGROUND = 0.2  # 4-gram likeness of unrelated texts in one language; only likeness above it counts
LIKENESS_WEIGHT = 6.0  # what a likeness of 1 adds to a score


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("’", "'")


def _scales() -> dict[str, float]:
    """Return every registered language's scale words; where languages disagree, English's value or none.

    "billion" is 1e9 in English and 1e12 in French: news in any language borrows the English word, so
    English's reading wins; a word only other languages disagree on ("mil": 1e3 in Spanish, "mil." 1e6
    in Czech) is not read as a scale.
    """
    english = languages.get("en")
    preferred = english.scales if english else {}
    values: dict[str, set[int]] = {}
    for language in languages.every():
        for word, value in language.scales.items():
            values.setdefault(word, set()).add(value)
    return {
        word: float(preferred.get(word, min(found)))
        for word, found in values.items()
        if word in preferred or len(found) == 1
    }


def _months() -> dict[str, int]:
    """Return every registered language's month forms, folded too ("fevrier"), each with its month.

    A form two languages give different months is left out.
    """
    months: dict[str, set[int]] = {}
    for language in languages.every():
        for month, forms in enumerate(language.month_forms, start=1):
            for form in forms:
                name = form.casefold().rstrip(".")
                for key in (name, _fold(name)):
                    months.setdefault(key, set()).add(month)
    return {key: found.pop() for key, found in months.items() if len(found) == 1}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


_SCALES = _scales()
_DECIMAL_MARKS = frozenset(language.decimal_symbol for language in languages.every())
# CLDR's thousands separators that are no language's decimal mark (no-break spaces), and the Swiss
# apostrophe; read as a plain space, which news writes for them too.
_SPACE_MARKS = frozenset(language.group_symbol for language in languages.every()) - _DECIMAL_MARKS | {"'"}
_GROUP_MARKS = frozenset(language.group_symbol for language in languages.every()) | _SPACE_MARKS | {" "}
_MARK_CLASS = "[" + re.escape("".join(sorted(_GROUP_MARKS | _DECIMAL_MARKS))) + "]"
_DECIMAL_CLASS = "[" + re.escape("".join(sorted(_DECIMAL_MARKS))) + "]"
_SEPARATOR = re.compile("[ " + re.escape("".join(sorted(_DECIMAL_MARKS))) + "]")  # after the spaces are one
_NUMBER = re.compile(
    rf"(?<![\w.,-])(\d{{1,3}}(?:{_MARK_CLASS}\d{{3}})+(?:{_DECIMAL_CLASS}\d+)?|\d+(?:{_DECIMAL_CLASS}\d+)?)(?![\w])"
    r"(\s*(?:%|percent|per cent|pour cent|prozent|por ciento|per cento))?"
    rf"(\s*(?:{_alternation(_SCALES)})(?!\w))?",
    re.IGNORECASE,
)
_MONTH = _months()
_MONTH_WORDS = _alternation(_MONTH)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?({_MONTH_WORDS})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\"«»“”]\s*$")
_UNITS = (
    "dollar dollars euro euros prozent percent milliarden millionen milliards millions billion plus "
    "uhr jahr jahres quartal prozentpunkte"
)
# Capitalised words that are not names in the languages newsdesk reads most.
_NOT_NAMES = (
    frozenset(
        "the a an in on at of for and but this that these those it its he she they we i his her their our "
        "le la les un une des du de et en au aux ce cette ces il elle ils elles son sa ses leur selon lors "
        "der die das ein eine einen dem den des und im am zum zur es er sie wir nach bei mit für von "
        "el los las una unos y en con por para su sus lo al del "
        "il lo gli le uno una di da in con per su nel nella dei delle "
        "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi "
        "dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lors selon apres avant pendant "
        "mais aussi dans sur pour par avec sans sous entre vers chez "
        "as after before since with from by to not no yes new more most some all one two three "
        "auch aber nicht noch nur wie was wer wenn als auf aus".split()
    )
    | frozenset(_MONTH)
    | frozenset(_UNITS.split())
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprint:
    figures: frozenset[str]
    counts: frozenset[str]
    dates: frozenset[str]
    names: frozenset[str]
    grams: dict[str, float]


def _number(raw: str) -> float:
    for mark in _SPACE_MARKS:
        raw = raw.replace(mark, " ")
    groups = re.split(_SEPARATOR, raw)
    separators = re.findall(_SEPARATOR, raw)
    if not separators:
        return float(raw)
    if len(groups[-1]) == 3 and len(set(separators)) == 1 and separators[0] != " " and len(groups) > 2:
        return float("".join(groups))  # 1.700.000 or 1,700,000
    if len(set(separators)) == 1 and len(groups[-1]) == 3 and separators[0] == " ":
        return float("".join(groups))
    if len(groups[-1]) == 3 and len(separators) == 1:
        # 1,700 or 1.700: ambiguous; read as thousands (news rarely writes three decimals)
        return float("".join(groups))
    whole = "".join(groups[:-1])
    return float(f"{whole}.{groups[-1]}")


def _significant(value: float) -> str:
    if value == 0:
        return "0"
    digits = 3 - int(math.floor(math.log10(abs(value))))
    return repr(round(value, digits))


def figures_in(text: str, *, small: bool = False) -> frozenset[str]:
    """Return the figures of text as normalised values ('1.43e10', '26.0%'), years left out.

    With small, return only the small whole numbers (below 10) that are otherwise left out.
    """
    found, counts = _figures_and_counts(text)
    return counts if small else found


def _figures_and_counts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    found = set()
    counts = set()
    text = _DAY_MONTH.sub(" ", _MONTH_DAY.sub(" ", text))  # a date's day is not a figure
    for match in _NUMBER.finditer(text):
        raw, percent, scale = match.group(1), match.group(2), match.group(3)
        try:
            value = _number(raw)
        except ValueError:
            continue
        if percent:
            found.add(_significant(value) + "%")
            continue
        if scale:
            value *= _SCALES.get(" ".join(scale.casefold().split()), 1.0)
        elif value.is_integer() and 1950 <= value <= 2099:
            continue  # a year
        elif value < 10 and value.is_integer():
            counts.add(_significant(value))
            continue  # small counts say little about which event it is
        found.add(_significant(value))
    return frozenset(found), frozenset(counts)


_NUMBER_WORDS = {
    word: n
    for n, words in enumerate(
        [
            "",
            "one un une eins ein eine uno una",
            "two deux zwei dos due both",
            "three trois drei tres tre",
            "four quatre vier cuatro quattro",
            "five cinq fünf funf cinco cinque",
            "six sechs seis sei",
            "seven sept sieben siete sette",
            "eight huit acht ocho otto",
            "nine neuf neun nueve nove",
            "ten dix zehn diez dieci",
            "eleven onze elf once undici",
            "twelve douze zwölf zwolf doce dodici",
        ]
    )
    for word in words.split()
}
_DETAIL = re.compile(
    r"\b(?:(\d+)(?:st|nd|rd|th|er|e|ème|eme|º|°|\.)(?=\s)|(" + "|".join(_NUMBER_WORDS) + r"))\b",
    re.IGNORECASE,
)


def details_in(text: str) -> frozenset[str]:
    """Return years, ordinals and spelt-out numbers: too common to match on, but a change in them matters."""
    found = {f"y:{year}" for year in _YEAR.findall(text)}
    for ordinal, word in _DETAIL.findall(text):
        found.add(f"#:{ordinal}" if ordinal else f"#:{_NUMBER_WORDS[word.lower()]}")
    found.discard("#:2")  # 'both' and 'two' say the same; 'un/ein' are articles more often than numbers
    found.discard("#:1")
    return frozenset(found)


def dates_in(text: str) -> frozenset[str]:
    """Return day-and-month dates as 'MM-DD', in any of the languages the month names cover."""
    found = set()
    for day, month in _DAY_MONTH.findall(text):
        key = _fold(month)
        if 1 <= int(day) <= 31 and key in _MONTH:
            found.add(f"{_MONTH[key]:02d}-{int(day):02d}")
    for month, day in _MONTH_DAY.findall(text):
        if 1 <= int(day) <= 31 and month.lower() not in {"mar", "may", "mai", "jun", "jul"}:
            key = _fold(month)
            if key in _MONTH:
                found.add(f"{_MONTH[key]:02d}-{int(day):02d}")
    return frozenset(found)


def names_in(text: str) -> frozenset[str]:
    """Return the capitalised words that are likely names, folded.

    A capitalised word first in its sentence counts only if it is capitalised again elsewhere in
    the text or has inner capitals (DeepSeek), since sentence starts are capitalised anyway.
    """
    inside: set[str] = set()
    initial: Counter[str] = Counter()
    previous_end = 0
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()]
        sentence_start = previous_end == 0 or bool(_SENTENCE_END.search(gap)) or "\n" in gap
        previous_end = match.end()
        word = match.group().strip("'’-")
        if len(word) < 2 or not word[0].isupper():
            continue
        folded = _fold(word).removesuffix("'s")
        if folded in _NOT_NAMES:
            continue
        if sentence_start and not any(c.isupper() for c in word[1:]):
            initial[folded] += 1
        else:
            inside.add(folded)
    return frozenset(inside | {word for word, n in initial.items() if n > 1})


def _grams(text: str) -> dict[str, float]:
    words = [_fold(w) for w in _WORD.findall(text)]
    counts: Counter[str] = Counter()
    for word in words:
        padded = f" {word} "
        counts.update(padded[i : i + 4] for i in range(max(1, len(padded) - 3)))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def fingerprint(text: str) -> Fingerprint:
    """Return what clustering compares: figures, dates, names and character 4-grams of text."""
    figures, counts = _figures_and_counts(text)
    return Fingerprint(
        figures=figures,
        counts=counts | details_in(text),
        dates=dates_in(text),
        names=names_in(text),
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
