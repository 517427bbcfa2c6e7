"""Background tasks: thin wrappers that take ids and call the pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Django 5.2 stubs lack django.tasks: the backport's types stand for it
    from django_tasks import task
else:
    try:  # Django 6 ships the Tasks API; the backport provides the same names
        from django.tasks import task
    except ImportError:
        from django_tasks import task

from newsdesk.llm import LLMError
from newsdesk.sources.models import Story

from .models import Article
from .pipeline import process_story
from .queue import apply_feed_choices, retry_later


@task()
def process_story_task(story_id: int, attempt: int = 0) -> str:
    """Generate, check and publish (or hold) the article for a story; when the model fails, queue it again later."""
    story = Story.objects.get(pk=story_id)
    # a draft left by a try that stopped part way (its worker killed, or the model down) is written again from the
    # start: the article counts the tokens and seconds of the try that finishes it, not of every try
    Article.objects.filter(story=story, status=Article.Status.DRAFT).update(tokens_in=0, tokens_out=0, stage_seconds={})
    try:
        article = process_story(story)
    except LLMError as exc:
        retry_later(story, attempt=attempt, error=exc)
        raise
    return apply_feed_choices(article).status


def queue_story_update(sender: object, *, story: Story, **kwargs: object) -> None:
    """Queue a rewrite when a story whose article is finished gains an item."""
    if Article.objects.filter(story=story).exclude(status=Article.Status.REJECTED).exists():
        process_story_task.enqueue(story.pk)
