"""Full-text search over headlines and bodies: SQLite FTS5 by default, PostgreSQL full-text search there."""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast

from .models import Article

MAX_RESULTS = 500
MAX_TERMS = 20


def _fts5_query(query: str) -> str:
    """Quote each word, so reader input is never parsed as FTS5 syntax."""
    terms = re.findall(r"\w+", query)[:MAX_TERMS]
    return " ".join('"{}"'.format(t.replace('"', '""')) for t in terms)


def search_ids(query: str) -> list[int]:
    """Return the ids of published articles matching the query, best match first."""
    query = query.strip()[:200]
    if not re.search(r"\w", query):
        return []
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = (
            SearchVector("headline", weight="A", config="english")
            + SearchVector("standfirst", weight="B", config="english")
            + SearchVector(Cast("sections", TextField()), weight="C", config="english")
        )
        found = SearchQuery(query, search_type="websearch", config="english")
        ranked = published.annotate(document=vector, rank=SearchRank(vector, found)).filter(document=found)
        return list(ranked.order_by("-rank", "-published_at").values_list("pk", flat=True)[:MAX_RESULTS])
    if connection.vendor != "sqlite":
        raise NotImplementedError(f"full-text search is not implemented for {connection.vendor}")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.rowid FROM articles_search s JOIN articles_article a ON a.id = s.rowid "
            "WHERE articles_search MATCH %s AND a.status = %s ORDER BY bm25(articles_search, 10.0, 5.0, 1.0) "
            "LIMIT %s",
            [_fts5_query(query), Article.Status.PUBLISHED, MAX_RESULTS],
        )
        return [row[0] for row in cursor.fetchall()]
