"""Under 50 parallel requests, votes and comments are counted exactly (PostgreSQL only)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.core import signing
from django.db import connection, connections
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.forms import security_data
from newsdesk.engagement.models import Comment, Rating
from newsdesk.engagement.readers import COOKIE, SALT

PARALLEL = 50

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency tests need PostgreSQL: set "
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk "
        "(SQLite serialises writers, so it cannot show a race)",
    ),
]


def all_at_once(work: Callable[[int], Any]) -> list[Any]:
    """Run work(0..49) in 50 threads released together, each on its own database connection."""
    barrier = threading.Barrier(PARALLEL)

    def run(n: int) -> Any:
        try:
            barrier.wait(timeout=30)
            return work(n)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(PARALLEL) as pool:
        return list(pool.map(run, range(PARALLEL)))


def test_votes_from_50_readers_give_exact_totals(article: Article) -> None:
    def vote(n: int) -> int:
        reader = Client(REMOTE_ADDR=f"10.0.{n // 200}.{n % 200 + 1}")
        return reader.post(
            f"/articles/{article.pk}/rate/", {"stars": n % 5 + 1}, HTTP_ACCEPT="application/json"
        ).status_code

    assert all_at_once(vote) == [200] * PARALLEL
    assert Rating.objects.filter(article=article).count() == PARALLEL
    html = Client().get(article.get_absolute_url()).content.decode()
    assert "[Total: <span data-total>50</span> Average: <span data-average>3.0</span>]" in html


def test_votes_from_one_reader_leave_one_vote(article: Article) -> None:
    cookie = signing.get_cookie_signer(salt=COOKIE + SALT).sign("one-reader")

    def vote(n: int) -> int:
        reader = Client()
        reader.cookies[COOKIE] = cookie
        return reader.post(
            f"/articles/{article.pk}/rate/", {"stars": n % 5 + 1}, HTTP_ACCEPT="application/json"
        ).status_code

    assert all_at_once(vote) == [200] * PARALLEL
    assert Rating.objects.filter(article=article).count() == 1
    assert Rating.objects.get().reader == "one-reader"


def test_comments_from_50_readers_are_all_kept(article: Article) -> None:
    def post(n: int) -> int:
        reader = Client(REMOTE_ADDR=f"10.1.{n // 200}.{n % 200 + 1}")
        data = {**security_data(article), "name": f"Reader {n}", "text": f"Comment number {n}."}
        return reader.post(f"/articles/{article.pk}/comment/", data).status_code

    assert all_at_once(post) == [302] * PARALLEL
    assert Comment.objects.filter(article=article).count() == PARALLEL


def test_one_reader_posting_50_comments_at_once_gets_one_through(article: Article) -> None:
    cookie = signing.get_cookie_signer(salt=COOKIE + SALT).sign("hasty-reader")

    def post(n: int) -> int:
        reader = Client(REMOTE_ADDR=f"10.3.{n // 200}.{n % 200 + 1}")
        reader.cookies[COOKIE] = cookie
        data = {**security_data(article), "name": "Hasty", "text": f"Comment number {n}."}
        return reader.post(f"/articles/{article.pk}/comment/", data).status_code

    outcomes = all_at_once(post)
    assert Comment.objects.filter(article=article).count() == 1
    assert sorted(outcomes) == [302] + [429] * (PARALLEL - 1)  # 429: the page again, the text in the form


def test_the_same_comment_50_times_at_once_is_kept_once(article: Article) -> None:
    def post(n: int) -> int:
        reader = Client(REMOTE_ADDR=f"10.2.{n // 200}.{n % 200 + 1}")
        data = {**security_data(article), "name": f"Reader {n}", "text": "Me too."}
        return reader.post(f"/articles/{article.pk}/comment/", data).status_code

    all_at_once(post)
    assert Comment.objects.filter(article=article).count() == 1
