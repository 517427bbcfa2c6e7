from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Count, Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from newsdesk.articles.models import Article
from newsdesk.articles.queue import _story_id, queue_counts
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
        counts = queue_counts()
        later = DBTaskResult.objects.filter(status="READY", run_after__gt=now).exclude(run_after=get_date_max())
        waiting = ""
        if (first := later.order_by("run_after").first()) is not None:
            waiting = f" ({later.count()} waiting to retry, the next at {first.run_after:%Y-%m-%d %H:%M})"
        say(f"queue: {counts['pending']} pending{waiting}, {counts['running']} running, "
            f"{counts['failed']} failed in the last day")
        failed = DBTaskResult.objects.filter(status="FAILED").order_by("-finished_at")[:SHOWN]
        for result in failed:
            what = f"story {sid}" if (sid := _story_id(result.args_kwargs)) is not None else result.task_name
            error = result.traceback.strip().splitlines()[-1] if result.traceback else result.exception_class_path
            say(f"  failed {result.finished_at:%Y-%m-%d %H:%M} {what}: {error[:300]}")
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
