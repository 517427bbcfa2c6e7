"""The key-figures panel and the share card hold only figures the check found in the source: a figure the check
failed, in a page an editor published despite it, never reaches either."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from django.contrib.auth.models import User
from django.test import Client
from PIL import Image, ImageChops

from newsdesk.articles.card import render_card
from newsdesk.articles.figures import SHOWN_VERDICTS, figures_of
from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.review import desk
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json
from tests.figured import PANEL, RENDERED, figured_article

pytestmark = pytest.mark.django_db

PLANTED = article_json(
    headline=("Meta puts $41.3 billion into Scale AI", [1]),  # the source says 14,3 milliards
    introduction=("Meta said on October 30 that it invested $14.3 billion in Scale AI.", [2]),
    conclusion="",
    paragraphs=[
        [("Meta expects capital spending of up to $72 billion in 2025.", [3])],
        [("Meta's advertising revenue rose 26% year over year to $51.24 billion.", [4])],
    ],
)


def panel_of(html: str) -> str:
    return html[html.index('<section class="key-figures"'):html.index("</section>", html.index('class="key-figures"'))]


def test_every_figure_in_the_panel_is_a_checked_claim_of_its_sentence(client: Client, french_item: SourceItem
                                                                       ) -> None:
    article = figured_article(french_item)
    figures = figures_of(article)
    assert [(f.shown, f.label, f.cites) for f in figures.panel] == PANEL
    claims = article.latest_verification.claims
    for figure in figures.panel:
        own = [c for c in claims if c["sentence"] == figure.sentence and c["text"] in figure.shown]
        assert own and all(c["verdict"] in SHOWN_VERDICTS for c in own), (figure, own)
    panel = panel_of(client.get(article.get_absolute_url()).content.decode())
    for shown, _, cites in PANEL:
        assert f'<span class="figure-value">{shown}</span>' in panel
        assert f'<a class="cite" href="#src-{cites[0]}" data-cite="{cites[0]}"' in panel


def test_a_planted_unsupported_figure_never_reaches_the_panel_or_the_card(client: Client, french_item: SourceItem
                                                                          ) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(PLANTED, renderings=[RENDERED]))
    assert article.status == Article.Status.HELD
    editor = User.objects.create_user("alice", is_staff=True)
    desk.publish(article, editor, reason="the desk wants it up")  # published despite the failing headline
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    failing = [c for c in article.latest_verification.claims if c["verdict"] == "unsupported"]
    assert [(c["text"], c["sentence"]) for c in failing] == [("41.3 billion", 0)]

    html = client.get(article.get_absolute_url()).content.decode()
    assert "$41.3 billion" in html  # the page still says it, in the headline the editor let through
    panel = panel_of(html)
    assert "41.3" not in panel
    assert '<span class="figure-value">$14.3 billion</span>' in panel  # the same investment, as checked
    figures = figures_of(article)
    assert all("41.3" not in f.shown for f in figures.panel + figures.chart)
    assert "41.3" not in html[html.index('<meta property="og:image:alt"'):].split(">", 1)[0]

    served = client.get(f"/articles/{article.pk}/card.png")
    card = b"".join(served.streaming_content)
    assert figures.title == "Meta said on October 30 that it invested $14.3 billion in Scale AI."  # not the headline
    assert card == render_card(headline=figures.title, figures=figures, site_name="newsdesk")
    planted = replace(figures, panel=(replace(figures.panel[0], shown="$41.3 billion"),))
    drawn = render_card(headline=figures.title, figures=planted, site_name="newsdesk")
    difference = ImageChops.difference(Image.open(io.BytesIO(card)), Image.open(io.BytesIO(drawn)))
    assert difference.getbbox() is not None  # the card would show the planted figure if it had reached it


def test_a_verdict_on_another_text_is_not_taken_for_this_one(client: Client, french_item: SourceItem) -> None:
    """An edited sentence whose stored verdicts were for its earlier words shows no figure from them."""
    article = figured_article(french_item)
    sentences = [dict(s) for s in article.sentences]
    sentences[2]["text"] = "Meta expects capital spending of up to $27 billion in 2025."
    article.sentences = sentences
    article.save()
    shown = [f.shown for f in figures_of(article).panel]
    assert "up to $27 billion" not in shown and "up to $72 billion" not in shown
    assert "$51.24 billion" in shown
