"""Run `newsdesk` commands as separate processes against a database and queue of their own, as an operator does.

On PostgreSQL (DATABASE_URL set) each test gets a fresh database that is dropped afterwards; else a
SQLite file in its temporary directory. With the rq backend the queue is database 14 of the Redis on
127.0.0.1:6379, emptied before and after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis

NEWSDESK = [sys.executable, "-c", "from newsdesk.cli import main; main()"]
REDIS_URL = "redis://127.0.0.1:6379/14"
TIMEOUT = 120  # a liveness bound, not a measurement: a worker that never takes the story up never exits

REPORT = """
import json, django
django.setup()
from django_tasks_db.models import DBTaskResult
from newsdesk.articles.models import Article
articles = list(Article.objects.all())
print(json.dumps({
    "articles": [{"status": a.status, "tokens_in": a.tokens_in, "tokens_out": a.tokens_out,
                  "published_at": a.published_at.isoformat() if a.published_at else None,
                  "revisions": a.revisions.count(), "sentences": len(a.sentences)} for a in articles],
    "tasks": [{"status": t.status, "workers": t.worker_ids} for t in DBTaskResult.objects.order_by("enqueued_at")],
}))
"""


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """Return the URL of an empty database for the processes of one test."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'newsdesk.sqlite3'}"
        return
    import psycopg

    parts = urlsplit(url)
    name = f"newsdesk_proc_{uuid.uuid4().hex[:10]}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["database", "rq"])
def tasks_backend(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """Return the settings of a task backend: the database, or RQ on an emptied Redis database."""
    if request.param == "database":
        yield {"NEWSDESK_TASKS_BACKEND": "database"}
        return
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379 (.ci/run starts it)")
    client.flushdb()
    yield {"NEWSDESK_TASKS_BACKEND": "rq", "NEWSDESK_REDIS_URL": REDIS_URL}
    client.flushdb()


def environment(*, tmp_path: Path, database_url: str, **settings: str) -> dict[str, str]:
    """Return the environment of a newsdesk process: this one's, less any newsdesk setting, plus settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))}
    env.update(NEWSDESK_VAR_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="newsdesk.settings", PYTHONUNBUFFERED="1",
               DATABASE_URL=database_url, **settings)
    return env


def newsdesk(env: dict[str, str], *args: str) -> str:
    """Run a newsdesk command to its end and return what it printed; fail the test if it fails."""
    done = subprocess.run([*NEWSDESK, *args], env=env, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def start_worker(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """Start `newsdesk worker` (polling every 0.2 s) and return the process."""
    return subprocess.Popen([*NEWSDESK, "worker", "--interval", "0.2", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def stored(env: dict[str, str]) -> dict[str, Any]:
    """Return the articles and database tasks stored, as the processes left them."""
    done = subprocess.run([sys.executable, "-c", REPORT], env=env, capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))
