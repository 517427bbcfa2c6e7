"""`newsdesk check` fact-checks files with clear exit codes, and stays Django's system check otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

SOURCE = "Le chiffre d'affaires de Vellmar a atteint 51,24 milliards d'euros en 2025."


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(
        "Vellmar's revenue reached about €51 billion in 2025.", encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_text("Vellmar's revenue reached €51.3 billion in 2023.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return {p.stem: p for p in tmp_path.iterdir()}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        call_command("check", *args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def test_passing_article_exits_zero(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """A faithful article exits 0 and prints PASSED with the summary."""
    code, out, _ = run(capsys, "--source", str(files["source"]), "--article", str(files["good"]))
    assert code == 0
    assert "PASSED" in out


def test_failing_article_exits_one(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """An article with a wrong figure and year exits 1 and names them."""
    code, out, _ = run(
        capsys, "--source", str(files["source"]), "--article", str(files["bad"]), "--language", "fr"
    )
    assert code == 1
    assert "51.3 billion" in out and "2023" in out


def test_json_output_has_exact_shape(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints {"passed", "claims": [{"text", "kind", "verdict", "evidence"}]} and nothing else."""
    code, out, _ = run(capsys, "--source", str(files["source"]), "--article", str(files["bad"]), "--json")
    data = json.loads(out)
    assert code == 1
    assert set(data) == {"passed", "claims"} and data["passed"] is False
    assert all(set(c) == {"text", "kind", "verdict", "evidence"} for c in data["claims"])
    assert {"text": "2023", "kind": "year", "verdict": "contradicted", "evidence": "2025"} in data["claims"]


@pytest.mark.parametrize(
    "args",
    [
        ["--source", "/nonexistent/source.txt", "--article", "ARTICLE"],
        ["--source", "SOURCE", "--article", "/nonexistent/article.txt"],
        ["--source", "EMPTY", "--article", "ARTICLE"],
        ["--source", "SOURCE"],
        ["--source", "SOURCE", "--article", "ARTICLE", "--language", "french"],
    ],
)
def test_bad_input_exits_two_with_one_line(
    args: list[str], files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, an empty source, a missing flag or a bad language code exits 2 with one error line."""
    names = {"SOURCE": files["source"], "ARTICLE": files["good"], "EMPTY": files["empty"]}
    code, out, err = run(capsys, *[str(names.get(a, a)) for a in args])
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("error:")
    assert "Traceback" not in err


def test_without_files_it_is_djangos_system_check(capsys: pytest.CaptureFixture[str]) -> None:
    """Plain `check` still runs Django's system checks."""
    call_command("check")
    out, _ = capsys.readouterr()
    assert "System check identified no issues" in out
