"""`newsdesk feeds add` fetches the feed once and says what it found, or why it failed."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from newsdesk.sources.models import Feed, SourceItem
from tests.lib.servers import Base

pytestmark = pytest.mark.django_db


def add(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("feeds", "add", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_add_reports_the_entries_title_and_declared_language(feed_server: Base) -> None:
    out, err = add(f"{feed_server}/rss2.xml")
    assert "found 2 entries in “" in out and "declared language en" in out
    assert err == ""
    assert not SourceItem.objects.exists()  # the worker does the first real fetch, pages and all
    assert Feed.objects.get().failures == 0


def test_add_says_why_a_url_that_is_not_a_feed_failed_and_still_follows_it(feed_server: Base) -> None:
    out, err = add(f"{feed_server}/article.html")
    assert "following: feed" in out and "found" not in out
    assert err.startswith("could not fetch it now: not ")
    assert "the worker retries" in err
    assert Feed.objects.filter(url=f"{feed_server}/article.html").exists()


def test_add_names_the_http_status_of_a_missing_feed(feed_server: Base) -> None:
    _, err = add(f"{feed_server}/nothing-here.xml")
    assert "answered HTTP 404" in err
