"""Each published article has a 1200×630 PNG share card at a stable URL, named by og:image, twitter:image and the
JSON-LD image; it is drawn once per revision and drawn again when the article changes."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from PIL import Image

from newsdesk.articles.card import card_name
from newsdesk.articles.models import Article
from newsdesk.sources.models import SourceItem
from tests.figured import figured_article

pytestmark = pytest.mark.django_db


def meta(html: str, attribute: str, name: str) -> str:
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    assert found, name
    return found.group(1)


def png(client: Client, url: str) -> tuple[Image.Image, bytes]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    data = b"".join(response.streaming_content)
    image = Image.open(io.BytesIO(data))
    image.verify()  # a whole, valid PNG
    return Image.open(io.BytesIO(data)), data


def test_the_card_is_a_valid_1200_by_630_png_that_og_image_names(client: Client, french_item: SourceItem) -> None:
    article = figured_article(french_item)
    html = client.get(article.get_absolute_url()).content.decode()
    url = f"http://testserver/articles/{article.pk}/card.png"
    assert meta(html, "property", "og:image") == url
    assert (meta(html, "property", "og:image:width"), meta(html, "property", "og:image:height")) == ("1200", "630")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "twitter:image") == url
    assert meta(html, "property", "og:image:alt") == (
        "Meta puts $14.3 billion into Scale AI. Invested in Scale AI: $14.3 billion. AI-generated article.")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["image"] == [{"@type": "ImageObject", "url": url, "width": 1200, "height": 630,
                              "caption": "Share card: the headline and a checked key figure"}]

    image, _ = png(client, url.removeprefix("http://testserver"))
    assert (image.format, image.size, image.mode) == ("PNG", (1200, 630), "RGB")
    small, _ = png(client, f"/articles/{article.pk}/card-small.png")
    assert small.size == (400, 210)


def test_the_card_is_drawn_once_per_revision_and_again_when_the_article_changes(client: Client,
                                                                                french_item: SourceItem) -> None:
    article = figured_article(french_item)
    url = f"/articles/{article.pk}/card.png"
    first = client.get(url)
    etag = first["ETag"]
    _, before = png(client, url)
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    old = card_name(article)
    assert default_storage.exists(old)

    article.set_sentences([{**article.sentences[0], "text": "Meta invests $14.3 billion in Scale AI"},
                           *article.sentences[1:]])
    article.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200
    _, after = png(client, url)
    assert after != before
    assert not default_storage.exists(old)  # one card per article: the earlier revision's is gone
    assert default_storage.exists(card_name(article))


def test_only_a_published_article_has_a_card(client: Client, french_item: SourceItem) -> None:
    article = figured_article(french_item)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.HELD)
    assert client.get(f"/articles/{article.pk}/card.png").status_code == 404
    assert client.get("/articles/999999/card.png").status_code == 404
