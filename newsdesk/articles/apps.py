from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "newsdesk.articles"
    label = "articles"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from newsdesk.sources.stories import story_gained_item

        from .images import queue_header_image
        from .models import Article
        from .tasks import queue_story_update

        story_gained_item.connect(queue_story_update, dispatch_uid="newsdesk.articles.follow_up")
        post_save.connect(queue_header_image, sender=Article, dispatch_uid="newsdesk.articles.header_image")
