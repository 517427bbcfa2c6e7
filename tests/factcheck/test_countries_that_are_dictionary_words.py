"""A country whose English name is also a dictionary word (China, Japan, Chad) is checked in any source."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("ja", "日本政府は新たな対策を発表した。", "Japan announced new measures."),
        ("es", "Las exportaciones al norte de China cayeron en marzo.", "Exports to northern China fell in March."),
        ("pl", "Czad zamknął granicę w piątek.", "Chad closed the border on Friday."),
        ("de", "Die Regierung Jordaniens hat die Grenze geöffnet.", "Jordan's government has opened the border."),
        ("zh", "中方表示将继续合作。", "China said it would keep cooperating."),
    ],
)
def test_the_country_is_found_by_the_source_s_name_of_it(language: str, source: str, article: str) -> None:
    """China, 日本, Czad, Jordaniens, 中方: CLDR's local names and their one-character forms."""
    report = check_text(source=source, article=article, language=language)
    assert report.passed, [(c.text, c.note) for c in report.failing()]


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("ja", "甲府市は新たな対策を発表した。", "Japan announced new measures."),
        ("es", "Las exportaciones a los Países Bajos cayeron en marzo.", "Exports to northern China fell in March."),
        ("fr", "Ils paient moins de 5 % en France.", "They pay less than 5% in Jordan."),
    ],
)
def test_another_country_put_in_its_place_fails(language: str, source: str, article: str) -> None:
    """A translation that names a country the source never names is not let through as a dictionary word."""
    report = check_text(source=source, article=article, language=language)
    assert [(c.kind, c.verdict) for c in report.failing()] == [("name", "unsupported")]
