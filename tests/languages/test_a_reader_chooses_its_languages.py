"""A reader reads a source in its registered language, or in every registered language when it has none."""

from __future__ import annotations

from newsdesk import languages


def test_a_tag_reads_as_its_registered_language() -> None:
    assert languages.code_of("pt-BR") == "pt"
    assert [language.code for language in languages.chosen("fr_CA")] == ["fr"]


def test_no_language_or_an_unregistered_one_reads_every_language() -> None:
    assert languages.code_of("sv") is None and languages.code_of(None) is None
    assert languages.chosen("sv") == languages.chosen(None) == languages.every()
