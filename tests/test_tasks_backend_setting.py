"""NEWSDESK_TASKS_BACKEND picks the database (the default) or RQ on NEWSDESK_REDIS_URL; anything else stops at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PRINT = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'backend': settings.TASKS['default']['BACKEND'], 'redis': settings.RQ_QUEUES['default']['URL'], "
    "'django_rq': 'django_rq' in settings.INSTALLED_APPS}))"
)


def run(var: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "-c", PRINT],
        env={**environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings", "NEWSDESK_VAR_DIR": str(var), **env},
        capture_output=True, text=True, timeout=60,
    )


def test_the_database_runs_tasks_unless_rq_is_chosen(tmp_path: Path) -> None:
    default = json.loads(run(tmp_path).stdout)
    assert default == {"backend": "django_tasks_db.DatabaseBackend", "redis": "redis://127.0.0.1:6379/0",
                       "django_rq": False}
    chosen = json.loads(run(tmp_path, NEWSDESK_TASKS_BACKEND="rq", NEWSDESK_REDIS_URL="redis://queue.lan:6380/2").stdout)
    assert chosen == {"backend": "django_tasks_rq.RQBackend", "redis": "redis://queue.lan:6380/2", "django_rq": True}


def test_an_unknown_tasks_backend_is_refused_by_name(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk.cli", "status"],
        env={**{k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))},
             "NEWSDESK_VAR_DIR": str(tmp_path), "NEWSDESK_TASKS_BACKEND": "celery"},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    said = result.stderr.strip()
    assert said == "newsdesk: configuration error: NEWSDESK_TASKS_BACKEND must be one of database, rq, not 'celery'"
