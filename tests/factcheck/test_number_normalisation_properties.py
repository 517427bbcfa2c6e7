"""Property: a number rendered in any supported locale and scale normalises back to its value."""

from __future__ import annotations

from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.factcheck.numbers import find_quantities

LOCALES = ["en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi"]
SCALES = {
    "fr": [("milliards", 1e9), ("millions", 1e6)],
    "de": [("Milliarden", 1e9), ("Mrd.", 1e9), ("Millionen", 1e6)],
    "es": [("millones", 1e6), ("mil millones", 1e9)],
    "it": [("miliardi", 1e9), ("milioni", 1e6)],
    "cs": [("miliardy", 1e9), ("milionů", 1e6)],
    "pl": [("mld", 1e9), ("mln", 1e6)],
    "ru": [("млрд", 1e9), ("млн", 1e6)],
    "hi": [("करोड़", 1e7), ("लाख", 1e5)],
    "en": [("billion", 1e9), ("million", 1e6)],
}


def readings_of(text: str, language: str) -> set[float]:
    return {v for q in find_quantities(text, language=language) for v in q.values}


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


@settings(max_examples=300, deadline=None)
@given(
    cents=st.integers(min_value=0, max_value=10**9),
    decimals=st.integers(min_value=0, max_value=2),
    locale=st.sampled_from(LOCALES),
)
def test_locale_formatted_number_reads_back(cents: int, decimals: int, locale: str) -> None:
    """babel's rendering of a number in a locale reads back to the same value."""
    value = round(cents / 100, decimals)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale=locale)
    assert any(close(v, value) for v in readings_of(f"soit {text} unités", locale)), text


@settings(max_examples=300, deadline=None)
@given(
    tenths=st.integers(min_value=1, max_value=9999),
    locale=st.sampled_from(LOCALES),
    pick=st.integers(min_value=0, max_value=1),
)
def test_scaled_number_reads_back(tenths: int, locale: str, pick: int) -> None:
    """A number with a scale word of its language reads back to number times scale."""
    word, factor = SCALES[locale][pick]
    value = tenths / 10
    text = format_decimal(value, format="#,##0.#", locale=locale)
    expected = value * factor
    assert any(close(v, expected) for v in readings_of(f"{text} {word}", locale)), f"{text} {word}"


@settings(max_examples=200, deadline=None)
@given(number=st.integers(min_value=0, max_value=10**7))
def test_digits_of_any_script_read_back(number: int) -> None:
    """The same digits written in Devanagari or full width read back to the same integer."""
    ascii_digits = str(number)
    for zero in ("०", "０"):
        other = "".join(chr(ord(zero) + int(d)) for d in ascii_digits)
        assert number in readings_of(other, "hi" if zero == "०" else "ja")
