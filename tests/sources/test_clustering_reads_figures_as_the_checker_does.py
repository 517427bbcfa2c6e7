"""Story clustering reads figures, percentages, years, dates and sentence starts with the checker's own readers."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.numbers import find_quantities, is_year
from newsdesk.sources.events import details_in, fingerprint, names_in, read, same_event


@pytest.mark.parametrize(("french", "english"), [(None, None), ("fr", "en")])
def test_one_figure_in_french_and_in_english_gives_one_key(french: str | None, english: str | None) -> None:
    """ "1,7 milliard d'euros" and "1.7 billion euros" are one figure, whether or not the items' languages are known."""
    a = fingerprint("Airbus a annoncé un contrat de 1,7 milliard d'euros avec Lufthansa.", language=french)
    b = fingerprint("Airbus announced a 1.7 billion euros contract with Lufthansa.", language=english)
    assert a.figures == b.figures == frozenset({"1700000000.0"})


def test_a_german_item_read_in_german_shares_the_english_report_s_figures() -> None:
    """Scale and percent words of the item's language ("Milliarden", "Prozent") give the English report's keys."""
    german = read("Nvidia meldet 57 Milliarden Dollar Umsatz, ein Plus von 62 Prozent.", "de")
    english = read("Nvidia reports $57 billion in revenue, up 62%.", "en")
    assert german.figures == english.figures == frozenset({"57000000000.0", "62.0%"})


def test_a_year_is_what_the_checker_calls_one() -> None:
    """A four-digit year from 1800 on is a detail, not a figure; the same digits as an amount are a figure."""
    assert [q.text for q in find_quantities("The bridge opened in 1874.") if is_year(q)] == ["1874"]
    reading = read("The bridge opened in 1874 and cost 1874 dollars.", "en")
    assert "y:1874" in reading.details
    assert reading.figures == frozenset({"1874.0"})


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("Le sommet s'est ouvert le 5 mars à Bruxelles.", "fr", "03-05"),
        ("The summit opened on March 5 in Brussels.", "en", "03-05"),
        ("Der Gipfel begann am 5. März in Brüssel.", "de", "03-05"),
        ("Summit zahájil 5. března v Bruselu.", "cs", "03-05"),
        ("峰会于3月5日在布鲁塞尔开幕。", "zh", "03-05"),
    ],
)
def test_a_date_s_day_is_a_date_and_not_a_figure(text: str, language: str, date: str) -> None:
    """The day the checker reads as a date's ("le 5 mars", "3月5日") gives the date and no figure."""
    reading = read(text, language)
    assert reading.dates == frozenset({date})
    assert not reading.figures and "5.0" not in reading.counts


def test_an_ordinal_or_a_number_in_words_is_a_detail() -> None:
    """Ordinals and spelt-out numbers are details: "third" and "3rd" both say 3."""
    assert "#:3" in details_in("It was the third attempt.", language="en")
    assert "#:3" in details_in("It was the 3rd attempt.", language="en")


def test_sentence_starts_come_from_the_sentence_splitter() -> None:
    """A word capitalised only because it starts a sentence is no name; one capitalised again elsewhere is."""
    text = "Mr. Berg said the plan works. Analysts agreed. The plan was Berg's idea. The Senate votes today."
    names = names_in(text, language="en")
    assert "berg" in names  # after "Mr." (an abbreviation, no sentence end) and again inside a sentence
    assert "analysts" not in names  # once, first in its sentence
    assert "the" not in names  # first in two sentences, and written in lower case too
    assert "senate" in names


def test_a_word_the_text_also_writes_in_lower_case_is_no_name() -> None:
    """A headline's capitals ("Deal", "For", "In") are no names when the summary writes the words in lower case."""
    text = "Record Deal For Nvidia In Paris\nNvidia signed a record deal for its chips in Paris."
    names = names_in(text, language="en")
    assert names == frozenset({"nvidia", "paris"})


def test_the_same_event_in_two_languages_joins_and_another_figure_does_not() -> None:
    """Read in their own languages, a French item and its English report are one event; another amount is not."""
    french = fingerprint("Le 19 novembre, Nvidia a annoncé un chiffre d'affaires de 57 milliards de dollars.",
                         language="fr")
    english = fingerprint("On November 19, Nvidia reported revenue of $57 billion.", language="en")
    other = fingerprint("On November 19, Nvidia reported revenue of $35.1 billion.", language="en")
    assert french.dates == english.dates == frozenset({"11-19"})
    assert same_event(french, english)
    assert not same_event(french, other)


def test_the_number_of_a_name_is_no_figure() -> None:
    """Covid-19 and F-35 name a thing; their numbers are no figure two events could share."""
    assert read("Covid-19 cases rose to 1,200 as 32 F-35 jets landed.", "en").figures == frozenset({"1200.0", "32.0"})


def test_a_word_after_an_elision_counts_as_written_in_lower_case() -> None:
    """ "Il" first in two sentences is no name when the text writes "qu'il"; a place inside a sentence is."""
    names = names_in("Il a dit qu'il viendrait à Lyon. Il pleuvait.", language="fr")
    assert names == frozenset({"lyon"})
