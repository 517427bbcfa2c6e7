"""A name ending in -ing or -ly (Boeing, Beijing) that opens a sentence is a name; a gerund or adverb is not."""

from __future__ import annotations

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text


def test_a_name_that_only_ends_like_a_gerund_is_read() -> None:
    """"Boe" and "Beij" are no words: Boeing and Beijing are names, wherever they stand."""
    assert [n.text for n in find_names("Boeing delivered fewer planes.")] == ["Boeing"]
    assert [n.text for n in find_names("Beijing announced new rules.")] == ["Beijing"]


def test_a_gerund_or_adverb_opening_a_sentence_is_no_name() -> None:
    """"Speaking" is made from "speak", "Reportedly" from "reported"."""
    assert find_names("Speaking to reporters, she said no.") == []
    assert find_names("Reportedly, talks have stalled.") == []


def test_a_company_put_at_a_sentence_start_is_checked() -> None:
    """A Polish source about a politician's flat names no Boeing."""
    report = check_text(source="Posłanka posiada mieszkanie o wartości 570 tys. zł.",
                        article="Boeing owns a flat worth PLN 570 thousand.", language="pl")
    assert [(c.text, c.verdict) for c in report.failing()] == [("Boeing", "unsupported")]
