"""Pages, feeds and JSON-LD carry when the story happened (its source's date) as well as when it was published
here; the index lists the newest events first, or the newest published with ?sort=published."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.sources.models import SourceItem

from .conftest import make_article

pytestmark = pytest.mark.django_db

OCT_30 = datetime(2025, 10, 30, 14, 0, tzinfo=UTC)


def dated(headline: str, *, happened: datetime | None, published_days_ago: int) -> Article:
    article = make_article(headline)
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(days=published_days_ago))
    SourceItem.objects.create(story=article.story, title=headline, summary="Words.", url=f"https://e.example/{headline}",
                              language="en", published=happened)
    return Article.objects.get(pk=article.pk)


def test_the_page_and_its_json_ld_give_the_event_date(client: Client) -> None:
    article = dated("Meta results", happened=OCT_30, published_days_ago=0)
    article.sources.set(article.story.items.all())
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'Reported <time datetime="2025-10-30T14:00:00+00:00">30 October 2025</time> by the source' in page
    ld = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["contentReferenceTime"] == "2025-10-30T14:00:00+00:00"
    assert ld["datePublished"] == article.published_at.isoformat()


def test_feeds_give_the_event_date(client: Client) -> None:
    dated("Meta results", happened=OCT_30, published_days_ago=0)
    for url in ("/feed/rss/", "/feed/atom/"):
        body = client.get(url).content.decode()
        assert 'xmlns:dcterms="http://purl.org/dc/terms/"' in body
        assert "<dcterms:temporal>2025-10-30T14:00:00+00:00</dcterms:temporal>" in body


def test_the_index_lists_the_newest_events_first_or_the_newest_published(client: Client) -> None:
    old_event = dated("Old event, published today", happened=OCT_30, published_days_ago=0)
    new_event = dated("New event, published last week", happened=OCT_30 + timedelta(days=20), published_days_ago=7)
    undated = dated("Undated, published yesterday", happened=None, published_days_ago=1)
    by_event = client.get("/").content.decode()
    order = [by_event.index(a.headline) for a in (undated, new_event, old_event)]
    assert order == sorted(order)  # an article with no event date goes by its publication
    by_publication = client.get("/?sort=published").content.decode()
    order = [by_publication.index(a.headline) for a in (old_event, undated, new_event)]
    assert order == sorted(order)


def test_an_unknown_sort_is_a_clear_400(client: Client) -> None:
    response = client.get("/?sort=rating")
    assert response.status_code == 400
    assert response.content.decode() == "sort must be event or published.\n"
