"""A country the source declines (z Włoch), or whose people it names (Litwinami, Russen), is found."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("pl", "Rozmawiał z przedstawicielami Włoch.", "He spoke with representatives of Italy."),
        ("pl", "Rozmawiał z Włochami o gospodarce.", "He spoke with Italians about the economy."),
        ("pl", "Rozmawiał z Litwinami o granicy.", "He spoke with Lithuanians about the border."),
        ("de", "Er sprach mit Russen und Polen.", "He spoke with Russians and Poles."),
    ],
)
def test_a_declined_name_or_its_people_is_found(language: str, source: str, article: str) -> None:
    """The final vowel of Włochy and the "-land" of Russland are endings: Włoch, Russen start like them."""
    report = check_text(source=source, article=article, language=language)
    assert report.passed, [(c.text, c.note) for c in report.failing()]


def test_another_people_is_not_found_in_a_declined_name() -> None:
    """Włochami are Italians, not Swedes."""
    report = check_text(source="Rozmawiał z Włochami o gospodarce.", article="He spoke with Swedes about the economy.",
                        language="pl")
    assert [(c.text, c.verdict) for c in report.failing()] == [("Swedes", "unsupported")]
