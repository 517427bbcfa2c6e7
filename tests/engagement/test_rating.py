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


def test_plain_form_post_returns_to_the_widget_with_the_new_totals(client: Client, article: Article) -> None:
    response = client.post(f"/articles/{article.pk}/rate/", {"stars": 4}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("#rating")
    assert "[Total: <span data-total>1</span> Average: <span data-average>4.0</span>]" in html
    assert 'value="4" aria-label="4 stars" aria-pressed="true"' in html


def test_widget_is_usable_by_keyboard_and_screen_reader(client: Client, article: Article) -> None:
    html = client.get(article.get_absolute_url()).content.decode()
    widget = html[html.index('id="rating"') : html.index('id="comments"')]
    for n, label in [(1, "1 star"), (2, "2 stars"), (5, "5 stars")]:
        assert f'<button type="submit" name="stars" value="{n}" aria-label="{label}"' in widget
    assert "<legend" in widget and 'aria-live="polite"' in widget and 'role="status"' in widget
    assert 'tabindex="-1"' not in widget


def test_reader_cookie_is_signed_and_http_only(client: Client, article: Article) -> None:
    rate(client, article, 3)
    cookie = client.cookies["newsdesk_reader"]
    assert ":" in cookie.value and cookie["httponly"]
    assert Rating.objects.get().reader in cookie.value


def test_address_is_stored_only_as_a_keyed_hash(client: Client, article: Article) -> None:
    Client(REMOTE_ADDR="198.51.100.23").post(f"/articles/{article.pk}/rate/", {"stars": 3})
    stored = Rating.objects.get().ip_hash
    assert len(stored) == 64 and "198.51.100.23" not in stored


def test_cleared_cookies_cannot_stuff_the_ballot_from_one_address(article: Article, settings) -> None:
    settings.NEWSDESK_RATINGS_PER_ADDRESS = 3
    codes = [
        Client(REMOTE_ADDR="203.0.113.5")
        .post(f"/articles/{article.pk}/rate/", {"stars": 5}, HTTP_ACCEPT="application/json")
        .status_code
        for _ in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]
    assert Rating.objects.count() == 3
    assert rate(Client(REMOTE_ADDR="203.0.113.6"), article, 1)["total"] == 4


def test_rating_an_unpublished_article_is_not_found(client: Client, article: Article) -> None:
    Article.objects.filter(pk=article.pk).update(status=Article.Status.HELD)
    assert client.post(f"/articles/{article.pk}/rate/", {"stars": 5}).status_code == 404


def test_rating_needs_a_post(client: Client, article: Article) -> None:
    assert client.get(f"/articles/{article.pk}/rate/").status_code == 405


def test_address_comes_from_the_trusted_proxy_header_when_configured(article: Article, settings) -> None:
    settings.NEWSDESK_RATINGS_PER_ADDRESS = 1
    settings.NEWSDESK_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    url = f"/articles/{article.pk}/rate/"
    behind_proxy = {"REMOTE_ADDR": "127.0.0.1", "HTTP_ACCEPT": "application/json"}
    first = Client().post(url, {"stars": 5}, HTTP_X_FORWARDED_FOR="spoofed, 198.51.100.1", **behind_proxy)
    second = Client().post(url, {"stars": 5}, HTTP_X_FORWARDED_FOR="198.51.100.2", **behind_proxy)
    third = Client().post(url, {"stars": 5}, HTTP_X_FORWARDED_FOR="other, 198.51.100.1", **behind_proxy)
    assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
