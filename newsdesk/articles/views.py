from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import BadRequest
from django.core.files.storage import default_storage
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Max, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import condition, require_safe

from newsdesk.engagement.forms import EMAIL_MAX, NAME_MAX, TEXT_MAX, CommentDraft, security_data
from newsdesk.engagement.models import Comment, Rating
from newsdesk.engagement.readers import comments_stamp, rating_totals, reader_rating, visible_comments
from newsdesk.lib.query import MAX_ID, BadNumber, query_number

from .card import DRAWING, card_alt, card_for
from .chart import bar_chart
from .figures import article_figures
from .images import header_image
from .models import Article, Topic
from .reading import SourceBlock, paragraphs, shown_sentences, source_blocks, translation
from .search import search_ids
from .seo import absolute_url, ai_disclosure, check_label, json_ld

COMMENT_NOTICES = {"held"}  # from the address after a post; refusals show the page at once, the text kept
MAX_PAGE = 100_000


SORTS = ("event", "published")


def _published(by: str = "published") -> QuerySet[Article]:
    return Article.objects.filter(status=Article.Status.PUBLISHED).newest(by)


def _sort(request: HttpRequest) -> str:
    """Return how the reader asked the list sorted: by the event's date (the default) or by publication."""
    by = request.GET.get("sort", "event")
    if by not in SORTS:
        raise BadRequest("sort must be event or published")
    return by


def _get_published_article(pk: int) -> Article:
    return get_object_or_404(Article, pk=pk, status=Article.Status.PUBLISHED)


def _plain_bad_request(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Answer a malformed number in the query string with a plain 400 page that says what it must be."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except BadRequest as exc:
            return HttpResponseBadRequest(f"{exc}.\n", content_type="text/plain; charset=utf-8")

    return wrapped


def _page(request: HttpRequest, items: QuerySet[Article] | list[int]) -> Page[Any]:
    """Return the page of items asked for (past the last, the last); raise BadNumber for a malformed one."""
    number = query_number(request.GET, "page", default=1, high=MAX_PAGE)
    return Paginator(items, settings.NEWSDESK_ARTICLES_PER_PAGE).get_page(number)


def _reply_to(request: HttpRequest) -> int | None:
    """Return the comment the reader chose to answer.

    A malformed choice is ignored rather than refused: the article is what the reader came for, and
    the comment view checks the parent again anyway.
    """
    try:
        return query_number(request.GET, "replyto")
    except BadNumber:
        return None


def story_context(request: HttpRequest, article: Article, *, verification: Any, blocks: list[SourceBlock]
                  ) -> dict[str, Any]:
    """Return what the story part of an article page shows: for readers, and for the desk's preview."""
    sources = [(block.item, block.language) for block in blocks]
    url = absolute_url(request, article.get_absolute_url())
    sentences = shown_sentences(article, verification)
    standfirst, body = paragraphs(article, sentences)
    figures = article_figures(sentences, blocks)
    card = absolute_url(request, reverse("articles:card", kwargs={"pk": article.pk})) if article.pk else ""
    image = header_image(article)
    image_url = absolute_url(request, image.url) if image else ""
    event = min((b.item.published for b in blocks if b.item.published), default=None)
    return {
        "event_date": event,
        "article": article,
        "sources": sources,
        "source_blocks": blocks,
        "translation": translation(article, blocks),
        "sentences": sentences,
        "standfirst": standfirst,
        "paragraphs": body,
        "source_languages": list(dict.fromkeys(language for _, language in sources)),
        "verification": verification,
        "check_label": check_label(article),
        "canonical": url,
        "disclosure": ai_disclosure(article),
        "json_ld": json_ld(article, url=url, source_urls=[item.url for item, _ in sources], card_url=card,
                           image_url=image_url, event_date=event),
        "figures": figures,
        "chart": bar_chart(figures.chart) if figures.chart else None,
        "card_url": card,
        "card_alt": card_alt(article, figures),
        "header_image": image,
        "topics": list(article.topics.all()) if article.pk else [],
        "revisions": list(article.revisions.all()) if article.pk else [],
        "site_name": settings.NEWSDESK_SITE_NAME,
    }


def _story_html(request: HttpRequest, article: Article) -> dict[str, SafeString]:
    """Render the parts of the article page that are the same for every reader, cached per revision.

    The key holds `updated`, which every save of the article changes, so a cached copy is never stale
    and no process has to tell the others to forget it.
    """
    where = hashlib.sha256(absolute_url(request, "/").encode()).hexdigest()[:16]
    key = f"articles:story:{article.pk}:{article.updated.timestamp()}:{where}"
    cached: dict[str, SafeString] | None = cache.get(key)
    if cached:
        return cached
    context = story_context(request, article, verification=article.latest_verification,
                            blocks=source_blocks(article))
    parts = {
        "head": mark_safe(render_to_string("articles/_head.html", context)),  # noqa: S308 - autoescaped template
        "story": mark_safe(render_to_string("articles/_story.html", context)),  # noqa: S308 - autoescaped template
    }
    cache.set(key, parts, settings.NEWSDESK_PAGE_CACHE_SECONDS * 10)
    return parts


def _comments_html(article: Article) -> SafeString:
    """Render the shown comments, cached until one is added, approved, removed or edited."""
    key = (
        f"articles:comments:{article.pk}:" + hashlib.sha256(str(comments_stamp(article)).encode()).hexdigest()
    )
    html: str | None = cache.get(key)
    if html is None:
        html = render_to_string("articles/_comments.html", {"comments": visible_comments(article)})
        cache.set(key, html, settings.NEWSDESK_PAGE_CACHE_SECONDS * 10)
    return mark_safe(html)  # noqa: S308 - rendered by an autoescaping template


@require_safe
@_plain_bad_request
def index(request: HttpRequest) -> HttpResponse:
    stamp = _published().aggregate(n=Count("pk"), last=Max("updated"))
    key = "articles:index:" + hashlib.sha256(f"{request.get_full_path()}|{stamp}".encode()).hexdigest()
    if (body := cache.get(key)) is None:
        by = _sort(request)
        page = _page(request, _published(by))
        body = render(request, "articles/index.html", {"page": page, "sort": by}).content
        cache.set(key, body, settings.NEWSDESK_PAGE_CACHE_SECONDS)
    return HttpResponse(body)


def _page_state(pk: int) -> dict[str, Any] | None:
    """Return a published article's slug, rating totals, and a stamp of everything its page shows.

    One hand-written query, because this runs on every article view, cached or not.
    """
    if pk > MAX_ID:
        return None
    article, rating, comment = (m._meta.db_table for m in (Article, Rating, Comment))
    # Only table names are interpolated.
    sql = (
        f"SELECT a.slug, a.updated, (SELECT COUNT(*) FROM {rating} r WHERE r.article_id = a.id), "  # noqa: S608
        f"(SELECT AVG(r.stars) FROM {rating} r WHERE r.article_id = a.id), "
        f"(SELECT COUNT(*) FROM {comment} c WHERE c.article_id = a.id AND c.status = %s), "
        f"(SELECT MAX(c.updated) FROM {comment} c WHERE c.article_id = a.id AND c.status = %s) "
        f"FROM {article} a WHERE a.id = %s AND a.status = %s"
    )
    approved = Comment.Status.APPROVED
    with connection.cursor() as cursor:
        cursor.execute(sql, [approved, approved, pk, Article.Status.PUBLISHED])
        row = cursor.fetchone()
    if row is None:
        return None
    slug, updated, total, average, shown, last_comment = row
    totals = {"total": total or 0, "average": round(float(average), 1) if average is not None else 0}
    return {"slug": slug, "totals": totals, "stamp": f"{updated}|{total}|{average}|{shown}|{last_comment}"}


def _placeholder(name: str) -> str:
    """Return a marker for a per-reader value in a shared page; content cannot forge it without SECRET_KEY."""
    return "ph-" + salted_hmac("newsdesk.articles.placeholder", name, algorithm="sha256").hexdigest()[:32]


def _personalise(html: str, request: HttpRequest, article: Article) -> str:
    """Fill the reader's CSRF token and a freshly signed comment timestamp into a shared page."""
    security = security_data(article)
    return (
        html.replace(_placeholder("csrf"), get_token(request))
        .replace(_placeholder("timestamp"), security["timestamp"])
        .replace(_placeholder("security_hash"), security["security_hash"])
    )


def _form_context(
    request: HttpRequest,
    article: Article,
    *,
    totals: dict[str, float],
    comment_status: str | None,
    reply_to: int | None,
) -> dict[str, Any]:
    """Return what the rating widget and the comment form show, with markers for the per-reader values."""
    return {
        "totals": totals,
        "my_rating": reader_rating(request, article),
        "comment_status": comment_status,
        "reply_to": reply_to,
        "limits": {"name": NAME_MAX, "email": EMAIL_MAX, "text": TEXT_MAX},
        "csrf_value": _placeholder("csrf"),
        "security": {"timestamp": _placeholder("timestamp"), "security_hash": _placeholder("security_hash")},
    }


def _render_page(request: HttpRequest, article: Article, context: dict[str, Any]) -> str:
    context = context | {
        "article": article,
        "parts": _story_html(request, article),
        "comments_html": _comments_html(article),
    }
    return render_to_string("articles/detail.html", context, request)


@require_safe
def detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    """Show an article; readers with nothing personal on the page share one cached copy of it.

    The copy is keyed on everything it shows (the article's revision, the rating totals, the shown
    comments), so it is never stale; the CSRF token and the signed comment timestamp are filled in per
    request.
    """
    state = _page_state(pk)
    if state is None:
        raise Http404("No published article here.")
    if slug != state["slug"]:
        return redirect("articles:detail", pk=pk, slug=state["slug"], permanent=True)
    article = Article(pk=pk, slug=state["slug"])  # enough for reader_rating and the signed form
    comment_status = request.GET.get("comment")
    comment_status = comment_status if comment_status in COMMENT_NOTICES else None
    context = _form_context(
        request, article, totals=state["totals"], comment_status=comment_status, reply_to=_reply_to(request)
    )
    shared = context["my_rating"] is None and comment_status is None and context["reply_to"] is None
    key = ""
    if shared:
        stamp = f"{state['stamp']}|{absolute_url(request, '/')}"
        key = f"articles:page:{pk}:" + hashlib.sha256(stamp.encode()).hexdigest()
        if (html := cache.get(key)) is not None:
            return HttpResponse(_personalise(html, request, article))
    article = _get_published_article(pk)
    html = _render_page(request, article, context)
    if shared:
        cache.set(key, html, settings.NEWSDESK_PAGE_CACHE_SECONDS * 10)
    return HttpResponse(_personalise(html, request, article))


def comment_refused(
    request: HttpRequest,
    article: Article,
    *,
    notice: str,
    draft: CommentDraft,
    errors: list[str] | None = None,
    status: int = 400,
) -> HttpResponse:
    """Show the article again with the reader's comment back in the form and why it was not posted."""
    context = _form_context(
        request, article, totals=rating_totals(article), comment_status=notice, reply_to=draft.parent
    )
    context |= {"draft": draft, "comment_errors": errors or []}
    return HttpResponse(_personalise(_render_page(request, article, context), request, article), status=status)


@require_safe
@_plain_bad_request
def topic(request: HttpRequest, slug: str) -> HttpResponse:
    """List a topic's articles; a topic with none published is not found, as in the index and sitemap."""
    subject = get_object_or_404(Topic.objects.shown(), slug=slug)
    by = _sort(request)
    page = _page(request, _published(by).filter(topics=subject))
    return render(
        request,
        "articles/topic.html",
        {"topic": subject, "page": page, "sort": by,
         "canonical": absolute_url(request, subject.get_absolute_url())},
    )


@require_safe
def topics(request: HttpRequest) -> HttpResponse:
    return render(request, "articles/topics.html", {"topics": Topic.objects.shown().order_by("name")})


@require_safe
@_plain_bad_request
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:200]
    page = _page(request, search_ids(query))
    found = Article.objects.in_bulk(list(page.object_list))
    results = [found[pk] for pk in page.object_list if pk in found]
    return render(request, "articles/search.html", {"query": query, "page": page, "results": results})


def _published_updated(pk: int) -> Any:
    return Article.objects.filter(pk=pk, status=Article.Status.PUBLISHED).values_list("updated", flat=True).first()


def _picture_etag(request: HttpRequest, pk: int, **kwargs: Any) -> str | None:
    updated = _published_updated(pk) if pk <= MAX_ID else None
    site = hashlib.sha256(settings.NEWSDESK_SITE_NAME.encode()).hexdigest()[:8]  # the card shows the site's name
    return f"{pk}-{int(updated.timestamp() * 1_000_000)}-{site}-v{DRAWING}" if updated else None


def _picture(name: str, content_type: str) -> FileResponse:
    response = FileResponse(default_storage.open(name), content_type=content_type)
    response["Cache-Control"] = f"public, max-age={settings.NEWSDESK_PAGE_CACHE_SECONDS * 10}"
    return response


@require_safe
@condition(etag_func=_picture_etag)
def card(request: HttpRequest, pk: int, small: bool = False) -> FileResponse:
    """Serve a published article's share card (1200×630 PNG; small: the index's 400×210), drawn once per revision."""
    article = _get_published_article(pk)
    return _picture(card_for(article, small=small), "image/png")


@require_safe
@condition(etag_func=_picture_etag)
def image(request: HttpRequest, pk: int) -> FileResponse:
    """Serve a published article's AI-generated header image."""
    article = _get_published_article(pk)
    if header_image(article) is None:
        raise Http404("This article has no header image.")
    return _picture(article.image["name"], "image/jpeg")


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
