"""With a model server, one `newsdesk worker` writes several articles at once; the embedded model, one at a time.

The server is bench/latency_server.py on 127.0.0.1, which holds every answer until as many requests
as the worker has writers are in flight at once. The concurrent runs need PostgreSQL (SQLite
serialises writers); the RQ one runs against the real Redis on 127.0.0.1:6379, database 14.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from io import StringIO
from typing import Any
from unittest.mock import patch

import pytest
import redis
from django.core.management import call_command
from django.db import connection
from django_tasks_db.models import DBTaskResult

from bench.latency_server import LatencyServer, serve
from newsdesk.articles.models import Article
from newsdesk.llm import Completion, Message
from newsdesk.sources.add import store, validate
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = "redis://127.0.0.1:6379/14"
WRITERS = 3
STORIES = [
    ("Harbour bridge shuts for six weeks of repairs",
     "Engineers found corroded cables under the eastern span during an inspection in September. The council said "
     "ferries would run every ten minutes while the bridge is shut. Cyclists will be carried free of charge."),
    ("Riverside library opens a children's wing",
     "The new wing holds twelve thousand picture books and a reading garden. Volunteers raised most of the money "
     "at weekend markets over three years. The wing opens from nine in the morning on weekdays."),
    ("Northfield school wins a robotics prize",
     "A team of eight pupils built a robot that sorts recycling by colour. The judges praised its low cost and "
     "its open design. The pupils will show it at a science fair in Lyon next spring."),
    ("Orchard growers expect a late apple harvest",
     "A cold April delayed blossom across the valley by almost three weeks. Growers said picking would start in "
     "mid-October rather than late September. Cider makers have moved their pressing dates to match."),
    ("Tram line to the airport opens on Monday",
     "The line runs for eleven kilometres and has nine stops. Trams will leave every six minutes at peak times. "
     "A single ticket to the terminal costs the same as a bus fare."),
    ("Museum returns a carved mask to its makers",
     "The mask was bought by a collector in 1931 and given to the museum in 1960. Curators traced it to a "
     "village on the northern coast with the help of its elders. It was handed back at a ceremony on Friday."),
]

concurrent = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent writers need PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk "
    "(SQLite serialises writers)",
)


def add_stories() -> list[int]:
    story_ids = []
    for n, (title, summary) in enumerate(STORIES):
        item, _ = store(validate(title=title, summary=summary, url=f"https://wire.example/{n}", language="en"))
        story_ids.append(item.story_id)
    assert len(set(story_ids)) == len(STORIES)  # six events, six stories
    return story_ids


def run_worker(**options: Any) -> str:
    out = StringIO()
    call_command("worker", batch=True, no_startup_delay=True, reload=False, interval=0, feeds=False, stdout=out,
                 **options)
    return out.getvalue()


@pytest.fixture(params=["database", "rq"])
def backend(request: pytest.FixtureRequest, settings: Any) -> Iterator[str]:
    """Run the tasks from the database, or from RQ on an emptied Redis database."""
    if request.param == "database":
        yield "database"
        return
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379 (.ci/run starts it)")
    client.flushdb()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
    yield "rq"
    client.flushdb()


@pytest.fixture
def model_server(settings: Any) -> Iterator[LatencyServer]:
    """Point the openai backend at a latency server that answers once WRITERS requests are in flight."""
    with serve(delay=0.0, gate=WRITERS) as server:
        settings.NEWSDESK_LLM_BACKEND = "openai"
        settings.NEWSDESK_LLM_BASE_URL = server.base_url
        yield server


@concurrent
def test_one_worker_writes_as_many_articles_at_once_as_it_has_writers(
    backend: str, model_server: LatencyServer, settings: Any
) -> None:
    settings.NEWSDESK_WRITERS = WRITERS
    story_ids = add_stories()
    log = run_worker()
    assert f"{WRITERS} at a time" in log.splitlines()[0]
    assert model_server.busiest == WRITERS  # the gate opened: three requests were in flight together
    articles = Article.objects.order_by("story_id")
    assert [a.story_id for a in articles] == sorted(story_ids)
    assert {a.status for a in articles} == {Article.Status.PUBLISHED}, [a.hold_reason for a in articles]
    assert sum(f"story {sid}: published" in log for sid in story_ids) == len(STORIES)
    assert log.count(": published") == len(STORIES)  # each once
    # one article request each, and the tokens each answer cost counted on its own article, once
    assert [kind for kind, _, _ in model_server.usage] == ["article"] * len(STORIES)
    assert sum(a.tokens_in for a in articles) == sum(prompt for _, prompt, _ in model_server.usage)
    assert sum(a.tokens_out for a in articles) == sum(out for _, _, out in model_server.usage)
    if backend == "database":
        assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == len(STORIES)
        assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


@concurrent
def test_the_writers_option_overrides_the_setting(model_server: LatencyServer, settings: Any) -> None:
    settings.NEWSDESK_WRITERS = 1
    add_stories()
    log = run_worker(writers=WRITERS)
    assert model_server.busiest == WRITERS
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == len(STORIES)
    assert log.count(": published") == len(STORIES)


class ThreadRecordingLLM(ScriptedLLM):
    """The scripted model, remembering which thread each call came from."""

    def __init__(self, *answers: str) -> None:
        super().__init__(*answers)
        self.threads: set[str] = set()

    def complete(self, messages: Sequence[Message], **kwargs: Any) -> Completion:
        self.threads.add(threading.current_thread().name)
        return super().complete(messages, **kwargs)


def test_the_embedded_model_writes_one_article_at_a_time_and_says_so(settings: Any) -> None:
    settings.NEWSDESK_LLM_BACKEND = "embedded"
    settings.NEWSDESK_WRITERS = 8
    item, _ = store(validate(title="Meta puts $14.3 billion into Scale AI", url="https://wire.example/meta",
                             language="en", summary=(
        "Meta said on October 30 that it invested $14.3 billion in Scale AI. The $14.3 billion investment is in "
        "Scale AI. Meta expects capital spending of up to $72 billion in 2025. Meta's advertising revenue rose 26% "
        "year over year to $51.24 billion.")))
    llm = ThreadRecordingLLM(article_json())
    with patch("newsdesk.articles.pipeline.get_llm", autospec=True, return_value=llm):
        log = run_worker()
    assert "(one at a time: NEWSDESK_WRITERS=8 needs NEWSDESK_LLM_BACKEND=openai)" in log.splitlines()[0]
    assert llm.threads == {threading.main_thread().name}  # written in the worker's own thread, not a writer's
    assert Article.objects.get(story_id=item.story_id).status == Article.Status.PUBLISHED


def test_a_writer_count_below_one_is_refused() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--writers: must be at least 1, not 0"):
        call_command("worker", "--writers", "0", batch=True, stdout=StringIO())
