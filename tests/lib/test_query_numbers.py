"""Whole numbers from outside are ASCII digits within bounds; anything else is BadNumber, never a crash."""

from __future__ import annotations

import pytest
from django.core.exceptions import BadRequest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.lib.query import MAX_ID, BadNumber, query_number, whole_number


@given(st.text())
def test_any_text_gives_a_number_in_bounds_or_bad_number(text: str) -> None:
    try:
        value = whole_number(text, name="page", low=1, high=100_000)
    except BadNumber:
        return
    assert 1 <= value <= 100_000
    assert text.isascii() and text.isdigit()


@given(st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=30))
def test_digits_of_other_kinds_and_scripts_give_a_number_or_bad_number(text: str) -> None:
    try:
        value = whole_number(text, name="id")
    except BadNumber:
        assert not (text.isascii() and len(text) <= 20 and 1 <= int(text) <= MAX_ID)
        return
    assert value == int(text) and text.isascii()


@given(st.integers(min_value=1, max_value=MAX_ID))
def test_every_number_in_bounds_reads_back(n: int) -> None:
    assert whole_number(str(n), name="id") == n


@pytest.mark.parametrize(
    "text", ["²", "①", "٣", "১২", " 1", "1 ", "+1", "-1", "1_000", "0", "100001", "1" * 21, "9" * 5000, ""]
)
def test_what_is_not_plain_ascii_digits_in_bounds_is_refused(text: str) -> None:
    with pytest.raises(BadNumber, match="page must be a whole number from 1 to 100000"):
        whole_number(text, name="page", low=1, high=100_000)


def test_a_bad_number_is_a_bad_request() -> None:
    assert issubclass(BadNumber, BadRequest)


def test_an_absent_value_gives_the_default_and_an_empty_one_is_refused() -> None:
    assert query_number({}, "page", default=1) == 1
    assert query_number({"page": "007"}, "page", default=1) == 7
    assert query_number({}, "replyto") is None
    with pytest.raises(BadNumber):
        query_number({"page": ""}, "page", default=1)
