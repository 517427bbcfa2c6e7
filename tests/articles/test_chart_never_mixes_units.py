"""A chart holds figures of one kind and one unit only: two amounts in different currencies, a percentage and
percentage points, or counts of different things are never charted together, and nothing is charted alone."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.chart import bar_chart
from newsdesk.articles.figures import KeyFigure, Kind, article_figures, comparable, figures_of
from newsdesk.articles.pipeline import process_story
from newsdesk.articles.reading import SentenceVerdict, ShownSentence
from newsdesk.factcheck.claims import extract_claims
from newsdesk.factcheck.verdicts import Verdict
from newsdesk.factcheck.verify import ClaimVerdict
from newsdesk.sources.add import store, validate
from tests.fakes import ScriptedLLM, article_json


def checked(*texts: str) -> list[ShownSentence]:
    out = []
    for i, text in enumerate(texts, 1):
        claims = tuple(ClaimVerdict(text=c.text, kind=c.kind, verdict=Verdict.SUPPORTED, sentence=i)
                       for c in extract_claims(text))
        out.append(ShownSentence(index=i, text=text, part="body", cites=(i,), verdict=SentenceVerdict.SUPPORTED,
                                 claims=claims))
    return out


def test_amounts_in_two_currencies_are_not_charted_together() -> None:
    figures = article_figures(checked("Revenue in Europe was €3.2 billion.", "Revenue in America was $4.1 billion."))
    assert [(f.shown, f.unit) for f in figures.panel] == [("€3.2 billion", "EUR"), ("$4.1 billion", "$")]
    assert figures.chart == ()
    with pytest.raises(ValueError, match="one kind and one unit"):
        bar_chart(figures.panel)


def test_the_larger_group_of_one_currency_is_charted_and_the_other_left_out() -> None:
    figures = article_figures(checked("Revenue in Europe was €3.2 billion.", "Revenue in America was $4.1 billion.",
                                      "Revenue in Asia was $2.5 billion."))
    assert [f.shown for f in figures.chart] == ["$4.1 billion", "$2.5 billion"]


def test_percentages_and_percentage_points_and_different_counts_stay_apart() -> None:
    figures = article_figures(checked("Sales rose 12%.", "The margin fell 3 percentage points.",
                                      "The company hired 1,200 workers.", "The company closed 3 plants."))
    assert {f.unit for f in figures.panel} == {"%", "percentage points", "workers", "plants"}
    assert figures.chart == ()


def test_qualified_figures_and_ranges_are_not_drawn_as_bars() -> None:
    figures = article_figures(checked("Capital spending will be up to $72 billion.",
                                      "Revenue was about $51 billion.", "Data centres will cost between $91 billion "
                                      "and $93 billion."))
    assert len(figures.panel) == 3
    assert comparable(figures.panel) == ()


def test_one_figure_is_no_chart() -> None:
    figure = KeyFigure(shown="$4.1 billion", label="Revenue", kind=Kind.AMOUNT, unit="$", value=4.1e9, exact=True,
                       sentence=1, cites=(1,), verdict="supported")
    assert comparable([figure]) == ()
    with pytest.raises(ValueError, match="two or more"):
        bar_chart([figure])


@pytest.mark.django_db
def test_a_page_whose_amounts_are_in_two_currencies_has_no_chart(client: Client) -> None:
    item, _ = store(validate(
        title="Airbus and Boeing report revenue",
        summary="Airbus reported revenue of €3.2 billion. Boeing reported revenue of $4.1 billion.",
        url="https://example.com/aircraft", language="en",
    ))
    article = process_story(item.story, llm=ScriptedLLM(article_json(
        headline=("Airbus and Boeing report revenue", [1]),
        introduction=("Airbus reported revenue of €3.2 billion.", [2]),
        conclusion="", paragraphs=[[("Boeing reported revenue of $4.1 billion.", [3])]],
    )))
    assert [f.shown for f in figures_of(article).panel] == ["€3.2 billion", "$4.1 billion"]
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<section class="key-figures"' in html
    assert "<svg" not in html
