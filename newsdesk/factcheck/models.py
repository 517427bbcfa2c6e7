"""The checker's verdicts, stored with the article they judge."""

from __future__ import annotations

from typing import Any

from django.db import models

from .verify import ClaimVerdict, read_claims


class StoredVerdicts:
    """What a model that keeps a check's verdicts as JSON (a Verification, an editor's text) reads back."""

    claims: Any  # the model's JSONField: the verdicts as Report.stored gave them

    def verdicts(self) -> list[ClaimVerdict]:
        """Return the stored verdicts read back; ValueError names a kind or verdict the checker never gives."""
        return read_claims(self.claims)

    def failing_claims(self) -> list[ClaimVerdict]:
        """Return the verdicts that fail the text under the policy it was checked by."""
        return [c for c in self.verdicts() if c.failing]


class Verification(StoredVerdicts, models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="verifications")
    attempt = models.PositiveSmallIntegerField(default=1)
    policy = models.CharField(max_length=20, default="strict")
    passed = models.BooleanField()
    summary = models.CharField(max_length=300)
    claims = models.JSONField(
        default=list, help_text='[{"text", "kind", "verdict", "evidence", "section", "note", "background", "sentence"}]'
    )
    checker = models.CharField(max_length=50, default="")
    label = models.CharField(max_length=300, blank=True, help_text="What was checked, in words readers see.")
    seconds = models.FloatField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.article_id} #{self.attempt}: {self.summary}"
