"""A source typed with real typography (d’une année sur l’autre, dell’anno) reads as one typed with '."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.source import read_source, straight_apostrophes
from newsdesk.factcheck.verify import check_text

# (language, source sentence with a yoy comparison period written with a typographic apostrophe)
YOY = [
    ("fr", "Les ventes de Vellmar ont progressé de 26 % d’une année sur l’autre."),
    ("fr", "Les ventes de Vellmar ont progressé de 26 % par rapport à l’an dernier."),
    ("fr", "Les ventes de Vellmar ont progressé de 26 % par rapport à l’année précédente."),
    ("fr", "Les ventes de Vellmar ont progressé de 26 % d‘une année sur l‘autre."),  # opening mark as apostrophe
    ("fr", "Les ventes de Vellmar ont progressé de 26 % dʼune année sur lʼautre."),  # modifier letter apostrophe
    ("fr", "Les ventes de Vellmar ont progressé de 26 % d`une année sur l´autre."),  # grave and acute accents
    ("it", "Le vendite di Vellmar sono cresciute del 26% rispetto allo stesso periodo dell’anno scorso."),
    ("it", "Le vendite di Vellmar sono cresciute del 26% rispetto all’anno precedente."),
]


@pytest.mark.parametrize(("language", "source"), YOY)
def test_faithful_period_is_supported(language: str, source: str) -> None:
    report = check_text(source=source, article="Vellmar's sales rose 26% year over year.", language=language)
    assert report.passed, report.failing()
    assert {c.verdict for c in report.claims if c.kind == "period"} == {"supported"}


@pytest.mark.parametrize(("language", "source"), YOY)
def test_changed_period_is_contradicted(language: str, source: str) -> None:
    report = check_text(source=source, article="Vellmar's sales rose 26% quarter on quarter.", language=language)
    period = next(c for c in report.claims if c.kind == "period")
    assert period.verdict == "contradicted"
    assert "quarter on quarter" in {c.text for c in report.failing()}


def test_quarter_and_month_comparisons_with_typographic_apostrophes() -> None:
    source = "Le chiffre d’affaires a reculé de 4 % d’un trimestre à l’autre et de 1 % d’un mois sur l’autre."
    assert check_text(source=source, article="Revenue fell 4% quarter on quarter.", language="fr").passed
    report = check_text(source=source, article="Revenue fell 4% year over year.", language="fr")
    assert "year over year" in {c.text for c in report.failing()}


def test_normalising_keeps_offsets_so_evidence_is_the_source_text() -> None:
    source = "Les ventes ont progressé de 26 % d’une année sur l’autre, selon l’entreprise."
    facts = read_source(source, "fr")
    assert len(facts.text) == len(source)
    assert facts.periods["yoy"] == "d'une année sur l'autre"
    start = facts.text.index("d'une")
    assert source[start : start + 5] == "d’une"


def test_quotation_marks_are_left_alone() -> None:
    # only a mark between two letters is an apostrophe; ‚…‘ and ``…'' stay quotations, 5′ a prime
    text = "‚Wir wachsen‘, sagte er. ``We grow'' at 5′ past l’heure."
    assert straight_apostrophes(text) == "‚Wir wachsen‘, sagte er. ``We grow'' at 5′ past l'heure."
