"""Two names tied together in one statement must be found together in one source sentence."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = (
    "Anna Berg has led the Harlow rowing team since 2019. "
    "The Selby club is coached by Tom Reed, who joined it last spring."
)


def test_names_from_different_source_sentences_in_one_statement_fail() -> None:
    """A person put at a club the source names only in another sentence is contradicted."""
    report = check_text(source=SOURCE, article="Anna Berg coaches the Selby club.", language="en")
    failing = {c.text: c for c in report.failing()}
    assert "Anna Berg" in failing
    assert failing["Anna Berg"].verdict == "contradicted"
    assert "together" in failing["Anna Berg"].note


def test_names_joined_by_and_may_come_from_different_sentences() -> None:
    """Two statements joined by "and" each keep their own names."""
    report = check_text(
        source=SOURCE,
        article="Anna Berg leads the Harlow team and Tom Reed coaches the Selby club.",
        language="en",
    )
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_names_in_the_same_source_sentence_pass() -> None:
    """A person and club the source names in one sentence stay supported."""
    report = check_text(source=SOURCE, article="Tom Reed coaches the Selby club.", language="en")
    assert report.passed, [c.as_dict() for c in report.failing()]
