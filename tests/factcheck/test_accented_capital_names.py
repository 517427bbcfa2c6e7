"""A name that starts with an accented capital (Škoda, Łódź, Émile) is read as a name and checked."""

from __future__ import annotations

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text


def test_accented_capitals_start_names() -> None:
    """Škoda, Łódź, Émile Zola and Ørsted are names, as Skoda or Emile would be."""
    text = "The chairman of Škoda flew to Łódź to meet Émile Zola and the Ørsted board."
    assert [n.text for n in find_names(text)] == ["Škoda", "Łódź", "Émile Zola", "Ørsted"]


def test_accented_name_the_source_never_gives_fails() -> None:
    """A source about Volkswagen does not support Škoda."""
    source = "Volkswagen otworzy nową fabrykę pod Poznaniem w przyszłym roku."
    report = check_text(source=source, article="Škoda will open a new plant near Poznan next year.", language="pl")
    assert [c.text for c in report.failing()] == ["Škoda"]


def test_accented_name_the_source_gives_passes() -> None:
    source = "Škoda otworzy nową fabrykę pod Poznaniem w przyszłym roku."
    assert check_text(source=source, article="Škoda will open a new plant near Poznan next year.", language="pl").passed
