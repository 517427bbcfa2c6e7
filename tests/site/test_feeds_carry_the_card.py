"""RSS and Atom entries carry the article's share card: an enclosure with its URL, size in bytes and type."""

from __future__ import annotations

import defusedxml.ElementTree as ET  # noqa: N817
import pytest
from django.test import Client

from newsdesk.sources.models import SourceItem
from tests.figured import figured_article

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def card_size(client: Client, pk: int) -> int:
    return len(b"".join(client.get(f"/articles/{pk}/card.png").streaming_content))


def test_rss_items_enclose_the_card(client: Client, french_item: SourceItem) -> None:
    article = figured_article(french_item)
    item = ET.fromstring(client.get("/feed/rss/").content).find("channel/item")
    enclosure = item.find("enclosure")
    assert enclosure.attrib == {"url": f"http://testserver/articles/{article.pk}/card.png", "type": "image/png",
                                "length": str(card_size(client, article.pk))}


def test_atom_entries_link_the_card_as_an_enclosure(client: Client, french_item: SourceItem, settings: object
                                                    ) -> None:
    settings.NEWSDESK_SITE_URL = "https://news.example.com"  # type: ignore[attr-defined]
    article = figured_article(french_item)
    entry = ET.fromstring(client.get("/feed/atom/").content).find(f"{ATOM}entry")
    enclosures = [link.attrib for link in entry.findall(f"{ATOM}link") if link.get("rel") == "enclosure"]
    assert enclosures == [{"rel": "enclosure", "href": f"https://news.example.com/articles/{article.pk}/card.png",
                           "length": str(card_size(client, article.pk)), "type": "image/png"}]
