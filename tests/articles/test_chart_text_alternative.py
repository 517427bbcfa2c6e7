"""The chart's text alternative lists exactly the charted values, each with its label, and the bars start at zero:
their lengths compare as the values do."""

from __future__ import annotations

import re

import defusedxml.ElementTree as ET  # noqa: N817
import pytest
from django.test import Client

from newsdesk.articles.chart import bar_chart
from newsdesk.articles.figures import KeyFigure, Kind, figures_of
from newsdesk.sources.models import SourceItem
from tests.figured import figured_article

SVG = "{http://www.w3.org/2000/svg}"


def amount(shown: str, value: float, label: str) -> KeyFigure:
    return KeyFigure(shown=shown, label=label, kind=Kind.AMOUNT, unit="$", value=value, exact=True, sentence=1,
                     cites=(1,), verdict="supported")


def bars(svg: str) -> list[tuple[float, float]]:
    """Return each bar's left edge and width, read from its path."""
    out = []
    for path in ET.fromstring(svg).iter(f"{SVG}path"):
        if path.get("class") == "bar":
            xs = [float(x) for x in re.findall(r"(?:M|L) ([\d.]+) [\d.]+", path.get("d", ""))]
            out.append((min(xs), max(xs) - min(xs)))
    return out


def test_the_text_alternative_names_each_bar_s_value_exactly() -> None:
    figures = [amount("$14.3 billion", 14.3e9, "Invested in Scale AI"),
               amount("$51.24 billion", 51.24e9, "Meta's advertising revenue"),
               amount("$72 billion", 72e9, "Capital spending, 2025")]
    chart = bar_chart(figures)
    root = ET.fromstring(chart.svg)
    assert root.get("role") == "img"
    named = [root.find(f"{SVG}{tag}") for tag in ("title", "desc")]
    assert root.get("aria-labelledby") == " ".join(e.get("id") for e in named)
    assert named[1].text == chart.description
    listed = re.findall(r"(?:\. |; )([^:;]+): ([^;]+?)(?=;|\.$)", chart.description)
    assert listed == [(f.label, f.shown) for f in figures]
    drawn = bars(chart.svg)
    assert len(drawn) == 3
    assert len({round(left, 3) for left, _ in drawn}) == 1  # one zero line for every bar
    widths = [w for _, w in drawn]
    assert widths[0] / widths[2] == pytest.approx(14.3 / 72, rel=1e-3)
    assert widths[1] / widths[2] == pytest.approx(51.24 / 72, rel=1e-3)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"$14.3 billion", "$51.24 billion", "$72 billion"} <= set(texts)  # each bar says its value as written


@pytest.mark.django_db
def test_the_page_s_chart_lists_the_figures_it_charts(client: Client, french_item: SourceItem) -> None:
    article = figured_article(french_item)
    figures = figures_of(article)
    assert [f.shown for f in figures.chart] == ["$14.3 billion", "$51.24 billion"]  # "up to $72 billion" is a ceiling
    html = client.get(article.get_absolute_url()).content.decode()
    svg = html[html.index("<svg"):html.index("</svg>") + 6]
    description = ET.fromstring(svg).find(f"{SVG}desc").text
    assert description == ("Bar chart, bars from zero. Invested in Scale AI: $14.3 billion; "
                           "Meta's advertising revenue: $51.24 billion.")
    assert "style" not in svg  # the site's Content-Security-Policy allows no inline style
    caption = html[html.index('<figcaption>', html.index("</svg>")):html.index("</figcaption>", html.index("</svg>"))]
    assert "Source: example.com" in caption and 'href="#src-2"' in caption and 'href="#src-4"' in caption
