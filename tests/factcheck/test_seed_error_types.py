"""The errors the reference page made are caught: wrong year, invented range, moved figure, changed period."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

# Written for these tests: a German wire item about a made-up logistics group.
SOURCE = (
    "Die Nordhafen Logistik AG hat im zweiten Quartal 2026 einen Umsatz von 8,4 Milliarden Euro erzielt, "
    "ein Plus von 12 Prozent im Vorjahresvergleich. Die Tochter Baltic Freight steigerte ihren Gewinn "
    "um 5 Prozent. Für das Gesamtjahr erwartet der Vorstand einen Umsatz von 33 bis 35 Milliarden Euro."
)


def verdicts(article: str) -> dict[str, str]:
    report = check_text(source=SOURCE, article=article, language="de")
    return {c.text: c.verdict for c in report.claims}


def test_faithful_article_passes() -> None:
    """An article that keeps every figure, period and name passes."""
    report = check_text(
        source=SOURCE,
        article=(
            "Nordhafen Logistik made revenue of €8.4 billion in the second quarter of 2026, up 12% year over "
            "year. Its Baltic Freight unit raised profit by 5%. The board expects revenue of €33 billion to "
            "€35 billion for the full year."
        ),
        language="de",
    )
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_wrong_year_is_contradicted() -> None:
    """A year the source does not give, where it gives another, is contradicted."""
    assert (
        verdicts("Nordhafen Logistik made €8.4 billion in the second quarter of 2024.")["2024"]
        == "contradicted"
    )


def test_invented_range_fails() -> None:
    """A guidance range the source never gave is unsupported."""
    found = verdicts("The board had earlier guided for €29 billion to €31 billion.")
    assert found["29 billion"] == "unsupported"
    assert found["31 billion"] == "unsupported"


def test_figure_moved_to_another_company_is_contradicted() -> None:
    """The parent's 12% growth attached to its subsidiary is contradicted."""
    assert verdicts("Baltic Freight's revenue grew 12%.")["12"] == "contradicted"


def test_changed_comparison_period_is_contradicted() -> None:
    """ "Im Vorjahresvergleich" rendered as "compared with the previous quarter" is contradicted."""
    found = verdicts("Revenue rose 12% compared with the previous quarter.")
    assert found["compared with the previous quarter"] == "contradicted"


def test_wrong_quarter_is_contradicted() -> None:
    """The third quarter where the source says the second is contradicted."""
    assert (
        verdicts("Nordhafen Logistik made €8.4 billion in the third quarter.")["third quarter"]
        == "contradicted"
    )


def test_changed_period_notes_say_the_source_period_in_english() -> None:
    """The notes a rewrite gets name the source's comparison period as an English writer would say it."""
    report = check_text(source=SOURCE, article="Revenue rose 12% compared with the previous quarter.", language="de")
    notes = {c.text: c.note for c in report.failing()}
    assert "year over year" in notes["compared with the previous quarter"]
    assert "Vorjahr" in notes["compared with the previous quarter"]
    assert "for year over year, not for compared with the previous quarter" in notes["12"]
