"""Covid-19 is named in words by other languages (新冠, коронавирус): its year is not a figure to find."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("zh", "新冠已经夺走了9.1万人的生命。"),
        ("ru", "Коронавирус унёс жизни 91 тысячи человек."),
        ("pl", "Koronawirus zabił 91 tys. osób."),
    ],
)
def test_covid_19_is_found_by_the_source_languages_name(language: str, source: str) -> None:
    report = check_text(source=source, article="Covid-19 has claimed 91,000 lives.", language=language)
    assert ("Covid-19", "supported") in [(c.text, c.verdict) for c in report.claims]
    assert report.passed


def test_another_disease_fails() -> None:
    report = check_text(source="Koronawirus zabił 91 tys. osób.", article="Ebola has claimed 91,000 lives.",
                        language="pl")
    assert [c.text for c in report.failing()] == ["Ebola"]
