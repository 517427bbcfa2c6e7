"""The checker's scans start behind a lookahead of the characters a match can begin with: they find the same."""

from __future__ import annotations

import re

from newsdesk.factcheck import dates
from newsdesk.factcheck.numbers import digit_runs, find_quantities, to_ascii_digits
from newsdesk.lib.patterns import first_characters


def test_a_word_boundary_before_the_first_letter_leaves_it_known() -> None:
    """\\b before a word does not hide the word's first letter; a pattern that can start anywhere gives None."""
    assert first_characters(r"\byoy\b|year[- ]on[- ]year") == "y"
    assert first_characters(r"\b(?:not|cannot)\b|n't") == "cn"
    assert first_characters(r"\w+n't|not") is None
    assert first_characters(r"(?:a|b?)c") is None


def test_english_dates_and_quarters_found_with_their_lookahead() -> None:
    """Months, weekdays, quarters and numeric dates are found where they stand, not elsewhere."""
    text = "On Tuesday, 3 May 2024 (Wed), 26/07/2020 and 2020-07-26, in the third quarter and Q4, as in June."
    assert [m.group(1) for m in dates.ENGLISH_MONTH.finditer(text)] == ["May", "June"]
    assert [m.group(1) for m in dates.ENGLISH_WEEKDAY.finditer(text)] == ["Tuesday"]
    assert [m.group(1) for m in dates.ENGLISH_WEEKDAY_SHORT.finditer(text)] == ["Wed"]
    assert [m.group(0) for m in dates.ENGLISH_NUMERIC_DATE.finditer(text)] == ["26/07/2020", "2020-07-26"]
    assert [m.group(0) for m in dates.ENGLISH_QUARTER.finditer(text)] == ["third quarter", "Q4"]


def test_number_words_and_roman_numerals_found_with_their_lookahead() -> None:
    """Number words in any case and Roman numerals beside a century word are read as figures."""
    values = [q.values[0] for q in find_quantities("Twelve boats, then THREE more and seven.", english=True)]
    assert values == [12.0, 3.0, 7.0]
    roman = [q for q in find_quantities("Au XIXe siècle, la Ve République", language="fr") if q.word]
    assert [q.text for q in roman] == ["XIXe", "Ve"]


def test_other_scripts_digits_and_runs() -> None:
    """Full-width and Devanagari digits read as ASCII; a figure's digits come without their separators."""
    assert to_ascii_digits("３割、१२ and é") == "3割、12 and é"
    assert digit_runs("14,3 % et 1\u202f500 puis 7.25") == {"143", "1500", "725"}
    assert re.fullmatch(r"\d+", next(iter(digit_runs("x 42 y"))))
