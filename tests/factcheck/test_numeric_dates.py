"""A date written in digits on one side and in words on the other is the same date; another day fails."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("de", "Die Abstimmung fand am 14.03.2021 in Bonn statt."),
        ("cs", "Hlasování proběhlo 14. 3. 2021 v Brně."),
        ("pl", "Głosowanie odbyło się 14.03.2021 r. w Łodzi."),
        ("ru", "Голосование прошло 14.03.2021 в Казани."),
    ],
)
def test_numeric_date_in_the_source_supports_the_date_in_words(language: str, source: str) -> None:
    report = check_text(source=source, article="The vote took place on March 14, 2021.", language=language)
    assert {(c.text, c.verdict) for c in report.claims if c.kind in ("month", "number", "year")} == {
        ("March", "supported"), ("14", "supported"), ("2021", "supported")
    }


def test_numeric_date_in_the_source_does_not_support_another_day() -> None:
    report = check_text(source="Die Abstimmung fand am 14.03.2021 statt.",
                        article="The vote took place on March 15, 2021.", language="de")
    assert [c.text for c in report.failing()] == ["15"]


@pytest.mark.parametrize("article", ["The vote took place on 14/03/2021.", "The vote took place on 3/14/2021.",
                                     "The vote took place on 2021-03-14.", "The vote took place on 14.03.2021."])
def test_numeric_date_in_the_article_is_supported_by_the_date_in_words(article: str) -> None:
    report = check_text(source="Le vote a eu lieu le 14 mars 2021 à Lille.", article=article, language="fr")
    [claim] = [c for c in report.claims if c.kind == "date"]
    assert claim.verdict == "supported"
    assert "14 mars 2021" in claim.evidence
    assert report.passed


@pytest.mark.parametrize("article", ["The vote took place on 15/03/2021.", "The vote took place on 14/04/2021.",
                                     "The vote took place on 14/03/2020."])
def test_numeric_date_with_another_day_month_or_year_fails(article: str) -> None:
    report = check_text(source="Le vote a eu lieu le 14 mars 2021 à Lille.", article=article, language="fr")
    [claim] = [c for c in report.claims if c.kind == "date"]
    assert claim.verdict in ("contradicted", "unsupported")
    assert not report.passed


def test_a_fraction_or_a_decimal_is_no_date() -> None:
    report = check_text(source="Les ventes ont progressé de 2,5 %.", article="Sales rose 2.5%.", language="fr")
    assert [c.kind for c in report.claims] == ["percent"]
