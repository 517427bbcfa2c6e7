"""Contractions written with a typographic apostrophe (I’m, Here’s) are words, not names."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "Nvidia said on Tuesday it would invest $5 billion in Intel."


def test_curly_contractions_at_a_sentence_start_are_not_claims() -> None:
    article = "I’m told Nvidia will invest $5 billion in Intel. Here’s why it matters. We’ve seen this before."
    report = check_text(source=SOURCE, article=article, language="en")
    assert report.passed, report.failing()
    assert {c.text for c in report.claims if c.kind == "name"} == {"Nvidia", "Intel"}


def test_a_real_name_after_a_curly_contraction_is_still_checked() -> None:
    report = check_text(source=SOURCE, article="I’m told Qualcomm will invest $5 billion in Intel.", language="en")
    assert "Qualcomm" in {c.text for c in report.failing()}
