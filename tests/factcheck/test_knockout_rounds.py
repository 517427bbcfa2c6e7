"""A knockout round named in words ("octavos de final") gives the number of teams left ("the last 16")."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("es", "El Selby no logró clasificarse para octavos de final.", "Selby failed to reach the last 16."),
        ("fr", "Selby s'est qualifié pour les quarts de finale.", "Selby reached the last 8."),
        ("de", "Selby scheiterte im Halbfinale.", "Selby went out in the last 4."),
        ("pl", "Selby odpadł w 1/8 finału.", "Selby went out in the round of 16."),
    ],
)
def test_round_supports_the_number_of_teams_left(language: str, source: str, article: str) -> None:
    report = check_text(source=source, article=article, language=language)
    assert [(c.kind, c.verdict) for c in report.claims if c.kind == "number"] == [("number", "supported")]


def test_another_round_fails() -> None:
    report = check_text(source="El Selby no logró clasificarse para octavos de final.",
                        article="Selby failed to reach the last 8.", language="es")
    assert [c.text for c in report.failing()] == ["8"]
