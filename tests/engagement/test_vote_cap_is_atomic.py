"""The cap on readers' votes per address holds when many new readers vote at once (a real race, PostgreSQL)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Rating
from tests.site.test_concurrency_postgresql import PARALLEL, all_at_once

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="a race needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk "
        "(SQLite takes its write lock at BEGIN IMMEDIATE, so its writers never overlap)",
    ),
]


def vote_from(address: str, article: Article) -> int:
    """Vote as a new reader (no cookie) from address; return the status code."""
    return (
        Client(REMOTE_ADDR=address)
        .post(f"/articles/{article.pk}/rate/", {"stars": 4}, HTTP_ACCEPT="application/json")
        .status_code
    )


def test_50_new_readers_at_once_from_one_address_store_exactly_the_cap(article: Article, settings) -> None:
    settings.NEWSDESK_RATINGS_PER_ADDRESS = 20
    outcomes = all_at_once(lambda n: vote_from("203.0.113.9", article))
    assert sorted(outcomes) == [200] * 20 + [429] * (PARALLEL - 20)
    assert Rating.objects.filter(article=article).count() == 20


def test_50_new_readers_at_once_from_one_ipv6_network_store_exactly_the_cap(article: Article, settings) -> None:
    settings.NEWSDESK_RATINGS_PER_ADDRESS = 5
    outcomes = all_at_once(lambda n: vote_from(f"2001:db8:5:6::{n + 1:x}", article))
    assert sorted(outcomes) == [200] * 5 + [429] * (PARALLEL - 5)
    assert Rating.objects.filter(article=article).count() == 5


def test_readers_at_other_addresses_are_not_held_up_by_a_full_one(article: Article, settings) -> None:
    settings.NEWSDESK_RATINGS_PER_ADDRESS = 10

    def vote(n: int) -> int:
        return vote_from("203.0.113.9" if n % 2 else f"198.51.100.{n + 1}", article)

    outcomes = all_at_once(vote)
    assert [code for n, code in enumerate(outcomes) if not n % 2] == [200] * (PARALLEL // 2)
    assert sorted(code for n, code in enumerate(outcomes) if n % 2) == [200] * 10 + [429] * (PARALLEL // 2 - 10)
    assert Rating.objects.filter(article=article).count() == PARALLEL // 2 + 10
