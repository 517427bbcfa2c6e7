"""The editor's desk: the queue, and one page per article to review, fix and publish it."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from newsdesk.articles.images import remove_header_image
from newsdesk.articles.models import Article, Topic
from newsdesk.articles.reading import blocks_of
from newsdesk.articles.views import story_context
from newsdesk.engagement.moderation import pending_comments_count
from newsdesk.lib.staff import StaffRequest, staff_only
from newsdesk.sources.models import Feed

from . import desk
from .history import desk_text, note, timeline
from .models import Event, Version

QUEUE_ORDER = (Article.Status.HELD, Article.Status.DRAFT, Article.Status.PUBLISHED)
RECENTLY_PUBLISHED = 30
QUEUE_LIMIT = 200


def _queue(request: HttpRequest) -> tuple[QuerySet[Article], dict[str, str]]:
    """Return the articles the queue's filters choose, and the filters as given."""
    chosen = {k: request.GET.get(k, "").strip() for k in ("status", "topic", "language", "feed")}
    articles = Article.objects.select_related("story")
    if chosen["status"] in Article.Status.values:
        articles = articles.filter(status=chosen["status"])
    if chosen["topic"]:
        articles = articles.filter(topics__slug=chosen["topic"])
    if chosen["language"]:
        articles = articles.filter(story__items__language=chosen["language"])
    if chosen["feed"].isdigit():
        articles = articles.filter(story__items__feed_id=int(chosen["feed"]))
    return articles.distinct(), chosen


@require_safe
@staff_only
def queue(request: HttpRequest) -> HttpResponse:
    """List held articles first, then drafts, then the recently published; newest first in each."""
    articles, chosen = _queue(request)
    groups = []
    for status in QUEUE_ORDER if chosen["status"] not in Article.Status.values else (chosen["status"],):
        rows = articles.filter(status=status).order_by("-published_at" if status == "published" else "-created",
                                                      "-pk")
        limit = RECENTLY_PUBLISHED if status == "published" and not chosen["status"] else QUEUE_LIMIT
        groups.append((Article.Status(status).label, list(rows[:limit])))
    counts = Article.objects.aggregate(**{s: Count("pk", filter=Q(status=s)) for s in Article.Status.values})
    return render(request, "review/queue.html", {
        "groups": groups,
        "counts": counts,
        "pending_comments": pending_comments_count(),
        "chosen": chosen,
        "statuses": Article.Status.choices,
        "topics": Topic.objects.order_by("name"),
        "languages": sorted(set(Article.objects.values_list("story__items__language", flat=True)) - {None}),
        "feeds": Feed.objects.order_by("title", "url"),
    })


def _review_context(request: HttpRequest, article: Article) -> dict[str, Any]:
    text = desk_text(article)
    shadow = desk.with_text(article, text.sentences)
    shadow.check_label = text.label if text.passed else "Did not pass the automatic check"
    blocks = blocks_of(list(article.story.items.order_by("created", "pk")))
    verdicts: Version | None = text if text.passed is not None else None
    context = story_context(request, shadow, verification=verdicts, blocks=blocks)
    by_number = {s.n: s for block in blocks for s in block.sentences}
    rows = [(s, [by_number[n] for n in s.cites if n in by_number]) for s in context["sentences"]]
    return context | {
        "article": shadow,
        "stored": article,
        "text": text,
        "rows": rows,
        "live": article.status == Article.Status.PUBLISHED,
        "pending": text.sentences != article.sentences,
        "preview": True,
        "versions": list(article.versions.select_related("author").order_by("-number")),
        "timeline": timeline(article),
        "failing": sum(1 for s in context["sentences"] if s.failing),
    }


@require_safe
@staff_only
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Show an article as readers would see it, its sentences to edit beside their sources, and its history."""
    article = get_object_or_404(Article.objects.select_related("story"), pk=pk)
    return render(request, "review/review.html", _review_context(request, article))


def _action(run: Callable[[StaffRequest, Article], str | None]) -> Callable[..., HttpResponse]:
    """Make a desk action view: staff only, POST only, the article locked by id; errors shown on the page."""

    @wraps(run)
    @require_POST
    @staff_only
    def view(request: StaffRequest, pk: int, **kwargs: Any) -> HttpResponse:
        article = get_object_or_404(Article.objects.select_related("story"), pk=pk)
        anchor = ""
        try:
            said = run(request, article, **kwargs)
        except desk.DeskError as exc:
            messages.error(request, str(exc))
        else:
            if said:
                text, _, anchor = said.partition("#")
                messages.success(request, text)
        return redirect(reverse("desk:review", args=[pk]) + (f"#{anchor}" if anchor else ""))

    return view


def _index(kwargs: dict[str, Any]) -> int:
    return int(kwargs["index"]) - 1  # the desk numbers sentences from 1


def _base(request: HttpRequest) -> int | None:
    """Return the version of the text the editor's form was made from (None from a form without one)."""
    base = request.POST.get("base", "")
    if not base:
        return None
    if not base.isascii() or not base.isdigit() or len(base) > 9:
        raise desk.DeskError("The form's version number is not a number: reload the page.")
    return int(base)


@_action
def edit(request: StaffRequest, article: Article, **kwargs: Any) -> str:
    i = _index(kwargs)
    if "remove" in request.POST:
        version = desk.remove_sentence(article, request.user, i, base=_base(request))
        return f"Removed; checked: {version.summary}."
    version = desk.edit_sentence(article, request.user, i, text=request.POST.get("text", ""),
                                 cites=request.POST.get("cites", ""), base=_base(request))
    return f"Saved; checked: {version.summary}.#s-{i + 1}"


@_action
def add(request: StaffRequest, article: Article, **kwargs: Any) -> str:
    i = _index(kwargs)
    version = desk.add_sentence(article, request.user, i, text=request.POST.get("text", ""),
                                cites=request.POST.get("cites", ""), new_paragraph="paragraph" in request.POST,
                                base=_base(request))
    return f"Added; checked: {version.summary}.#s-{i + 2}"


@_action
def publish(request: StaffRequest, article: Article) -> str:
    event = desk.publish(article, request.user, reason=request.POST.get("reason", ""),
                         correction=request.POST.get("correction", ""), base=_base(request))
    if event is None:
        return "Already published as it is."
    return f"Published: {event.get_action_display()}."


@_action
def unpublish(request: StaffRequest, article: Article) -> str:
    done = desk.unpublish(article, request.user, reason=request.POST.get("reason", ""))
    return "Unpublished: the article is held, off the site." if done else "It was not published."


@_action
def reject(request: StaffRequest, article: Article) -> str:
    done = desk.reject(article, request.user, reason=request.POST.get("reason", ""))
    return "Rejected." if done else "Only a held or draft article can be rejected."


@_action
def reopen(request: StaffRequest, article: Article) -> str:
    return "Reopened: the article is held." if desk.reopen(article, request.user) else "It was not rejected."


@_action
def regenerate(request: StaffRequest, article: Article) -> str:
    desk.ask_for_draft(article, request.user)
    return "A new draft is queued; it will appear here as a new version, checked, for you to publish or not."


@_action
def start(request: StaffRequest, article: Article) -> str:
    version = desk.start_from_renderings(article, request.user, base=_base(request))
    return f"Started from the source's sentences in English; checked: {version.summary}."


@_action
def restore(request: StaffRequest, article: Article, **kwargs: Any) -> str:
    version = desk.restore(article, request.user, int(kwargs["number"]))
    return f"Version {kwargs['number']} is back on the desk as version {version.number}; checked: {version.summary}."


@_action
def remove_image(request: StaffRequest, article: Article) -> str:
    if not remove_header_image(article, by=request.user.get_username()):
        return "There is no AI-generated image to remove."
    note(article, Event.Action.EDITED, user=request.user, text="removed the AI-generated header image")
    return "The AI-generated image is removed, and none will be made again."


@require_safe
@staff_only
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """Show the desk's text alone, as the article page will show it."""
    article = get_object_or_404(Article.objects.select_related("story"), pk=pk)
    return render(request, "review/preview.html", _review_context(request, article))
