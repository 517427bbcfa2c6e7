"""Readers share a cached article page that is never stale and still carries each reader's own CSRF token."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment

pytestmark = pytest.mark.django_db


def hidden(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def test_second_reader_gets_the_cached_page_with_a_working_token(article: Article) -> None:
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(article.get_absolute_url())
    html = second.get(article.get_absolute_url()).content.decode()
    assert "ph-" not in html
    data = {name: hidden(html, name) for name in ("csrfmiddlewaretoken", "timestamp", "security_hash")}
    response = second.post(f"/articles/{article.pk}/comment/", {**data, "name": "Bob", "text": "Hello."})
    assert response.status_code == 302 and Comment.objects.count() == 1
    token = data["csrfmiddlewaretoken"]
    vote = second.post(f"/articles/{article.pk}/rate/", {"stars": 5, "csrfmiddlewaretoken": token})
    assert vote.status_code == 302


def test_cached_page_shows_new_votes_and_approved_comments_at_once(client: Client, article: Article) -> None:
    client.get(article.get_absolute_url())
    Client(REMOTE_ADDR="192.0.2.1").post(f"/articles/{article.pk}/rate/", {"stars": 2})
    assert "[Total: <span data-total>1</span>" in Client().get(article.get_absolute_url()).content.decode()
    comment = Comment.objects.create(article=article, name="Ann", text="Pending words.")
    assert "Pending words." not in Client().get(article.get_absolute_url()).content.decode()
    comment.status = Comment.Status.APPROVED
    comment.save()
    assert "Pending words." in Client().get(article.get_absolute_url()).content.decode()
    comment.delete()
    assert "Pending words." not in Client().get(article.get_absolute_url()).content.decode()


def test_each_page_view_gets_a_fresh_signed_timestamp(article: Article) -> None:
    reader = Client()
    a = hidden(reader.get(article.get_absolute_url()).content.decode(), "security_hash")
    assert len(a) == 64


def test_a_readers_own_vote_is_shown_to_them_only(article: Article) -> None:
    voter = Client()
    voter.post(f"/articles/{article.pk}/rate/", {"stars": 3})
    mine = voter.get(article.get_absolute_url()).content.decode()
    theirs = Client().get(article.get_absolute_url()).content.decode()
    assert 'value="3" aria-label="3 stars" aria-pressed="true"' in mine
    assert 'aria-pressed="true"' not in theirs
