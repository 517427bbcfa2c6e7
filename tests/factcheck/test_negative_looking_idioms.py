"""An idiom written with a negation that negates nothing ("かもしれません", "不得不") is no negation to keep."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("ja", "大阪では明日雪が降るかもしれません。", "It may snow in Osaka tomorrow."),
        ("ja", "市は新しい橋を建てなければならない。", "The city must build a new bridge."),
        ("zh", "公司不得不关闭上海的工厂。", "The company had to close its Shanghai factory."),
    ],
)
def test_idiom_is_no_negation(language: str, source: str, article: str) -> None:
    report = check_text(source=source, article=article, language=language)
    assert [c.kind for c in report.failing()] == []


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("ja", "大阪では明日雪が降らないかもしれません。", "It may snow in Osaka tomorrow."),
        ("ja", "市は新しい橋を建てません。", "The city will build a new bridge."),
    ],
)
def test_a_real_negation_beside_or_instead_of_the_idiom_is_still_dropped(
    language: str, source: str, article: str
) -> None:
    """"降らないかもしれません" (may not snow) still negates: its ない is not the idiom's."""
    report = check_text(source=source, article=article, language=language)
    assert [c.kind for c in report.failing()] == ["negation"]
