"""`newsdesk eval` prints the figures in exactly the JSON formats the issue fixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def demetr_row(
    src: str, mt: str, pert: str, name: str, lang: str = "german", check: bool = True
) -> dict[str, object]:
    return {
        "lang_tag": lang,
        "src_sent": src,
        "mt_sent": mt,
        "pert_sent": pert,
        "pert_check": check,
        "pert_name": name,
    }


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    call_command("eval", *args, "--json")
    return json.loads(capsys.readouterr().out)


def test_demetr_reports_detection_and_false_alarm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each checked row counts toward its perturbation and language; unchecked rows are skipped."""
    rows = [
        demetr_row(
            "Vellmar verkaufte 300 Räder.", "Vellmar sold 300 bikes.", "Vellmar sold 700 bikes.", "numbers"
        ),
        demetr_row("Vellmar verkaufte 40 Räder.", "Vellmar sold 40 bikes.", "Vellmar sold 40 bikes", "punct"),
        demetr_row(
            "Vellmar verkaufte 5 Räder.",
            "Vellmar sold 5 bikes.",
            "Vellmar sold 5 bikes.",
            "numbers",
            check=False,
        ),
    ]
    data = run_json(capsys, "demetr", str(write_jsonl(tmp_path / "d.jsonl", rows)))
    assert set(data) == {"by_perturbation", "by_language"}
    assert data["by_perturbation"] == {
        "numbers": {"detected": 1.0, "false_alarm": 0.0, "n": 1},
        "punct": {"detected": 0.0, "false_alarm": 0.0, "n": 1},
    }
    assert data["by_language"] == {"german": {"detected": 0.5, "false_alarm": 0.0, "n": 2}}


def test_frank_reports_balanced_accuracy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Entity errors count as unfaithful, factual summaries as faithful, the rest only in the full set."""
    article = "Vellmar sold 300 bikes in Lyon in 2025."
    ok = {"Factuality": 1.0, "EntE": 1.0, "CircE": 1.0}
    rows = [
        {"article": article, "summary": "vellmar sold 300 bikes .", "labels": ok},
        {
            "article": article,
            "summary_cased": "Vellmar sold 900 bikes .",
            "summary": "",
            "labels": {**ok, "Factuality": 0.0, "EntE": 0.0},
        },
        {"article": article, "summary": "vellmar sold bikes happily .", "labels": {**ok, "Factuality": 0.5}},
    ]
    data = run_json(capsys, "frank", str(write_jsonl(tmp_path / "f.jsonl", rows)))
    assert set(data) == {"balanced_accuracy", "balanced_accuracy_all", "n"}
    assert data["n"] == 2
    assert data["balanced_accuracy"] == 1.0


def test_xsumfaith_reports_span_recall_and_false_alarm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failed claim inside an annotated span counts as caught; clean summaries measure false alarms."""
    article = "Vellmar sold 300 bikes in Lyon in 2025."
    summary = "vellmar sold 900 bikes in lyon ."
    start = summary.index("900")
    rows = [
        {"article": article, "summary": summary, "spans": [{"start0": start, "end0": start + 9}]},
        {"article": article, "summary": "vellmar sold 300 bikes in lyon .", "spans": []},
    ]
    data = run_json(capsys, "xsumfaith", str(write_jsonl(tmp_path / "x.jsonl", rows)))
    assert data == {"span_recall": 1.0, "false_alarm": 0.0, "n": 2}


def test_unreadable_file_is_a_command_error(tmp_path: Path) -> None:
    """A missing file is reported as a CommandError, not a traceback."""
    with pytest.raises(CommandError, match="cannot read"):
        call_command("eval", "demetr", str(tmp_path / "missing.jsonl"))
