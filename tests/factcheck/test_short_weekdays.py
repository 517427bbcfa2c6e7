"""A weekday written short ("the 28th (Tue)") is a weekday, checked as one, not a name."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "九州は早ければ28日（火）ごろ梅雨明けの発表があります。"


def test_short_weekday_in_brackets_is_the_weekday() -> None:
    report = check_text(source=SOURCE, article="The rainy season may end in Kyushu on the 28th (Tue).", language="ja")
    assert ("Tue", "weekday", "supported") in [(c.text, c.kind, c.verdict) for c in report.claims]
    assert report.passed


def test_another_short_weekday_fails() -> None:
    report = check_text(source=SOURCE, article="The rainy season may end in Kyushu on the 28th (Wed).", language="ja")
    assert [(c.text, c.kind, c.verdict) for c in report.failing()] == [("Wed", "weekday", "contradicted")]


def test_the_sun_is_no_sunday() -> None:
    """"The Sun" outside brackets and before no date is a newspaper's name."""
    report = check_text(source="The Sun reported the sale on Monday.", article="The Sun reported the sale.",
                        language="en")
    assert [c.kind for c in report.claims] == ["name"]
