"""Companies and news agencies a Chinese source names in words of its own (京东, 联想, 路透社, 彭博社)."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("source", "article"),
    [
        ("京东发布了第二季度财报。", "JD.com released its second-quarter results."),
        ("联想发布了第二季度财报。", "Lenovo released its second-quarter results."),
        ("中国石化发布了第二季度财报。", "Sinopec released its second-quarter results."),
        ("据路透社报道，谈判已经结束。", "According to Reuters, the talks have ended."),
        ("据彭博社报道，谈判已经结束。", "According to Bloomberg, the talks have ended."),
    ],
)
def test_the_chinese_name_is_found(source: str, article: str) -> None:
    """The English name is found by the Chinese one."""
    report = check_text(source=source, article=article, language="zh")
    assert report.passed, [(c.text, c.note) for c in report.failing()]


def test_another_agency_is_not_found() -> None:
    """路透社 is Reuters: an article that says Bloomberg fails."""
    report = check_text(source="据路透社报道，谈判已经结束。", article="According to Bloomberg, the talks have ended.",
                        language="zh")
    assert [(c.text, c.verdict) for c in report.failing()] == [("Bloomberg", "unsupported")]
