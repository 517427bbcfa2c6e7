"""A figure the article gives twice, in the same words or in others ("€1.7 billion", "1.7 billion euros"),
is one key figure; the same number in another currency or unit is another figure."""

from __future__ import annotations

from newsdesk.articles.figures import article_figures
from newsdesk.articles.reading import SentenceVerdict, ShownSentence
from newsdesk.factcheck.claims import extract_claims
from newsdesk.factcheck.verdicts import Verdict
from newsdesk.factcheck.verify import ClaimVerdict


def shown(text: str, index: int, part: str = "body") -> ShownSentence:
    claims = tuple(ClaimVerdict(text=c.text, kind=c.kind, verdict=Verdict.SUPPORTED, sentence=index)
                   for c in extract_claims(text))
    return ShownSentence(index=index, text=text, part=part, cites=(index,), verdict=SentenceVerdict.SUPPORTED,
                         claims=claims)


def test_the_same_amount_written_two_ways_is_one_key_figure() -> None:
    figures = article_figures([
        shown("Mistral AI raises 1.7 billion euros in a funding round", 0, "headline"),
        shown("Mistral AI closed a funding round of €1.7 billion in September.", 1, "standfirst"),
        shown("ASML contributed €1.3 billion to the round.", 2),
    ])
    assert [f.shown for f in figures.panel] == ["€1.7 billion", "€1.3 billion"]


def test_different_amounts_and_units_are_all_kept() -> None:
    figures = article_figures([
        shown("Revenue rose to €1.7 billion in the quarter.", 1),
        shown("Its profit was $1.7 billion.", 2),
        shown("Margins widened to 17%.", 3),
    ])
    assert [f.shown for f in figures.panel] == ["€1.7 billion", "$1.7 billion", "17%"]
