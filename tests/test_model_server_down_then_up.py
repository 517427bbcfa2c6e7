"""A model server that answers 503 and then comes back: the worker waits, then writes the story once.

A real `newsdesk worker` process and the openai backend against a server on 127.0.0.1
(bench/latency_server.py), on both task backends (tests/test_model_down_is_retried.py runs the
same with a fake model in process, and shows the failure in `newsdesk status`).
"""

from __future__ import annotations

from pathlib import Path

from bench.latency_server import serve
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

DOWN = 3  # the OpenAI client tries a request three times (max_retries=2) before newsdesk sees the failure


def test_a_story_is_written_once_the_model_server_is_back(
    tasks_backend: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    with serve(delay=0.0, fail=set(range(1, DOWN + 1))) as server:
        env = environment(
            tmp_path=tmp_path, database_url=database_url, NEWSDESK_LLM_BACKEND="openai",
            NEWSDESK_LLM_BASE_URL=server.base_url, NEWSDESK_LLM_RETRY_SECONDS="1", **tasks_backend,
        )
        newsdesk(env, "migrate", "--verbosity", "0")
        newsdesk(env, "add", "--title", "Tram line to the airport opens on Monday", "--language", "en",
                 "--url", "https://wire.example/tram", "--summary",
                 "The line runs for eleven kilometres and has nine stops. Trams will leave every six minutes at "
                 "peak times. A single ticket to the terminal costs the same as a bus fare.")
        worker = start_worker(env, "--no-feeds", "--max-tasks", "2")  # the try that fails, and the retry
        try:
            log, _ = worker.communicate(timeout=TIMEOUT)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.communicate()
    assert worker.returncode == 0, log
    story = log.split("story ", 1)[1].split(":", 1)[0]
    assert f"story {story}: not written: " in log and "503" in log
    assert log.count(f"story {story}: published “") == 1, log
    assert server.requests == DOWN + 1  # three refused, then the one article request
    [article] = stored(env)["articles"]
    assert article["status"] == "published"
    [(_, prompt, out)] = server.usage
    assert (article["tokens_in"], article["tokens_out"]) == (prompt, out)
