"""An English text that keeps a decimal comma ("3,5 million") means 3.5 million; "3,500" is still 3500."""

from __future__ import annotations

from newsdesk.factcheck.numbers import find_quantities
from newsdesk.factcheck.verify import check_text


def test_decimal_comma_before_a_scale_word() -> None:
    [q] = find_quantities("a deposit of 3,5 million", english=True)
    assert q.values[0] == 3_500_000
    assert check_text(source="Záloha 3,5 milionu byla zaplacena.", article="A deposit of 3,5 million was paid.",
                      language="cs").passed


def test_thousands_are_still_grouped_by_commas() -> None:
    assert [q.values[0] for q in find_quantities("3,500 people and 1,234,567 votes", english=True)] == [
        3500, 1234567
    ]


def test_a_wrong_figure_with_a_decimal_comma_fails() -> None:
    report = check_text(source="Záloha 3,5 milionu byla zaplacena.", article="A deposit of 4,5 million was paid.",
                        language="cs")
    assert [c.text for c in report.failing()] == ["4,5 million"]
