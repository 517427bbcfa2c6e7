from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from newsdesk.drafting.prompts import language_name
from newsdesk.engagement.readers import rating_totals, reader_rating, visible_comments

from .models import Article


def _get_published_article(pk: int) -> Article:
    return get_object_or_404(Article.objects.prefetch_related("sources"), pk=pk, status=Article.Status.PUBLISHED)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.filter(status=Article.Status.PUBLISHED).order_by("-published_at", "-pk")
    page = Paginator(articles, settings.NEWSDESK_ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/index.html", {"page": page})


@require_safe
def detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    article = _get_published_article(pk)
    if slug != article.slug:
        return redirect(article, permanent=True)
    sources = [(item, language_name(item.language)) for item in article.sources.all()]
    verification = article.latest_verification
    return render(
        request,
        "articles/detail.html",
        {
            "article": article,
            "sources": sources,
            "verification": verification,
            "totals": rating_totals(article),
            "my_rating": reader_rating(request, article),
            "comments": visible_comments(article),
            "comment_status": request.GET.get("comment"),
        },
    )
