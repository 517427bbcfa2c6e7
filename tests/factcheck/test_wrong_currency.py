"""An amount in another currency than the source's is contradicted, and the note names both currencies."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "Mistral AI cerró una ronda de financiación de 1.700 millones de euros."


def test_dollars_for_euros_is_contradicted_and_the_note_says_euros() -> None:
    report = check_text(source=SOURCE, article="Mistral AI raised $1.7 billion.", language="es")
    [claim] = report.failing()
    assert claim.verdict == "contradicted"
    assert "euros (€)" in claim.note and "dollars ($)" in claim.note
    assert "1.700 millones" in claim.evidence


def test_the_source_currency_is_supported() -> None:
    assert check_text(source=SOURCE, article="Mistral AI raised €1.7 billion.", language="es").passed
