"""RSS 2.0 and Atom feeds of published articles, for the whole site and for each topic."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.files.storage import default_storage
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed

from .card import card_for
from .models import Article, Topic
from .seo import absolute_url, ai_disclosure

FEED_LENGTH = 30
DCTERMS = "http://purl.org/dc/terms/"


def _published() -> QuerySet[Article]:
    return Article.objects.filter(status=Article.Status.PUBLISHED).newest("published")


class _EventDates:
    """Give each entry the date its story happened, as dcterms:temporal (its publication stays pubDate/published)."""

    def root_attributes(self) -> dict[str, str]:
        return {**super().root_attributes(), "xmlns:dcterms": DCTERMS}  # type: ignore[misc]

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)  # type: ignore[misc]
        if item.get("event_date"):
            handler.addQuickElement("dcterms:temporal", item["event_date"].isoformat())


class RssWithEventDates(_EventDates, Rss201rev2Feed):
    pass


class AtomWithEventDates(_EventDates, Atom1Feed):
    pass


class LatestArticlesFeed(Feed):
    description_template = None
    feed_type: type[SyndicationFeed] = RssWithEventDates

    def get_feed(self, obj: object, request: HttpRequest) -> SyndicationFeed:
        feed = super().get_feed(obj, request)
        for entry in feed.items:  # the enclosures' URLs made absolute, as the items' links are
            for enclosure in entry["enclosures"]:
                enclosure.url = absolute_url(request, enclosure.url)
        return feed

    def title(self) -> str:
        return f"{settings.NEWSDESK_SITE_NAME}: latest articles"

    def link(self) -> str:
        return reverse("articles:index")

    def description(self) -> str:
        return "English news written by a language model and checked against its sources."

    def items(self) -> QuerySet[Article]:
        return _published()[:FEED_LENGTH]

    def item_title(self, item: Article) -> str:
        return item.headline

    def item_description(self, item: Article) -> str:
        return f"{item.standfirst}\n\n{ai_disclosure(item)}"

    def item_pubdate(self, item: Article) -> datetime | None:
        return item.published_at

    def item_updateddate(self, item: Article) -> datetime | None:
        return item.revised_at or item.published_at

    def item_enclosures(self, item: Article) -> list[Enclosure]:
        """Carry the article's share card, as RSS's enclosure and Atom's enclosure link."""
        name = card_for(item)
        url = reverse("articles:card", kwargs={"pk": item.pk})
        return [Enclosure(url, str(default_storage.size(name)), "image/png")]

    def item_extra_kwargs(self, item: Article) -> dict[str, Any]:
        return {"event_date": item.event_date()}

    def item_author_name(self, item: Article) -> str:
        return f"{settings.NEWSDESK_SITE_NAME} (AI-written: {item.model_id or 'language model'})"


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = AtomWithEventDates

    def subtitle(self) -> str:
        return self.description()


class TopicFeed(LatestArticlesFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Topic:
        return get_object_or_404(Topic.objects.shown(), slug=slug)

    def title(self, obj: Topic) -> str:  # type: ignore[override]
        return f"{settings.NEWSDESK_SITE_NAME}: {obj.name}"

    def link(self, obj: Topic) -> str:  # type: ignore[override]
        return obj.get_absolute_url()

    def description(self, obj: Topic | None = None) -> str:
        return obj.description if obj and obj.description else super().description()

    def items(self, obj: Topic) -> QuerySet[Article]:  # type: ignore[override]
        return _published().filter(topics=obj)[:FEED_LENGTH]


class TopicAtomFeed(TopicFeed):
    feed_type = AtomWithEventDates

    def subtitle(self, obj: Topic) -> str:
        return self.description(obj)
