"""An acronym in capitals that spells an English word (PAP, DAX, CAT) is still checked in a Latin-script source."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_the_acronym_the_source_writes_is_supported() -> None:
    """A Polish source writes the news agency PAP as PAP."""
    report = check_text(source="Jak podała agencja PAP, rozmowy potrwają do piątku.",
                        article="As the PAP agency reported, the talks will last until Friday.", language="pl")
    assert [(c.text, c.verdict) for c in report.claims if c.kind == "name"] == [("PAP", "supported")]


def test_an_acronym_the_source_never_writes_fails() -> None:
    """A French source about a flag names no PAP: the acronym was put in, not translated."""
    report = check_text(source="C'était le drapeau de la Grande Albanie.", article="It was the flag of PAP.",
                        language="fr")
    assert [(c.text, c.verdict) for c in report.failing()] == [("PAP", "unsupported")]


def test_a_source_in_another_script_still_translates_acronyms() -> None:
    """A Russian source that writes no Latin acronym says АПЛ for EPL: the acronym is not looked up there."""
    report = check_text(
        source="Худшая команда АПЛ потеряла шансы.",
        article="The worst team in the EPL lost its chances.",
        language="ru",
    )
    assert report.passed
