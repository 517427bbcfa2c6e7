"""The editor queue: held articles, as their own admin list."""

from newsdesk.articles.models import Article


class HeldArticle(Article):
    class Meta:
        proxy = True
        verbose_name = "held article"
