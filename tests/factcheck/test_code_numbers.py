"""The number in a code or model name (Covid-19, F-16) is checked as part of the name."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_code_with_its_number_in_the_source_passes() -> None:
    """Covid-19 in the article and in the source."""
    assert check_text(
        source="Die Zahl der Covid-19-Fälle stieg.", article="Covid-19 cases rose.", language="de"
    ).passed


def test_code_with_another_number_fails() -> None:
    """F-35 is not the F-16 the source names, even though 35 is elsewhere in the source."""
    report = check_text(
        source="Polska kupi 35 samolotów F-16.", article="Poland will buy 35 F-35 aircraft.", language="pl"
    )
    assert [c.text for c in report.failing()] == ["F-35"]


def test_half_past_in_chinese() -> None:
    """9点半 is half past nine: the article's 9:30 is supported."""
    report = check_text(
        source="会议于上午9点半开始。", article="The meeting began at 9:30 a.m.", language="zh"
    )
    assert report.passed, [c.as_dict() for c in report.failing()]
