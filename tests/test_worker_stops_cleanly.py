"""`newsdesk worker` stops cleanly on SIGTERM or Ctrl-C: it says so and exits 0, leaving nothing running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

NEWSDESK = [sys.executable, "-c", "from newsdesk.cli import main; main()"]
TIMEOUT = 60  # a liveness bound, not a measurement: a worker that ignores the signal never exits


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_an_idle_worker_stops_on_a_signal(stop: signal.Signals, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))}
    env.update(NEWSDESK_VAR_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="newsdesk.settings")
    subprocess.run([*NEWSDESK, "migrate", "--verbosity", "0"], env=env, check=True, timeout=TIMEOUT)
    worker = subprocess.Popen([*NEWSDESK, "worker", "--interval", "0.2"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        assert worker.stdout is not None
        started = worker.stdout.readline()  # blocks until the worker has set up its signal handlers and loop
        assert "started" in started, started
        worker.send_signal(stop)
        out, _ = worker.communicate(timeout=TIMEOUT)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert worker.returncode == 0, out
    assert "shutting down gracefully" in out or "stopped" in out  # it says why it ends
