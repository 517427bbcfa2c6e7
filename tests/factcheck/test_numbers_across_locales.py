"""Numbers written the way each source language writes them read back to the same value."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.numbers import find_quantities
from newsdesk.factcheck.verify import check_text


def values(text: str, language: str | None = None) -> set[float]:
    return {v for q in find_quantities(text, language=language) for v in q.values}


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("14,3 milliards", "fr", 14.3e9),
        ("1 234,5 tonnes", "fr", 1234.5),
        ("1.234,5 Tonnen", "de", 1234.5),
        ("2,7 Mrd. Euro", "de", 2.7e9),
        ("3,5 mil millones", "es", 3.5e9),
        ("4 miliardi", "it", 4e9),
        ("15 212 lidí", "cs", 15212),
        ("7 mld zł", "pl", 7e9),
        ("2,5 млрд рублей", "ru", 2.5e9),
        ("३ करोड़", "hi", 3e7),
        ("5 लाख", "hi", 5e5),
        ("9,1万人", "zh", 91000),
        ("3億円", "ja", 3e8),
        ("１２１品", "ja", 121),
        ("二十五年", "zh", 25),
        ("drei Personen", "de", 3),
        ("trzech marynarzy", "pl", 3),
        ("двух человек", "ru", 2),
    ],
)
def test_source_number_reads_to_its_value(text: str, language: str, value: float) -> None:
    """A figure in the source's own notation, scale word or number word yields its value."""
    assert any(abs(v - value) < 1e-6 * max(value, 1) for v in values(text, language))


def test_ambiguous_grouping_keeps_both_readings() -> None:
    """ "1.234" is 1234 in German and 1.234 in English: the source keeps both readings."""
    assert {1234.0, 1.234} <= values("1.234")


def test_range_shares_its_scale_word() -> None:
    """In "entre 37 et 45 milliards" the first figure is billions too."""
    assert 37e9 in values("entre 37 et 45 milliards", "fr")


def test_article_rounding_to_shown_precision_matches() -> None:
    """ "about $51 billion" matches 51,24 milliards; "$51.3 billion" does not."""
    source = "Le chiffre d'affaires a atteint 51,24 milliards de dollars."
    assert check_text(source=source, article="Revenue reached about $51 billion.", language="fr").passed
    assert not check_text(source=source, article="Revenue reached $51.3 billion.", language="fr").passed


def test_changed_number_word_fails() -> None:
    """An article that turns the source's "drei" into "five" fails; "three" passes."""
    source = "Bei dem Unfall wurden drei Personen verletzt."
    assert check_text(
        source=source, article="Three people were injured in the accident.", language="de"
    ).passed
    assert not check_text(
        source=source, article="Five people were injured in the accident.", language="de"
    ).passed
