from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "newsdesk.articles"
    label = "articles"

    def ready(self) -> None:
        from newsdesk.sources.stories import story_gained_item

        from .tasks import queue_story_update

        story_gained_item.connect(queue_story_update, dispatch_uid="newsdesk.articles.follow_up")
