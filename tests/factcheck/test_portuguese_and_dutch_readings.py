"""Portuguese and Dutch sources are read through their registry modules alone: figures, words, months, periods."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.clock import source_times
from newsdesk.factcheck.dates import source_months, source_periods, source_quarters, source_weekdays
from newsdesk.factcheck.numbers import find_quantities


def near(text: str, language: str) -> list[tuple[int, float]]:
    """Return the figures of text as read_source hands them to source_quarters."""
    return [(q.start, v) for q in find_quantities(text, language=language) for v in q.values]


def values(text: str, language: str) -> list[tuple[str, tuple[float, ...], str]]:
    return [(q.text, q.values, q.kind) for q in find_quantities(text, language=language)]


@pytest.mark.parametrize(
    ("language", "source", "expected"),
    [
        ("pt", "O governo gastou 2,5 bilhões de reais.", ("2,5 bilhões", 2.5e9)),
        ("pt", "A empresa tem 3 milhões de clientes.", ("3 milhões", 3e6)),
        ("pt", "Foram vendidos 12 mil carros.", ("12 mil", 12e3)),
        ("nl", "De overheid trekt 4,2 miljard euro uit.", ("4,2 miljard", 4.2e9)),
        ("nl", "Het bedrijf telt 1,5 miljoen klanten.", ("1,5 miljoen", 1.5e6)),
    ],
)
def test_a_figure_with_a_scale_word_reads_to_its_value(language: str, source: str, expected: tuple[str, float]) -> None:
    """The scale word is CLDR's for the language, read from Language.scales."""
    text, value = expected
    assert (text, value) in [(t, v[0]) for t, v, _ in values(source, language)]


@pytest.mark.parametrize(
    ("language", "source", "word", "value", "kind"),
    [
        ("pt", "Foram presos três homens.", "três", 3.0, "plain"),
        ("pt", "É a terceira vez que isso acontece.", "terceira", 3.0, "ordinal"),
        ("nl", "Er werden zeven mensen gearresteerd.", "zeven", 7.0, "plain"),
        ("nl", "Het is de derde keer dit jaar.", "derde", 3.0, "ordinal"),
    ],
)
def test_number_words_and_ordinals_are_read(language: str, source: str, word: str, value: float, kind: str) -> None:
    """Cardinal words count, ordinal words rank: both come from the module's number_words."""
    assert (word, (value,), kind) in values(source, language)


def test_ordinal_marks_after_a_figure_are_the_languages() -> None:
    """"3º" is an ordinal in Portuguese, "3e" in Dutch."""
    assert [q.kind for q in find_quantities("Ficou em 3º lugar.", language="pt")] == ["ordinal"]
    assert [q.kind for q in find_quantities("Hij werd 3e in de race.", language="nl")] == ["ordinal"]


def test_months_and_weekdays_are_read_in_portuguese_and_dutch() -> None:
    """CLDR's month and day names of the language are read, inflected or abbreviated forms too."""
    assert 3 in source_months("A reunião foi em 5 de março.", "pt")
    assert 10 in source_months("De vergadering was op 5 oktober.", "nl")
    assert 0 in source_weekdays("A reunião foi na segunda-feira.", "pt")
    assert 4 in source_weekdays("De vergadering was op vrijdag.", "nl")
    assert 3 not in source_months("A reunião foi em 5 de maio.", "pt")


def test_comparison_periods_and_quarters_are_read() -> None:
    """The module's periods and quarter word are read, and CLDR's quarter names ("3e kwartaal", "K3")."""
    assert set(source_periods("As vendas subiram 5% em relação ao ano anterior.")) == {"yoy"}
    assert set(source_periods("De omzet steeg 5% ten opzichte van vorig kwartaal.")) == {"qoq"}
    for language, source in (
        ("nl", "De omzet steeg in het 3e kwartaal."),
        ("pt", "A receita cresceu no terceiro trimestre."),
    ):
        assert set(source_quarters(source, near(source, language))) == {3}, source
    assert set(source_quarters("Omzet K2 gestegen.", [], "nl")) == {2}


def test_clock_times_are_read_with_cldr_day_periods_and_the_modules_hour_words() -> None:
    """"da manhã" and "'s avonds" are CLDR's day periods, "horas" and "uur" the modules' hour words."""
    assert set(source_times("A reunião começa às 9 da manhã.")) == {(9, 0)}
    assert set(source_times("De vergadering begint om 8 uur 's avonds.")) == {(20, 0)}
    assert set(source_times("O voo parte às 14 horas.")) == {(14, 0)}
