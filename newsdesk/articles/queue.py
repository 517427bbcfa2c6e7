"""The writing queue: which stories wait for an article, retries while the model is down, feed choices."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from django.conf import settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from newsdesk.llm import LLMError
from newsdesk.sources.models import Feed, Story

from .models import Article, Topic

log = logging.getLogger(__name__)

LONGEST_RETRY = timedelta(hours=1)
WAITING = ("READY", "RUNNING")
# a story whose worker stopped (killed, or stopped at once) while writing it is written again, this many times at most
MOST_ATTEMPTS = 3
STOPPED = ("AbandonedJobError", "SystemExit", "KeyboardInterrupt")  # how a task whose worker stopped ends


@dataclass(frozen=True, slots=True, kw_only=True)
class QueuedTask:
    """A task as the queue holds it, whichever backend runs it."""

    name: str
    story_id: int | None  # for process_story_task
    status: str  # READY (pending, or waiting to retry), RUNNING or FAILED, as django-tasks names them
    run_after: datetime | None = None  # when a pending task waits to be retried
    finished_at: datetime | None = None
    error: str = ""  # the last line of a failed task's traceback
    abandoned: bool = False  # failed because its worker stopped while running it, not because of the task


def uses_rq() -> bool:
    """Say whether the tasks run on RQ (NEWSDESK_TASKS_BACKEND=rq) rather than from the database."""
    from django_tasks_rq import RQBackend

    from .tasks import process_story_task

    return isinstance(process_story_task.get_backend(), RQBackend)


def queued_tasks() -> list[QueuedTask]:
    """Return the tasks pending, running or failed, from the database or from Redis."""
    return _rq_tasks() if uses_rq() else _db_tasks()


def story_of(args: object) -> int | None:
    """Return the story id a process_story_task was queued with (its first argument), or None."""
    return args[0] if isinstance(args, list | tuple) and args and isinstance(args[0], int) else None


def _story_id(args_kwargs: object) -> int | None:
    return story_of(args_kwargs.get("args") if isinstance(args_kwargs, dict) else None)


def _last_line(traceback: str | None) -> str:
    """Return the line of a traceback that names the exception (the last one not indented), or ""."""
    lines = [line for line in (traceback or "").splitlines() if line.strip()]
    # an error message of several lines (a model server's own traceback) goes on in indented lines
    return next((line for line in reversed(lines) if not line[0].isspace()), lines[-1].strip() if lines else "")


def _db_tasks() -> list[QueuedTask]:
    from .tasks import process_story_task

    never = get_date_max()
    rows = DBTaskResult.objects.filter(status__in=[*WAITING, "FAILED"]).order_by("-enqueued_at").values_list(
        "task_path", "status", "args_kwargs", "run_after", "finished_at", "traceback", "exception_class_path"
    )
    return [
        QueuedTask(
            name=path.rsplit(".", 1)[-1],
            story_id=_story_id(args_kwargs) if path == process_story_task.module_path else None,
            status=status,
            run_after=None if run_after == never else run_after,
            finished_at=finished,
            error=_last_line(traceback) or exception if status == "FAILED" else "",
            abandoned=status == "FAILED" and exception.rsplit(".", 1)[-1] in STOPPED,
        )
        for path, status, args_kwargs, run_after, finished, traceback, exception in rows
    ]


def _rq_tasks() -> list[QueuedTask]:
    import django_rq
    from django_tasks_rq import Job
    from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry
    from rq.utils import as_text

    from .tasks import process_story_task

    found: list[QueuedTask] = []
    for name in sorted(process_story_task.get_backend().queues):
        queue = django_rq.get_queue(name, job_class=Job)
        scheduled = ScheduledJobRegistry(queue=queue)
        started = StartedJobRegistry(queue=queue)
        # read as they are: a worker's turn fails the jobs whose lease has run out, and says so
        # with scores, a sorted set's entries come as (member, score) pairs
        entries = cast(list[tuple[bytes | str, float]], queue.connection.zrange(started.key, 0, -1, withscores=True))
        leases = {started.parse_job_id(as_text(entry)): score for entry, score in entries}
        sources = [
            ("READY", queue.get_job_ids()),
            ("READY", scheduled.get_job_ids()),
            ("RUNNING", list(leases)),
            ("FAILED", FailedJobRegistry(queue=queue).get_job_ids()),
        ]
        for status, ids in sources:
            for job in Job.fetch_many(ids, connection=queue.connection):
                if job is None:  # expired between the two reads
                    continue
                ours = job.func_name == process_story_task.module_path
                result = job.latest_result() if status == "FAILED" else None
                error = _last_line(result.exc_string if result else None) if status == "FAILED" else ""
                found.append(QueuedTask(
                    name=(job.func_name or "").rsplit(".", 1)[-1],
                    story_id=story_of(job.args) if ours else None,
                    status=status,
                    # when a job waits to be retried; while it runs, its lease (as with the database)
                    run_after=(scheduled.get_scheduled_time(job) if job.is_scheduled
                               else _lease_end(leases.get(job.id)) if status == "RUNNING" else None),
                    # a job abandoned by its worker never ended: its failure was recorded when it was found
                    finished_at=job.ended_at or (result.created_at if result else None),
                    error=error,
                    abandoned=any(word in error for word in STOPPED),
                ))
    return found


def _lease_end(score: float | None) -> datetime | None:
    """Return when a running RQ job's lease ends, from its score among the started jobs."""
    if score is None or math.isinf(score):
        return None
    return datetime.fromtimestamp(score, tz=UTC)


def queue_pending_stories() -> int:
    """Queue every story waiting for its article that is not queued yet; return how many were queued.

    A story whose task failed is queued again only once a new item joins it, so a story that breaks
    the pipeline is not retried in a loop (it shows as failed in `newsdesk status`). One whose worker
    stopped while writing it (killed, its lease run out) is queued again at once, up to MOST_ATTEMPTS
    times in all.
    """
    from .management.commands.generate import pending_stories
    from .tasks import process_story_task

    queued: set[int] = set()
    failed: dict[int, datetime] = {}
    abandoned: dict[int, list[datetime]] = {}
    for task in queued_tasks():
        if task.story_id is None:
            continue
        if task.status in WAITING:
            queued.add(task.story_id)
        elif task.abandoned and task.finished_at:
            abandoned.setdefault(task.story_id, []).append(task.finished_at)
        elif task.finished_at:
            failed[task.story_id] = max(task.finished_at, failed.get(task.story_id, task.finished_at))
    count = 0
    for story in pending_stories():
        if story.pk in queued:
            continue
        changed = max(story.created, story.updated or story.created)
        if story.pk in failed and failed[story.pk] >= changed:
            continue
        if sum(when >= changed for when in abandoned.get(story.pk, ())) >= MOST_ATTEMPTS:
            continue
        process_story_task.enqueue(story.pk)
        count += 1
    return count


def retry_delay(attempt: int) -> timedelta:
    """Return the wait before writing again after attempt failed: NEWSDESK_LLM_RETRY_SECONDS, doubling, at most 1h."""
    base = timedelta(seconds=max(1, settings.NEWSDESK_LLM_RETRY_SECONDS))
    return min(base * (1 << min(attempt, 20)), max(base, LONGEST_RETRY))


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

