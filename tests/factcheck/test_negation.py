"""A negation the source does not make, or a source negation the sentence leaves out, is a conflict."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.direction import meaning_conflicts

# (language, source saying the bank raised its rate, source saying it did not)
RAISED = [
    (
        "en",
        "The central bank raised its main rate on Thursday.",
        "The central bank did not raise its main rate on Thursday.",
    ),
    (
        "fr",
        "La banque centrale a relevé son taux directeur jeudi.",
        "La banque centrale n'a pas relevé son taux directeur jeudi.",
    ),
    (
        "de",
        "Die Zentralbank hat am Donnerstag den Leitzins erhöht.",
        "Die Zentralbank hat am Donnerstag den Leitzins nicht erhöht.",
    ),
    (
        "es",
        "El banco central subió el jueves su tipo de interés.",
        "El banco central no subió el jueves su tipo de interés.",
    ),
    (
        "it",
        "La banca centrale ha alzato giovedì il tasso di riferimento.",
        "La banca centrale non ha alzato giovedì il tasso di riferimento.",
    ),
    (
        "cs",
        "Centrální banka ve čtvrtek zvýšila základní sazbu.",
        "Centrální banka ve čtvrtek základní sazbu nezvýšila, řekl guvernér.",
    ),
    (
        "pl",
        "Bank centralny podniósł w czwartek stopę procentową.",
        "Bank centralny nie podniósł w czwartek stopy procentowej.",
    ),
    ("ru", "Центробанк в четверг повысил ключевую ставку.", "Центробанк в четверг не повысил ключевую ставку."),
    ("hi", "केंद्रीय बैंक ने गुरुवार को नीतिगत दर बढ़ाई।", "केंद्रीय बैंक ने गुरुवार को नीतिगत दर नहीं बढ़ाई।"),
    ("zh", "央行周四上调了基准利率。", "央行周四没有上调基准利率。"),
    ("ja", "中央銀行は木曜日に政策金利を引き上げた。", "中央銀行は木曜日に政策金利を引き上げなかった。"),
]
RAISED_EN = "The central bank raised its main rate on Thursday."
KEPT_EN = "The central bank did not raise its main rate on Thursday."


@pytest.mark.parametrize(("language", "raised", "kept"), RAISED, ids=[row[0] for row in RAISED])
def test_an_added_not_is_a_negation_conflict(language: str, raised: str, kept: str) -> None:
    """ "did not raise" against a source that says the bank raised its rate is a negation conflict on "not"."""
    conflicts = meaning_conflicts(KEPT_EN, raised, language)
    assert [(c.kind, c.text) for c in conflicts] == [("negation", "not")]
    assert KEPT_EN[conflicts[0].start : conflicts[0].end] == "not"
    assert "no negation" in conflicts[0].note


@pytest.mark.parametrize(("language", "raised", "kept"), RAISED, ids=[row[0] for row in RAISED])
def test_faithful_sentences_pass(language: str, raised: str, kept: str) -> None:
    """Each faithful sentence, with or without its negation, has no conflict with its source."""
    assert meaning_conflicts(RAISED_EN, raised, language) == []
    assert meaning_conflicts(KEPT_EN, kept, language) == []


@pytest.mark.parametrize(
    ("language", "raised", "kept"), [r for r in RAISED if r[0] != "cs"], ids=[r[0] for r in RAISED if r[0] != "cs"]
)
def test_a_dropped_source_negation_is_a_negation_conflict(language: str, raised: str, kept: str) -> None:
    """A sentence with no trace of a negation against a source that negates is a conflict on the whole sentence."""
    conflicts = meaning_conflicts(RAISED_EN, kept, language)
    assert [(c.kind, c.text) for c in conflicts] == [("negation", RAISED_EN)]
    assert "negates" in conflicts[0].note


def test_a_second_negation_the_source_does_not_make_is_a_conflict() -> None:
    """With one negation in the source, a sentence with two has one too many."""
    source = "Le ministre n'a pas commenté la décision, qui a été publiée lundi."
    sentence = "The minister did not comment on the decision, which was not published on Monday."
    assert [(c.kind, c.text) for c in meaning_conflicts(sentence, source, "fr")] == [("negation", "not")]


def test_idioms_that_negate_nothing_pass() -> None:
    """ "not only", "no longer than" and "whether or not" are not negations the source must make."""
    source = "Die Firma verkauft Autos und Motorräder, ob die Kunden es wollen oder nicht."
    assert (
        meaning_conflicts(
            "The firm sells not only cars but also motorcycles, whether or not customers want it.", source, "de"
        )
        == []
    )


def test_a_negative_affix_keeps_the_source_negation() -> None:
    """ "impossible" carries the source's "pas possible", so the negation is not dropped."""
    assert meaning_conflicts("The deal was impossible.", "L'accord n'était pas possible.", "fr") == []


def test_than_ever_is_no_negation() -> None:
    """ "más que nunca" means "than ever": a sentence without a negation keeps the meaning."""
    assert meaning_conflicts("The team is stronger than ever.", "El equipo es más fuerte que nunca.", "es") == []
