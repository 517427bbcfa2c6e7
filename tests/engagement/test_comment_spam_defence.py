"""Comments need a CSRF token, a fresh signed form, an empty honeypot, 15 s between posts, and new text."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.engagement.forms import security_hash
from newsdesk.engagement.models import Comment, CommentThrottle

from .conftest import form_fields, post_comment

pytestmark = pytest.mark.django_db


def test_post_without_csrf_token_is_forbidden(article: Article) -> None:
    browser = Client(enforce_csrf_checks=True)
    data = {**form_fields(browser, article), "name": "Bob", "text": "Hi."}
    del data["csrfmiddlewaretoken"]
    assert browser.post(f"/articles/{article.pk}/comment/", data).status_code == 403
    assert Comment.objects.count() == 0


def test_post_with_csrf_token_from_the_page_is_taken(article: Article) -> None:
    browser = Client(enforce_csrf_checks=True)
    data = {**form_fields(browser, article), "name": "Bob", "text": "Hi."}
    assert data["csrfmiddlewaretoken"]
    assert browser.post(f"/articles/{article.pk}/comment/", data).status_code == 302
    assert Comment.objects.count() == 1


def test_form_older_than_two_hours_is_stale(client: Client, article: Article) -> None:
    old = str(int(time.time()) - 2 * 60 * 60 - 5)
    data = {"name": "Bob", "text": "Late.", "timestamp": old, "security_hash": security_hash(article.pk, old)}
    html = client.post(f"/articles/{article.pk}/comment/", data, follow=True).content.decode()
    assert "open for too long" in html
    assert Comment.objects.count() == 0


def test_form_under_two_hours_old_is_accepted(client: Client, article: Article) -> None:
    recent = str(int(time.time()) - 2 * 60 * 60 + 60)
    data = {
        "name": "Bob",
        "text": "In time.",
        "timestamp": recent,
        "security_hash": security_hash(article.pk, recent),
    }
    client.post(f"/articles/{article.pk}/comment/", data)
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("field, value", [("security_hash", "0" * 64), ("timestamp", "1700000000")])
def test_tampered_form_is_a_bad_request(client: Client, article: Article, field: str, value: str) -> None:
    data = {**form_fields(client, article), "name": "Bob", "text": "Hi.", field: value}
    assert client.post(f"/articles/{article.pk}/comment/", data).status_code == 400
    assert Comment.objects.count() == 0


def test_form_for_another_article_is_a_bad_request(client: Client, article: Article) -> None:
    now = str(int(time.time()))
    data = {
        "name": "Bob",
        "text": "Hi.",
        "timestamp": now,
        "security_hash": security_hash(article.pk + 1, now),
    }
    assert client.post(f"/articles/{article.pk}/comment/", data).status_code == 400


def test_filled_honeypot_is_refused(client: Client, article: Article) -> None:
    data = {
        **form_fields(client, article),
        "name": "Bot",
        "text": "Buy now.",
        "honeypot": "http://spam.example",
    }
    assert client.post(f"/articles/{article.pk}/comment/", data).status_code == 400
    assert Comment.objects.count() == 0


def test_second_comment_within_15_seconds_is_refused(client: Client, article: Article) -> None:
    post_comment(client, article, "One.")
    html = post_comment(client, article, "Two.").content.decode()
    assert "posting comments too quickly" in html
    assert list(Comment.objects.values_list("text", flat=True)) == ["One."]


def test_second_comment_after_15_seconds_is_taken(client: Client, article: Article) -> None:
    post_comment(client, article, "One.")
    CommentThrottle.objects.update(last_at=timezone.now() - timedelta(seconds=16))
    post_comment(client, article, "Two.")
    assert Comment.objects.count() == 2


def test_reader_without_cookie_is_throttled_by_address(article: Article) -> None:
    post_comment(Client(), article, "One.")
    post_comment(Client(), article, "Two.")
    assert Comment.objects.count() == 1
    post_comment(Client(REMOTE_ADDR="192.0.2.7"), article, "Three.")
    assert Comment.objects.count() == 2


def test_exact_duplicate_is_refused(client: Client, article: Article) -> None:
    post_comment(client, article, "Same words.")
    html = post_comment(Client(REMOTE_ADDR="192.0.2.8"), article, "  Same   words. ").content.decode()
    assert "already been posted" in html
    assert Comment.objects.count() == 1
