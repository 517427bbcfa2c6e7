"""The evaluation splits each data set into two halves by document: work done on one is confirmed on the other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.factcheck import evaluate


def demetr_rows(sentence_id: int, language: str = "german") -> list[dict[str, object]]:
    """Return the rows of one DEMETR-like sentence: one per perturbation, all sharing its id."""
    return [
        {
            "id": sentence_id,
            "lang_tag": language,
            "src_sent": f"Vellmar verkaufte {sentence_id} Räder.",
            "mt_sent": f"Vellmar sold {sentence_id} bikes.",
            "pert_sent": f"Vellmar sold {sentence_id + 1} bikes.",
            "pert_check": True,
            "pert_name": name,
        }
        for name in ("numbers", "punct")
    ]


def test_halves_share_no_document_and_cover_all() -> None:
    """Every row of one sentence falls in the same half, and the two halves together are the whole."""
    rows = [row for i in range(1, 41) for row in demetr_rows(i)]
    a = list(evaluate.in_half(rows, "A", "demetr"))
    b = list(evaluate.in_half(rows, "B", "demetr"))
    assert len(a) + len(b) == len(rows)
    assert a and b
    assert not {r["id"] for r in a} & {r["id"] for r in b}


def test_half_does_not_depend_on_row_order() -> None:
    """The half is a hash of the document's id: shuffling the file moves no row to the other half."""
    rows = [row for i in range(1, 21) for row in demetr_rows(i)]
    forward = {r["id"] for r in evaluate.in_half(rows, "A", "demetr")}
    backward = {r["id"] for r in evaluate.in_half(list(reversed(rows)), "A", "demetr")}
    assert forward == backward


def test_xsumfaith_summaries_of_one_article_stay_together() -> None:
    """XSumFaith is split by BBC id, so the summaries of one article are never in both halves."""
    rows = [{"bbcid": i, "system": s, "summary": "x", "article": "y"} for i in range(30) for s in ("a", "b")]
    a = {r["bbcid"] for r in evaluate.in_half(rows, "A", "xsumfaith")}
    b = {r["bbcid"] for r in evaluate.in_half(rows, "B", "xsumfaith")}
    assert a and b and not a & b and a | b == set(range(30))


def test_unknown_half_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown half"):
        list(evaluate.in_half([], "C", "demetr"))


def test_eval_command_measures_one_half(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsdesk eval demetr FILE --half A` counts only the rows of half A."""
    rows = [row for i in range(1, 21) for row in demetr_rows(i)]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    expected = len(list(evaluate.in_half(rows, "A", "demetr")))
    call_command("eval", "demetr", str(path), "--half", "A", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["by_language"]["german"]["n"] == expected < len(rows)


def test_eval_command_refuses_an_unknown_half(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("eval", "demetr", str(path), "--half", "C")
