from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Max, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_safe

from newsdesk.drafting.prompts import language_name
from newsdesk.engagement.forms import security_data
from newsdesk.engagement.readers import rating_totals, reader_rating, visible_comments

from .models import Article, Topic
from .search import search_ids
from .seo import absolute_url, ai_disclosure, json_ld

COMMENT_NOTICES = {"held", "invalid", "expired", "duplicate", "too-soon"}


def _published() -> QuerySet[Article]:
    return Article.objects.filter(status=Article.Status.PUBLISHED).order_by("-published_at", "-pk")


def _get_published_article(pk: int) -> Article:
    return get_object_or_404(Article, pk=pk, status=Article.Status.PUBLISHED)


def _page(request: HttpRequest, items: QuerySet[Article] | list[int]) -> Page:
    return Paginator(items, settings.NEWSDESK_ARTICLES_PER_PAGE).get_page(request.GET.get("page"))


def _story_html(request: HttpRequest, article: Article) -> dict[str, SafeString]:
    """Render the parts of the article page that are the same for every reader, cached per revision.

    The key holds `updated`, which every save of the article changes, so a cached copy is never stale
    and no process has to tell the others to forget it.
    """
    where = hashlib.sha256(absolute_url(request, "/").encode()).hexdigest()[:16]
    key = f"articles:story:{article.pk}:{article.updated.timestamp()}:{where}"
    if cached := cache.get(key):
        return cached
    sources = [(item, language_name(item.language)) for item in article.sources.all()]
    url = absolute_url(request, article.get_absolute_url())
    context = {
        "article": article,
        "sources": sources,
        "verification": article.latest_verification,
        "canonical": url,
        "disclosure": ai_disclosure(article),
        "json_ld": json_ld(article, url=url, source_urls=[item.url for item, _ in sources]),
        "topics": list(article.topics.all()),
        "site_name": settings.NEWSDESK_SITE_NAME,
    }
    parts = {
        "head": mark_safe(render_to_string("articles/_head.html", context)),  # noqa: S308 - autoescaped template
        "story": mark_safe(render_to_string("articles/_story.html", context)),  # noqa: S308 - autoescaped template
    }
    cache.set(key, parts, settings.NEWSDESK_PAGE_CACHE_SECONDS * 10)
    return parts


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    stamp = _published().aggregate(n=Count("pk"), last=Max("updated"))
    key = "articles:index:" + hashlib.sha256(f"{request.get_full_path()}|{stamp}".encode()).hexdigest()
    if (body := cache.get(key)) is None:
        body = render(request, "articles/index.html", {"page": _page(request, _published())}).content
        cache.set(key, body, settings.NEWSDESK_PAGE_CACHE_SECONDS)
    return HttpResponse(body)


@require_safe
def detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    article = _get_published_article(pk)
    if slug != article.slug:
        return redirect(article, permanent=True)
    comment_status = request.GET.get("comment")
    reply_to = request.GET.get("replyto", "")
    return render(
        request,
        "articles/detail.html",
        {
            "article": article,
            "parts": _story_html(request, article),
            "totals": rating_totals(article),
            "my_rating": reader_rating(request, article),
            "comments": visible_comments(article),
            "comment_status": comment_status if comment_status in COMMENT_NOTICES else None,
            "reply_to": int(reply_to) if reply_to.isdigit() and len(reply_to) < 19 else None,
            "security": security_data(article),
        },
    )


@require_safe
def topic(request: HttpRequest, slug: str) -> HttpResponse:
    subject = get_object_or_404(Topic, slug=slug)
    page = _page(request, _published().filter(topics=subject))
    return render(
        request, "articles/topic.html",
        {"topic": subject, "page": page, "canonical": absolute_url(request, subject.get_absolute_url())},
    )


@require_safe
def topics(request: HttpRequest) -> HttpResponse:
    listed = Topic.objects.annotate(n=Count("articles")).filter(articles__status=Article.Status.PUBLISHED)
    return render(request, "articles/topics.html", {"topics": listed.order_by("name")})


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:200]
    page = _page(request, search_ids(query))
    found = Article.objects.in_bulk(list(page.object_list))
    results = [found[pk] for pk in page.object_list if pk in found]
    return render(request, "articles/search.html", {"query": query, "page": page, "results": results})


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
