"""Search engines get a sitemap, robots.txt, canonical URLs, JSON-LD and OpenGraph with the AI disclosure."""

from __future__ import annotations

import json
import re

import defusedxml.ElementTree as ET  # noqa: N817
import pytest
from django.test import Client

from newsdesk.articles.models import Article, Topic

from .conftest import make_article

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_lists_published_articles_and_topics(
    client: Client, article: Article, markets: Topic
) -> None:
    markets.articles.add(article)
    held = make_article("Held", status="held")
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [u.findtext(f"{SM}loc") for u in root.iter(f"{SM}url")]
    assert f"http://testserver{article.get_absolute_url()}" in locations
    assert "http://testserver/topics/markets/" in locations
    assert "http://testserver/" in locations
    assert not any(held.get_absolute_url() in loc for loc in locations)


def test_robots_points_to_the_sitemap(client: Client) -> None:
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_article_has_news_article_json_ld_with_ai_disclosure(client: Client, article: Article) -> None:
    html = client.get(article.get_absolute_url()).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.headline
    assert data["url"] == data["mainEntityOfPage"] == f"http://testserver{article.get_absolute_url()}"
    assert data["isBasedOn"] == ["https://example.com/meta-scale"]
    assert "written by a language model (scripted-model)" in data["backstory"]
    assert data["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert data["datePublished"]


def test_json_ld_cannot_be_closed_by_a_headline(client: Client) -> None:
    made = make_article("</script><script>alert(1)</script>")
    html = client.get(made.get_absolute_url()).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(raw)["headline"] == "</script><script>alert(1)</script>"


def test_article_has_opengraph_and_canonical(client: Client, article: Article) -> None:
    html = client.get(f"/articles/{article.pk}/{article.slug}/?utm_source=x").content.decode()
    url = f"http://testserver{article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert f'<meta property="og:title" content="{article.headline}">' in html
    assert "(AI-written from the linked sources. Every sentence checked against its cited source sentence" in html
    assert '<meta name="ai-disclosure" content="This article was written by a language model' in html


def test_short_and_wrong_slug_urls_redirect_to_the_canonical_one(client: Client, article: Article) -> None:
    for path in (f"/articles/{article.pk}/", f"/articles/{article.pk}/wrong-slug/"):
        response = client.get(path)
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()
