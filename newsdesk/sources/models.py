"""What newsdesk writes from: items as they arrive, grouped into stories."""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.db import connection, models, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone

from .canonical import canonical_url
from .events import Fingerprint, fingerprint
from .events import _keys as fingerprint_keys
from .sentences import resplit

MAX_BACKOFF = timedelta(days=1)
KEY_LENGTH = 100  # StoryKey.key; a longer name is cut, on both sides of the lookup
SKETCH_BITS = 1024  # StoryFingerprint.sketch


def content_hash(*, title: str, summary: str, url: str) -> str:
    """Return the hash that makes an item unique, insensitive to spacing and case."""
    norm = "\x1f".join(" ".join(part.split()).casefold() for part in (title, summary, url))
    return hashlib.sha256(norm.encode()).hexdigest()


class Feed(models.Model):
    """A followed RSS, Atom or JSON feed, fetched every `interval`, backing off while it fails."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    language = models.CharField(
        max_length=2,
        blank=True,
        help_text="ISO 639-1 code of the feed's items; detected per item when blank.",
    )
    interval = models.DurationField(default=timedelta(minutes=30))
    active = models.BooleanField(default=True)
    fetch_pages = models.BooleanField(
        default=True, help_text="Fetch each new entry's page and write from its text, not only the feed's."
    )
    topic = models.CharField(max_length=100, blank=True, help_text="Topic its articles are filed under.")
    include = models.TextField(
        blank=True, help_text="Comma-separated keywords: when set, only entries naming one are taken."
    )
    exclude = models.TextField(blank=True, help_text="Comma-separated keywords: entries naming one are skipped.")
    hold = models.BooleanField(default=False, help_text="Hold every article from it for an editor.")
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    next_fetch = models.DateTimeField(default=timezone.now, db_index=True)
    last_fetched = models.DateTimeField(null=True, blank=True)
    last_success = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0, help_text="Failures in a row; each doubles the wait.")
    last_error = models.TextField(blank=True)
    writing_error = models.TextField(
        blank=True, help_text="Why the last article from it could not be written (cleared when one is)."
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]

    def __str__(self) -> str:
        return self.title or self.url

    def backoff(self) -> timedelta:
        """Return the wait before the next attempt: the interval, doubled for each failure in a row."""
        if not self.failures:
            return self.interval
        factor: int = 2 ** min(self.failures, 20)
        return min(self.interval * factor, max(MAX_BACKOFF, self.interval))

    def keywords(self, field: str) -> list[str]:
        """Return the casefolded keywords of include or exclude."""
        return [word.strip().casefold() for word in getattr(self, field).split(",") if word.strip()]

    def takes(self, text: str) -> bool:
        """Tell whether an entry with this text passes the feed's include and exclude keywords."""
        text = text.casefold()

        def names(word: str) -> bool:  # as a whole word: "ai" is not in "said"
            return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None

        include, exclude = self.keywords("include"), self.keywords("exclude")
        if include and not any(map(names, include)):
            return False
        return not any(map(names, exclude))


class Story(models.Model):
    """One news event; its items may come from several sources and languages."""

    title = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(null=True, blank=True, help_text="When a follow-up item last joined.")

    class Meta:
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title


class SourceItem(models.Model):
    title = models.CharField(max_length=500)
    summary = models.TextField()
    text = models.TextField(blank=True, help_text="Full source text, when known.")
    sentences = models.JSONField(
        default=list, editable=False,
        help_text='[{"part": title|summary|text, "text", "english", "checked"}], in order; see sources/sentences.py',
    )
    language = models.CharField(max_length=2, help_text="ISO 639-1 code.")
    url = models.URLField(max_length=2000, verbose_name="original URL")
    published = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    canonical_url = models.CharField(max_length=2000, blank=True, editable=False, db_index=True)
    author = models.CharField(max_length=300, blank=True)
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    story = models.ForeignKey(Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        self.content_hash = content_hash(title=self.title, summary=self.summary, url=self.url)
        self.canonical_url = canonical_url(self.url)
        self.sentences = resplit(self)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def source_text(self) -> str:
        """Return everything the article may draw on: title, summary and full text."""
        return "\n\n".join(part for part in (self.title, self.summary, self.text) if part)


def story_text(item: SourceItem) -> str:
    """Return what story matching reads of an item: its title and summary."""
    return f"{item.title}.\n{item.summary}"


class StoryFingerprint(models.Model):
    """What story matching compares of an item placed in a story, and when its event happened."""

    item = models.OneToOneField(
        SourceItem, on_delete=models.CASCADE, primary_key=True, related_name="story_fingerprint"
    )
    happened = models.DateTimeField(help_text="The item's published time, else when it was stored.")
    # Two columns, so the figures, dates and names can rule a candidate out before its 4-grams are read.
    # JSON as text, not JSONField: PostgreSQL's jsonb reorders keys, and the 4-gram weights are summed in order.
    keys = models.TextField(help_text="Figures, counts, dates and names, as JSON.")
    sketch = models.BinaryField(help_text="Which of SKETCH_BITS buckets its 4-grams fall in: a ceiling on likeness.")
    grams = models.TextField(help_text="4-gram weights, as JSON.")

    def __str__(self) -> str:
        return f"fingerprint of item {self.item_id}"

    def fingerprint(self) -> Fingerprint:
        """Return the stored fingerprint."""
        return decode_fingerprint(self.keys, self.grams)


class StoryKey(models.Model):
    """A figure, date or name of an item placed in a story: how a new item finds the stories it may join."""

    item = models.ForeignKey(SourceItem, on_delete=models.CASCADE, related_name="story_keys")
    key = models.CharField(max_length=100)
    happened = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["key", "happened", "item"], name="sources_storykey_lookup")]

    def __str__(self) -> str:
        return self.key


class StoryKeyCount(models.Model):
    """How many items placed in stories carry a key, by the day their event happened."""

    key = models.CharField(max_length=100)
    day = models.DateField()
    items = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "day"], name="sources_storykeycount_unique")]

    def __str__(self) -> str:
        return f"{self.key} on {self.day}: {self.items}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Placed:
    """An item placed in a story, as the story index keeps it."""

    item_id: int
    happened: datetime
    fingerprint: Fingerprint


def encode_fingerprint(fp: Fingerprint) -> tuple[str, str]:
    """Return fp as the JSON that StoryFingerprint.keys and .grams hold."""
    keys = {
        "figures": sorted(fp.figures),
        "counts": sorted(fp.counts),
        "dates": sorted(fp.dates),
        "names": sorted(fp.names),
    }
    return (
        json.dumps(keys, ensure_ascii=False, separators=(",", ":")),
        json.dumps(fp.grams, ensure_ascii=False, separators=(",", ":")),
    )


def decode_fingerprint(keys: str, grams: str | None = None) -> Fingerprint:
    """Return the fingerprint that encode_fingerprint wrote; without grams, its figures, dates and names only."""
    raw = json.loads(keys)
    return Fingerprint(
        figures=frozenset(raw["figures"]),
        counts=frozenset(raw["counts"]),
        dates=frozenset(raw["dates"]),
        names=frozenset(raw["names"]),
        grams=json.loads(grams) if grams else {},
    )


def gram_bucket(gram: str) -> int:
    """Return the sketch bucket of a 4-gram (the same in every process, unlike hash())."""
    return zlib.crc32(gram.encode()) % SKETCH_BITS


def sketch_of(fp: Fingerprint) -> bytes:
    """Return the buckets fp's 4-grams fall in, as SKETCH_BITS bits."""
    bits = 0
    for gram in fp.grams:
        bits |= 1 << gram_bucket(gram)
    return bits.to_bytes(SKETCH_BITS // 8, "little")


def index_keys(fp: Fingerprint) -> frozenset[str]:
    """Return the keys fp is found by: its figures, dates and names, cut to the stored length."""
    return frozenset(key[:KEY_LENGTH] for key in fingerprint_keys(fp))


def event_day(when: datetime) -> date:
    """Return the day (UTC) a key of an event at `when` is counted on."""
    return when.astimezone(UTC).date() if timezone.is_aware(when) else when.date()


def write_fingerprints(placed: Sequence[Placed], *, apps: Apps = global_apps) -> None:
    """Add placed items to the story index (fingerprints, keys, day counts) in the caller's transaction.

    apps is the model registry: a migration passes its own.
    """
    if not placed:
        return
    fingerprints = apps.get_model("sources", "StoryFingerprint")
    keys = apps.get_model("sources", "StoryKey")
    fingerprints._default_manager.bulk_create(
        [
            fingerprints(
                item_id=p.item_id, happened=p.happened, keys=keys, sketch=sketch_of(p.fingerprint), grams=grams
            )
            for p in placed
            for keys, grams in [encode_fingerprint(p.fingerprint)]
        ],
        batch_size=500,
    )
    rows = [(p, key) for p in placed for key in index_keys(p.fingerprint)]
    keys._default_manager.bulk_create(
        [keys(item_id=p.item_id, key=key, happened=p.happened) for p, key in rows], batch_size=1000
    )
    _add_counts(apps.get_model("sources", "StoryKeyCount"), Counter((key, event_day(p.happened)) for p, key in rows))


def _add_counts(model: type[models.Model], tally: Counter[tuple[str, date]]) -> None:
    """Add tally to the day counts in one statement per 500, in key order so concurrent writers never deadlock."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = {field.name: field.column for field in model._meta.concrete_fields}
    key, day, items = (quote(columns[name]) for name in ("key", "day", "items"))
    rows = sorted(tally.items())
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        params: list[str | int | None] = []
        for (name, when), n in chunk:
            params += [name, connection.ops.adapt_datefield_value(when), n]
        values = ", ".join(["(%s, %s, %s)"] * len(chunk))
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({key}, {day}, {items}) VALUES {values} "  # noqa: S608 - names from _meta
                f"ON CONFLICT ({key}, {day}) DO UPDATE SET {items} = {table}.{items} + excluded.{items}",
                params,
            )


def forget_fingerprints(item_ids: Iterable[int], *, apps: Apps = global_apps) -> None:
    """Take items out of the story index, their keys' day counts included."""
    ids = list(item_ids)
    keys = apps.get_model("sources", "StoryKey")
    counts = apps.get_model("sources", "StoryKeyCount")
    stored = keys._default_manager.filter(item_id__in=ids).values_list("key", "happened")
    tally = Counter((key, event_day(happened)) for key, happened in stored)
    for (key, day), n in sorted(tally.items()):
        counts._default_manager.filter(key=key, day=day).update(items=Greatest(F("items") - n, 0))
    keys._default_manager.filter(item_id__in=ids).delete()
    apps.get_model("sources", "StoryFingerprint")._default_manager.filter(item_id__in=ids).delete()


TEXT_FIELDS = frozenset({"title", "summary", "published", "story"})


@receiver(post_save, sender=SourceItem, dispatch_uid="sources-index-saved-item")
def index_saved_item(
    sender: type[SourceItem],
    instance: SourceItem,
    created: bool,
    raw: bool,
    update_fields: frozenset[str] | None,
    **kwargs: object,
) -> None:
    """Keep a saved item in the story index while it has a story, fingerprinted from its current text."""
    if raw or (update_fields is not None and not TEXT_FIELDS & set(update_fields)):
        return
    if created and instance.story_id is None:
        return
    with transaction.atomic():
        if not created:
            forget_fingerprints([instance.pk])
        if instance.story_id is not None:
            when = instance.published or instance.created
            fp = fingerprint(story_text(instance))
            write_fingerprints([Placed(item_id=instance.pk, happened=when, fingerprint=fp)])


@receiver(pre_delete, sender=SourceItem, dispatch_uid="sources-forget-deleted-item")
def forget_deleted_item(sender: type[SourceItem], instance: SourceItem, **kwargs: object) -> None:
    """Take a deleted item's keys out of the day counts (its rows go with it)."""
    forget_fingerprints([instance.pk])
