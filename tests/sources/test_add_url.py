"""`newsdesk add --url` fetches one page safely and stores its extracted article as an item."""

from __future__ import annotations

import gzip
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.sources.models import SourceItem
from tests.lib.servers import Base, respond, serve, static

from .conftest import feed_response

pytestmark = pytest.mark.django_db


def add_url(url: str, **kwargs: str) -> str:
    out = StringIO()
    call_command("add", url=url, stdout=out, **kwargs)
    return out.getvalue()


def test_page_is_extracted_with_text_title_date_author_and_language(feed_server: Base) -> None:
    out = add_url(f"{feed_server}/article.html")
    assert "added: item" in out and "(fr)" in out
    item = SourceItem.objects.get()
    assert item.title == "Meta investit 14,3 milliards de dollars dans Scale AI"
    assert item.language == "fr"
    assert item.author == "Marie Dupont"
    assert item.published is not None and item.published.date().isoformat() == "2025-10-31"
    assert "51,24 milliards" in item.text and "14,3 milliards" in item.summary
    for junk in ("Accueil", "recettes", "Tous droits", "tracking", "onerror", "<"):
        assert junk not in item.text
    assert item.story is not None


def test_same_page_with_tracking_parameters_is_stored_once(feed_server: Base) -> None:
    add_url(f"{feed_server}/article.html")
    assert "already stored" in add_url(f"{feed_server}/article.html?utm_source=x&fbclid=y#top")
    assert SourceItem.objects.count() == 1


def test_given_language_wins(feed_server: Base) -> None:
    add_url(f"{feed_server}/article.html", language="de")
    assert SourceItem.objects.get().language == "de"


def test_a_page_inside_the_network_is_refused_without_the_intranet_setting() -> None:
    with serve(static({"/a": feed_response("article.html")})) as base:
        with pytest.raises(CommandError, match="127.0.0.1 is loopback"):
            add_url(f"{base}/a")
    assert not SourceItem.objects.exists()


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (respond(b'{"a": 1}', content_type="application/json"), "not an HTML page"),
        (respond(b"<html><body></body></html>"), "no article text found"),
        (respond(b"", status="404 Not Found"), "answered HTTP 404"),
        (
            respond(
                gzip.compress(b"<p>" + b"a" * (11 * 1024 * 1024) + b"</p>"),
                headers={"Content-Encoding": "gzip"},
            ),
            "larger than 10,485,760 bytes",
        ),
    ],
)
def test_unusable_pages_are_refused_with_one_clear_line(intranet: None, route: bytes, message: str) -> None:
    with serve(static({"/p": route})) as base, pytest.raises(CommandError, match=message):
        add_url(f"{base}/p")
    assert not SourceItem.objects.exists()
