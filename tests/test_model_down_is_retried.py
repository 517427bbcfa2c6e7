"""While the model fails, the worker keeps the story queued with backoff and shows why; then it writes it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from newsdesk.articles.models import Article
from newsdesk.llm import Completion, LLMError, Message
from newsdesk.sources.models import Feed
from tests.commands import run_worker, status
from tests.fakes import ScriptedLLM, article_json
from tests.lib.servers import respond, serve, static

pytestmark = pytest.mark.django_db(transaction=True)

FEED = (
    "<rss version='2.0'><channel><title>Wire</title><item><title>Meta puts &#36;14.3 billion into Scale AI</title>"
    "<link>https://wire.example/meta</link><description>Meta said on October 30 that it invested &#36;14.3 billion "
    "in Scale AI. The &#36;14.3 billion investment is in Scale AI. Meta expects capital spending of up to &#36;72 "
    "billion in 2025. Meta's advertising revenue rose 26% year over year to &#36;51.24 billion.</description>"
    "</item></channel></rss>"
)


class DownModelServer:
    """A model server that answers 503, as the OpenAI-compatible backend reports it."""

    name = "down"

    def __init__(self) -> None:
        self.calls = 0

    def complete(self, messages: Sequence[Message], **kwargs: Any) -> Completion:
        self.calls += 1
        raise LLMError("model server error: Error code: 503 - Service Unavailable")


def test_a_story_waits_while_the_model_is_down_and_is_written_when_it_is_back(settings) -> None:
    settings.NEWSDESK_ALLOW_PRIVATE_NETWORKS = True
    settings.NEWSDESK_LLM_RETRY_SECONDS = 60
    with serve(static({"/rss": respond(FEED.encode(), content_type="application/rss+xml")})) as base:
        Feed.objects.create(url=f"{base}/rss", fetch_pages=False)
        down = DownModelServer()
        before = timezone.now()
        log = run_worker(down)
    assert down.calls == 1  # tried once, then left for later: the batch run does not wait
    assert "503" in log
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    retry = DBTaskResult.objects.get(status="READY")
    assert before + timedelta(seconds=60) <= retry.run_after <= timezone.now() + timedelta(seconds=60)
    assert retry.args_kwargs["kwargs"] == {"attempt": 1}
    assert "503" in Feed.objects.get().writing_error
    shown = status()
    assert "queue: 1 pending (1 waiting to retry" in shown
    assert "1 failed in the last day" in shown
    assert f"failed {timezone.now():%Y-%m-%d}" in shown and "503" in shown
    assert "writing failing: " in shown and "1 failing" in shown

    # still down at the retry: the wait doubles
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    before = timezone.now()
    run_worker(down)
    again = DBTaskResult.objects.get(status="READY")
    assert again.run_after >= before + timedelta(seconds=120)

    DBTaskResult.objects.filter(pk=again.pk).update(run_after=timezone.now())
    log = run_worker(ScriptedLLM(article_json()))
    assert Article.objects.get().status == Article.Status.PUBLISHED
    assert "story " in log and "published" in log
    assert Feed.objects.get().writing_error == ""
    assert not DBTaskResult.objects.filter(status="READY").exists()
