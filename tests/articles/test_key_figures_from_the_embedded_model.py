"""The real embedded model writes an article; its page's key figures are each a figure the check found in the
source sentence it cites, and its share card is drawn from them."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.test import Client, override_settings
from PIL import Image

from newsdesk.articles.figures import SHOWN_VERDICTS, figures_of
from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.llm import get_llm
from newsdesk.sources.add import store, validate

pytestmark = [pytest.mark.django_db, pytest.mark.model]


def test_the_model_s_article_shows_only_checked_figures(small_model_path: Path, client: Client) -> None:
    with override_settings(NEWSDESK_LLM_BACKEND="embedded", NEWSDESK_LLM_MODEL=str(small_model_path),
                           NEWSDESK_LLM_TEMPERATURE=0):
        item, _ = store(validate(
            title="Alphabet raises its spending plan",
            summary=(
                "Alphabet said on Wednesday that it will spend $91 billion on data centres this year, more than "
                "it planned before. Its cloud revenue grew 34% to $15.2 billion."
            ),
            url="https://example.com/alphabet-capex",
            language="en",
        ))
        article = process_story(item.story, llm=get_llm())
    if article.status != Article.Status.PUBLISHED:
        pytest.fail(f"the small model's article was held: {article.hold_reason}")

    figures = figures_of(article)
    assert figures.panel, f"no checked figure in {[s['text'] for s in article.sentences]}"
    claims = article.latest_verification.claims
    for figure in figures.panel:
        sentence = article.sentences[figure.sentence]["text"]
        own = [c for c in claims if c["sentence"] == figure.sentence and c["text"] in figure.shown]
        assert own and all(c["verdict"] in SHOWN_VERDICTS for c in own), (figure, own)
        assert not [c for c in claims if c["sentence"] == figure.sentence and c["verdict"] not in SHOWN_VERDICTS]
        assert figure.shown in sentence
        assert all(w.casefold() in sentence.casefold() for w in re.findall(r"[\w'’-]+", figure.label))
        assert set(figure.cites) <= set(article.sentences[figure.sentence]["cites"])

    html = client.get(article.get_absolute_url()).content.decode()
    panel = html[html.index('<section class="key-figures"'):]
    values = re.findall(r'<span class="figure-value">([^<]+)</span>', panel.split("</section>")[0])
    assert values == [f.shown for f in figures.panel]
    card = b"".join(client.get(f"/articles/{article.pk}/card.png").streaming_content)
    assert Image.open(io.BytesIO(card)).size == (1200, 630)
