"""What readers add to an article: ratings and comments."""

from __future__ import annotations

from django.db import models


class Rating(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="ratings")
    reader = models.CharField(max_length=64, help_text="Signed-cookie reader id.")
    ip_hash = models.CharField(max_length=64, blank=True)
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


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "awaiting moderation"
        APPROVED = "approved"
        SPAM = "spam"

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies")
    name = models.CharField(max_length=80)
    email = models.EmailField(blank=True)
    text = models.TextField(max_length=3000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    reader = models.CharField(max_length=64, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]

    def __str__(self) -> str:
        return f"{self.name} on {self.article_id}"
