"""The editor's desk: every text an article has had, and one timeline of what was done to it."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from newsdesk.articles.models import Article
from newsdesk.factcheck.models import StoredVerdicts


class HeldArticle(Article):
    class Meta:
        proxy = True
        verbose_name = "held article"


class Version(StoredVerdicts, models.Model):
    """One text of an article (the model's draft, an editor's edit, a restored text), with its check; never changed.

    The latest version is the text on the desk; the article's own fields hold the text readers see
    (or, for a held article, the text last put forward). Publishing applies the desk's text.
    """

    class Made(models.TextChoices):
        MODEL = "model", "written by the model"
        EDITOR = "editor", "edited by an editor"
        RESTORED = "restored", "restored from an earlier version"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    sentences = models.JSONField(default=list, help_text="As Article.sentences.")
    made = models.CharField(max_length=10, choices=Made.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    model_id = models.CharField(max_length=200, blank=True)
    passed = models.BooleanField(null=True, help_text="The check's verdict on this text; empty when not checked.")
    summary = models.CharField(max_length=300, blank=True)
    claims = models.JSONField(default=list, help_text="The check's claims on this text, as Verification.claims.")
    label = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="one_version_number")]

    def __str__(self) -> str:
        return f"{self.article_id} text {self.number}"


class Event(models.Model):
    """One thing done to an article, by the pipeline (no user) or by an editor."""

    class Action(models.TextChoices):
        DRAFTED = "drafted", "model draft"
        EDITED = "edited", "edited"
        CHECKED = "checked", "checked"
        PUBLISHED = "published", "published"
        OVERRIDDEN = "overridden", "published despite the check"
        CORRECTED = "corrected", "correction published"
        UNPUBLISHED = "unpublished", "unpublished"
        REJECTED = "rejected", "rejected"
        REOPENED = "reopened", "reopened"
        REGENERATE = "regenerate", "new draft asked for"
        RESTORED = "restored", "restored"
        HELD = "held", "held"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=12, choices=Action.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.TextField(blank=True)
    version = models.ForeignKey(Version, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.article_id} {self.action}"
