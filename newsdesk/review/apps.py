from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "newsdesk.review"
    label = "review"

    def ready(self) -> None:
        from newsdesk.articles.signals import article_held

        from .notify import on_article_held

        article_held.connect(on_article_held, dispatch_uid="newsdesk.review.notify")
