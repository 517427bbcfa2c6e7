"""A figure with no name before it in its clause belongs to a name right after it ("26% at Vellmar")."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = (
    "Les ventes ont progressé de 26 % chez Vellmar en 2025. "
    "Chez Ostrava Steel, la production a reculé de 4 %."
)


def verdict_of(article: str, text: str) -> str:
    report = check_text(source=SOURCE, article=article, language="fr")
    return next(c for c in report.claims if c.text == text).verdict


def test_figure_with_its_own_entity_after_it_is_supported() -> None:
    """Sales rising 26% at Vellmar stays supported."""
    assert verdict_of("Sales rose 26% at Vellmar in 2025.", "26") == "supported"


def test_figure_given_to_another_entity_after_it_is_contradicted() -> None:
    """Vellmar's 26% moved to Ostrava Steel, named after the figure, is contradicted."""
    assert verdict_of("Output rose 26% at Ostrava Steel.", "26") == "contradicted"


def test_name_after_a_new_statement_is_not_tied_to_the_figure() -> None:
    """A name that comes after "after", "when" or a verb phrase is not the figure's entity."""
    report = check_text(
        source="Les ventes ont progressé de 26 % après le rachat d'Ostrava Steel par Vellmar.",
        article="Sales rose 26% after the takeover of Ostrava Steel by Vellmar.",
        language="fr",
    )
    assert report.passed, [c.as_dict() for c in report.failing()]
