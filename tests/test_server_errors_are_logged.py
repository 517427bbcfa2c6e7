"""A view that raises gives the reader a 500 and the operator its traceback on standard error."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path


class EditionMissingError(RuntimeError):
    pass


def broken(request: HttpRequest) -> HttpResponse:
    raise EditionMissingError("the morning edition is missing")


urlpatterns = [path("broken/", broken)]


@pytest.fixture
def stderr_handler() -> Iterator[io.StringIO]:
    """Point the handler that settings.LOGGING gives django.request at a buffer."""
    (handler,) = [h for h in logging.getLogger("django.request").handlers if h.name == "console"]
    assert isinstance(handler, logging.StreamHandler)
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_a_500_is_logged_with_its_traceback(db: None, stderr_handler: io.StringIO) -> None:
    """The record reaches the configured stream with the exception, the path and the traceback."""
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    logged = stderr_handler.getvalue()
    assert "Internal Server Error: /broken/" in logged
    assert "Traceback (most recent call last)" in logged
    assert 'raise EditionMissingError("the morning edition is missing")' in logged
    assert "EditionMissingError: the morning edition is missing" in logged


def test_the_handler_writes_to_standard_error(tmp_path: Path) -> None:
    """In a process of its own, with DEBUG off, an error on django.request comes out on standard error."""
    script = (
        "import django, logging; django.setup()\n"
        "try:\n    1 / 0\n"
        "except ZeroDivisionError:\n"
        "    logging.getLogger('django.request').error('Internal Server Error: /x', exc_info=True)\n"
        "logging.getLogger('django.request').warning('Not Found: /y')\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings", "DEBUG": "0", "NEWSDESK_VAR_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Internal Server Error: /x\nTraceback (most recent call last)" in done.stderr
    assert "ZeroDivisionError: division by zero" in done.stderr
    assert "Not Found" not in done.stderr


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_a_404_is_not_logged(db: None, stderr_handler: io.StringIO) -> None:
    """Pages that are not found (crawlers, typos) do not fill the log."""
    assert Client().get("/nowhere/").status_code == 404
    assert stderr_handler.getvalue() == ""
