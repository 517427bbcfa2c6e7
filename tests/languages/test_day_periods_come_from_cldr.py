"""The words that put an hour in a part of the day are CLDR's day periods, with each module's additions first."""

from __future__ import annotations

import pytest

from newsdesk import languages
from newsdesk.factcheck.clock import source_times


def test_cldr_day_periods_are_read_with_where_they_put_the_hour() -> None:
    """CLDR's morning words are before noon, its evening words after, its night words either side of midnight."""
    fr, ru = languages.get("fr"), languages.get("ru")
    assert fr is not None and ru is not None
    assert (fr.day_periods["du matin"], fr.day_periods["du soir"]) == ("am", "pm")
    assert ru.day_periods["ночи"] == "night"
    assert "am" not in fr.day_periods and "a.m." not in fr.day_periods


def test_a_modules_word_comes_before_cldrs() -> None:
    """CLDR calls 凌晨 night; zh.py reads it as after midnight, whatever the hour."""
    zh = languages.get("zh")
    assert zh is not None
    assert zh.day_periods["凌晨"] == "am"
    assert set(source_times("凌晨6点")) == {(6, 0)}


@pytest.mark.parametrize(
    ("source", "reading"),
    [
        ("в 2 ночи", (2, 0)),
        ("в 11 ночи", (23, 0)),
        ("alle 2 di notte", (2, 0)),
        ("रात 10 बजे", (22, 0)),
    ],
)
def test_a_night_hour_is_after_midnight_when_small_and_before_it_when_large(
    source: str, reading: tuple[int, int]
) -> None:
    assert set(source_times(source)) == {reading}
