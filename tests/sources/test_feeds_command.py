"""`newsdesk feeds` follows, lists and forgets feeds, and moves subscriptions in and out as OPML."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.sources.models import Feed

pytestmark = pytest.mark.django_db


def feeds(*args: str) -> str:
    out = StringIO()
    call_command("feeds", *args, stdout=out, stderr=out)
    return out.getvalue()


def test_add_follows_a_feed_with_interval_and_language() -> None:
    assert "following: feed" in feeds("add", "https://wire.example/rss", "--every", "2h", "--language", "fr")
    feed = Feed.objects.get()
    assert (feed.interval, feed.language) == (timedelta(hours=2), "fr")


def test_add_defaults_to_thirty_minutes() -> None:
    feeds("add", "https://wire.example/rss")
    assert Feed.objects.get().interval == timedelta(minutes=30)


def test_adding_again_updates_instead_of_duplicating() -> None:
    feeds("add", "https://wire.example/rss")
    assert "updated" in feeds("add", "https://wire.example/rss", "--every", "1d")
    assert Feed.objects.get().interval == timedelta(days=1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://wire.example/rss"], "is not an http"),
        (["file:///etc/passwd"], "is not an http"),
        (["https://wire.example/rss", "--every", "soon"], "give a number with s, m, h or d"),
        (["https://wire.example/rss", "--every", "10s"], "the shortest interval is 1m"),
        (["https://wire.example/rss", "--language", "xx"], "unknown language code 'xx'"),
    ],
)
def test_bad_add_is_refused_with_a_clear_error(args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        feeds("add", *args)
    assert not Feed.objects.exists()


def test_list_shows_schedule_and_last_error() -> None:
    Feed.objects.create(
        url="https://wire.example/rss",
        interval=timedelta(minutes=30),
        failures=2,
        last_error="wire.example answered HTTP 503",
    )
    out = feeds("list")
    assert "https://wire.example/rss  every 30m" in out
    assert "failing (2 in a row): wire.example answered HTTP 503" in out


def test_list_without_feeds_says_how_to_add_one() -> None:
    assert "newsdesk feeds add URL" in feeds("list")


def test_remove_by_id_or_url() -> None:
    one = Feed.objects.create(url="https://a.example/rss")
    Feed.objects.create(url="https://b.example/rss")
    feeds("remove", str(one.pk))
    feeds("remove", "https://b.example/rss")
    assert not Feed.objects.exists()
    with pytest.raises(CommandError, match="no feed '99'"):
        feeds("remove", "99")


def test_opml_round_trip(tmp_path: Path) -> None:
    Feed.objects.create(url="https://a.example/rss", title="A & B", language="de")
    Feed.objects.create(url="https://b.example/atom")
    path = tmp_path / "subs.opml"
    feeds("export", str(path))
    Feed.objects.all().delete()
    assert "2 feeds added" in feeds("import", str(path), "--every", "1h")
    a = Feed.objects.get(url="https://a.example/rss")
    assert (a.title, a.language, a.interval) == ("A & B", "de", timedelta(hours=1))


def test_opml_import_skips_bad_urls_and_nested_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_text(
        '<opml version="1.0"><body><outline text="News">'
        '<outline text="One" xmlUrl="https://one.example/rss"/>'
        '<outline text="One again" xmlUrl="https://one.example/rss"/>'
        '<outline text="Bad" xmlUrl="file:///etc/passwd"/></outline></body></opml>'
    )
    out = feeds("import", str(path))
    assert "1 feeds added" in out and "skipped" in out
    assert list(Feed.objects.values_list("url", flat=True)) == ["https://one.example/rss"]


def test_opml_with_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.opml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>'
    )
    with pytest.raises(CommandError, match="entity declarations are not allowed"):
        feeds("import", str(path))
