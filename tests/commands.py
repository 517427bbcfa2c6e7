"""Run newsdesk's long-lived commands as a test runs them: the worker in batch mode with a fake model, status."""

from __future__ import annotations

from io import StringIO
from unittest.mock import patch

from django.core.management import call_command


def run_worker(llm: object) -> str:
    """Run `newsdesk worker --batch` with llm at the one LLM seam; return what it printed."""
    out = StringIO()
    with patch("newsdesk.articles.pipeline.get_llm", autospec=True, return_value=llm):
        call_command("worker", batch=True, no_startup_delay=True, reload=False, interval=0, stdout=out)
    return out.getvalue()


def status() -> str:
    """Return what `newsdesk status` prints."""
    out = StringIO()
    call_command("status", stdout=out)
    return out.getvalue()
