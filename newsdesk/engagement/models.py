"""What readers add to an article: ratings and comments."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models


class Rating(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="ratings")
    reader = models.CharField(max_length=64, help_text="Signed-cookie reader id.")
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    stars = models.PositiveSmallIntegerField()
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "reader"], name="one_rating_per_reader"),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="stars_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.stars}★ on {self.article_id}"


class RatingAddress(models.Model):
    """An address that has rated an article; its row is locked while a vote from there is counted and stored."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="+")
    ip_hash = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "ip_hash"], name="one_row_per_article_address"),
        ]

    def __str__(self) -> str:
        return f"{self.ip_hash[:8]} on {self.article_id}"


def text_digest(text: str) -> str:
    """Return the digest that makes two comments on one article exact duplicates."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "awaiting moderation"
        APPROVED = "approved"
        SPAM = "spam"

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    name = models.CharField(max_length=80)
    email = models.EmailField(blank=True, help_text="Never shown to readers.")
    text = models.TextField(max_length=3000)
    text_hash = models.CharField(max_length=64, editable=False, default="")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    hold_reason = models.CharField(max_length=100, blank=True)
    reader = models.CharField(max_length=64, blank=True, db_index=True)
    ip_hash = models.CharField(max_length=64, blank=True)
    from_site = models.BooleanField(
        default=False, help_text="A reply an editor wrote as the site; shown under the site's name, marked as such."
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The editor who wrote a reply as the site (never shown to readers).",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(
        auto_now=True, help_text="Set on every change, so pages can cache comments."
    )

    class Meta:
        ordering = ["created"]
        constraints = [
            # Exact duplicates are refused by the database too, so two identical posts racing each other
            # leave one comment.
            models.UniqueConstraint(fields=["article", "text_hash"], name="no_duplicate_comment"),
        ]

    def __str__(self) -> str:
        return f"{self.name} on {self.article_id}"

    def save(self, *args: object, **kwargs: object) -> None:
        self.text_hash = text_digest(self.text)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class CommentThrottle(models.Model):
    """When a reader, or anyone at an address, last commented; rows older than the interval are pruned."""

    key = models.CharField(max_length=80, unique=True)
    last_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key} at {self.last_at:%H:%M:%S}"
