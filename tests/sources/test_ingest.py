"""`newsdesk ingest` stores new feed items once, asks politely (conditional GET), and backs off on failure."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from newsdesk.sources.ingest import download, ingest_all, ingest_feed, record
from newsdesk.sources.models import Feed, SourceItem
from tests.lib.servers import Base, respond, serve

from .conftest import FEEDS, feed_response
from .test_feed_formats import big_feed

pytestmark = pytest.mark.django_db


def ingest(*args: str) -> str:
    out = StringIO()
    call_command("ingest", *args, stdout=out)
    return out.getvalue()


def test_once_stores_items_of_every_format_with_their_language(feed_server: Base) -> None:
    for name in ["rss2.xml", "rss091.xml", "rss1.rdf", "atom.xml", "feed.json", "empty.xml"]:
        Feed.objects.create(url=f"{feed_server}/{name}")
    out = ingest("--once")
    assert "rss2.xml: 2 added" in out and "empty.xml: 0 added" in out
    languages = dict(SourceItem.objects.values_list("url", "language"))
    assert languages["https://depeches.example/meta-scale"] == "fr"
    assert languages["https://rdf.example/deepseek"] == "de"
    assert languages["https://json.example/mistral"] == "es"
    assert languages["https://old.example/mistral"] == "en"
    assert all(item.story_id for item in SourceItem.objects.all())


def test_feed_language_overrides_and_detection_fills_in(feed_server: Base) -> None:
    Feed.objects.create(url=f"{feed_server}/cp1252_declared_utf8.xml")
    ingest("--once")
    assert SourceItem.objects.get().language == "fr"


def test_a_second_run_adds_nothing_and_tracking_links_are_one_item(feed_server: Base) -> None:
    feed = Feed.objects.create(url=f"{feed_server}/rss2.xml")
    ingest_feed(feed)
    mirror = Feed.objects.create(url=f"{feed_server}/rss2.xml?mirror")
    report = ingest_feed(mirror)
    assert (report.added, report.duplicates) == (0, 2)
    assert SourceItem.objects.count() == 2
    assert SourceItem.objects.filter(canonical_url="https://wire.example/tech/alphabet-capex").exists()


def conditional(hits: list[bytes]) -> Iterator[Base]:
    body = (FEEDS / "rss2.xml").read_bytes()

    def handler(sock: socket.socket, path: str) -> None:
        head = base.requests[-1]
        hits.append(head)
        if b'If-None-Match: "v1"' in head:
            sock.sendall(respond(b"", status="304 Not Modified", headers={"ETag": '"v1"'}))
        else:
            sock.sendall(
                respond(
                    body,
                    content_type="application/rss+xml",
                    headers={"ETag": '"v1"', "Last-Modified": "Thu, 30 Oct 2025 09:00:00 GMT"},
                )
            )

    with serve(handler) as base:
        yield base


def test_conditional_get_sends_etag_and_last_modified(intranet: None) -> None:
    hits: list[bytes] = []
    for base in conditional(hits):
        feed = Feed.objects.create(url=f"{base}/rss")
        assert ingest_feed(feed).added == 2
        feed.refresh_from_db()
        assert (feed.etag, feed.last_modified) == ('"v1"', "Thu, 30 Oct 2025 09:00:00 GMT")
        report = ingest_feed(feed)
    assert report.not_modified and report.line().endswith("not modified")
    assert b"If-Modified-Since: Thu, 30 Oct 2025 09:00:00 GMT" in hits[1]


def test_failures_back_off_exponentially_and_show_the_error(intranet: None) -> None:
    with serve(lambda sock, path: sock.sendall(respond(b"down", status="503 Service Unavailable"))) as base:
        feed = Feed.objects.create(url=f"{base}/rss", interval=timedelta(minutes=10))
        waits = []
        for _ in range(3):
            now = timezone.now()
            record(feed, download(feed), now=now)
            waits.append(feed.next_fetch - now)
    assert waits == [timedelta(minutes=20), timedelta(minutes=40), timedelta(minutes=80)]
    feed.refresh_from_db()
    assert feed.failures == 3 and "answered HTTP 503" in feed.last_error
    out = StringIO()
    call_command("feeds", "list", stdout=out)
    assert "failing (3 in a row)" in out.getvalue()


def test_backoff_is_capped_at_a_day() -> None:
    feed = Feed(interval=timedelta(hours=1), failures=30)
    assert feed.backoff() == timedelta(days=1)


def test_success_after_failures_resets_the_schedule(feed_server: Base) -> None:
    feed = Feed.objects.create(url=f"{feed_server}/atom.xml", failures=4, last_error="old")
    now = timezone.now()
    record(feed, download(feed), now=now)
    assert (feed.failures, feed.last_error, feed.next_fetch) == (0, "", now + feed.interval)


@pytest.mark.parametrize(
    ("name", "error"),
    [("billion_laughs.xml", "entity declarations are not allowed"), ("xxe.xml", "entity declarations")],
)
def test_hostile_feed_is_an_error_on_the_feed_not_a_crash(feed_server: Base, name: str, error: str) -> None:
    feed = Feed.objects.create(url=f"{feed_server}/{name}")
    assert error in ingest_feed(feed).error
    assert not SourceItem.objects.exists()


def test_refused_address_is_recorded_on_the_feed() -> None:
    feed = Feed.objects.create(url="http://169.254.169.254/latest/meta-data/")
    report = ingest_feed(feed)
    assert "cloud metadata address" in report.error
    assert Feed.objects.get().failures == 1


def test_a_slow_feed_does_not_hold_up_the_others(intranet: None) -> None:
    """The fast feed's items are stored while the slow one is still being waited for."""
    order: list[str] = []

    def slow(sock: socket.socket, path: str) -> None:
        time.sleep(0.8)
        order.append("slow served")
        sock.sendall(feed_response("atom.xml"))

    fast_routes = {"/rss2.xml": feed_response("rss2.xml")}
    with serve(slow) as slow_base, serve(lambda s, p: s.sendall(fast_routes[p])) as fast_base:
        feeds = [
            Feed.objects.create(url=f"{slow_base}/atom.xml"),
            Feed.objects.create(url=f"{fast_base}/rss2.xml"),
        ]
        reports = ingest_all(feeds, workers=2)
    assert [r.feed.url for r in reports] == [feeds[1].url, feeds[0].url]
    assert all(not r.error for r in reports)


def test_ten_thousand_entries_are_stored_once(intranet: None) -> None:
    with serve(
        lambda sock, path: sock.sendall(respond(big_feed(10_000), content_type="application/rss+xml"))
    ) as base:
        feed = Feed.objects.create(url=f"{base}/big")
        fetched = download(feed)
    assert record(feed, fetched).added == 10_000
    again = record(feed, fetched)  # the same entries fetched again
    assert (again.added, again.duplicates) == (0, 10_000)
    assert SourceItem.objects.count() == 10_000


def test_scheduler_queues_due_feeds_for_the_worker_once(feed_server: Base) -> None:
    due = Feed.objects.create(url=f"{feed_server}/rss2.xml")
    Feed.objects.create(url=f"{feed_server}/atom.xml", next_fetch=timezone.now() + timedelta(hours=1))
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    ):
        out = ingest("--rounds", "1")
    assert "queued 1 feeds" in out
    assert SourceItem.objects.filter(feed=due).count() == 2
    due.refresh_from_db()
    assert due.next_fetch > timezone.now() + timedelta(minutes=29)


def test_once_with_nothing_due_says_so() -> None:
    Feed.objects.create(url="https://wire.example/rss", next_fetch=timezone.now() + timedelta(hours=1))
    assert "no feed is due" in ingest("--once")
