"""What newsdesk writes from: items as they arrive, grouped into stories."""

from __future__ import annotations

import hashlib

from django.db import models


def content_hash(*, title: str, summary: str, url: str) -> str:
    """Return the hash that makes an item unique, insensitive to spacing and case."""
    norm = "\x1f".join(" ".join(part.split()).casefold() for part in (title, summary, url))
    return hashlib.sha256(norm.encode()).hexdigest()


class Story(models.Model):
    """One news event; its items may come from several sources and languages."""

    title = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title


class SourceItem(models.Model):
    title = models.CharField(max_length=500)
    summary = models.TextField()
    text = models.TextField(blank=True, help_text="Full source text, when known.")
    language = models.CharField(max_length=2, help_text="ISO 639-1 code.")
    url = models.URLField(max_length=2000, verbose_name="original URL")
    published = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    story = models.ForeignKey(Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        self.content_hash = content_hash(title=self.title, summary=self.summary, url=self.url)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def source_text(self) -> str:
        """Return everything the article may draw on: title, summary and full text."""
        return "\n\n".join(part for part in (self.title, self.summary, self.text) if part)
