"""A place whose name starts with a common word ("New York", "New Zealand") is read whole, not as "York"."""

from __future__ import annotations

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text

SOURCE = "ニューヨーク株式市場で株価が上昇した。"


def test_new_york_is_one_name() -> None:
    assert [n.text for n in find_names("Shares fell in New York and New Zealand.")] == ["New York", "New Zealand"]
    assert [n.text for n in find_names("New rules apply in York.")] == ["York"]


def test_the_whole_name_is_found_by_its_local_name() -> None:
    report = check_text(source=SOURCE, article="Shares rose on the New York stock market.", language="ja")
    assert report.passed


def test_another_place_fails() -> None:
    report = check_text(source=SOURCE, article="Shares rose on the New Delhi stock market.", language="ja")
    assert not report.passed
