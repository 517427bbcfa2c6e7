"""Topic pages list their articles, and long lists are split into pages."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article, Topic

from .conftest import make_article

pytestmark = pytest.mark.django_db


def test_topic_page_lists_its_articles(client: Client, article: Article, markets: Topic) -> None:
    markets.articles.add(article)
    other = make_article("Weather is mild")
    html = client.get("/topics/markets/").content.decode()
    assert article.headline in html and other.headline not in html
    assert "Money and companies." in html
    assert 'href="/topics/markets/feed/rss/"' in html
    assert '<a href="/topics/markets/">Markets</a>' in client.get(article.get_absolute_url()).content.decode()


def test_topic_list_shows_topics_with_published_articles(
    client: Client, article: Article, markets: Topic
) -> None:
    Topic.objects.create(name="Empty")
    markets.articles.add(article)
    html = client.get("/topics/").content.decode()
    assert "Markets" in html and "Empty" not in html


def test_index_is_paginated(client: Client, settings) -> None:
    settings.NEWSDESK_ARTICLES_PER_PAGE = 2
    for n in range(5):
        make_article(f"Story number {n}")
    first = client.get("/").content.decode()
    assert "Page 1 of 3" in first and 'rel="next" href="?page=2"' in first
    last = client.get("/?page=3").content.decode()
    assert "Story number 0" in last and "Story number 4" not in last
    assert client.get("/?page=99").status_code == 200


def test_topic_pages_are_paginated(client: Client, markets: Topic, settings) -> None:
    settings.NEWSDESK_ARTICLES_PER_PAGE = 2
    for n in range(3):
        markets.articles.add(make_article(f"Market move {n}"))
    html = client.get("/topics/markets/?page=2").content.decode()
    assert "Page 2 of 2" in html and "Market move 0" in html


def test_index_shows_a_newly_published_article_at_once(client: Client) -> None:
    make_article("First")
    assert "First" in client.get("/").content.decode()
    make_article("Second")
    assert "Second" in client.get("/").content.decode()


def test_article_page_shows_a_revision_at_once(client: Client) -> None:
    made = make_article("Before")
    assert "Before" in client.get(made.get_absolute_url()).content.decode()
    made.standfirst = "Rewritten introduction."
    made.save()
    assert "Rewritten introduction." in client.get(made.get_absolute_url()).content.decode()
