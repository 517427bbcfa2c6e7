"""Quoted words are a claim: word for word against an English source, a quotation at least in any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from newsdesk.factcheck.verify import ClaimVerdict, Report, check_text

ENGLISH = (
    "Harbourside Ferries will add two evening crossings from May. "
    '"We have listened to commuters and we are putting the boats where people need them," '
    "said operations director Ilse Marrow. The company carried 410,000 passengers last year."
)
FRENCH_QUOTING = (
    "La compagnie Harbourside Ferries ajoutera deux traversées du soir à partir de mai. "
    "« Nous avons écouté les usagers et nous mettons les bateaux là où les gens en ont besoin », "
    "a déclaré la directrice des opérations, Ilse Marrow."
)
FRENCH_QUOTING_NOBODY = (
    "La compagnie Harbourside Ferries ajoutera deux traversées du soir à partir de mai, "
    "selon sa directrice des opérations, Ilse Marrow."
)


def quote_of(source: str, article: str, language: str) -> tuple[Report, ClaimVerdict]:
    report = check_text(source=source, article=article, language=language)
    return report, next(c for c in report.claims if c.kind == "quote")


def test_verbatim_quote_is_supported() -> None:
    """A quote the English source gives word for word passes, curly quotes and case aside."""
    report, quote = quote_of(
        ENGLISH,
        "Ilse Marrow said: “We have listened to commuters and we are putting the boats where people need them.”",
        "en",
    )
    assert quote.verdict == "supported"
    assert "listened to commuters" in quote.evidence
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_quote_with_ellipsis_skips_words() -> None:
    """An ellipsis may leave words out, as long as the remaining parts come in the source's order."""
    _, quote = quote_of(ENGLISH, '"We have listened to commuters … where people need them," she said.', "en")
    assert quote.verdict == "supported"


def test_altered_quote_is_contradicted() -> None:
    """A quote with a word changed is contradicted, and the note gives the source's words."""
    report, quote = quote_of(
        ENGLISH,
        '"We have ignored commuters and we are putting the boats where people need them," said Ilse Marrow.',
        "en",
    )
    assert quote.verdict == "contradicted"
    assert "listened" in quote.note
    assert not report.passed


def test_invented_quote_against_english_source_is_unsupported() -> None:
    """Words the English source never says are unsupported when put in quote marks."""
    _, quote = quote_of(ENGLISH, 'Ilse Marrow said the change was "long overdue for the whole harbour".', "en")
    assert quote.verdict == "unsupported"


def test_invented_quote_against_french_source_quoting_nobody_is_unsupported() -> None:
    """A quotation fails when the French source quotes nobody, and the note says so."""
    report, quote = quote_of(
        FRENCH_QUOTING_NOBODY,
        'Ilse Marrow said: "Our commuters deserve better evening services."',
        "fr",
    )
    assert quote.verdict == "unsupported"
    assert "quotes nobody" in quote.note
    assert not report.passed


def test_translated_quote_against_french_source_with_the_quotation_is_supported() -> None:
    """A translation of the French source's quotation passes, with that quotation as evidence."""
    report, quote = quote_of(
        FRENCH_QUOTING,
        '"We listened to users and we are putting the boats where people need them," said Ilse Marrow.',
        "fr",
    )
    assert quote.verdict == "supported"
    assert "usagers" in quote.evidence
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_figures_inside_a_quote_are_still_checked() -> None:
    """A changed figure inside a translated quote fails as a figure, whatever the quote's verdict."""
    report = check_text(
        source="« Nous avons transporté 410 000 passagers », a déclaré Ilse Marrow.",
        article='"We carried 520,000 passengers," said Ilse Marrow.',
        language="fr",
    )
    assert any(c.kind == "number" and c.verdict == "unsupported" for c in report.claims)
    assert not report.passed


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    """One or two quoted words and quoted titles are not checked as quotations."""
    report = check_text(
        source=FRENCH_QUOTING_NOBODY,
        article=(
            'Harbourside Ferries calls the new crossings "commuter boats". '
            'Ilse Marrow runs the "Evening Harbour Service" from May.'
        ),
        language="fr",
    )
    assert not [c for c in report.claims if c.kind == "quote"]


def test_summary_counts_quotations() -> None:
    """The summary names quotations when it counts one."""
    report, _ = quote_of(ENGLISH, '"We have listened to commuters," said Ilse Marrow.', "en")
    assert "quotations" in report.summary()


def test_quote_claim_in_check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsdesk check --json` lists the quotation with kind quote, and strict fails on it."""
    source = tmp_path / "source.txt"
    article = tmp_path / "article.txt"
    source.write_text(FRENCH_QUOTING_NOBODY, encoding="utf-8")
    article.write_text('Ilse Marrow said: "Our commuters deserve better evening services."', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        call_command("check", "--source", str(source), "--article", str(article), "--language", "fr", "--json")
    assert exit_info.value.code == 1
    out = json.loads(capsys.readouterr().out)
    assert not out["passed"]
    quote = next(c for c in out["claims"] if c["kind"] == "quote")
    assert quote["verdict"] == "unsupported"
    assert quote["text"] == "Our commuters deserve better evening services"
