"""RSS 2.0 and Atom feeds list published articles, for the site and per topic, with the AI disclosure."""

from __future__ import annotations

import defusedxml.ElementTree as ET  # noqa: N817
import pytest
from django.test import Client

from newsdesk.articles.models import Article, Topic

from .conftest import make_article

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_lists_published_articles_with_disclosure(client: Client, article: Article) -> None:
    make_article("Held story", status="held")
    response = client.get("/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [article.headline]
    assert items[0].findtext("link") == f"http://testserver{article.get_absolute_url()}"
    assert "written by a language model" in items[0].findtext("description")


def test_atom_feed_is_valid_atom(client: Client, article: Article) -> None:
    root = ET.fromstring(client.get("/feed/atom/").content)
    assert root.tag == f"{ATOM}feed"
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == article.headline
    assert entry.find(f"{ATOM}link").get("href").endswith(article.get_absolute_url())


def test_topic_feeds_hold_only_that_topic(client: Client, article: Article, markets: Topic) -> None:
    markets.articles.add(article)
    make_article("Unrelated")
    rss = ET.fromstring(client.get("/topics/markets/feed/rss/").content)
    assert [i.findtext("title") for i in rss.iter("item")] == [article.headline]
    assert "Markets" in rss.find("channel").findtext("title")
    atom = ET.fromstring(client.get("/topics/markets/feed/atom/").content)
    assert [e.findtext(f"{ATOM}title") for e in atom.iter(f"{ATOM}entry")] == [article.headline]


def test_unknown_topic_feed_is_not_found(client: Client) -> None:
    assert client.get("/topics/nothing/feed/rss/").status_code == 404


def test_feed_links_use_the_configured_site_url(client: Client, article: Article, settings) -> None:
    settings.NEWSDESK_SITE_URL = "https://news.example.com"
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="https://news.example.com{article.get_absolute_url()}">' in html
