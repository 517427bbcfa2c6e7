"""A changed figure is not excused as arithmetic on a number word or a small number."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text


def test_figure_one_off_is_not_derived_from_an_article_word() -> None:
    """ "ein" is an article: 17 - ein is no reason to accept 16."""
    report = check_text(
        source="Ein 17-jähriger Schüler wurde verletzt.",
        article="A 16-year-old pupil was hurt.",
        language="de",
    )
    assert [c.verdict for c in report.claims if c.text == "16"] == ["unsupported"]


def test_sum_of_two_source_figures_is_derived() -> None:
    """120 from 70 and 50 in the source is a derived figure."""
    report = check_text(
        source="L'usine emploie 70 ouvriers et 50 techniciens.",
        article="The plant employs 120 people.",
        language="fr",
    )
    assert [c.verdict for c in report.claims if c.text == "120"] == ["derived"]
