"""With NEWSDESK_TASKS_BACKEND=rq, stories are queued in Redis and written by RQ workers, on any machine.

These run against the real Redis on 127.0.0.1:6379 (`.ci/run` starts it), in database 15, which they
empty before and after; run with DATABASE_URL set, they run on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from unittest.mock import patch

import django_rq
import pytest
import redis
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_rq import Job
from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry, ScheduledJobRegistry

from newsdesk.articles.models import Article
from newsdesk.articles.tasks import process_story_task
from newsdesk.llm import Completion, LLMError, Message
from newsdesk.sources.add import store, validate
from newsdesk.sources.models import Feed
from tests.commands import run_worker, status
from tests.fakes import ScriptedLLM, article_json
from tests.lib.servers import respond, serve, static

pytestmark = pytest.mark.django_db(transaction=True)  # an RQ job reads what was committed

REDIS_URL = "redis://127.0.0.1:6379/15"
SUMMARY = (
    "Meta said on October 30 that it invested $14.3 billion in Scale AI. The $14.3 billion investment is in "
    "Scale AI. Meta expects capital spending of up to $72 billion in 2025. Meta's advertising revenue rose 26% "
    "year over year to $51.24 billion."
)
FEED = (
    "<rss version='2.0'><channel><title>Wire</title><item><title>Meta puts $14.3 billion into Scale AI</title>"
    f"<link>https://wire.example/meta</link><description>{SUMMARY}</description></item></channel></rss>"
).replace("$", "&#36;")


@pytest.fixture
def queue(settings: Any) -> Iterator[Queue]:
    """Point the task backend at RQ on an emptied Redis database, and return its queue."""
    connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379 (.ci/run starts it)")
    connection.flushdb()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
    yield django_rq.get_queue("default", job_class=Job)
    connection.flushdb()


class DownModelServer:
    """A model server that answers 503, as the OpenAI-compatible backend reports it."""

    name = "down"

    def complete(self, messages: Sequence[Message], **kwargs: Any) -> Completion:
        raise LLMError("model server error: Error code: 503 - Service Unavailable")


def test_a_story_queued_in_redis_is_written_by_an_rq_worker_and_published_once(queue: Queue) -> None:
    item, _ = store(validate(title="Meta puts $14.3 billion into Scale AI", summary=SUMMARY,
                             url="https://wire.example/meta", language="en"))
    result = process_story_task.enqueue(item.story_id)
    assert queue.get_job_ids() == [result.id]
    assert not DBTaskResult.objects.exists()  # queued in Redis, not in the database
    llm = ScriptedLLM(article_json())
    with patch("newsdesk.articles.pipeline.get_llm", autospec=True, return_value=llm):
        worker = SimpleWorker([queue], connection=queue.connection, job_class=Job)
        assert worker.work(burst=True)
        calls = len(llm.calls)
        assert not worker.work(burst=True)  # nothing left: the job ran once
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert article.story_id == item.story_id and article.sources.get() == item
    assert calls > 0 and len(llm.calls) == calls
    done = process_story_task.get_result(result.id)
    assert done.status == TaskResultStatus.SUCCESSFUL and done.return_value == "published"
    assert queue.count == 0


def test_newsdesk_worker_takes_a_feed_to_a_published_article_through_redis(queue: Queue, settings: Any) -> None:
    settings.NEWSDESK_ALLOW_PRIVATE_NETWORKS = True
    with serve(static({"/rss": respond(FEED.encode(), content_type="application/rss+xml")})) as base:
        Feed.objects.create(url=f"{base}/rss", fetch_pages=False)
        log = run_worker(ScriptedLLM(article_json()))
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert "queued 1 new stories for writing" in log
    assert f"story {article.story_id}: published “{article.headline}”" in log
    assert not DBTaskResult.objects.exists()
    assert status().splitlines()[0] == "queue (RQ, in Redis): 0 pending, 0 running, 0 failed in the last day"


def test_a_story_waits_in_redis_while_the_model_is_down_and_is_published_when_it_is_back(
    queue: Queue, settings: Any
) -> None:
    settings.NEWSDESK_ALLOW_PRIVATE_NETWORKS = True
    settings.NEWSDESK_LLM_RETRY_SECONDS = 60
    with serve(static({"/rss": respond(FEED.encode(), content_type="application/rss+xml")})) as base:
        Feed.objects.create(url=f"{base}/rss", fetch_pages=False)
        log = run_worker(DownModelServer())
    story_id = Article.objects.get().story_id
    assert f"story {story_id}: not written: " in log and "503" in log
    scheduled = ScheduledJobRegistry(queue=queue)
    [retry_id] = scheduled.get_job_ids()
    retry = Job.fetch(retry_id, connection=queue.connection)
    assert list(retry.args) == [story_id] and retry.kwargs == {"attempt": 1}
    assert scheduled.get_scheduled_time(retry) >= timezone.now()
    assert len(FailedJobRegistry(queue=queue)) == 1
    shown = status()
    assert "queue (RQ, in Redis): 1 pending (1 waiting to retry, the next at " in shown
    assert "1 failed in the last day" in shown
    assert f"  failed {timezone.now():%Y-%m-%d}" in shown and f"story {story_id}: " in shown and "503" in shown
    assert "writing failing: " in shown

    # the retry falls due: the next worker's scheduler puts it back on the queue and it is written
    scheduled.schedule(retry, timezone.now())
    log = run_worker(ScriptedLLM(article_json()))
    assert Article.objects.get().status == Article.Status.PUBLISHED
    assert f"story {story_id}: published" in log
    assert Feed.objects.get().writing_error == ""
    assert scheduled.get_job_ids() == [] and queue.count == 0
    assert "queue (RQ, in Redis): 0 pending, 0 running, 1 failed in the last day" in status()
