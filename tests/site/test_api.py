"""The read-only JSON API serves published articles, sources and verification, as its schema says."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment

from .conftest import make_article

pytestmark = pytest.mark.django_db


def test_list_pages_through_published_articles(client: Client, settings) -> None:
    settings.NEWSDESK_API_PAGE_SIZE = 2
    for n in range(3):
        make_article(f"Story {n}")
    make_article("Held", status="held")
    first = client.get("/api/articles/").json()
    assert first["count"] == 3 and len(first["results"]) == 2
    assert first["next"] == "http://testserver/api/articles/?page=2" and first["previous"] is None
    second = client.get(first["next"]).json()
    assert [a["headline"] for a in second["results"]] == ["Story 0"]
    assert client.get("/api/articles/?page=3").status_code == 404
    assert client.get("/api/articles/?page=x").status_code == 400


def test_article_with_sources_and_verification(client: Client, article: Article) -> None:
    Comment.objects.create(article=article, name="Bob", email="bob@example.org", text="Hi", status="approved")
    data = client.get(f"/api/articles/{article.pk}/").json()
    assert data["headline"] == article.headline
    assert data["url"] == f"http://testserver{article.get_absolute_url()}"
    assert data["model"] == "scripted-model" and "language model" in data["ai_disclosure"]
    assert data["sources"][0]["url"] == "https://example.com/meta-scale"
    assert [s["part"] for s in data["sentences"]] == ["headline", "standfirst", "body", "body", "body"]
    assert data["sentences"][0]["text"] == article.headline
    assert all(s["cites"] and s["verdict"] == "supported" for s in data["sentences"])
    assert data["checked"].startswith("Every sentence checked against its cited source sentence")
    numbered = data["sources"][0]["sentences"]
    assert [s["n"] for s in numbered] == [1, 2, 3, 4]
    assert numbered[0]["text"] == "Meta investit 14,3 milliards de dollars dans Scale AI"
    sources = client.get(f"/api/articles/{article.pk}/sources/").json()["results"]
    assert sources[0]["language"] == "fr"
    verification = client.get(f"/api/articles/{article.pk}/verification/").json()
    assert verification["passed"] is True
    assert any(c["verdict"] == "supported" for c in verification["claims"])
    source = client.get(f"/api/sources/{sources[0]['id']}/").json()
    assert source["articles"] == [article.pk]
    assert "bob@example.org" not in str(data) + str(source)


def test_unpublished_articles_and_their_sources_are_hidden(client: Client) -> None:
    held = make_article("Held", status="held")
    assert client.get(f"/api/articles/{held.pk}/").status_code == 404
    assert client.get(f"/api/articles/{held.pk}/verification/").status_code == 404
    assert client.get("/api/articles/99999999999999999999/").status_code == 404


def test_api_is_read_only(client: Client, article: Article) -> None:
    assert client.post("/api/articles/").status_code == 405
    assert client.delete(f"/api/articles/{article.pk}/").status_code == 405


def test_schema_is_openapi_3(client: Client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/articles/",
        "/api/articles/{pk}/",
        "/api/articles/{pk}/sources/",
        "/api/articles/{pk}/verification/",
        "/api/sources/{pk}/",
    }
