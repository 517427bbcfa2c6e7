"""Subscriptions in and out as OPML 1.0/2.0 (entities refused, as for feeds)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree
from defusedxml import DefusedXmlException

from .feeds import FeedError, language_code
from .models import Feed

MAX_OPML_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    url: str
    title: str = ""
    language: str | None = None


def read_opml(data: bytes) -> list[Subscription]:
    """Return the feed subscriptions (outlines with an xmlUrl) of an OPML document, or raise FeedError."""
    if len(data) > MAX_OPML_BYTES:
        raise FeedError(f"the OPML file is larger than {MAX_OPML_BYTES:,} bytes")
    try:
        root = defusedxml.ElementTree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise FeedError(
            f"refused OPML with {type(exc).__name__}: entity declarations are not allowed"
        ) from None
    except Exception as exc:  # ParseError and friends
        raise FeedError(f"not OPML: {exc}") from None
    if root.tag.lower() != "opml":
        raise FeedError("not OPML: the root element is not <opml>")
    found: dict[str, Subscription] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and url not in found:
            found[url] = Subscription(
                url=url,
                title=(outline.get("title") or outline.get("text") or "").strip()[:500],
                language=language_code(outline.get("language")),
            )
    return list(found.values())


def write_opml(feeds: list[Feed]) -> bytes:
    """Return the feeds as an OPML 2.0 document."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = "newsdesk subscriptions"
    body = SubElement(root, "body")
    for feed in feeds:
        attrs = {
            "type": "rss",
            "text": feed.title or feed.url,
            "title": feed.title or feed.url,
            "xmlUrl": feed.url,
        }
        if feed.language:
            attrs["language"] = feed.language
        SubElement(body, "outline", attrs)
    document: bytes = tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + document
