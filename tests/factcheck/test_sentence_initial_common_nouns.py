"""A common noun that starts a sentence is no name, in British spelling and in hyphenated compounds too."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Organisers said the march would go ahead.",
        "Neighbours called the fire brigade.",
        "Kilometres of road were flooded.",
        "Hospitalised patients were moved.",
        "Pro-government groups held a rally.",
        "Anti-war protesters gathered outside.",
        "Long-term unemployment fell.",
    ],
)
def test_common_noun_at_a_sentence_start_is_no_name(sentence: str) -> None:
    assert find_names(sentence) == []


def test_such_a_word_is_not_checked_against_a_source_in_another_language() -> None:
    report = check_text(source="Les organisateurs ont maintenu la marche à Lyon.",
                        article="Organisers kept the march in Lyon.", language="fr")
    assert [(c.text, c.verdict) for c in report.claims] == [("Lyon", "supported")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Rolls-Royce cut 900 jobs.", "Rolls-Royce"),
    ("Jean-Luc Mélenchon spoke first.", "Jean-Luc Mélenchon"),
    ("The Labour Party met. Labour said no.", "Labour Party"),
])
def test_names_at_a_sentence_start_are_still_names(sentence: str, name: str) -> None:
    assert name in [n.text for n in find_names(sentence)]


def test_a_name_at_a_sentence_start_can_still_fail() -> None:
    report = check_text(source="Rolls-Royce a supprimé 900 emplois.", article="Airbus cut 900 jobs.", language="fr")
    assert [c.text for c in report.failing()] == ["Airbus"]
