"""Story fingerprints read figures and dates with the checker's reader, which reads the registry's scale words,
months and number marks."""

from __future__ import annotations

import pytest

from newsdesk import languages
from newsdesk.sources.events import dates_in, figures_in, fingerprint, same_event


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Le déficit atteint 3,5 milliards d'euros.", "3500000000.0"),
        ("Der Umsatz stieg auf 2,5 Mrd. Euro.", "2500000000.0"),
        ("Выручка составила 3,5 млрд рублей.", "3500000000.0"),
        ("Ztráta dosáhla 12 mld. korun.", "12000000000.0"),
        ("Przychody wyniosły 4,2 mln złotych.", "4200000.0"),
        ("As receitas chegaram a 7,3 bilhões de reais.", "7300000000.0"),
        ("De omzet steeg naar 1,8 miljard euro.", "1800000000.0"),
        ("Revenue rose to $57 billion.", "57000000000.0"),
        ("Revenue rose to 57 bn dollars.", "57000000000.0"),
        ("Ventas de 12 mil millones de euros.", "12000000000.0"),
    ],
)
def test_a_scale_word_of_any_registered_language_scales_its_figure(text: str, figure: str) -> None:
    """Each language's CLDR scale word (or en.py's own) multiplies the figure before it."""
    assert figures_in(text) == frozenset({figure})


def test_a_word_languages_disagree_on_takes_english_s_value_or_most_languages_one() -> None:
    """The word "billion" is read as English's 1e9 (French: 1e12); "mil" as a thousand, as Spanish and Portuguese do."""
    french = languages.get("fr")
    assert french is not None and french.scales["billion"] == 10**12
    assert figures_in("Les pertes: 3 billion.") == frozenset({"3000000000.0"})
    assert figures_in("Unos 40 mil manifestantes.") == frozenset({"40000.0"})


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Volby se konaly 5. března.", "03-05"),
        ("Выборы прошли 5 марта.", "03-05"),
        ("Wybory odbyły się 5 marca.", "03-05"),
        ("Les élections ont eu lieu le 12 janv. dernier.", "01-12"),
        ("Die Wahl fand am 12. Jänner statt.", "01-12"),
        ("A eleição foi em 12 de janeiro.", "01-12"),
        ("De verkiezing was op 12 maart.", "03-12"),
        ("The vote was held on March 5.", "03-05"),
    ],
)
def test_a_date_in_any_registered_language_is_read(text: str, date: str) -> None:
    """Month names are CLDR's for every registered language: the Slavic genitive, abbreviations, Austrian Jänner."""
    assert dates_in(text) == frozenset({date})


def test_a_date_s_day_is_not_a_figure() -> None:
    """The day of a Russian date is not taken for a figure of the story."""
    assert figures_in("Выборы прошли 15 марта, явка составила 61,4 млн человек.") == frozenset({"61400000.0"})


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("1\u202f700\u202f000 personnes", "1700000.0"),
        ("1\u00a0700\u00a0000 osób", "1700000.0"),
        ("1.700.000 Menschen", "1700000.0"),
        ("1,700,000 people", "1700000.0"),
        ("1'700'000 Personen", "1700000.0"),
        ("51,24 milliards", "51240000000.0"),
    ],
)
def test_every_registered_group_and_decimal_mark_is_read(text: str, figure: str) -> None:
    """CLDR's thousands separators (no-break spaces, dots, commas) and decimal marks give one value."""
    assert figures_in(text) == frozenset({figure})


def test_a_russian_item_and_its_english_report_are_one_event() -> None:
    """A Russian item and an English one sharing a scaled figure, a date and a name are one event."""
    russian = fingerprint("Компания Nvidia 14 марта сообщила о выручке в 1,23 трлн долларов.")
    english = fingerprint("On March 14 Nvidia reported revenue of 1.23 trillion dollars.")
    other = fingerprint("On March 14 Nvidia reported revenue of 1.5 trillion dollars.")
    assert russian.figures == english.figures == frozenset({"1230000000000.0"})
    assert russian.dates == english.dates == frozenset({"03-14"})
    assert same_event(russian, english)
    assert not same_event(russian, other)
