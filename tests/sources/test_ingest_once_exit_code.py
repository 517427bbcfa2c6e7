"""`newsdesk ingest --once` exits non-zero when any feed failed, after storing what the others gave."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.sources.models import Feed, SourceItem
from tests.lib.servers import Base

pytestmark = pytest.mark.django_db


def test_once_fails_when_a_feed_failed_and_keeps_the_others_items(feed_server: Base) -> None:
    Feed.objects.create(url=f"{feed_server}/rss2.xml", fetch_pages=False)
    Feed.objects.create(url=f"{feed_server}/missing.xml")
    out = StringIO()
    with pytest.raises(CommandError, match=r"^1 of 2 feeds failed"):
        call_command("ingest", "--once", stdout=out)
    assert "rss2.xml: 2 added" in out.getvalue()
    assert "missing.xml: failed (" in out.getvalue() and "answered HTTP 404" in out.getvalue()
    assert SourceItem.objects.count() == 2


def test_once_succeeds_when_every_feed_was_fetched(feed_server: Base) -> None:
    Feed.objects.create(url=f"{feed_server}/rss2.xml", fetch_pages=False)
    call_command("ingest", "--once", stdout=StringIO())
    assert SourceItem.objects.count() == 2
