"""Read a feed's bytes into entries: RSS 0.9x/1.0/2.0 and Atom (feedparser), and JSON Feed.

XML that declares entities is refused before feedparser sees it (billion laughs, XXE), using
defusedxml's streaming parser. Nothing here touches the network.
"""

from __future__ import annotations

import calendar
import io
import json
import re
import xml.sax
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import defusedxml.sax
from defusedxml import DefusedXmlException

from .clean import plain_text
from .language import is_known_code

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_JSONFEED = "https://jsonfeed.org/version/"


class FeedError(ValueError):
    """Bytes that are not a usable feed; the message says why."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    title: str
    summary: str
    url: str
    language: str | None = None
    published: datetime | None = None
    text: str = ""
    author: str = ""
    guid: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedFeed:
    title: str
    link: str
    language: str | None
    entries: tuple[Entry, ...]


def language_code(tag: object) -> str | None:
    """Return the ISO 639-1 code of a language tag such as 'en-US' or 'fr_FR', or None."""
    if not isinstance(tag, str):
        return None
    code = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return code if is_known_code(code) else None


def parse_feed(data: bytes, *, content_type: str = "", url: str = "") -> ParsedFeed:
    """Parse a feed document, or raise FeedError."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if "json" in content_type or head.startswith(b"{"):
        return _parse_json_feed(data)
    if not head:
        raise FeedError("the feed is empty (no bytes)")
    refuse_xml_attacks(data)
    return _parse_xml_feed(data, content_type=content_type, url=url)


class _Ignore(xml.sax.handler.ContentHandler):
    pass


def refuse_xml_attacks(data: bytes) -> None:
    """Raise FeedError if the XML declares any entity (internal, like billion laughs, or external, XXE).

    A DOCTYPE naming an external DTD (RSS 0.91 feeds carry one) is allowed: no DTD is ever loaded.
    """
    try:
        defusedxml.sax.parseString(
            data,
            _Ignore(),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=False,
        )
    except DefusedXmlException as exc:
        raise FeedError(
            f"refused XML with {type(exc).__name__}: entity declarations are not allowed"
        ) from None
    except xml.sax.SAXException:
        # Malformed: feedparser's lenient parser may still read it, but never one that declares entities.
        if _ENTITY_DECL.search(data):
            raise FeedError("refused malformed XML that declares entities") from None


def _when(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _parse_xml_feed(data: bytes, *, content_type: str, url: str) -> ParsedFeed:
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    if url:
        headers["content-location"] = url
    result = feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=True, resolve_relative_uris=True
    )
    feed = result.get("feed", {})
    if result.get("bozo") and not result.entries and not feed.get("title"):
        raise FeedError(f"not a feed: {result.get('bozo_exception') or 'unreadable XML'}")
    if not result.get("version") and not result.entries:
        raise FeedError("not an RSS, Atom or JSON feed")
    feed_language = language_code(feed.get("language")) or language_code(
        (feed.get("title_detail") or {}).get("language")
    )
    entries = []
    for raw in result.entries:
        content = raw.get("content") or []
        text = plain_text(content[0].get("value", "")) if content else ""
        summary = plain_text(raw.get("summary", "") or "")
        entries.append(
            Entry(
                title=plain_text(raw.get("title", "") or ""),
                summary=summary,
                url=(raw.get("link") or "").strip(),
                language=language_code((raw.get("title_detail") or {}).get("language"))
                or language_code(raw.get("language")),
                published=_when(raw.get("published_parsed") or raw.get("updated_parsed")),
                text="" if text == summary else text,
                author=plain_text(raw.get("author", "") or ""),
                guid=str(raw.get("id", "") or ""),
            )
        )
    return ParsedFeed(
        title=plain_text(feed.get("title", "") or ""),
        link=feed.get("link", "") or "",
        language=feed_language,
        entries=tuple(entries),
    )


def _iso(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _parse_json_feed(data: bytes) -> ParsedFeed:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FeedError(f"not a JSON feed: {type(exc).__name__}: {str(exc)[:200]}") from None
    if not isinstance(doc, dict) or not _text(doc.get("version")).startswith(_JSONFEED):
        raise FeedError("not a JSON feed: the version is not https://jsonfeed.org/version/…")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedError("not a JSON feed: items is not a list")
    feed_language = language_code(doc.get("language"))
    entries = []
    for raw in items:
        if not isinstance(raw, dict):
            continue
        body = plain_text(_text(raw.get("content_html"))) or _text(raw.get("content_text")).strip()
        summary = plain_text(_text(raw.get("summary")))
        authors = raw.get("authors") if isinstance(raw.get("authors"), list) else [raw.get("author")]
        author = ", ".join(_text(a.get("name")) for a in authors if isinstance(a, dict) and a.get("name"))
        entries.append(
            Entry(
                title=plain_text(_text(raw.get("title"))),
                summary=summary or body[:2000],
                url=_text(raw.get("url")).strip() or _text(raw.get("external_url")).strip(),
                language=language_code(raw.get("language")),
                published=_iso(raw.get("date_published")) or _iso(raw.get("date_modified")),
                text="" if body == summary else body,
                author=author,
                guid=str(raw.get("id", "")),
            )
        )
    return ParsedFeed(
        title=plain_text(_text(doc.get("title"))),
        link=_text(doc.get("home_page_url")),
        language=feed_language,
        entries=tuple(entries),
    )
