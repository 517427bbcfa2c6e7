"""A read-only JSON API for published articles, their sources and their verification, described by OpenAPI."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse
from django.urls import path, re_path, reverse
from django.views.decorators.csrf import csrf_exempt

from newsdesk.engagement.readers import rating_totals
from newsdesk.lib.query import MAX_ID, BadNumber, query_number
from newsdesk.sources.models import SourceItem
from newsdesk.sources.sentences import SourceSentence, story_sentences

from .models import Article
from .reading import shown_sentences
from .seo import absolute_url, ai_disclosure

MAX_PAGE = 100_000


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def read_only(view: Callable[..., JsonResponse]) -> Callable[..., JsonResponse]:
    """Answer GET and HEAD, a malformed number with a JSON 400, and other methods with a JSON 405.

    CSRF has nothing to protect here.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
        if request.method not in ("GET", "HEAD"):
            response = _error(405, "this API is read-only")
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except BadNumber as exc:
            return _error(400, str(exc))

    return csrf_exempt(wrapped)


@read_only
def not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    return _error(404, "no such API resource")


def _get_published_article(pk: int) -> Article | None:
    if pk > MAX_ID:
        return None
    return Article.objects.filter(pk=pk, status=Article.Status.PUBLISHED).first()


def _source(item: SourceItem, numbered: list[SourceSentence]) -> dict[str, Any]:
    return {
        "id": item.pk,
        "title": item.title,
        "summary": item.summary,
        "language": item.language,
        "url": item.url,
        "published": item.published.isoformat() if item.published else None,
        "sentences": [{"n": s.n, "text": s.text, "english": s.english} for s in numbered if s.item_id == item.pk],
    }


def _sources(article: Article) -> list[dict[str, Any]]:
    """Return the article's sources, their sentences numbered as the article cites them."""
    items = list(article.sources.order_by("created", "pk"))
    numbered = story_sentences(items)
    return [_source(item, numbered) for item in items]


def _summary(request: HttpRequest, article: Article) -> dict[str, Any]:
    return {
        "id": article.pk,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "url": absolute_url(request, article.get_absolute_url()),
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "revised_at": article.revised_at.isoformat() if article.revised_at else None,
    }


@read_only
def article_list(request: HttpRequest) -> JsonResponse:
    number = query_number(request.GET, "page", default=1, high=MAX_PAGE)
    published = Article.objects.filter(status=Article.Status.PUBLISHED).order_by("-published_at", "-pk")
    paginator = Paginator(published, settings.NEWSDESK_API_PAGE_SIZE)
    if number > paginator.num_pages:
        return _error(404, "no such page")
    page = paginator.page(number)
    base = absolute_url(request, reverse("api:articles"))
    return JsonResponse(
        {
            "count": paginator.count,
            "next": f"{base}?page={page.next_page_number()}" if page.has_next() else None,
            "previous": f"{base}?page={page.previous_page_number()}" if page.has_previous() else None,
            "results": [_summary(request, a) for a in page.object_list],
        }
    )


@read_only
def article_detail(request: HttpRequest, pk: int) -> JsonResponse:
    article = _get_published_article(pk)
    if article is None:
        return _error(404, "no such published article")
    return JsonResponse(
        {
            **_summary(request, article),
            "sections": [
                {"heading": s.get("heading", ""), "body": s.get("body", ""), "kind": s.get("kind", "body")}
                for s in article.sections
            ],
            "sentences": [
                {"text": s.text, "part": s.part, "cites": list(s.cites), "verdict": s.verdict}
                for s in shown_sentences(article, article.latest_verification)
            ],
            "checked": article.checked(),
            "model": article.model_id,
            "ai_disclosure": ai_disclosure(article),
            "topics": [{"name": t.name, "slug": t.slug} for t in article.topics.all()],
            "rating": rating_totals(article),
            "sources": _sources(article),
        }
    )


@read_only
def article_sources(request: HttpRequest, pk: int) -> JsonResponse:
    article = _get_published_article(pk)
    if article is None:
        return _error(404, "no such published article")
    return JsonResponse({"results": _sources(article)})


@read_only
def article_verification(request: HttpRequest, pk: int) -> JsonResponse:
    article = _get_published_article(pk)
    if article is None:
        return _error(404, "no such published article")
    verification = article.latest_verification
    if verification is None:
        return _error(404, "this article has no verification")
    return JsonResponse(
        {
            "passed": verification.passed,
            "summary": verification.summary,
            "policy": verification.policy,
            "checked_at": verification.created.isoformat(),
            "claims": [
                {"text": c.text, "kind": c.kind, "verdict": c.verdict, "evidence": c.evidence}
                for c in verification.verdicts()
            ],
        }
    )


@read_only
def source_detail(request: HttpRequest, pk: int) -> JsonResponse:
    """Show a source item only once a published article cites it."""
    if pk > MAX_ID:
        return _error(404, "no such source")
    item = SourceItem.objects.filter(pk=pk, articles__status=Article.Status.PUBLISHED).distinct().first()
    if item is None:
        return _error(404, "no such source")
    cited_by = item.articles.filter(status=Article.Status.PUBLISHED).order_by("pk")
    story = list(item.story.items.order_by("created", "pk")) if item.story else [item]
    return JsonResponse({**_source(item, story_sentences(story)), "articles": [a.pk for a in cited_by]})


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or list(properties)}


STR = {"type": "string"}
NULLABLE_STR = {"type": "string", "nullable": True}
DATETIME = {"type": "string", "format": "date-time", "nullable": True}
SOURCE = _object(
    {
        "id": {"type": "integer"},
        "title": STR,
        "summary": STR,
        "language": STR,
        "url": STR,
        "published": DATETIME,
        "sentences": {
            "type": "array",
            "description": "The source's sentences, numbered as articles cite them; english is its English rendering.",
            "items": _object({"n": {"type": "integer"}, "text": STR, "english": STR}),
        },
    }
)
SUMMARY_PROPS = {
    "id": {"type": "integer"},
    "headline": STR,
    "standfirst": STR,
    "url": STR,
    "published_at": DATETIME,
    "revised_at": DATETIME,
}
ERROR = {"description": "Error", "content": {"application/json": {"schema": _object({"error": STR})}}}
ID_PARAM = [{"name": "pk", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 0}}]


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


def openapi_schema() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "newsdesk API",
            "version": "1",
            "description": "Read-only: published articles only.",
        },
        "paths": {
            "/api/articles/": {
                "get": {
                    "operationId": "listArticles",
                    "parameters": [
                        {
                            "name": "page",
                            "in": "query",
                            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
                        }
                    ],
                    "responses": {
                        "200": _ok(
                            _object(
                                {
                                    "count": {"type": "integer"},
                                    "next": NULLABLE_STR,
                                    "previous": NULLABLE_STR,
                                    "results": {"type": "array", "items": _object(SUMMARY_PROPS)},
                                }
                            )
                        ),
                        "400": ERROR,
                        "404": ERROR,
                    },
                }
            },
            "/api/articles/{pk}/": {
                "get": {
                    "operationId": "getArticle",
                    "parameters": ID_PARAM,
                    "responses": {
                        "200": _ok(
                            _object(
                                {
                                    **SUMMARY_PROPS,
                                    "sections": {
                                        "type": "array",
                                        "items": _object({"heading": STR, "body": STR, "kind": STR}),
                                    },
                                    "sentences": {
                                        "type": "array",
                                        "description": "In reading order, headline first; cites: the numbers "
                                                       "of the source sentences each is checked against.",
                                        "items": _object({
                                            "text": STR,
                                            "part": {"type": "string",
                                                     "enum": ["headline", "standfirst", "body", "background"]},
                                            "cites": {"type": "array", "items": {"type": "integer"}},
                                            "verdict": STR,
                                        }),
                                    },
                                    "checked": STR,
                                    "model": STR,
                                    "ai_disclosure": STR,
                                    "topics": {"type": "array", "items": _object({"name": STR, "slug": STR})},
                                    "rating": _object(
                                        {"total": {"type": "integer"}, "average": {"type": "number"}}
                                    ),
                                    "sources": {"type": "array", "items": SOURCE},
                                }
                            )
                        ),
                        "404": ERROR,
                    },
                }
            },
            "/api/articles/{pk}/sources/": {
                "get": {
                    "operationId": "getArticleSources",
                    "parameters": ID_PARAM,
                    "responses": {
                        "200": _ok(_object({"results": {"type": "array", "items": SOURCE}})),
                        "404": ERROR,
                    },
                }
            },
            "/api/articles/{pk}/verification/": {
                "get": {
                    "operationId": "getArticleVerification",
                    "parameters": ID_PARAM,
                    "responses": {
                        "200": _ok(
                            _object(
                                {
                                    "passed": {"type": "boolean"},
                                    "summary": STR,
                                    "policy": STR,
                                    "checked_at": STR,
                                    "claims": {
                                        "type": "array",
                                        "items": _object(
                                            {"text": STR, "kind": STR, "verdict": STR, "evidence": STR}
                                        ),
                                    },
                                }
                            )
                        ),
                        "404": ERROR,
                    },
                }
            },
            "/api/sources/{pk}/": {
                "get": {
                    "operationId": "getSource",
                    "parameters": ID_PARAM,
                    "responses": {
                        "200": _ok(
                            _object(
                                {
                                    **SOURCE["properties"],
                                    "articles": {"type": "array", "items": {"type": "integer"}},
                                }
                            )
                        ),
                        "404": ERROR,
                    },
                }
            },
        },
    }


@read_only
def schema(request: HttpRequest) -> JsonResponse:
    return JsonResponse(openapi_schema())


app_name = "api"
urlpatterns = [
    path("openapi.json", schema, name="schema"),
    path("articles/", article_list, name="articles"),
    path("articles/<int:pk>/", article_detail, name="article"),
    path("articles/<int:pk>/sources/", article_sources, name="article_sources"),
    path("articles/<int:pk>/verification/", article_verification, name="article_verification"),
    path("sources/<int:pk>/", source_detail, name="source"),
    re_path(r"^(?P<rest>(?s:.*))$", not_found),  # (?s): a path may hold a newline
]
