from __future__ import annotations

import pytest
from django.utils import timezone

from newsdesk.articles.models import Article, Topic
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem, Story
from tests.fakes import ScriptedLLM, article_json


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def make_article(
    headline: str, body: str = "Nothing else happened.", *, status: str = "published"
) -> Article:
    """Store an article directly, for listings that need many."""
    story = Story.objects.create(title=headline)
    return Article.objects.create(
        story=story,
        headline=headline,
        standfirst=f"{headline}.",
        status=status,
        published_at=timezone.now(),
        model_id="scripted-model",
        sections=[{"heading": "What happened", "body": body, "kind": "body"}],
    )


@pytest.fixture
def markets(db: None) -> Topic:
    return Topic.objects.create(name="Markets", description="Money and companies.")
