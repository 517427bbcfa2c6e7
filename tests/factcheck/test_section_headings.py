"""A section heading in title case ("Revenue Breakdown") is made of words, not names."""

from __future__ import annotations

from newsdesk.factcheck.verify import Section, check_sections

SOURCE = "Alphabet's third-quarter revenue rose to $102.3 billion, Nvidia said nothing."


def test_a_two_word_heading_of_dictionary_words_names_nobody() -> None:
    report = check_sections(source=SOURCE, sections=[
        Section(heading="Revenue Breakdown", body="Alphabet's third-quarter revenue was $102.3 billion."),
        Section(heading="Capital Expenditure Forecast", body="Alphabet reported revenue of $102.3 billion."),
    ], language="en")
    assert report.passed, report.failing()


def test_a_name_in_a_two_word_heading_is_still_checked() -> None:
    report = check_sections(source=SOURCE, sections=[
        Section(heading="Qualcomm Results", body="Alphabet's third-quarter revenue was $102.3 billion."),
    ], language="en")
    assert [c.text for c in report.failing()] == ["Qualcomm"]
