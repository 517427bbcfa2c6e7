"""A country, language or demonym CLDR knows is found by its local name or spelling, never by a chance likeness."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text


def test_demonym_is_not_found_in_a_word_that_merely_sounds_alike() -> None:
    """"Chinese" shares a loose skeleton with "sans", but the source names Pakistan, not China."""
    source = "Une étudiante pakistanaise a témoigné sans détour devant le comité."
    assert check_text(source=source, article="A Pakistani student testified before the committee.",
                      language="fr").passed
    report = check_text(source=source, article="A Chinese student testified before the committee.", language="fr")
    assert [c.text for c in report.failing()] == ["Chinese"]


def test_a_country_starting_a_sentence_is_a_name_though_the_dictionary_has_it() -> None:
    """"japan" and "china" are dictionary words; "Japan announced" still names the country."""
    assert [n.text for n in find_names("Japan announced new measures.")] == ["Japan"]
    assert [n.text for n in find_names("China and Turkey signed the deal.")] == ["China", "Turkey"]
    source = "Officials in Tokyo announced new measures on Monday."
    report = check_text(source=source, article="Korea announced new measures on Monday.", language="en")
    assert [c.text for c in report.failing()] == ["Korea"]


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("zh", "这一举动在中美两国关系中是前所未有的。",
         "The move is unprecedented in relations between China and the US."),
        ("zh", "俄总统出席了阅兵式。", "The Russian president attended the parade."),
        ("ja", "日米首脳が会談した。", "The leaders of Japan and the US met."),
    ],
)
def test_a_country_written_with_its_one_character_in_a_compound(language: str, source: str, article: str) -> None:
    """中美两国 is China and the US, 俄总统 the Russian president, 日米 Japan and the US."""
    assert check_text(source=source, article=article, language=language).passed


def test_a_lone_character_is_no_country() -> None:
    """美 alone is "beautiful": 美丽的风景 names no country."""
    report = check_text(source="这里有美丽的风景。", article="There is American scenery here.", language="zh")
    assert [c.text for c in report.failing()] == ["American"]
