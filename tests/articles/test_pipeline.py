"""Generate, verify, publish: checked articles are published, failing ones rewritten, then held."""

from __future__ import annotations

import pytest
from django.test import override_settings

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db

WRONG_YEAR = article_json(sections=[
    ("The investment", "The $14.3 billion deal reorganises Meta's AI teams."),
    ("Spending plans", "Meta expects capital spending of up to $72 billion in 2023."),
])


def test_checked_article_is_published(french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at is not None
    assert article.latest_verification.passed
    assert list(article.sources.all()) == [french_item]
    assert article.tokens_out == 50
    assert set(article.stage_seconds) == {"generate", "verify", "publish"}


def test_failing_article_is_rewritten_with_its_failures_named(french_item: SourceItem) -> None:
    llm = ScriptedLLM(WRONG_YEAR, article_json())
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert article.attempts == 2
    assert "2023" in llm.calls[1]["messages"][1].content
    assert [v.passed for v in article.verifications.order_by("attempt")] == [False, True]


@override_settings(NEWSDESK_REPAIR_ATTEMPTS=2)
def test_article_that_keeps_failing_is_held_never_published(french_item: SourceItem) -> None:
    llm = ScriptedLLM(WRONG_YEAR)
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.HELD
    assert article.published_at is None
    assert len(llm.calls) == 3
    assert "2023" in article.hold_reason


def test_running_the_pipeline_twice_publishes_once(french_item: SourceItem) -> None:
    first = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    llm = ScriptedLLM(article_json(headline="A different headline"))
    second = process_story(french_item.story, llm=llm)
    assert second.pk == first.pk
    assert llm.calls == []
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == 1
    assert second.published_at == first.published_at


def test_model_that_never_answers_in_structure_leaves_the_article_held(french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM("no json here"))
    assert article.status == Article.Status.HELD
    assert "no usable article" in article.hold_reason
    assert article.tokens_out == 150  # three tries of 50 tokens each are still accounted for
