"""A unit named after a person ("degrees Celsius") is no name the source must give."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_degrees_celsius_against_a_source_that_says_degrees() -> None:
    report = check_text(source="В Москве ожидается до 25 градусов тепла.",
                        article="Up to 25 degrees Celsius are expected in Moscow.", language="ru")
    assert [(c.text, c.verdict) for c in report.claims] == [("25", "supported"), ("Moscow", "supported")]


def test_the_temperature_itself_is_still_checked() -> None:
    report = check_text(source="В Москве ожидается до 25 градусов тепла.",
                        article="Up to 28 degrees Celsius are expected in Moscow.", language="ru")
    assert [c.text for c in report.failing()] == ["28"]
