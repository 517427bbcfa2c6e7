"""A short name (Bayer) is not found in a two-letter particle of the source (Hindi पर "on", Russian на)."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_a_postposition_does_not_name_anyone() -> None:
    """पर reads "par", the loose skeleton of Bayer, but it is the postposition "on"."""
    report = check_text(source="मंत्री ने इस मुद्दे पर बात की।", article="Bayer spoke about this issue.", language="hi")
    assert [(c.text, c.verdict) for c in report.failing()] == [("Bayer", "unsupported")]


def test_a_short_name_written_in_full_is_found() -> None:
    """सिंह is Singh: a name of its own, not a particle."""
    report = check_text(source="सिंह ने इस मुद्दे पर बात की।", article="Singh spoke about this issue.", language="hi")
    assert report.passed, [(c.text, c.note) for c in report.failing()]
