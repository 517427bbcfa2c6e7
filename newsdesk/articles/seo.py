"""Canonical URLs and the metadata search engines and social sites read: JSON-LD NewsArticle and OpenGraph."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from .models import Article

# IPTC's term for media made by a trained model, which schema.org's digitalSourceType uses.
AI_SOURCE_TYPE = "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
CARD_WIDTH, CARD_HEIGHT = 1200, 630
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute_url(request: HttpRequest, path: str) -> str:
    """Return the public URL of a path: under NEWSDESK_SITE_URL when set, else under the request's host."""
    if base := settings.NEWSDESK_SITE_URL:
        return f"{base}{path}"
    return request.build_absolute_uri(path)


def check_label(article: Article) -> str:
    """Say what was checked before the article was published: exactly what ran, never more."""
    return article.checked()


def ai_disclosure(article: Article) -> str:
    model = article.model_id or "a language model"
    edited = f" and edited by {article.edited_by}" if article.edited_by else ""
    despite = f" Published by an editor despite: {article.override_note}." if article.override_note else ""
    return (f"This article was written by a language model ({model}){edited} from the linked sources. "
            f"{check_label(article)}.{despite}")


def json_ld(article: Article, *, url: str, source_urls: list[str], card_url: str = "", image_url: str = "",
            event_date: datetime | None = None) -> SafeString:
    """Return NewsArticle JSON-LD, safe to place inside a script element.

    Its images are the share card and, when there is one, the AI-generated header image, marked as made by a model.
    """
    site = settings.NEWSDESK_SITE_NAME
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline[:110],
        "description": article.standfirst,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": "en",
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": (article.revised_at or article.published_at or article.updated).isoformat(),
        "author": {"@type": "Organization", "name": site},
        "publisher": {"@type": "Organization", "name": site},
        "isBasedOn": source_urls,
        "backstory": ai_disclosure(article),
        "digitalSourceType": AI_SOURCE_TYPE,
        "isAccessibleForFree": True,
    }
    if event_date is not None:  # when the story happened, as its source dates it
        data["contentReferenceTime"] = event_date.isoformat()
    images: list[dict[str, Any]] = []
    if card_url:
        images.append({"@type": "ImageObject", "url": card_url, "width": CARD_WIDTH, "height": CARD_HEIGHT,
                       "caption": "Share card: the headline and a checked key figure"})
    if image_url:
        images.append({"@type": "ImageObject", "url": image_url, "caption": "AI-generated image",
                       "digitalSourceType": AI_SOURCE_TYPE})
    if images:
        data["image"] = images
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES))  # noqa: S308 - <>& escaped
