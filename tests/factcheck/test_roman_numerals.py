"""Roman numerals in a source are read as the ordinals they are: centuries, monarchs, popes, wars."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.numbers import find_quantities, roman_value
from newsdesk.factcheck.verify import check_text


def claims(source: str, article: str, language: str) -> list[tuple[str, str, str]]:
    report = check_text(source=source, article=article, language=language)
    return [(c.text, c.kind, c.verdict) for c in report.claims]


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("fr", "Le pont a été construit au XIXe siècle."),
        ("es", "El puente fue construido en el siglo XIX."),
        ("it", "Il ponte fu costruito nel XIX secolo."),
        ("pl", "Most zbudowano w XIX wieku."),
        ("ru", "Мост построили в XIX веке."),
    ],
)
def test_century_in_roman_numerals_supports_the_english_ordinal(language: str, source: str) -> None:
    assert claims(source, "The bridge was built in the 19th century.", language) == [("19", "number", "supported")]


def test_wrong_century_fails() -> None:
    report = check_text(source="Le pont a été construit au XIXe siècle.",
                        article="The bridge was built in the 18th century.", language="fr")
    assert [(c.text, c.verdict) for c in report.failing()] == [("18", "unsupported")]


def test_monarch_with_the_same_numeral_passes_and_another_fails() -> None:
    source = "Louis XIV a fait agrandir le château de Versailles."
    assert claims(source, "Louis XIV had the Palace of Versailles enlarged.", "fr")[0] == (
        "Louis XIV", "name", "supported"
    )
    report = check_text(source=source, article="Louis XVI had the Palace of Versailles enlarged.", language="fr")
    [failing] = report.failing()
    assert (failing.text, failing.verdict) == ("Louis XVI", "unsupported")
    assert "XIV" in failing.note


def test_numeral_after_a_name_spelled_the_source_language_way() -> None:
    """Jan Paweł II is John Paul II: the numeral is compared even where the name is spelled otherwise."""
    source = "Jan Paweł II odwiedził wtedy Wadowice."
    assert check_text(source=source, article="John Paul II then visited Wadowice.", language="pl").passed
    assert not check_text(source=source, article="John Paul I then visited Wadowice.", language="pl").passed


def test_world_war_in_roman_numerals_supports_the_number_word() -> None:
    """An English source's "World War II" supports a summary's "world war two"."""
    source = "He served in the navy during World War II and later taught in Leeds."
    assert check_text(source=source, article="He served in the navy in world war two.", language="en").passed


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("la Ve République", [5.0]),
        ("Henri V est mort en 1422.", [5.0, 1422.0]),
        ("taille XL, le CV", []),
        ("Washington DC, la CIA et MI5", []),
        ("Today I said it", []),
        ("Ce matin", []),
    ],
)
def test_only_numerals_in_their_place_are_read(text: str, values: list[float]) -> None:
    """Sizes, acronyms, a pronoun and the French "Ce" are no numerals."""
    assert [q.values[0] for q in find_quantities(text)] == values


def test_roman_value() -> None:
    numerals = ("XIV", "XIX", "XXI", "IV", "LIV", "IIII", "VX", "")
    assert [roman_value(n) for n in numerals] == [14, 19, 21, 4, 54, 0, 0, 0]
