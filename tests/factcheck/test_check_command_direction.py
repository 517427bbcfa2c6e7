"""`newsdesk check` fails an article that says a figure rose where its source says it fell, in any supported
language, and names the source's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

SOURCES = {
    "en": "Vellmar said its sales fell 7% in March.",
    "fr": "Vellmar a indiqué que ses ventes ont reculé de 7 % en mars.",
    "de": "Vellmar teilte mit, dass sein Umsatz im März um 7 % gesunken ist.",
    "es": "Vellmar informó de que sus ventas cayeron un 7 % en marzo.",
    "it": "Vellmar ha comunicato che le vendite sono calate del 7% a marzo.",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        call_command("check", *args)
    out, _ = capsys.readouterr()
    return int(exit_info.value.code or 0), out


@pytest.mark.parametrize("language", sorted(SOURCES))
def test_rose_against_a_source_that_fell_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               language: str) -> None:
    source = tmp_path / "source.txt"
    source.write_text(SOURCES[language], encoding="utf-8")
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("Vellmar's sales rose 7% in March.", encoding="utf-8")
    right.write_text("Vellmar's sales fell 7% in March.", encoding="utf-8")

    code, out = run(capsys, "--source", str(source), "--article", str(wrong), "--language", language, "--json")
    assert code == 1
    failing = [c for c in json.loads(out)["claims"] if c["verdict"] == "contradicted"]
    assert [(c["text"], c["kind"]) for c in failing] == [("rose", "direction")]

    code, out = run(capsys, "--source", str(source), "--article", str(right), "--language", language)
    assert code == 0, out
