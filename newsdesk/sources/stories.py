"""Group items about the same event into one Story, across feeds and languages.

Two items are about the same event when they share figures, dates and names (normalised the way
the checker reads them: French and German number formats, scale words) and their texts look alike.
Figures weigh most: two items that both give figures but share none are about different events,
however similar their words.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from .models import SourceItem, Story

log = logging.getLogger(__name__)

#: Sent (after commit) when an item joins a story that already had items: a follow-up.
#: Receivers get story= and item=; the articles app regenerates a published article from it.
story_gained_item = Signal()

WINDOW = timedelta(days=4)  # items further apart in time are different events
RECENT = timedelta(days=14)  # how far back stored items are considered
LOADED = 5000
THRESHOLD = 5.0

_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])"
    r"(\s*(?:%|percent|per cent|pour cent|prozent|por ciento|per cento))?"
    r"(\s*(?:billions?|bn|milliards?|milliarden|mrd\.?|miliardi|miliardo|mil millones|millions?|mn|millionen"
    r"|mio\.?|milioni|millones|millón|thousand|trillions?|billionen|bln)\b)?",
    re.IGNORECASE,
)
_SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "millionen": 1e6, "mio": 1e6, "milioni": 1e6,
    "millones": 1e6, "millón": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "milliard": 1e9,
    "milliards": 1e9, "milliarden": 1e9, "mrd": 1e9, "miliardi": 1e9, "miliardo": 1e9, "mil millones": 1e9,
    "trillion": 1e12, "trillions": 1e12, "billionen": 1e12,
}
_MONTHS = {
    1: "january janvier januar jänner enero gennaio janeiro januari jan",
    2: "february février fevrier februar febrero febbraio fevereiro februari feb",
    3: "march mars märz marz marzo março maart mar",
    4: "april avril abril aprile apr",
    5: "may mai mayo maggio maio mei",
    6: "june juin juni junio giugno junho jun",
    7: "july juillet juli julio luglio julho jul",
    8: "august août aout agosto augustus aug",
    9: "september septembre septiembre settembre setembro sept sep",
    10: "october octobre oktober octubre ottobre outubro oktober oct okt",
    11: "november novembre noviembre novembro nov",
    12: "december décembre decembre dezember diciembre dicembre dezembro dec dez",
}
def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("’", "'")


_MONTH = {key: n for n, names in _MONTHS.items() for name in names.split() for key in (name, _fold(name))}
_MONTH_WORDS = "|".join(sorted(map(re.escape, _MONTH), key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?({_MONTH_WORDS})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\"«»“”]\s*$")
# Capitalised words that are not names in the languages newsdesk reads most.
_NOT_NAMES = frozenset(
    "the a an in on at of for and but this that these those it its he she they we i his her their our "
    "le la les un une des du de et en au aux ce cette ces il elle ils elles son sa ses leur selon lors "
    "der die das ein eine einen dem den des und im am zum zur es er sie wir nach bei mit für von "
    "el los las una unos y en con por para su sus lo al del "
    "il lo gli le uno una di da in con per su nel nella dei delle "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi "
    "dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
) | frozenset(_MONTH)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fingerprint:
    figures: frozenset[str]
    dates: frozenset[str]
    names: frozenset[str]
    grams: dict[str, float]


def _number(raw: str) -> float:
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ")
    groups = re.split(r"[ .,]", raw)
    separators = re.findall(r"[ .,]", raw)
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


def figures_in(text: str) -> frozenset[str]:
    """Return the figures of text as normalised values ('1.43e10', '26.0%'), years left out."""
    found = set()
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
            value *= _SCALES.get(_fold(scale.strip().rstrip(".")), _SCALES.get(scale.strip().lower().rstrip("."), 1))
        elif value.is_integer() and 1950 <= value <= 2099:
            continue  # a year
        elif value < 10 and value.is_integer():
            continue  # small counts say little about which event it is
        found.add(_significant(value))
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
    """Return the capitalised words that are likely names (not first in a sentence), folded."""
    found = set()
    previous_end = 0
    sentence_start = True
    for match in _WORD.finditer(text):
        gap = text[previous_end:match.start()]
        if previous_end and _SENTENCE_END.search(gap.strip() + " " if gap.strip() else ""):
            sentence_start = True
        word = match.group().strip("'’-")
        previous_end = match.end()
        if len(word) < 2:
            sentence_start = False
            continue
        folded = _fold(word)
        inner_caps = any(c.isupper() for c in word[1:])
        if word[0].isupper() and folded not in _NOT_NAMES and (not sentence_start or inner_caps):
            found.add(folded.removesuffix("'s"))
        sentence_start = False
    return frozenset(found)


def _grams(text: str) -> dict[str, float]:
    words = [_fold(w) for w in _WORD.findall(text)]
    counts: Counter[str] = Counter()
    for word in words:
        padded = f" {word} "
        counts.update(padded[i:i + 4] for i in range(max(1, len(padded) - 3)))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def fingerprint(text: str) -> Fingerprint:
    """Return what clustering compares: figures, dates, names and character 4-grams of text."""
    return Fingerprint(figures=figures_in(text), dates=dates_in(text), names=names_in(text), grams=_grams(text))


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Return the cosine similarity of two texts' character 4-grams (0 to 1)."""
    small, large = (a.grams, b.grams) if len(a.grams) < len(b.grams) else (b.grams, a.grams)
    return sum(v * large.get(k, 0.0) for k, v in small.items())


def score(a: Fingerprint, b: Fingerprint) -> float:
    """Return how strongly two items look like the same event; 0 when their figures disagree."""
    shared_figures = len(a.figures & b.figures)
    if a.figures and b.figures and not shared_figures:
        return 0.0
    shared_dates = len(a.dates & b.dates)
    if a.dates and b.dates and not shared_dates and not shared_figures:
        return 0.0
    shared_names = len(a.names & b.names)
    return (
        2.0 * min(shared_figures, 3) + 1.5 * min(shared_dates, 2) + 1.0 * min(shared_names, 4)
        + 6.0 * similarity(a, b)
    )


def same_event(a: Fingerprint, b: Fingerprint, *, threshold: float = THRESHOLD) -> bool:
    """Tell whether two fingerprints describe the same event."""
    return score(a, b) >= threshold


def item_text(item: SourceItem) -> str:
    return f"{item.title}.\n{item.summary}"


def _keys(fp: Fingerprint) -> set[str]:
    return {f"f:{x}" for x in fp.figures} | {f"d:{x}" for x in fp.dates} | {f"n:{x}" for x in fp.names}


class StoryIndex:
    """Recent items' fingerprints in memory, with an inverted index so a new item meets only likely matches."""

    def __init__(self, *, threshold: float = THRESHOLD, load: bool = True) -> None:
        self.threshold = threshold
        self._entries: list[tuple[int, datetime | None, Fingerprint]] = []
        self._postings: dict[str, list[int]] = {}
        if load:
            recent = (
                SourceItem.objects.exclude(story=None)
                .filter(created__gte=timezone.now() - RECENT)
                .only("pk", "title", "summary", "published", "created", "story_id")
                .order_by("-created")[:LOADED]
            )
            for other in recent:
                self.add(other.story_id, other.published or other.created, fingerprint(item_text(other)))  # type: ignore[arg-type]

    def add(self, story_id: int, when: datetime | None, fp: Fingerprint) -> None:
        """Remember an item of story_id."""
        position = len(self._entries)
        self._entries.append((story_id, when, fp))
        for key in _keys(fp):
            self._postings.setdefault(key, []).append(position)

    def match(self, fp: Fingerprint, when: datetime | None) -> int | None:
        """Return the id of the story whose item scores highest against fp, if above the threshold."""
        positions: set[int] = set()
        for key in _keys(fp):
            positions.update(self._postings.get(key, ()))
        best: tuple[float, int] | None = None
        for position in positions:
            story_id, other_when, other = self._entries[position]
            if when and other_when and abs(other_when - when) > WINDOW:
                continue
            value = score(fp, other)
            if value >= self.threshold and (best is None or value > best[0]):
                best = (value, story_id)
        return best[1] if best else None


def attach(item: SourceItem, *, index: StoryIndex | None = None) -> Story:
    """Put item into the story of its event, or a new story; announce follow-ups after commit."""
    index = index if index is not None else StoryIndex()
    fp = fingerprint(item_text(item))
    when = item.published or item.created
    story_id = index.match(fp, when)
    if story_id is None:
        story = Story.objects.create(title=item.title)
    else:
        story = Story.objects.get(pk=story_id)
        story.updated = timezone.now()
        story.save(update_fields=["updated"])
    SourceItem.objects.filter(pk=item.pk).update(story=story)
    item.story = story
    if story_id is not None:
        announce_follow_up(item)
    index.add(story.pk, when, fp)
    return story


def announce_follow_up(item: SourceItem) -> None:
    """Send story_gained_item for item's story once the transaction commits."""
    log.info("item %s joins story %s", item.pk, item.story_id)
    transaction.on_commit(lambda: story_gained_item.send(sender=Story, story=item.story, item=item))
