"""An acronym a source writes with full stops and small letters ("K.o.-Runde") is the same acronym (KO)."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "In der nächsten K.o.-Runde würde Real Madrid warten."


def test_dotted_abbreviation_supports_the_acronym() -> None:
    assert check_text(source=SOURCE, article="Real Madrid would be waiting in the next KO round.", language="de").passed


def test_other_letters_fail() -> None:
    report = check_text(source=SOURCE, article="Real Madrid would be waiting in the next OK round.", language="de")
    assert [c.text for c in report.failing()] == ["OK"]
