from __future__ import annotations

from datetime import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from .models import Article, Topic


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

    def items(self) -> QuerySet[Article]:
        return Article.objects.filter(status=Article.Status.PUBLISHED).order_by("-published_at", "-pk")

    def lastmod(self, item: Article) -> datetime | None:
        return item.revised_at or item.published_at


class TopicSitemap(Sitemap):
    changefreq = "daily"

    def items(self) -> QuerySet[Topic]:
        return Topic.objects.shown().order_by("name")


class PageSitemap(Sitemap):
    changefreq = "hourly"

    def items(self) -> list[str]:
        return ["articles:index"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {"pages": PageSitemap, "articles": ArticleSitemap, "topics": TopicSitemap}
