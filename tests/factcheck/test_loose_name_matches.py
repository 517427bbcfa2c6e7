"""Loose matches that find a name by chance are refused: a whole other word is not an inflected name."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_short_name_is_not_the_start_of_a_long_word() -> None:
    """Syria's skeleton begins that of "zurückgekehrt", which does not make it Syria."""
    source = "Der Mann sei nach zwei Jahren in seine Heimat zurückgekehrt, teilte die Polizei mit."
    report = check_text(source=source, article="The man returned to Syria after two years, police said.", language="de")
    assert [c.text for c in report.failing()] == ["Syria"]


def test_inflected_name_is_still_found() -> None:
    """An ending or two on a name (Grazer for Graz) is inflection."""
    source = "Die Grazer Polizei meldete am Montag zwei Festnahmen."
    assert check_text(source=source, article="Graz police reported two arrests on Monday.", language="de").passed


def test_two_word_name_run_together_needs_a_close_spelling() -> None:
    """Real Madrid joined into one word is not found by a loose match against some long source word."""
    source = "Si la cadena traslada el incremento salarial a los consumidores, cada visita resultará más cara."
    report = check_text(
        source=source,
        article="If Real Madrid passes the wage increase on to consumers, every visit will cost more.",
        language="es",
    )
    assert "Real Madrid" in [c.text for c in report.failing()]


def test_name_written_as_one_word_in_another_script_is_found() -> None:
    """श्रीलंकाई is Sri Lankan."""
    source = "श्रीलंकाई टीम ने सोमवार को मैच जीता।"
    assert check_text(source=source, article="The Sri Lankan team won the match on Monday.", language="hi").passed
