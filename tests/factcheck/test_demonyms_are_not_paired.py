"""A demonym beside a name ("the European elections") is not an entity the source must name with it."""

from __future__ import annotations

from newsdesk.factcheck.entities import is_demonym
from newsdesk.factcheck.verify import check_text

SOURCE = (
    "The Conservatives spent 3 million pounds on the campaign. "
    "Voters went to the polls in the European elections in May."
)


def test_party_and_the_adjective_of_an_election_pass_together() -> None:
    report = check_text(source=SOURCE, article="The Conservatives campaigned in the European elections.",
                        language="en")
    assert report.passed
    assert {c.text for c in report.claims if c.kind == "name"} == {"Conservatives", "European"}


def test_two_names_the_source_keeps_apart_still_fail() -> None:
    source = "Anna Berg trained in Leeds for a year. The Selby club hired a new coach."
    report = check_text(source=source, article="Anna Berg coaches the Selby club.", language="en")
    assert [c.verdict for c in report.failing()] == ["contradicted", "contradicted"]


def test_what_counts_as_a_demonym() -> None:
    assert [is_demonym(w) for w in ("European", "French", "Muslim", "Brazilian", "Spain", "Selby", "Berg")] == [
        True, True, True, True, False, False, False
    ]
