"""The real embedded model takes an item to a published page that readers can rate and comment on."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client, override_settings

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
    assert "Alphabet said on Wednesday" in html  # the source summary
    assert "Click to rate this post!" in html

    response = client.post(f"/articles/{article.pk}/rate/", {"stars": 5}, HTTP_ACCEPT="application/json")
    assert response.json()["total"] == 1
    post_comment(client, article, "Clear and sourced.", name="Carol")
    assert Comment.objects.get().status == Comment.Status.PENDING
