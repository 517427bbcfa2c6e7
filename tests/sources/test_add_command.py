"""`newsdesk add` stores valid items once and refuses bad input with one clear line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.sources.models import SourceItem

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "Alphabet raises its spending plan",
    "summary": "Alphabet now expects $93 billion.",
    "url": "https://example.com/a",
}


def add(**kwargs: str) -> str:
    out = StringIO()
    call_command("add", stdout=out, **kwargs)
    return out.getvalue()


def test_add_stores_item_with_given_language() -> None:
    assert "added" in add(
        title="Meta investit",
        summary="Meta investit 14,3 milliards de dollars.",
        url="https://example.com/m",
        language="fr",
    )
    item = SourceItem.objects.get()
    assert item.language == "fr"
    assert item.story is not None


def test_add_detects_language_when_not_given() -> None:
    add(
        title="Nvidia meldet Rekordumsatz",
        summary="Der Chiphersteller hat im dritten Quartal deutlich mehr "
        "Umsatz gemacht als im Vorjahr, vor allem dank der Nachfrage nach Rechenzentren.",
        url="https://example.com/n",
    )
    assert SourceItem.objects.get().language == "de"


def test_adding_the_same_item_twice_keeps_one() -> None:
    add(**GOOD)
    assert "already stored" in add(**{**GOOD, "title": "  Alphabet raises its   spending plan "})
    assert SourceItem.objects.count() == 1


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"title": "   "}, "the title is empty"),
        ({"language": "xx"}, "unknown language code 'xx'"),
        ({"summary": "x" * 100_001}, "the summary is 100,001 bytes; the limit is 100,000 bytes"),
        ({"url": "ftp://example.com/file"}, "is not an http(s) URL"),
        ({"url": "javascript:alert(1)"}, "is not an http(s) URL"),
    ],
)
def test_bad_input_is_refused_with_a_clear_error(override: dict[str, str], message: str) -> None:
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        add(**{**GOOD, **override})
    assert SourceItem.objects.count() == 0


def test_file_with_a_malformed_line_names_the_line_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + '{"title": "broken",\n')
    with pytest.raises(CommandError, match=r"items.jsonl, line 2: not valid JSON"):
        call_command("add", file=path)
    assert SourceItem.objects.count() == 0


def test_file_with_an_invalid_item_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text("title,summary,url,language\nA,B,https://example.com/1,en\nC,D,mailto:x@example.com,en\n")
    with pytest.raises(CommandError, match=r"items.csv, line 3: the URL 'mailto:x@example.com'"):
        call_command("add", file=path)


def test_file_items_are_added(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    rows = [
        GOOD,
        {
            **GOOD,
            "url": "https://example.com/b",
            "language": "en",
            "published": "2025-10-30T09:00:00Z",
            "text": "Full text of the story.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = StringIO()
    call_command("add", file=path, stdout=out)
    assert "2 added" in out.getvalue()
    assert SourceItem.objects.filter(text="Full text of the story.", published__year=2025).count() == 1


def test_cli_error_is_one_line_and_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSDESK_VAR_DIR": str(tmp_path)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsdesk.cli",
            "add",
            "--title",
            "",
            "--summary",
            "s",
            "--url",
            "https://e.com/",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == ["CommandError: the title is empty"]
