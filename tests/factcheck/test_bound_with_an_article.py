"""A bound written with an article ("più del 5%", "más del 5%") is a bound, not a rise."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("it", "Le azioni di Vellmar perdevano più del 5% a Milano."),
        ("es", "Las acciones de Vellmar perdían más del 5% en Madrid."),
    ],
)
def test_more_than_with_an_article_agrees_with_more_than(language: str, source: str) -> None:
    report = check_text(source=source, article="Vellmar shares lost more than 5%.", language=language)
    assert [c.kind for c in report.failing()] == []


def test_less_than_against_more_than_with_an_article_fails() -> None:
    report = check_text(source="Le azioni di Vellmar perdevano più del 5% a Milano.",
                        article="Vellmar shares lost less than 5%.", language="it")
    assert [(c.kind, c.text) for c in report.failing()] == [("direction", "less than")]
