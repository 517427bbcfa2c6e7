"""Queued stories are written, checked and published by `newsdesk worker`, once each."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from django.core.management import call_command

from newsdesk.articles.models import Article
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db(transaction=True)


def test_worker_publishes_queued_stories_once(french_item: SourceItem) -> None:
    llm = ScriptedLLM(article_json())
    call_command("generate", enqueue=True)
    call_command("generate", enqueue=True)  # queued twice, e.g. by two editors
    with patch("newsdesk.articles.pipeline.get_llm", autospec=True, return_value=llm):
        call_command("worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert len(llm.calls) == 1  # the second task found the article finished
