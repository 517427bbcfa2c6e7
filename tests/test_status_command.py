"""`newsdesk status` shows the queue, feeds due and failing, articles by status and the model in use."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.articles.tasks import process_story_task
from newsdesk.sources.models import Feed, SourceItem

pytestmark = pytest.mark.django_db


def status() -> str:
    out = StringIO()
    call_command("status", stdout=out)
    return out.getvalue()


def test_status_counts_the_queue_feeds_and_articles(french_item: SourceItem, settings) -> None:
    settings.NEWSDESK_LLM_BACKEND = "openai"
    settings.NEWSDESK_LLM_MODEL = "llama-3.1-70b"
    settings.NEWSDESK_LLM_BASE_URL = "http://127.0.0.1:8001/v1"
    Article.objects.create(story=french_item.story, status=Article.Status.HELD)
    process_story_task.enqueue(french_item.story_id)
    Feed.objects.create(url="https://due.example/rss")
    Feed.objects.create(url="https://later.example/rss", next_fetch=timezone.now() + timedelta(hours=1))
    broken = Feed.objects.create(
        url="https://broken.example/rss", failures=3, last_error="broken.example answered HTTP 500",
        next_fetch=timezone.now() + timedelta(hours=4),
    )
    shown = status().splitlines()
    assert shown[0] == "queue: 1 pending, 0 running, 0 failed in the last day"
    assert "feeds: 3 followed, 1 due now, 1 failing" in shown
    error = "broken.example answered HTTP 500"
    assert f"  feed {broken.pk} https://broken.example/rss: fetch failing (3 in a row): {error}" in shown
    assert "articles: 0 draft, 1 held, 0 published, 0 rejected" in shown
    assert shown[-1] == "model: openai llama-3.1-70b at http://127.0.0.1:8001/v1"


def test_status_names_the_embedded_default_model_without_loading_it(db: None, settings) -> None:
    settings.NEWSDESK_LLM_BACKEND = "embedded"
    settings.NEWSDESK_LLM_MODEL = ""
    assert status().splitlines()[-1] == "model: embedded qwen2.5-coder-1.5b"
