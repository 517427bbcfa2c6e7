""""A dozen" ("more than a dozen") is a rough count, not twelve; "12" is still a figure."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_a_dozen_is_not_checked_as_twelve() -> None:
    report = check_text(source="十几名学生被困。", article="More than a dozen students were trapped.", language="zh")
    assert [c.kind for c in report.claims] == []


def test_twelve_is_still_a_figure() -> None:
    report = check_text(source="十几名学生被困。", article="Twelve students were trapped.", language="zh")
    assert [c.text for c in report.failing()] == ["Twelve"]
