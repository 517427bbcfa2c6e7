"""`newsdesk check` reads headings, so the background policy applies to a Context section; bad input exits 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

SOURCE = "Die Nordhafen Logistik AG steigerte ihren Umsatz 2025 um 12 Prozent im Vorjahresvergleich."
ARTICLE = """Nordhafen grows

Nordhafen Logistik raised its revenue by 12% year over year in 2025.

## Context

Hamburg has long been a hub for such logistics groups.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> int:
    with pytest.raises(SystemExit) as exit_info:
        call_command("check", *args)
    capsys.readouterr()
    return int(exit_info.value.code or 0)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    paths = {"source": SOURCE, "article": ARTICLE, "in_body": ARTICLE.replace("## Context\n\n", ""), "empty": "  \n"}
    for name, text in paths.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return {name: str(tmp_path / f"{name}.txt") for name in paths}


def test_background_policy_allows_a_new_place_in_the_context_section(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--source", files["source"], "--language", "de")
    assert run(capsys, *args, "--article", files["article"]) == 1  # strict: Hamburg is not in the source
    assert run(capsys, *args, "--article", files["article"], "--policy", "background") == 0
    assert run(capsys, *args, "--article", files["in_body"], "--policy", "background") == 1  # not under Context


def test_language_code_in_capitals_is_accepted(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--source", files["source"], "--article", files["article"], "--policy", "background")
    assert run(capsys, *args, "--language", "DE") == 0


def test_an_empty_article_is_bad_input_in_one_line(files: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk.cli", "check", "--source", files["source"], "--article", files["empty"]],
        capture_output=True, text=True, env={**os.environ}, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: --article {files['empty']} is empty"]
