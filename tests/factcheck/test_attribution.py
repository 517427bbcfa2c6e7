"""A figure the source gives for one entity or period is contradicted when the article gives it to another."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = (
    "Selon le rapport, les ventes de Vellmar ont progressé de 26 % en 2025. "
    "Chez Ostrava Steel, la production a reculé de 4 %."
)


def verdict_of(article: str, text: str) -> str:
    report = check_text(source=SOURCE, article=article, language="fr")
    return next(c for c in report.claims if c.text == text).verdict


def test_figure_with_its_own_entity_is_supported() -> None:
    """Vellmar's 26% stays supported when the article gives it to Vellmar."""
    assert verdict_of("Vellmar's sales rose 26% in 2025.", "26") == "supported"


def test_figure_given_to_another_entity_is_contradicted() -> None:
    """Vellmar's 26% given to Ostrava Steel is contradicted, with the source clause as evidence."""
    report = check_text(source=SOURCE, article="Ostrava Steel's output rose 26%.", language="fr")
    claim = next(c for c in report.claims if c.text == "26")
    assert claim.verdict == "contradicted"
    assert "26" in claim.evidence
    assert "Vellmar" in claim.note


def test_figure_given_to_another_year_is_contradicted() -> None:
    """The 26% of 2025 moved to 2024 is contradicted."""
    assert verdict_of("In 2024 Vellmar's sales rose 26%.", "26") == "contradicted"


def test_figure_in_sentence_without_rival_stays_supported() -> None:
    """A figure whose source sentence names no other entity is not contradicted by attribution."""
    report = check_text(
        source="Vellmar a publié ses comptes. Le chiffre d'affaires a progressé de 26 %.",
        article="Vellmar's revenue rose 26%.",
        language="fr",
    )
    assert report.passed
