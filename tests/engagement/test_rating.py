"""A click stores a vote, the totals change, and a reader's second vote replaces the first."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.engagement.models import Rating
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def rate(client: Client, article: Article, stars: int) -> dict[str, float]:
    response = client.post(f"/articles/{article.pk}/rate/", {"stars": stars}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    return response.json()


def test_vote_changes_the_totals_on_the_page(client: Client, article: Article) -> None:
    assert rate(client, article, 4) == {"total": 1, "average": 4.0, "yours": 4}
    html = client.get(article.get_absolute_url()).content.decode()
    assert "[Total: <span data-total>1</span> Average: <span data-average>4.0</span>]" in html


def test_second_vote_from_the_same_reader_replaces_the_first(client: Client, article: Article) -> None:
    rate(client, article, 5)
    assert rate(client, article, 2) == {"total": 1, "average": 2.0, "yours": 2}
    assert Rating.objects.count() == 1


def test_votes_from_two_readers_are_averaged(article: Article) -> None:
    rate(Client(), article, 5)
    assert rate(Client(), article, 2) == {"total": 2, "average": 3.5, "yours": 2}


def test_forged_reader_cookie_counts_as_a_new_reader(client: Client, article: Article) -> None:
    rate(client, article, 5)
    client.cookies["newsdesk_reader"] = "someone-else:forged"
    assert rate(client, article, 1)["total"] == 2


def test_plain_form_post_works_without_javascript(client: Client, article: Article) -> None:
    response = client.post(f"/articles/{article.pk}/rate/", {"stars": 3})
    assert response.status_code == 302
    assert Rating.objects.get().stars == 3


@pytest.mark.parametrize("stars", ["0", "6", "abc", ""])
def test_out_of_range_vote_is_refused(client: Client, article: Article, stars: str) -> None:
    response = client.post(f"/articles/{article.pk}/rate/", {"stars": stars}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert Rating.objects.count() == 0
