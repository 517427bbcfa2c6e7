"""One comment per interval from an address (IPv4 address, IPv6 /64) whatever its cookies; old rows are pruned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.engagement.forms import security_data
from newsdesk.engagement.models import Comment, CommentThrottle
from newsdesk.engagement.readers import COOKIE, SALT
from tests.site.test_concurrency_postgresql import PARALLEL, all_at_once

from .conftest import post_comment

pytestmark = pytest.mark.django_db


def reader_at(address: str, name: str) -> Client:
    """A reader at address with a cookie of their own, as one gets by voting."""
    client = Client(REMOTE_ADDR=address)
    client.cookies[COOKIE] = signing.get_cookie_signer(salt=COOKIE + SALT).sign(name)
    return client


def test_ten_cookies_from_one_address_post_one_comment(article: Article) -> None:
    codes = [
        reader_at("203.0.113.5", f"cookie-{n}")
        .post(f"/articles/{article.pk}/comment/", {**security_data(article), "name": "Eve", "text": f"Spam {n}."})
        .status_code
        for n in range(10)
    ]
    assert codes == [302] + [429] * 9
    assert Comment.objects.count() == 1


def test_addresses_in_one_ipv6_64_count_as_one(article: Article) -> None:
    post_comment(reader_at("2001:db8:1:2::1", "a"), article, "From the first address.")
    post_comment(reader_at("2001:db8:1:2:ffff:ffff:ffff:fffe", "b"), article, "From the same /64.")
    assert list(Comment.objects.values_list("text", flat=True)) == ["From the first address."]


def test_another_ipv6_64_and_another_ipv4_address_are_others(article: Article) -> None:
    post_comment(reader_at("2001:db8:1:2::1", "a"), article, "One.")
    post_comment(reader_at("2001:db8:1:3::1", "b"), article, "Next /64.")
    post_comment(reader_at("203.0.113.5", "c"), article, "IPv4.")
    post_comment(reader_at("203.0.113.6", "d"), article, "Next IPv4 address.")
    assert Comment.objects.count() == 4


def test_an_ipv4_mapped_address_is_its_ipv4_address(article: Article) -> None:
    post_comment(reader_at("203.0.113.5", "a"), article, "Plain.")
    post_comment(reader_at("::ffff:203.0.113.5", "b"), article, "Mapped.")
    assert Comment.objects.count() == 1


def test_the_address_may_comment_again_after_the_interval(article: Article) -> None:
    post_comment(reader_at("203.0.113.5", "a"), article, "One.")
    CommentThrottle.objects.update(last_at=timezone.now() - timedelta(seconds=16))
    post_comment(reader_at("203.0.113.5", "b"), article, "Two, from another cookie, later.")
    assert Comment.objects.count() == 2


def test_rows_older_than_the_interval_are_pruned_when_a_row_is_added(article: Article) -> None:
    old = timezone.now() - timedelta(seconds=16)
    CommentThrottle.objects.bulk_create(CommentThrottle(key=f"ip:old-{n}", last_at=old) for n in range(5))
    recent = CommentThrottle.objects.create(key="ip:recent", last_at=timezone.now())
    post_comment(reader_at("203.0.113.5", "a"), article, "New.")
    keys = set(CommentThrottle.objects.values_list("key", flat=True))
    assert recent.key in keys and not any(key.startswith("ip:old-") for key in keys)
    assert len(keys) == 3  # the recent row, and this comment's address and reader


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="a race needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk",
)
def test_fifty_cookies_from_one_address_at_once_post_one_comment(article: Article) -> None:
    def post(n: int) -> int:
        data = {**security_data(article), "name": "Eve", "text": f"Spam number {n}."}
        return reader_at("203.0.113.5", f"cookie-{n}").post(f"/articles/{article.pk}/comment/", data).status_code

    assert sorted(all_at_once(post)) == [302] + [429] * (PARALLEL - 1)
    assert Comment.objects.count() == 1
