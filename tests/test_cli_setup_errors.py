"""A bad setting or a database that is not set up is one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def newsdesk(*args: str, var: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.cli", *args],
        env={**environ, "NEWSDESK_VAR_DIR": str(var), **env}, capture_output=True, text=True, timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_database_that_is_not_migrated_says_to_migrate(tmp_path: Path) -> None:
    result = newsdesk("add", "--title", "t", "--summary", "s", "--url", "https://example.com/a", var=tmp_path)
    assert "run `newsdesk migrate`" in one_line_error(result)


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("NEWSDESK_LLM_CONTEXT", "lots", "NEWSDESK_LLM_CONTEXT must be a whole number"),
        ("NEWSDESK_LLM_TEMPERATURE", "warm", "NEWSDESK_LLM_TEMPERATURE must be a number"),
        ("NEWSDESK_CHECK_POLICY", "lenient", "NEWSDESK_CHECK_POLICY must be one of strict, background"),
        ("NEWSDESK_LLM_BACKEND", "magic", "NEWSDESK_LLM_BACKEND must be one of embedded, openai"),
    ],
)
def test_a_bad_setting_is_named(tmp_path: Path, name: str, value: str, says: str) -> None:
    assert says in one_line_error(newsdesk("generate", var=tmp_path, **{name: value}))


def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = newsdesk("generate", var=tmp_path, DATABASE_URL="postgres://nobody@127.0.0.1:9/none")
    assert one_line_error(result).startswith("newsdesk: database error:")
