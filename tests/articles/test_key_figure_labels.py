"""A key figure is labelled in the words of the article sentence that carries it (what it is, and when), and cites
only the source sentences that give it."""

from __future__ import annotations

import re

import pytest

from newsdesk.articles.figures import Kind, article_figures, figures_of, sentence_figures
from newsdesk.articles.reading import SentenceVerdict, ShownSentence
from newsdesk.factcheck.claims import extract_claims
from newsdesk.factcheck.verdicts import Verdict
from newsdesk.factcheck.verify import ClaimVerdict
from newsdesk.sources.models import SourceItem
from tests.figured import PANEL, figured_article


def checked(text: str, verdict: str = "supported") -> ShownSentence:
    """Return a body sentence as the page shows it, every figure, date and name in it with the given verdict."""
    claims = tuple(ClaimVerdict(text=c.text, kind=c.kind, verdict=Verdict(verdict), sentence=2)
                   for c in extract_claims(text))
    return ShownSentence(index=2, text=text, part="body", cites=(3,), verdict=SentenceVerdict.SUPPORTED, claims=claims)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Meta expects capital spending of up to $72 billion in 2025.", [("up to $72 billion", "Capital spending, 2025")]),
    ("Revenue rose 12% to €3.2 billion in the third quarter, while costs fell 4 per cent.",
     [("12%", "Revenue rose"), ("€3.2 billion", "Revenue, third quarter"), ("4 per cent", "Costs fell")]),
    ("Its cloud revenue grew 34% to $15.2 billion.",
     [("34%", "Cloud revenue grew"), ("$15.2 billion", "Cloud revenue")]),
    ("The company hired 1,200 workers and closed 3 plants.",
     [("1,200 workers", "Company hired"), ("3 plants", "Company closed")]),
    ("Revenue in 2024 was $2.1 billion.", [("$2.1 billion", "Revenue, 2024")]),
    ("The unemployment rate fell to 7.3% in the third quarter.",  # a level, not the fall's size
     [("7.3%", "Unemployment rate, third quarter")]),
    ("The number of job seekers has decreased by 45,000 people.", [("45,000 people", "Job seekers decreased")]),
    ("It will spend between $91 billion and $93 billion on data centres.",
     [("between $91 billion and $93 billion", "Spend on data centres")]),
    # a figure between an article and its noun describes the noun, not the sentence's subject
    ("OpenAI and AMD have agreed on a six-gigawatt GPU supply deal.", [("six-gigawatt", "GPU supply deal")]),
])
def test_the_label_is_made_of_the_sentence_s_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    figures = sentence_figures(checked(sentence))
    assert [(f.shown, f.label) for f in figures] == expected
    words = set(re.findall(r"[\w'’-]+", sentence.casefold()))
    for figure in figures:
        assert figure.shown in sentence
        assert all(w.casefold().strip(",") in words for w in figure.label.split()), figure.label


def test_what_a_figure_measures_is_kept_apart_from_its_value() -> None:
    capex, = sentence_figures(checked("Meta expects capital spending of up to $72 billion in 2025."))
    assert (capex.kind, capex.unit, capex.value, capex.exact) == (Kind.AMOUNT, "$", 72e9, False)  # "up to": a ceiling
    workers, plants = sentence_figures(checked("The company hired 1,200 workers and closed 3 plants."))
    assert (workers.kind, workers.unit, plants.unit) == (Kind.COUNT, "workers", "plants")
    points, = sentence_figures(checked("Its margin fell 3 percentage points."))
    assert (points.kind, points.unit) == (Kind.PERCENT, "percentage points")
    rng, = sentence_figures(checked("It will spend between $91 billion and $93 billion on data centres."))
    assert (rng.value, rng.exact) == (None, False)


def test_a_figure_with_no_words_to_say_what_it_is_is_left_out() -> None:
    assert [(f.shown, f.label) for f in article_figures([checked("Sales were 2.1 million.")]).panel] == [
        ("2.1 million", "Sales")]
    bare, = sentence_figures(checked("2.1 million."))
    assert bare.label == ""
    assert article_figures([checked("2.1 million.")]).panel == ()


def test_a_figure_cites_the_source_sentence_that_gives_it(french_item: SourceItem) -> None:
    """The standfirst cites sentence 2 only; the headline, citing 1, says the same figure and is not repeated."""
    figures = figures_of(figured_article(french_item))
    assert [(f.shown, f.label, f.cites) for f in figures.panel] == PANEL
    assert [f.sentence for f in figures.panel] == [1, 2, 3, 3]


def test_a_clock_time_is_no_key_figure() -> None:
    assert sentence_figures(checked("They were arrested by the police shortly after 4 AM.")) == []
