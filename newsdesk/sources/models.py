"""What newsdesk writes from: items as they arrive, grouped into stories."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from django.db import models
from django.utils import timezone

from .canonical import canonical_url
from .sentences import resplit

MAX_BACKOFF = timedelta(days=1)


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
        return min(self.interval * (2 ** min(self.failures, 20)), max(MAX_BACKOFF, self.interval))

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
