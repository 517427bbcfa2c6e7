"""A name inside a quotation is a claim of its own, checked as a name, besides the quotation's own check."""

from __future__ import annotations

from newsdesk.factcheck.claims import ClaimKind, extract_claims
from newsdesk.factcheck.verify import ClaimVerdict, Report, check_text

GERMAN = "„Wir liefern keine Turbinen an Vestrano“, sagte Firmenchefin Kalina Dobrev am Dienstag in Graz."
FRENCH = "« Orlanta ne rachètera pas la brasserie de Velmont », a assuré jeudi le maire, Paul Quérand."
ENGLISH = '"We will not supply turbines to Vestrano," chief executive Kalina Dobrev said on Tuesday in Graz.'


def verdicts(report: Report, kind: ClaimKind) -> dict[str, ClaimVerdict]:
    return {c.text: c for c in report.claims if c.kind == kind}


def test_names_inside_a_quotation_are_claims_beside_it() -> None:
    """The quotation is one claim and each name inside it is a name claim lying within its span."""
    text = "“We will not supply turbines to Vestrano or Halgard,” Dobrev said."
    claims = extract_claims(text)
    quote = next(c for c in claims if c.kind == ClaimKind.QUOTE)
    inside = [c.text for c in claims if c.kind == ClaimKind.NAME and quote.start <= c.start < c.end <= quote.end]
    assert inside == ["Vestrano", "Halgard"]
    assert "Dobrev" in [c.text for c in claims if c.kind == ClaimKind.NAME]


def test_correct_translation_of_a_quotation_passes() -> None:
    """A faithful translation passes: its quotation and the names inside it are supported."""
    report = check_text(
        source=GERMAN,
        article="“We will not supply turbines to Vestrano,” chief executive Kalina Dobrev said on Tuesday in Graz.",
        language="de",
    )
    assert report.passed, [c.as_dict() for c in report.failing()]
    assert verdicts(report, ClaimKind.NAME)["Vestrano"].verdict == "supported"


def test_replaced_name_inside_a_translated_quotation_fails_as_a_name() -> None:
    """A name swapped inside a quotation is unsupported, though the translated quotation itself stands."""
    report = check_text(
        source=GERMAN,
        article="“We will not supply turbines to Brenmark,” chief executive Kalina Dobrev said on Tuesday in Graz.",
        language="de",
    )
    assert not report.passed
    assert verdicts(report, ClaimKind.NAME)["Brenmark"].verdict == "unsupported"
    assert [q.verdict for q in verdicts(report, ClaimKind.QUOTE).values()] == ["supported"]


def test_name_opening_a_quotation_is_checked() -> None:
    """A name that is the first word of a quotation is read as a name, not as a sentence start."""
    faithful = "“Orlanta will not buy the Velmont brewery,” mayor Paul Quérand said on Thursday."
    swapped = faithful.replace("Orlanta", "Tessaro")
    assert check_text(source=FRENCH, article=faithful, language="fr").passed
    report = check_text(source=FRENCH, article=swapped, language="fr")
    assert verdicts(report, ClaimKind.NAME)["Tessaro"].verdict == "unsupported"


def test_name_inside_a_quotation_is_checked_in_any_quote_marks() -> None:
    """Straight, curly, angle and single quote marks all leave the names inside them checked."""
    for opening, closing in (('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’")):
        article = f"Mayor Paul Quérand said on Thursday: {opening}Tessaro will not buy the Velmont brewery.{closing}"
        report = check_text(source=FRENCH, article=article, language="fr")
        assert verdicts(report, ClaimKind.NAME)["Tessaro"].verdict == "unsupported", opening


def test_against_an_english_source_the_name_is_checked_as_well_as_the_wording() -> None:
    """Against an English source a swapped name makes both the quotation and the name fail."""
    report = check_text(source=ENGLISH, article=ENGLISH.replace("Vestrano", "Brenmark"), language="en")
    assert [q.verdict for q in verdicts(report, ClaimKind.QUOTE).values()] == ["contradicted"]
    assert verdicts(report, ClaimKind.NAME)["Brenmark"].verdict == "unsupported"
    assert check_text(source=ENGLISH, article=ENGLISH, language="en").passed
