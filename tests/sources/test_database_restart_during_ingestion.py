"""A database connection cut while a feed is stored loses no item and stores none twice (PostgreSQL only).

The cut is real: a second connection terminates the ingesting one's backend with pg_terminate_backend,
which is what a server restart looks like to the client. Only when it happens is chosen in the process
(after the first batch of some statement), through Django's execute_wrapper.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from io import StringIO
from typing import Any

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from newsdesk.articles.runner import Runner
from newsdesk.sources.ingest import ingest_feed
from newsdesk.sources.models import Feed, SourceItem, Story, StoryFingerprint, StoryKey, StoryKeyCount, event_day
from tests.lib.servers import Base, respond, serve

from .test_feed_formats import big_feed

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="cutting the connection needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk",
    ),
]

FIRST, GROWN = 100, 1200  # entries in the feed's first fetch, and once it has grown

# Where the connection is cut: after the first batch of each of these statements has been sent.
CUTS = {
    "while looking up what is already stored": 'SELECT "sources_sourceitem"."canonical_url"',
    "after the first 500 items are inserted": 'INSERT INTO "sources_sourceitem"',
    "after the first 500 items are in the story index": 'INSERT INTO "sources_storyfingerprint"',
}


class Cut:
    """Terminate the backend of the connection that sends `statement`, from a second connection, once.

    With refuse, the database also refuses new connections until reopen(), as a restarting server does.
    """

    def __init__(self, statement: str, *, refuse: bool = False) -> None:
        self.statement = statement
        self.refuse = refuse
        self.terminated: list[bool] = []

    def __call__(self, execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]) -> Any:
        result = execute(sql, params, many, context)
        if not self.terminated and sql.startswith(self.statement):
            pid = context["connection"].connection.info.backend_pid
            with server() as other:
                if self.refuse:
                    other.execute(f'ALTER DATABASE "{database()}" ALLOW_CONNECTIONS false')
                # waits until the backend has gone
                row = other.execute("SELECT pg_terminate_backend(%s, 10000)", [pid]).fetchone()
            self.terminated.append(bool(row and row[0]))
        return result

    def reopen(self) -> None:
        with server() as other:
            other.execute(f'ALTER DATABASE "{database()}" ALLOW_CONNECTIONS true')


def database() -> str:
    return str(connection.settings_dict["NAME"])


def server() -> psycopg.Connection[Any]:
    """Return a second connection, to the server's maintenance database (which stays open)."""
    db = connection.settings_dict
    return psycopg.connect(
        dbname="postgres", user=db["USER"], password=db["PASSWORD"] or None, host=db["HOST"], port=db["PORT"] or None,
        autocommit=True,
    )


@pytest.fixture
def growing_feed(intranet: None) -> Iterator[tuple[Base, list[int]]]:
    """Serve a feed of the first `entries[0]` entries of a big feed, with an ETag, honouring If-None-Match."""
    entries = [FIRST]

    def handler(sock: socket.socket, path: str) -> None:
        etag = f'"{entries[0]}"'
        if f"If-None-Match: {etag}".encode() in base.requests[-1]:
            sock.sendall(respond(b"", status="304 Not Modified", headers={"ETag": etag}))
        else:
            sock.sendall(respond(big_feed(entries[0]), content_type="application/rss+xml", headers={"ETag": etag}))

    with serve(handler) as base:
        yield base, entries


def stored() -> dict[str, int]:
    """Return each stored item's canonical URL and id, checking no URL is stored twice."""
    rows = list(SourceItem.objects.values_list("canonical_url", "pk"))
    assert len(rows) == len({url for url, _ in rows})
    return dict(rows)


def assert_stored_whole(count: int) -> None:
    """Check that count items are stored, each once, each with its story and its story index rows, and no more."""
    items = stored()
    assert sorted(items) == sorted(f"https://big.example/{i}" for i in range(count))
    assert not SourceItem.objects.filter(story=None).exists()
    assert StoryFingerprint.objects.count() == count
    assert not Story.objects.filter(items=None).exists()  # no story left from a batch that was cut
    keyed = Counter((key, event_day(happened)) for key, happened in StoryKey.objects.values_list("key", "happened"))
    counted = Counter({(key, day): n for key, day, n in StoryKeyCount.objects.values_list("key", "day", "items") if n})
    assert keyed == counted


@pytest.mark.parametrize("where", list(CUTS))
def test_a_cut_fetch_stores_none_of_its_items_and_the_next_stores_each_once(
    growing_feed: tuple[Base, list[int]], where: str
) -> None:
    base, entries = growing_feed
    feed = Feed.objects.create(url=f"{base}/rss", fetch_pages=False)
    assert ingest_feed(feed).added == FIRST
    first = stored()
    entries[0] = GROWN
    cut = Cut(CUTS[where])
    with connection.execute_wrapper(cut):
        report = ingest_feed(feed)
    assert cut.terminated == [True]
    assert report.error.startswith("database error: terminating connection due to administrator command")
    assert report.line().startswith(f"{base}/rss: failed (database error: ")
    assert_stored_whole(FIRST)
    assert stored() == first  # nothing stored before the cut is lost
    feed.refresh_from_db()
    assert feed.failures == 1 and "terminating connection" in feed.last_error
    assert feed.etag == f'"{FIRST}"'  # so the next fetch is not a 304 that skips the entries missed
    status = StringIO()
    call_command("status", stdout=status)
    assert f"feed {feed.pk} {base}/rss: fetch failing (1 in a row): database error: terminating" in status.getvalue()

    report = ingest_feed(feed)
    assert (report.error, report.added, report.duplicates) == ("", GROWN - FIRST, FIRST)
    assert_stored_whole(GROWN)
    assert {url: pk for url, pk in stored().items() if url in first} == first
    feed.refresh_from_db()
    assert (feed.failures, feed.last_error, feed.etag) == (0, "", f'"{GROWN}"')


def run_worker(cut: Cut, feed: Feed, *, heard: Callable[[str], None] = lambda line: None) -> list[str]:
    """Run a worker's loop with cut on its connection until it has stored the feed; return what it said.

    No task is queued on its queue, so it only fetches feeds (and queues their stories for other workers).
    """
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        heard(line)
        if line.startswith(f"feed {feed.pk} ") and " added, " in line:
            runner.running = False  # as a first SIGTERM does: finish the turn and stop

    runner = Runner(
        say=say, queue_names=["restart-test"], interval=0.05, batch=False, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id="restart-test", excluded_queue_names=[],
    )
    with connection.execute_wrapper(cut):
        runner.run()
    assert cut.terminated == [True]
    assert lines[-1] == "stopped"
    return lines


@pytest.fixture
def grown(growing_feed: tuple[Base, list[int]]) -> tuple[Feed, dict[str, int]]:
    """Return a feed due now whose first fetch was stored, and its items; it has grown since."""
    base, entries = growing_feed
    feed = Feed.objects.create(url=f"{base}/rss", fetch_pages=False, interval=timedelta(seconds=1))
    assert ingest_feed(feed).added == FIRST
    entries[0] = GROWN
    Feed.objects.filter(pk=feed.pk).update(next_fetch=timezone.now())
    return feed, stored()


def test_the_worker_keeps_running_and_its_next_round_stores_the_rest(grown: tuple[Feed, dict[str, int]]) -> None:
    feed, first = grown
    lines = run_worker(Cut(CUTS["after the first 500 items are inserted"]), feed)
    said = [line for line in lines if line.startswith(f"feed {feed.pk} ")]
    assert said[0].startswith(
        f"feed {feed.pk} {feed.url}: failed (database error: terminating connection due to administrator command"
    )
    assert said[1:] == [f"feed {feed.pk} {feed.url}: {GROWN - FIRST} added, {FIRST} already stored"]
    assert_stored_whole(GROWN)
    assert {url: pk for url, pk in stored().items() if url in first} == first


def test_the_worker_waits_for_a_restarting_database_and_then_stores_the_rest(
    grown: tuple[Feed, dict[str, int]],
) -> None:
    """While the database refuses connections nothing can be recorded: the worker says so and waits for it."""
    feed, first = grown
    cut = Cut(CUTS["after the first 500 items are in the story index"], refuse=True)

    def heard(line: str) -> None:
        if line.endswith("; trying again once the database answers"):
            threading.Timer(1.0, cut.reopen).start()  # a first try or two is refused

    try:
        lines = run_worker(cut, feed, heard=heard)
    finally:
        cut.reopen()
    assert lines[1].startswith("database error: connection failed: ")
    assert lines[1].endswith(
        f'database "{database()}" is not currently accepting connections; trying again once the database answers'
    )
    said = [line for line in lines if line.startswith(f"feed {feed.pk} ")]
    assert said == [f"feed {feed.pk} {feed.url}: {GROWN - FIRST} added, {FIRST} already stored"]
    assert_stored_whole(GROWN)
    assert {url: pk for url, pk in stored().items() if url in first} == first
