from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Q
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from newsdesk.articles.models import Article
from newsdesk.articles.queue import queued_tasks, uses_rq
from newsdesk.sources.models import Feed

SHOWN = 5


def model_in_use() -> str:
    """Describe the configured model without loading it."""
    if settings.NEWSDESK_LLM_BACKEND == "openai":
        return f"openai {settings.NEWSDESK_LLM_MODEL or 'default'} at {settings.NEWSDESK_LLM_BASE_URL or '(no URL)'}"
    from newsdesk.llm.pinned import DEFAULT_MODEL

    return f"embedded {settings.NEWSDESK_LLM_MODEL or DEFAULT_MODEL}"


class Command(BaseCommand):
    help = "Show the task queue (pending, running, failed), feeds due and failing, articles by status, and the model."

    def handle(self, *args: Any, **opts: Any) -> None:
        now = timezone.now()
        say = self.stdout.write
        try:
            tasks = queued_tasks()
        except RedisConnectionError as exc:
            raise CommandError(f"cannot read the queue from Redis at {settings.NEWSDESK_REDIS_URL}: {exc}") from exc
        pending = [t for t in tasks if t.status == "READY"]
        later = sorted(t.run_after for t in pending if t.run_after and t.run_after > now)
        failed = sorted(((t.finished_at, t) for t in tasks if t.status == "FAILED" and t.finished_at),
                        key=lambda failure: failure[0], reverse=True)
        waiting = f" ({len(later)} waiting to retry, the next at {later[0]:%Y-%m-%d %H:%M})" if later else ""
        running = sum(t.status == "RUNNING" for t in tasks)
        # a running task's run_after is its lease (database backend): past it, its worker has stopped
        stopped = sum(t.status == "RUNNING" and t.run_after is not None and t.run_after < now for t in tasks)
        gone = f" ({stopped} whose worker stopped, to be taken up by the next)" if stopped else ""
        recent = sum(at >= now - timedelta(days=1) for at, _ in failed)
        where = " (RQ, in Redis)" if uses_rq() else ""
        say(f"queue{where}: {len(pending)} pending{waiting}, {running} running{gone}, {recent} failed in the last day")
        for at, task in failed[:SHOWN]:
            what = f"story {task.story_id}" if task.story_id is not None else task.name
            say(f"  failed {at:%Y-%m-%d %H:%M} {what}: {task.error[:300]}")
        feeds = Feed.objects.filter(active=True)
        due = feeds.filter(next_fetch__lte=now)
        failing = feeds.filter(Q(failures__gt=0) | ~Q(writing_error=""))
        say(f"feeds: {feeds.count()} followed, {due.count()} due now, {failing.count()} failing")
        for feed in failing[:SHOWN]:
            if feed.failures:
                say(f"  feed {feed.pk} {feed.url}: fetch failing ({feed.failures} in a row): {feed.last_error[:300]}")
            if feed.writing_error:
                say(f"  feed {feed.pk} {feed.url}: writing failing: {feed.writing_error[:300]}")
        by_status = dict(Article.objects.values_list("status").annotate(n=Count("id")))
        say("articles: " + ", ".join(f"{by_status.get(s, 0)} {s.label.lower()}" for s in Article.Status))
        say(f"model: {model_in_use()}")
