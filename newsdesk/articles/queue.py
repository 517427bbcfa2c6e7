"""The writing queue: which stories wait for an article, retries while the model is down, feed choices."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from newsdesk.llm import LLMError
from newsdesk.sources.models import Feed, Story

from .models import Article, Topic

log = logging.getLogger(__name__)

LONGEST_RETRY = timedelta(hours=1)
WAITING = ("READY", "RUNNING")


def story_tasks() -> object:
    """Return the task results of process_story_task, newest first."""
    from .tasks import process_story_task

    return DBTaskResult.objects.filter(task_path=process_story_task.module_path).order_by("-enqueued_at")


def _story_id(args_kwargs: object) -> int | None:
    args = args_kwargs.get("args") if isinstance(args_kwargs, dict) else None
    return args[0] if args and isinstance(args[0], int) else None


def queue_pending_stories() -> int:
    """Queue every story waiting for its article that is not queued yet; return how many were queued.

    A story whose task failed is queued again only once a new item joins it, so a story that breaks
    the pipeline is not retried in a loop (it shows as failed in `newsdesk status`).
    """
    from .management.commands.generate import pending_stories
    from .tasks import process_story_task

    queued: set[int] = set()
    failed: dict[int, datetime] = {}
    for status, args_kwargs, finished in story_tasks().filter(  # type: ignore[attr-defined]
        status__in=[*WAITING, "FAILED"]
    ).values_list("status", "args_kwargs", "finished_at"):
        story_id = _story_id(args_kwargs)
        if story_id is None:
            continue
        if status in WAITING:
            queued.add(story_id)
        elif finished:
            failed[story_id] = max(finished, failed.get(story_id, finished))
    count = 0
    for story in pending_stories():
        if story.pk in queued:
            continue
        changed = max(story.created, story.updated or story.created)
        if story.pk in failed and failed[story.pk] >= changed:
            continue
        process_story_task.enqueue(story.pk)
        count += 1
    return count


def retry_delay(attempt: int) -> timedelta:
    """Return the wait before writing again after attempt failed: NEWSDESK_LLM_RETRY_SECONDS, doubling, at most 1h."""
    base = timedelta(seconds=max(1, settings.NEWSDESK_LLM_RETRY_SECONDS))
    return min(base * (2 ** min(attempt, 20)), max(base, LONGEST_RETRY))


def retry_later(story: Story, *, attempt: int, error: LLMError) -> datetime:
    """Queue story again after a backoff, and show why on its feeds; return when it will run."""
    from .tasks import process_story_task

    when = timezone.now() + retry_delay(attempt)
    process_story_task.using(run_after=when).enqueue(story.pk, attempt=attempt + 1)
    Feed.objects.filter(items__story=story).update(
        writing_error=f"{timezone.now():%Y-%m-%d %H:%M} {error}"[:2000]
    )
    log.warning("story %s: the model failed (%s); trying again at %s", story.pk, error, when)
    return when


def apply_feed_choices(article: Article) -> Article:
    """File article under its feeds' topics and clear its feeds' writing errors."""
    feeds = Feed.objects.filter(items__story_id=article.story_id).distinct()
    feeds.exclude(writing_error="").update(writing_error="")
    for name in sorted({feed.topic for feed in feeds if feed.topic}):
        topic = Topic.objects.filter(name__iexact=name).first() or Topic.objects.create(name=name)
        topic.articles.add(article)
    return article


def queue_counts() -> dict[str, int]:
    """Return how many tasks are pending, running and failed (failed: in the last day)."""
    tasks = DBTaskResult.objects.all()
    counts = dict(tasks.filter(status__in=WAITING).values_list("status").annotate(n=Count("id")))
    return {
        "pending": counts.get("READY", 0),
        "running": counts.get("RUNNING", 0),
        "failed": tasks.filter(status="FAILED", finished_at__gte=timezone.now() - timedelta(days=1)).count(),
    }
