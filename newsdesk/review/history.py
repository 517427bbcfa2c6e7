"""One home for an article's history: the texts it has had (versions) and what was done to it (events)."""

from __future__ import annotations

import difflib
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max

from newsdesk.articles.models import Article

from .models import Event, Version


def record_text(
    article: Article,
    *,
    made: str,
    sentences: list[dict[str, Any]] | None = None,
    author: User | None = None,
    verification: Any = None,
    model_id: str = "",
) -> Version:
    """Store a new version of the article's text (its own sentences unless others are given), with its check."""
    with transaction.atomic():
        # one writer numbers an article's versions at a time
        Article.objects.select_for_update().filter(pk=article.pk).exists()
        last = Version.objects.filter(article=article).aggregate(n=Max("number"))["n"] or 0
        return Version.objects.create(
            article=article,
            number=last + 1,
            sentences=list(article.sentences if sentences is None else sentences),
            made=made,
            author=author,
            model_id=model_id or (article.model_id if made == Version.Made.MODEL else ""),
            passed=None if verification is None else verification.passed,
            summary="" if verification is None else verification.summary[:300],
            claims=[] if verification is None else list(verification.claims),
            label="" if verification is None else verification.label,
        )


def note(article: Article, action: str, *, user: User | None = None, text: str = "",
         version: Version | None = None) -> Event:
    """Add one entry to the article's timeline."""
    return Event.objects.create(article=article, action=action, user=user, note=text[:5000], version=version)


def desk_text(article: Article) -> Version:
    """Return the text on the desk: the latest version (the article's own text, kept as the first, if none)."""
    latest = Version.objects.filter(article=article).order_by("-number").first()
    if latest is not None:
        return latest
    verification = article.latest_verification
    first = record_text(article, made=Version.Made.MODEL, verification=verification)
    note(article, Event.Action.DRAFTED, text="the text as it stood when its history began", version=first)
    return first


def record_pipeline_text(article: Article, verification: Any) -> Version | None:
    """Keep the text the pipeline just wrote, and whether it was published or held; nothing when unchanged."""
    latest = Version.objects.filter(article=article).order_by("-number").first()
    if not article.sentences or (latest is not None and latest.sentences == article.sentences):
        return None
    version = record_text(article, made=Version.Made.MODEL, verification=verification)
    what = "published" if article.status == Article.Status.PUBLISHED else article.status
    note(article, Event.Action.DRAFTED, text=f"written by {article.model_id}; {what}", version=version)
    return version


def text_lines(sentences: list[dict[str, Any]]) -> list[str]:
    """Return a text as lines an editor can compare: one sentence a line, with its part and citations."""
    return [f"[{s['part']}] {s['text']}" + (f" [{', '.join(map(str, s['cites']))}]" if s.get("cites") else "")
            for s in sentences]


def diff(before: Version | None, after: Version) -> list[str]:
    """Return the lines that changed from one version to the next, as '- old' and '+ new'."""
    old = text_lines(before.sentences) if before else []
    return [line for line in difflib.ndiff(old, text_lines(after.sentences)) if line[:1] in "-+"]


def timeline(article: Article) -> list[tuple[Event, list[str]]]:
    """Return the article's events, newest first, each with the diff its version made."""
    versions = {v.number: v for v in Version.objects.filter(article=article)}
    out = []
    for event in Event.objects.filter(article=article).select_related("user", "version"):
        changes: list[str] = []
        if event.version is not None and event.action in {Event.Action.DRAFTED, Event.Action.EDITED,
                                                          Event.Action.RESTORED}:
            changes = diff(versions.get(event.version.number - 1), event.version)
        out.append((event, changes))
    return out


def editors(article: Article) -> list[str]:
    """Return who edited the text on the desk since the model last wrote it, by the names the page credits."""
    names: list[str] = []
    for version in Version.objects.filter(article=article).select_related("author").order_by("-number"):
        if version.made == Version.Made.MODEL:
            break
        if version.author is not None:
            name = version.author.get_full_name() or version.author.get_username()
            if name not in names:
                names.append(name)
    return names[::-1]
