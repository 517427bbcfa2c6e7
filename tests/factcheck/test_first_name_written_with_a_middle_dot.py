"""A Chinese or Japanese source that writes a foreign name whole (安格拉·默克尔) gives the first name to check too."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

WHOLE = "德国总理安格拉·默克尔出席了会议。"


def test_the_first_name_the_source_gives_is_found() -> None:
    """安格拉·默克尔 is Angela Merkel."""
    report = check_text(source=WHOLE, article="German Chancellor Angela Merkel attended the meeting.", language="zh")
    assert report.passed, [(c.text, c.note) for c in report.failing()]


def test_another_first_name_fails_when_the_source_gives_one() -> None:
    """The source says 安格拉 (Angela): "Monika Merkel" is someone else, though the surname matches."""
    report = check_text(source=WHOLE, article="German Chancellor Monika Merkel attended the meeting.", language="zh")
    assert [(c.verdict, c.note) for c in report.failing()] == [
        ("unsupported", 'the source does not name "Monika" ("German Chancellor Monika Merkel")')
    ]


def test_a_surname_alone_in_the_source_lets_the_first_name_through() -> None:
    """默克尔 alone names no first name, so the article's is not checked against one."""
    article = "German Chancellor Monika Merkel attended the meeting."
    report = check_text(source="德国总理默克尔出席了会议。", article=article, language="zh")
    assert report.passed, [(c.text, c.note) for c in report.failing()]
