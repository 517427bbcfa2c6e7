"""A figure whose digits are in the source at another scale (million for Milliarden) is contradicted,
and the note gives the source's figure in English, so a rewrite can put it right."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "Der Börsenwert von Nvidia sank an einem Tag um etwa 593 Milliarden Dollar."


def test_millions_for_milliarden_is_contradicted_with_the_english_figure() -> None:
    report = check_text(source=SOURCE, article="Nvidia lost about $593 million in market value in a day.",
                        language="de")
    [claim] = report.failing()
    assert claim.verdict == "contradicted"
    assert "593 Milliarden" in claim.evidence
    assert "593 billion" in claim.note


def test_the_right_scale_is_supported() -> None:
    report = check_text(source=SOURCE, article="Nvidia lost about $593 billion in market value in a day.",
                        language="de")
    assert report.passed, report.failing()


def test_a_figure_with_other_digits_stays_unsupported() -> None:
    report = check_text(source=SOURCE, article="Nvidia lost about $520 billion in market value in a day.",
                        language="de")
    [claim] = report.failing()
    assert claim.verdict == "unsupported"
