"""An acronym a Romance-language source writes in its own word order is found; another one is not."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "Una ONG local denunció la falta de fondos para la campaña."


def test_acronym_with_its_letters_reordered_is_supported() -> None:
    """NGO is ONG in Spanish."""
    assert check_text(source=SOURCE, article="A local NGO criticised the lack of funds.", language="es").passed


def test_different_acronym_fails() -> None:
    """IMF is not ONG."""
    report = check_text(source=SOURCE, article="The local IMF office criticised the lack of funds.", language="es")
    assert [c.text for c in report.failing()] == ["IMF"]


def test_acronym_with_diacritics_in_the_source() -> None:
    """A Czech source writes ČEZ; the English article writes CEZ."""
    source = "Smlouvu se společností ČEZ podepíše vláda v pondělí."
    assert check_text(
        source=source, article="The government will sign the CEZ contract on Monday.", language="cs"
    ).passed
