"""The real embedded model takes an item to a published page that readers can rate and comment on."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.utils.html import escape

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.engagement.models import Comment
from newsdesk.llm import get_llm
from newsdesk.sources.add import store, validate
from tests.engagement.conftest import post_comment

pytestmark = [pytest.mark.django_db, pytest.mark.model]


def test_item_becomes_a_checked_page(small_model_path: Path, client: Client) -> None:
    with override_settings(NEWSDESK_LLM_BACKEND="embedded", NEWSDESK_LLM_MODEL=str(small_model_path),
                           NEWSDESK_LLM_TEMPERATURE=0):
        llm = get_llm()
        item, _ = store(validate(
            title="Alphabet raises its spending plan",
            summary=(
                "Alphabet said on Wednesday that it will spend between $91 billion and $93 billion on data "
                "centres this year, more than it planned before. Its cloud revenue grew 34% to $15.2 billion."
            ),
            url="https://example.com/alphabet-capex",
            language="en",
        ))
        article = process_story(item.story, llm=llm)

    verification = article.latest_verification
    assert article.model_id == small_model_path.stem
    assert article.tokens_out > 50
    assert verification is not None
    # whatever the small model wrote, the checker decided, and only a passing article is public
    assert article.status == (Article.Status.PUBLISHED if verification.passed else Article.Status.HELD)
    if article.status == Article.Status.HELD:
        pytest.fail(f"the small model's article was held: {article.hold_reason}")

    html = client.get(article.get_absolute_url()).content.decode()
    assert "Alphabet said on Wednesday" in html  # the source summary, its sentences numbered
    assert '<li id="src-2" value="2">' in html
    assert "Click to rate this post!" in html
    assert "Every sentence checked against its cited source sentence" in html
    numbers = {s["n"] for s in client.get(f"/api/articles/{article.pk}/").json()["sources"][0]["sentences"]}
    sentences = article.sentences
    assert sentences[0]["part"] == "headline"
    texts = [s["text"] for s in sentences]
    assert len(texts) == len(set(texts))  # nothing said twice
    for s in sentences[1:]:  # every body sentence is shown with its citation marks, each a source sentence
        assert s["cites"] and set(s["cites"]) <= numbers
        marks = "".join(f'<a class="cite" href="#src-{n}" data-cite="{n}"' for n in s["cites"][:1])
        assert escape(s["text"]) + '<sup class="cites">' + marks in html
    table = html[html.index("What was checked"):]
    assert table.count("<tr><td>") == len(sentences)  # one row per sentence, the headline's included

    response = client.post(f"/articles/{article.pk}/rate/", {"stars": 5}, HTTP_ACCEPT="application/json")
    assert response.json()["total"] == 1
    post_comment(client, article, "Clear and sourced.", name="Carol")
    assert Comment.objects.get().status == Comment.Status.PENDING
