"""Feeds in every supported format and encoding are read into entries; hostile XML is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.lib.http import fetch
from newsdesk.sources.feeds import FeedError, ParsedFeed, _parse_xml_feed, parse_feed

from .conftest import FEEDS


def read(base: str, name: str) -> ParsedFeed:
    response = fetch(f"{base}/{name}", kind="feed")
    return parse_feed(response.body, content_type=response.headers.get("content-type", ""), url=response.url)


def test_rss2_entries_carry_title_link_date_author_and_clean_text(feed_server: str) -> None:
    feed = read(feed_server, "rss2.xml")
    assert (feed.title, feed.language) == ("Wire: Technology", "en")
    first, second = feed.entries
    assert first.title == "Alphabet raises its 2025 spending plan to $93 billion"
    assert first.url.startswith("https://wire.example/tech/alphabet-capex")
    assert first.published == datetime(2025, 10, 30, 9, 0, tzinfo=UTC)
    assert first.author == "Jane Reporter"
    assert "<" not in first.summary and "alert" not in first.summary
    assert "$102.3 billion" in first.summary
    assert "$91 billion to $93 billion" in first.text and "onerror" not in first.text
    assert second.title == "Nvidia sales reach $57 billion"


def test_rss091_with_its_netscape_doctype_is_read(feed_server: str) -> None:
    feed = read(feed_server, "rss091.xml")
    assert [e.title for e in feed.entries] == ["Mistral AI raises 1.7 billion euros"]


def test_rss1_rdf_takes_its_language_from_dublin_core(feed_server: str) -> None:
    feed = read(feed_server, "rss1.rdf")
    assert feed.language == "de"
    assert feed.entries[0].published == datetime(2025, 1, 28, 7, 30, tzinfo=UTC)


def test_atom_entry_inherits_xml_lang(feed_server: str) -> None:
    entry = read(feed_server, "atom.xml").entries[0]
    assert entry.language == "fr"
    assert entry.author == "Marie Dupont"
    assert entry.summary == "Le 30 octobre, Meta a détaillé un investissement de 14,3 milliards de dollars."


def test_json_feed_items_are_read(feed_server: str) -> None:
    feed = read(feed_server, "feed.json")
    assert (feed.title, feed.language) == ("JSON Wire", "es")
    first, untitled = feed.entries
    assert first.author == "Ana García"
    assert "1.700 millones" in first.text
    assert untitled.title == "" and untitled.summary == "Un texto sin título."


def test_malformed_xml_is_read_leniently(feed_server: str) -> None:
    entries = read(feed_server, "malformed.xml").entries
    assert [e.url for e in entries] == ["https://broken.example/amd"]


@pytest.mark.parametrize(
    "name", ["cp1252_declared_utf8.xml", "latin1_declared_utf8.xml", "latin1_no_declaration.xml"]
)
def test_wrong_or_missing_encoding_still_gives_readable_text(feed_server: str, name: str) -> None:
    entry = read(feed_server, name).entries[0]
    assert entry.title.startswith("Le café coûte 2,50")
    assert "déjà" in entry.title


def test_cp1252_punctuation_survives_a_utf8_declaration(feed_server: str) -> None:
    assert read(feed_server, "cp1252_declared_utf8.xml").entries[0].title == "Le café coûte 2,50 € – déjà"


def test_empty_feed_has_no_entries_and_is_not_an_error(feed_server: str) -> None:
    feed = read(feed_server, "empty.xml")
    assert feed.title == "Nothing yet" and feed.entries == ()


@pytest.mark.parametrize("name", ["billion_laughs.xml", "xxe.xml"])
def test_entity_declarations_are_refused(feed_server: str, name: str) -> None:
    with pytest.raises(FeedError, match="entity declarations are not allowed"):
        read(feed_server, name)


def test_xxe_never_reads_the_local_file() -> None:
    with pytest.raises(FeedError):
        parse_feed((FEEDS / "xxe.xml").read_bytes())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"<html><body>hello</body></html>", "not"),
        (b'{"version": "1"}', "not a JSON feed"),
        (b"{" * 100_000, "not a JSON feed"),
    ],
)
def test_things_that_are_not_feeds_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_feed(data)


def big_feed(n: int) -> bytes:
    items = "".join(
        f"<item><title>Entry {i} about the market</title><link>https://big.example/{i}?utm_source=x</link>"
        f"<description>Body of entry {i}.</description>"
        "<pubDate>Thu, 30 Oct 2025 09:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>'
        f"<link>https://big.example/</link><description>d</description><language>en</language>{items}</channel></rss>"
    ).encode()


def test_feed_of_ten_thousand_entries_is_read_whole() -> None:
    feed = parse_feed(big_feed(10_000))
    assert len(feed.entries) == 10_000
    assert feed.entries[-1].title == "Entry 9999 about the market"


@pytest.mark.parametrize(
    "name", ["rss2.xml", "rss091.xml", "rss1.rdf", "atom.xml", "empty.xml", "latin1_declared_utf8.xml"]
)
def test_quick_reader_agrees_with_feedparser(name: str) -> None:
    """Well-formed feeds take the quick expat reader; it must read exactly what feedparser reads."""
    data = (FEEDS / name).read_bytes()
    assert parse_feed(data) == _parse_xml_feed(data, content_type="", url="")


def test_quick_reader_agrees_with_feedparser_on_a_big_feed() -> None:
    data = big_feed(300)
    assert parse_feed(data) == _parse_xml_feed(data, content_type="", url="")


def test_atom_with_relative_links_is_left_to_feedparser() -> None:
    data = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/news/"><title>T</title>'
        b'<entry><title>E</title><link href="item-1"/><id>1</id><summary>S</summary></entry></feed>'
    )
    assert parse_feed(data).entries[0].url == "https://base.example/news/item-1"
