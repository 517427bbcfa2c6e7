"""Strict fails on any new name or date; background allows them in the context section only."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import Section, check_sections

SOURCE = "Le groupe Vellmar a vendu 12 000 vélos électriques en mars."


def sections(context: str, body: str = "Vellmar sold 12,000 e-bikes in March.") -> list[Section]:
    return [
        Section(heading="", body=body, kind="body"),
        Section(heading="Background", body=context, kind="context"),
    ]


def test_strict_fails_on_new_name_in_context() -> None:
    """Under strict, a name the source does not give fails even in the context section."""
    report = check_sections(source=SOURCE, sections=sections("Rival Brompton entered the market in 1976."))
    assert not report.passed


def test_background_allows_new_names_and_years_in_context() -> None:
    """Under background, a new name and year in the context section pass and are counted as background."""
    report = check_sections(
        source=SOURCE, sections=sections("Rival Brompton entered the market in 1976."), policy="background"
    )
    assert report.passed, [c.as_dict() for c in report.failing()]
    assert "background" in report.summary()


def test_background_never_allows_new_figures() -> None:
    """Under background, a figure the source does not give fails, even in the context section."""
    report = check_sections(
        source=SOURCE, sections=sections("The market grew by 40% last year."), policy="background"
    )
    assert not report.passed


def test_background_allows_nothing_new_outside_context() -> None:
    """Under background, a new name in the body still fails."""
    report = check_sections(
        source=SOURCE,
        sections=sections("Cycling is popular.", body="Vellmar and Brompton sold 12,000 e-bikes in March."),
        policy="background",
    )
    assert not report.passed


def test_unknown_policy_is_refused() -> None:
    """A policy name other than strict or background raises ValueError."""
    with pytest.raises(ValueError, match="policy"):
        check_sections(source=SOURCE, sections=sections("x"), policy="lenient")
