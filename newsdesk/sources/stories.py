"""Group items about the same event into one Story, across feeds and languages (see events.py).

The story index is in the database: each item placed in a story has its fingerprint
(StoryFingerprint), one row per figure, date and name it carries (StoryKey) and, per key and day,
how many items carry it (StoryKeyCount), all written in the transaction that stores the item. A new
item reads only the keys it carries, so matching costs what its candidates cost, whatever is
stored, in every worker at once, over the whole window.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.db import connection, transaction
from django.dispatch import Signal
from django.utils import timezone

from .events import COMMON, LIKENESS_WEIGHT, THRESHOLD, Fingerprint, fingerprint, likeness_of, rarity, score
from .models import (
    KEY_LENGTH,
    SKETCH_BITS,
    Placed,
    SourceItem,
    Story,
    StoryFingerprint,
    StoryKey,
    StoryKeyCount,
    decode_fingerprint,
    event_day,
    gram_bucket,
    index_keys,
    story_text,
    write_fingerprints,
)

log = logging.getLogger(__name__)

#: Sent (after commit) when an item joins a story that already had items: a follow-up.
#: Receivers get story= and item=; the articles app regenerates a published article from it.
story_gained_item = Signal()

WINDOW = timedelta(days=4)  # items further apart in time are different events
ROUNDING = 1e-9  # room for floating-point sums taken in another order
GRAMS_BATCH = 20
FILL_BATCH = 1000

item_text = story_text


class StoryIndex:
    """Find the story of a new item among the stored items that share a figure, date or name with it.

    Items placed since the last write() (a feed's batch, stored together at its end) are held here
    and matched too.
    """

    def __init__(self, *, threshold: float = THRESHOLD, window: timedelta = WINDOW) -> None:
        self.threshold = threshold
        self.window = window
        self._pending: list[tuple[int, datetime, Fingerprint]] = []
        self._pending_keys: dict[str, list[int]] = {}
        self._pending_days: dict[str, Counter[date]] = {}
        # Stored counts read since the last write(), by window (a feed's items share days and keys);
        # None for a window with nothing stored.
        self._counts: dict[tuple[date, date], dict[str, int] | None] = {}

    def add(self, story_id: int, when: datetime, fp: Fingerprint) -> None:
        """Hold an item of story_id that is placed but not stored yet (story_id may be a placeholder)."""
        for key in index_keys(fp):
            self._pending_keys.setdefault(key, []).append(len(self._pending))
            self._pending_days.setdefault(key, Counter())[event_day(when)] += 1
        self._pending.append((story_id, when, fp))

    def write(self, items: Sequence[SourceItem]) -> None:
        """Store the held items' fingerprints now that they are stored as items (in the order they were added)."""
        write_fingerprints(
            [
                Placed(item_id=item.pk, happened=when, fingerprint=fp)
                for item, (_, when, fp) in zip(items, self._pending, strict=True)
            ]
        )
        self._pending.clear()
        self._pending_keys.clear()
        self._pending_days.clear()
        self._counts.clear()

    def match(self, fp: Fingerprint, when: datetime) -> int | None:
        """Return the story whose item scores highest against fp, if above the threshold."""
        keys = index_keys(fp)
        if not keys:
            return None
        carried, held = self._carried(keys, when)
        # Rarest keys first; a key carried by very many items (a big company's name) is not telling.
        telling: list[str] = []
        for key in sorted(keys, key=lambda k: (carried[k], k)):
            if carried[key] > COMMON:
                break
            if carried[key]:
                telling.append(key)
        stored: dict[str, list[tuple[int, int]]] = {}
        partial: dict[int, tuple[str, bytes]] = {}  # item id: its figures, dates and names, and its sketch
        in_database = [key for key in telling if carried[key] > held[key]]
        for key, item_id, story_id, keys_json, sketch in _postings(in_database, when - self.window, when + self.window):
            stored.setdefault(key, []).append((item_id, story_id))
            if keys_json is not None:
                partial[item_id] = (keys_json, sketch)
        candidates: dict[int, int] = {}  # item id, or -1 - position of a held item: its story
        for key in telling:
            if len(candidates) >= COMMON:
                break
            candidates.update(stored.get(key, ()))
            for position in self._pending_keys.get(key, ()):
                story_id, other_when, _ = self._pending[position]
                if abs(other_when - when) <= self.window:
                    candidates[-1 - position] = story_id
        return self._best(fp, candidates, partial, lambda key: rarity(carried.get(key[:KEY_LENGTH], 0)))

    def _carried(self, keys: frozenset[str], when: datetime) -> tuple[dict[str, int], dict[str, int]]:
        """Return how many items, stored or held, carry each key on the days around `when`, and how many are held."""
        first, last = event_day(when - self.window), event_day(when + self.window)
        if (first, last) not in self._counts:  # a feed's first fetch: often nothing stored on those days
            self._counts[first, last] = {} if _any_counts(first, last) else None
        known = self._counts[first, last]
        if known is not None and (missing := frozenset(k for k in keys if k not in known)):
            known.update(dict.fromkeys(missing, 0) | _day_counts(missing, first, last))
        carried = {key: known[key] if known is not None else 0 for key in keys}
        held = {}
        for key in keys:
            days: Mapping[date, int] = self._pending_days.get(key, {})
            held[key] = sum(n for day, n in days.items() if first <= day <= last)
            carried[key] = carried.get(key, 0) + held[key]
        return carried, held

    def _best(
        self,
        fp: Fingerprint,
        candidates: dict[int, int],
        partial: dict[int, tuple[str, bytes]],
        weight: Callable[[str], float],
    ) -> int | None:
        """Score the candidates as events.score does; return the story of the best one at or above the threshold.

        A stored candidate is first scored on its figures, dates and names alone (0: they rule it out)
        plus the most its 4-grams could add (from its sketch); its 4-grams are read only if that
        could still reach the threshold and beat the best so far.
        """
        best: tuple[float, int] | None = None

        def consider(other: Fingerprint, story_id: int) -> None:
            nonlocal best
            value = score(fp, other, weight=weight)
            if value >= self.threshold and (best is None or value > best[0]):
                best = (value, story_id)

        for candidate in sorted(c for c in candidates if c < 0):
            consider(self._pending[-1 - candidate][2], candidates[candidate])
        stored = sorted(c for c in candidates if c in partial)
        hopeful: list[tuple[float, int, Fingerprint]] = []
        ceiling: LikenessCeiling | None = None  # made only when a stored item needs it
        for item_id in stored:
            keys, sketch = partial[item_id]
            known = decode_fingerprint(keys)
            base = score(fp, known, weight=weight)  # no 4-grams: figures, dates and names only
            if base <= 0:
                continue  # its figures or dates rule it out
            ceiling = ceiling or LikenessCeiling(fp)
            if (bound := base + LIKENESS_WEIGHT * ceiling.of(bytes(sketch))) >= self.threshold:
                hopeful.append((bound, item_id, known))
        hopeful.sort(key=lambda entry: (-entry[0], entry[1]))
        for start in range(0, len(hopeful), GRAMS_BATCH):
            chunk = [e for e in hopeful[start : start + GRAMS_BATCH] if best is None or e[0] >= best[0]]
            if not chunk:
                break
            grams = dict(
                StoryFingerprint.objects.filter(item_id__in=[e[1] for e in chunk]).values_list("item_id", "grams")
            )
            for _, item_id, without_grams in chunk:
                if item_id in grams:  # else deleted meanwhile
                    consider(replace(without_grams, grams=json.loads(grams[item_id])), candidates[item_id])
        return best[1] if best else None


# The two lookups every new item makes, in SQL: the ORM's query building cost more than running them.
def _day_counts(keys: frozenset[str], first: date, last: date) -> dict[str, int]:
    """Return how many stored items carry each of keys on the days first to last."""
    if not keys:
        return {}
    quote, ops = connection.ops.quote_name, connection.ops
    table = StoryKeyCount._meta.db_table
    sql = (
        f"SELECT {quote('key')}, SUM({quote('items')}) FROM {quote(table)} "  # noqa: S608 - names from _meta
        f"WHERE {quote('key')} IN ({', '.join(['%s'] * len(keys))}) AND {quote('day')} >= %s AND {quote('day')} <= %s "
        f"GROUP BY {quote('key')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*keys, ops.adapt_datefield_value(first), ops.adapt_datefield_value(last)])
        return {key: int(n) for key, n in cursor.fetchall()}


def _any_counts(first: date, last: date) -> bool:
    """Tell whether any stored item carries a key on the days first to last."""
    return StoryKeyCount.objects.filter(day__gte=first, day__lte=last).exists()


def _postings(keys: list[str], start: datetime, end: datetime) -> list[tuple[str, int, int, str | None, bytes]]:
    """Return (key, item id, story id, its keys JSON, its sketch) for stored items in a story with those keys."""
    if not keys:
        return []
    quote, ops = connection.ops.quote_name, connection.ops
    key_table = quote(StoryKey._meta.db_table)
    item_table = quote(SourceItem._meta.db_table)
    fingerprints = quote(StoryFingerprint._meta.db_table)
    item_id = quote(SourceItem._meta.pk.column)
    sql = (
        f"SELECT k.{quote('key')}, k.{quote('item_id')}, i.{quote('story_id')}, f.{quote('keys')}, "  # noqa: S608
        f"f.{quote('sketch')} FROM {key_table} k JOIN {item_table} i ON i.{item_id} = k.{quote('item_id')} "
        f"LEFT JOIN {fingerprints} f ON f.{quote('item_id')} = k.{quote('item_id')} "
        f"WHERE k.{quote('key')} IN ({', '.join(['%s'] * len(keys))}) "
        f"AND k.{quote('happened')} >= %s AND k.{quote('happened')} <= %s AND i.{quote('story_id')} IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*keys, ops.adapt_datetimefield_value(start), ops.adapt_datetimefield_value(end)])
        rows: list[tuple[str, int, int, str | None, bytes]] = cursor.fetchall()
        return rows


class LikenessCeiling:
    """The most a stored item's 4-grams can be like a new item's, from the buckets they fall in.

    The cosine of two unit vectors is at most the length of the first one's part on the grams they
    share (Cauchy-Schwarz), and a stored item shares at most the grams in buckets it fills.
    """

    def __init__(self, fp: Fingerprint) -> None:
        mass = [0.0] * SKETCH_BITS
        for gram, value in fp.grams.items():
            mass[gram_bucket(gram)] += value * value
        # Buckets grouped by their mass (few distinct values: most grams occur once), so a ceiling
        # is a handful of bit counts.
        groups: dict[float, int] = {}
        for bucket, m in enumerate(mass):
            if m:
                groups[m] = groups.get(m, 0) | 1 << bucket
        self.groups = list(groups.items())

    def of(self, sketch: bytes) -> float:
        """Return the ceiling on likeness (events.likeness_of) with an item of that sketch."""
        bits = int.from_bytes(sketch, "little")
        mass = sum(m * (bits & group).bit_count() for m, group in self.groups)
        return likeness_of(min(1.0, math.sqrt(mass)) + ROUNDING)


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
    index.add(story.pk, when, fp)
    index.write([item])
    if story_id is not None:
        announce_follow_up(item)
    return story


def announce_follow_up(item: SourceItem) -> None:
    """Send story_gained_item for item's story once the transaction commits."""
    log.info("item %s joins story %s", item.pk, item.story_id)
    transaction.on_commit(lambda: story_gained_item.send(sender=Story, story=item.story, item=item))


def fill_index(*, apps: Apps | None = None, batch: int = FILL_BATCH) -> int:
    """Fingerprint the stored items that have a story but are not in the index yet; return how many.

    The migration that creates the index runs it with its own apps.
    """
    registry = apps or global_apps
    items = registry.get_model("sources", "SourceItem")._default_manager
    done, last = 0, 0
    while True:
        chunk = list(
            items.filter(pk__gt=last, story__isnull=False, story_fingerprint__isnull=True)
            .order_by("pk")
            .only("pk", "title", "summary", "published", "created")[:batch]
        )
        if not chunk:
            return done
        with transaction.atomic():
            write_fingerprints(
                [
                    Placed(item_id=i.pk, happened=i.published or i.created, fingerprint=fingerprint(story_text(i)))
                    for i in chunk
                ],
                apps=registry,
            )
        done += len(chunk)
        last = chunk[-1].pk
