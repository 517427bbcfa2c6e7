"""A topic with no published article is not found, as it is left out of the topic list and the sitemap."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article, Topic

from .conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def secret(db: None) -> Topic:
    topic = Topic.objects.create(name="Takeover talks", description="Who is buying whom, before anyone says.")
    topic.articles.add(make_article("A held scoop", status=Article.Status.HELD))
    return topic


def test_topic_page_with_only_held_articles_is_not_found(client: Client, secret: Topic) -> None:
    response = client.get(secret.get_absolute_url())
    assert response.status_code == 404
    html = response.content.decode()
    assert "Takeover talks" not in html and "before anyone says" not in html
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_topic_without_articles_is_not_found(client: Client) -> None:
    empty = Topic.objects.create(name="Empty", description="Nothing yet.")
    assert client.get(empty.get_absolute_url()).status_code == 404


def test_topic_is_left_out_of_the_topic_list_and_the_sitemap(client: Client, secret: Topic) -> None:
    assert "Takeover talks" not in client.get("/topics/").content.decode()
    assert secret.get_absolute_url() not in client.get("/sitemap.xml").content.decode()


def test_topic_is_found_once_one_of_its_articles_is_published(client: Client, secret: Topic) -> None:
    secret.articles.add(make_article("Now public"), make_article("Also public"))
    html = client.get(secret.get_absolute_url()).content.decode()
    assert "Takeover talks" in html and "Now public" in html and "A held scoop" not in html


def test_topic_feeds_with_only_held_articles_are_not_found(client: Client, secret: Topic) -> None:
    for kind in ("rss", "atom"):
        response = client.get(f"/topics/{secret.slug}/feed/{kind}/")
        assert response.status_code == 404
        assert "before anyone says" not in response.content.decode()
