"""A source may give a foreign first name in its own language's form: Jan for John, Paweł for Paul."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "W 1979 roku Jan Paweł II odwiedził Kraków i spotkał się z tłumami wiernych."


def test_first_names_in_the_source_language_form_are_found() -> None:
    """Jan Paweł II is John Paul II: the same initial and consonants, written as a name in the source."""
    article = "In 1979 John Paul II visited Krakow and met crowds of the faithful."
    assert check_text(source=SOURCE, article=article, language="pl").passed


def test_another_first_name_still_fails() -> None:
    """Patrick is not Paweł."""
    source = "Przemówienie wygłosił w niedzielę Paweł."
    report = check_text(source=source, article="The speech was given on Sunday by Patrick.", language="pl")
    assert [c.text for c in report.failing()] == ["Patrick"]


def test_a_lower_case_source_word_is_not_a_name() -> None:
    """Pora (time) has Pavel's initial and consonants but is not written as a name."""
    source = "Jest już pora, ogłosił rzecznik."
    report = check_text(source=source, article="It is time, Pavel said.", language="pl")
    assert [c.text for c in report.failing()] == ["Pavel"]
