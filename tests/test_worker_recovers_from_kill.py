"""A worker killed with SIGKILL mid-article: after its lease runs out another worker writes the article, once.

Real processes on both task backends (on PostgreSQL when DATABASE_URL is set), and a real model
server on 127.0.0.1 (bench/latency_server.py) that never answers the killed worker's request; and,
in process, what a worker does with a task row whose worker is gone.
"""

from __future__ import annotations

import signal
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from bench.latency_server import serve
from newsdesk.articles.models import Article
from newsdesk.articles.tasks import process_story_task
from newsdesk.sources.add import store, validate
from tests.commands import run_worker, status
from tests.fakes import ScriptedLLM, article_json
from tests.worker_processes import (
    TIMEOUT,
    database_url,
    environment,
    newsdesk,
    start_worker,
    stored,
    tasks_backend,
)

__all__ = ["database_url", "tasks_backend"]  # the fixtures

TITLE = "Harbour bridge shuts for six weeks of repairs"
SUMMARY = (
    "Engineers found corroded cables under the eastern span during an inspection in September. The council said "
    "ferries would run every ten minutes while the bridge is shut. Cyclists will be carried free of charge."
)
META = (
    "Meta said on October 30 that it invested $14.3 billion in Scale AI. The $14.3 billion investment is in "
    "Scale AI. Meta expects capital spending of up to $72 billion in 2025. Meta's advertising revenue rose 26% "
    "year over year to $51.24 billion."
)


def test_the_next_worker_finishes_the_article_of_a_killed_one_and_publishes_it_once(
    tasks_backend: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    # request 1 is the article, answered; request 2, the judge's first question about it, never is
    with serve(delay=0.0, hang={2}) as server:
        env = environment(
            tmp_path=tmp_path, database_url=database_url, NEWSDESK_LLM_BACKEND="openai",
            NEWSDESK_LLM_BASE_URL=server.base_url, NEWSDESK_CHECK_JUDGE="1", NEWSDESK_TASK_LEASE_SECONDS="2",
            **tasks_backend,
        )
        newsdesk(env, "migrate", "--verbosity", "0")
        newsdesk(env, "add", "--title", TITLE, "--summary", SUMMARY, "--url", "https://wire.example/bridge",
                 "--language", "en")
        first = start_worker(env, "--no-feeds")
        try:
            assert server.wait_for_requests(2, timeout=TIMEOUT), "the first worker never asked the model"
            killed = stored(env)["articles"]
            first.send_signal(signal.SIGKILL)
            first_log, _ = first.communicate(timeout=TIMEOUT)
        finally:
            if first.poll() is None:
                first.kill()
        second = start_worker(env, "--no-feeds", "--max-tasks", "1")
        try:
            second_log, _ = second.communicate(timeout=TIMEOUT)
        finally:
            if second.poll() is None:
                second.kill()
                second.communicate()
    assert second.returncode == 0, second_log

    # killed with its draft written and saved, while checking it
    assert [a["status"] for a in killed] == ["draft"] and killed[0]["tokens_in"] > 0
    assert first.returncode == -signal.SIGKILL
    assert "published" not in first_log
    assert "stopped while writing it" in second_log
    assert second_log.count(": published “") == 1, second_log

    after = stored(env)
    [article] = after["articles"]
    assert article["status"] == "published" and article["published_at"] and article["revisions"] == 0
    # two article requests were answered, one per worker; the article counts the tokens of the one it kept
    drafts = [(prompt, out) for what, prompt, out in server.usage if what == "article"]
    assert len(drafts) == 2
    assert (article["tokens_in"], article["tokens_out"]) == drafts[-1]
    if tasks_backend["NEWSDESK_TASKS_BACKEND"] == "database":
        # the one task, taken up by the second worker and finished by it
        [task] = after["tasks"]
        assert task["status"] == "SUCCESSFUL"
        assert len(task["workers"]) == 2 and task["workers"][0] != task["workers"][1]
    else:
        assert after["tasks"] == []  # queued in Redis, not in the database


def test_a_worker_stopped_at_once_leaves_its_article_to_the_next(
    tasks_backend: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    """A second Ctrl-C stops a worker mid-article; the next worker writes that article."""
    with serve(delay=0.0, hang={1}) as server:
        env = environment(
            tmp_path=tmp_path, database_url=database_url, NEWSDESK_LLM_BACKEND="openai",
            NEWSDESK_LLM_BASE_URL=server.base_url, NEWSDESK_TASK_LEASE_SECONDS="2", **tasks_backend,
        )
        newsdesk(env, "migrate", "--verbosity", "0")
        newsdesk(env, "add", "--title", TITLE, "--summary", SUMMARY, "--url", "https://wire.example/bridge",
                 "--language", "en")
        first = start_worker(env, "--no-feeds")
        try:
            assert server.wait_for_requests(1, timeout=TIMEOUT), "the first worker never asked the model"
            assert first.stdout is not None
            first.send_signal(signal.SIGINT)  # it would wait for the article...
            lines = [first.stdout.readline()]
            while lines[-1] and "shutting down gracefully" not in lines[-1]:
                lines.append(first.stdout.readline())
            first.send_signal(signal.SIGINT)  # ...but a second one stops it at once
            rest, _ = first.communicate(timeout=TIMEOUT)
            first_log = "".join(lines) + rest
        finally:
            if first.poll() is None:
                first.kill()
        second = start_worker(env, "--no-feeds", "--max-tasks", "1")
        try:
            second_log, _ = second.communicate(timeout=TIMEOUT)
        finally:
            if second.poll() is None:
                second.kill()
                second.communicate()
    assert first.returncode == 1, first_log
    assert "terminating current task" in first_log
    assert "published" not in first_log
    assert second.returncode == 0, second_log
    assert second_log.count(": published “") == 1, second_log
    [article] = stored(env)["articles"]
    assert article["status"] == "published"


def running_task_of_a_gone_worker(story_id: int, *, workers: list[str]) -> str:
    """Queue story_id's task and leave it as a worker that died would: running, its lease run out."""
    result = process_story_task.enqueue(story_id)
    DBTaskResult.objects.filter(pk=result.id).update(
        status="RUNNING", worker_ids=workers, started_at=timezone.now(), run_after=timezone.now() - timedelta(seconds=1)
    )
    return str(result.id)


@pytest.mark.django_db(transaction=True)
def test_a_running_task_whose_lease_ran_out_is_taken_up_and_finished() -> None:
    item, _ = store(validate(title="Meta puts $14.3 billion into Scale AI", url="https://wire.example/meta",
                             language="en", summary=META))
    task_id = running_task_of_a_gone_worker(item.story_id, workers=["gone-worker"])
    assert "1 running (1 whose worker stopped, to be taken up by the next)" in status().splitlines()[0]
    log = run_worker(ScriptedLLM(article_json()))
    assert f"story {item.story_id}: worker gone-wor stopped while writing it; writing it again" in log
    assert Article.objects.get().status == Article.Status.PUBLISHED
    task = DBTaskResult.objects.get()
    assert str(task.pk) == task_id and task.status == "SUCCESSFUL"
    assert task.worker_ids[0] == "gone-worker" and len(task.worker_ids) == 2


@pytest.mark.django_db(transaction=True)
def test_a_story_whose_workers_keep_dying_is_failed_after_three_tries() -> None:
    item, _ = store(validate(title="Meta puts $14.3 billion into Scale AI", url="https://wire.example/meta",
                             language="en", summary=META))
    running_task_of_a_gone_worker(item.story_id, workers=["first", "second", "third"])
    llm = ScriptedLLM(article_json())
    log = run_worker(llm)
    assert f"story {item.story_id}: not written: its worker stopped while writing it, 3 times" in log
    assert llm.calls == []  # not written a fourth time, nor queued again
    assert DBTaskResult.objects.get().status == "FAILED"
    assert not Article.objects.filter(status=Article.Status.PUBLISHED).exists()
    assert "its worker stopped while writing it, 3 times" in status()
