"""Articles written from source items."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import slugify


class ArticleQuerySet(models.QuerySet["Article"]):
    def with_event_date(self) -> ArticleQuerySet:
        """Annotate each article with event_at: when its story happened (its items' earliest published time)."""
        return self.annotate(event_at=Min("story__items__published"))

    def newest(self, by: str = "event") -> ArticleQuerySet:
        """Order by the event's date (an article with none by its publication), or by publication alone."""
        dated = self.with_event_date()
        if by == "published":
            return dated.order_by("-published_at", "-pk")
        return dated.order_by(Coalesce("event_at", "published_at").desc(), "-published_at", "-pk")


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        HELD = "held"
        PUBLISHED = "published"
        REJECTED = "rejected"

    headline = models.CharField(max_length=300, blank=True)
    slug = models.SlugField(max_length=120)
    standfirst = models.TextField(blank=True, help_text="The introduction.")
    sections = models.JSONField(
        default=list,
        help_text='[{"heading", "body", "kind"}], kind: body|background (context|conclusion before citations)',
    )
    sentences = models.JSONField(
        default=list,
        help_text='[{"text", "part", "cites", "paragraph", "heading"}] in reading order, headline first; '
                  "part: headline|standfirst|body|background. The headline, standfirst and sections are made from it.",
    )
    cuts = models.JSONField(
        default=list,
        help_text='[{"text", "part", "why"}]: sentences the repair step dropped because they failed the check',
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    hold_reason = models.TextField(blank=True)
    check_label = models.CharField(
        max_length=300, blank=True, help_text="What the check that let it be published ran, as readers see it."
    )
    model_id = models.CharField(max_length=200, blank=True)
    tokens_in = models.PositiveIntegerField(default=0)
    tokens_out = models.PositiveIntegerField(default=0)
    stage_seconds = models.JSONField(default=dict)
    attempts = models.PositiveSmallIntegerField(default=1)
    story = models.OneToOneField("sources.Story", on_delete=models.PROTECT, related_name="article")
    sources = models.ManyToManyField("sources.SourceItem", related_name="articles")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    revised_at = models.DateTimeField(
        null=True, blank=True, help_text="When a follow-up or an editor's correction last updated it."
    )
    update_note = models.CharField(
        max_length=500, blank=True, help_text="The editor's note on the last correction, shown after 'Updated'."
    )
    edited_by = models.CharField(
        max_length=300, blank=True, help_text="The editors who changed the published text, as the page credits them."
    )
    override_note = models.CharField(
        max_length=500, blank=True,
        help_text="Why an editor published it although the check failed; shown on the page. Empty when it passed.",
    )
    image = models.JSONField(
        default=dict, blank=True, editable=False,
        help_text='The AI-generated header image (see articles/images.py): {} never asked for, or {"state": '
                  'queued|made|failed|removed, ...}; when made, "name" is its file in the default storage.',
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created"]

    def __str__(self) -> str:
        return self.headline

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.headline)[:120] or "article"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"pk": self.pk, "slug": self.slug})

    def event_date(self) -> Any:
        """Return when the story happened: its items' earliest published time (None when no item gives one)."""
        if (annotated := getattr(self, "event_at", None)) is not None:
            return annotated
        return self.story.items.aggregate(first=Min("published"))["first"] if self.story_id else None

    @property
    def latest_verification(self) -> Any:
        return self.verifications.order_by("-created").first()

    def checked(self) -> str:
        """Say what was checked before publication, as readers see it: exactly what ran, never more."""
        from newsdesk.factcheck.grounded import LEGACY_LABEL  # the checker's words; it loads its readers lazily

        return self.check_label or LEGACY_LABEL

    def set_sentences(self, sentences: list[dict[str, Any]]) -> None:
        """Store the article's sentences and the headline, standfirst and sections made from them."""
        self.sentences = sentences
        self.headline = " ".join(s["text"] for s in sentences if s["part"] == "headline")[:300]
        self.standfirst = " ".join(s["text"] for s in sentences if s["part"] == "standfirst")
        sections: list[dict[str, str]] = []
        last: tuple[str, int] | None = None
        for s in sentences:
            if s["part"] not in {"body", "background"}:
                continue
            if (s["part"], s.get("paragraph", 0)) != last:
                sections.append({"heading": s.get("heading", ""), "body": s["text"], "kind": s["part"]})
                last = (s["part"], s.get("paragraph", 0))
            else:
                sections[-1]["body"] += " " + s["text"]
        self.sections = sections

    def plain_text(self) -> str:
        """Return the article as one text: headline, introduction, sections."""
        parts = [self.headline, self.standfirst]
        for s in self.sections:
            parts.extend([s.get("heading", ""), s.get("body", "")])
        return "\n\n".join(p for p in parts if p)


class ArticleRevision(models.Model):
    """A published version of an article, kept when a follow-up item makes newsdesk rewrite it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    headline = models.CharField(max_length=300)
    standfirst = models.TextField()
    sections = models.JSONField(default=list)
    model_id = models.CharField(max_length=200, blank=True)
    check_summary = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="one_revision_number")]

    def __str__(self) -> str:
        return f"{self.article_id} v{self.number}"


class TopicQuerySet(models.QuerySet["Topic"]):
    def shown(self) -> TopicQuerySet:
        """Return the topics readers may see (page, feeds, sitemap): those with a published article."""
        return self.filter(articles__status=Article.Status.PUBLISHED).distinct()


class Topic(models.Model):
    """A subject editors file articles under; each has its own page and feeds."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    articles = models.ManyToManyField(Article, related_name="topics", blank=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:100] or "topic"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:topic", kwargs={"slug": self.slug})
