"""Odd operator input (malformed URLs, huge intervals, odd digits, NUL bytes) gets one line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.sources.models import Feed, SourceItem
from tests.lib.servers import respond, serve, static

pytestmark = pytest.mark.django_db

GOOD = {"title": "Alphabet raises its spending plan", "summary": "Alphabet now expects $93 billion."}


def run(*args: str, var: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSDESK_VAR_DIR": str(var)}
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.cli", *args], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1/feed", "Invalid IPv6 URL"),
        ("https://example.com:65536/a", "Port out of range"),
        ("http://0x7f000001/a", "unusual spelling"),
        ("http://169.254.169.254/a", "cloud metadata address"),
        ("https://example.com/" + "a" * 2000, "the URL is 2,020 characters long; the limit is 2,000"),
        ("https://example.com/a\x00b", "contains a control character"),
    ],
)
def test_add_refuses_a_bad_link_before_storing(url: str, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("add", **GOOD, url=url, stdout=StringIO())
    assert not SourceItem.objects.exists()


@pytest.mark.parametrize(
    ("every", "message"),
    [
        ("99999999999999999999d", "the longest interval is 365d"),
        ("366d", "the longest interval is 365d"),
        ("9" * 400, "give a number with s, m, h or d"),
        ("²m", "give a number with s, m, h or d"),
        ("٣٠m", "give a number with s, m, h or d"),
        ("-5m", "give a number with s, m, h or d"),
    ],
)
def test_feeds_add_refuses_an_odd_interval(every: str, message: str) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("feeds", "add", "https://wire.example/rss", f"--every={every}", stdout=StringIO())
    assert not Feed.objects.exists()


def test_the_longest_interval_is_taken() -> None:
    call_command("feeds", "add", "https://wire.example/rss", "--every", "365d", stdout=StringIO())
    assert Feed.objects.get().interval == timedelta(days=365)


@pytest.mark.parametrize("key", ["²", "①", "9" * 30])
def test_feeds_remove_with_odd_digits_says_there_is_no_such_feed(key: str) -> None:
    Feed.objects.create(url="https://wire.example/rss")
    with pytest.raises(CommandError, match="no feed"):
        call_command("feeds", "remove", key, stdout=StringIO())
    assert Feed.objects.count() == 1


def test_nul_bytes_in_a_file_of_items_are_stripped_before_storing(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    row = {"title": "Alpha\u0000bet", "summary": "Spends \u0000more.", "text": "T\u0000"}
    row["url"] = "https://example.com/n"
    path.write_text(json.dumps(row) + "\n")
    call_command("add", file=path, stdout=StringIO())
    item = SourceItem.objects.get()
    assert (item.title, item.summary, item.text) == ("Alphabet", "Spends more.", "T")


def test_cli_refuses_a_malformed_ipv6_link_in_one_line(tmp_path: Path) -> None:
    result = run("add", "--title", "T", "--summary", "S", "--url", "http://[::1/feed", var=tmp_path)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "CommandError: the URL 'http://[::1/feed' is malformed: Invalid IPv6 URL"
    ]


def test_cli_refuses_a_huge_interval_in_one_line(tmp_path: Path) -> None:
    result = run("feeds", "add", "https://wire.example/rss", "--every", "9" * 30 + "d", var=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_nul_bytes_in_a_feed_are_stripped_before_storing(intranet: None) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire\u0000",
        "items": [
            {
                "id": "1",
                "url": "https://json.example/n",
                "title": "Mistral\u0000 AI raises money",
                "summary": "It raised\u0000 1.7 billion euros.",
                "content_text": "Full\u0000 text.",
                "authors": [{"name": "Ana\u0000"}],
            }
        ],
    }
    body = respond(json.dumps(feed).encode(), content_type="application/feed+json")
    with serve(static({"/feed.json": body})) as base:
        call_command("feeds", "add", f"{base}/feed.json", "--language", "en", stdout=StringIO())
        call_command("ingest", "--once", stdout=StringIO())
    item = SourceItem.objects.get()
    assert (item.title, item.summary, item.text, item.author) == (
        "Mistral AI raises money",
        "It raised 1.7 billion euros.",
        "Full text.",
        "Ana",
    )
    assert Feed.objects.get().title == "Wire"
