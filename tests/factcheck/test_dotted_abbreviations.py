"""An acronym a source writes with full stops and small letters ("K.o.-Runde") or as a name (Dax) is the acronym."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "In der nächsten K.o.-Runde würde Real Madrid warten."


def test_dotted_abbreviation_supports_the_acronym() -> None:
    assert check_text(source=SOURCE, article="Real Madrid would be waiting in the next KO round.", language="de").passed


def test_other_letters_fail() -> None:
    report = check_text(source=SOURCE, article="Real Madrid would be waiting in the next OK round.", language="de")
    assert [c.text for c in report.failing()] == ["OK"]


def test_three_letter_acronym_written_as_a_name() -> None:
    """German writes the index Dax; the English article writes DAX."""
    source = "Der Dax schloss mit einem Plus von 1,2 Prozent."
    assert check_text(source=source, article="The DAX closed up 1.2 percent.", language="de").passed
    assert [c.text for c in check_text(source=source, article="The CAC closed up 1.2 percent.",
                                       language="de").failing()] == ["CAC"]
