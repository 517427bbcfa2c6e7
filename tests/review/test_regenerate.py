"""Regenerate queues a new draft from the story's items; it comes to the desk as a checked version, never live."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from django.test import Client, override_settings

from newsdesk.articles.models import Article
from newsdesk.review.models import Event, Version
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_regenerate_a_held_article(desk: Client, held: Article) -> None:
    tokens = held.tokens_out
    with override_settings(TASKS=IMMEDIATE), patch("newsdesk.articles.pipeline.get_llm", autospec=True) as get_llm:
        get_llm.return_value = ScriptedLLM(article_json())
        desk.post(f"/desk/articles/{held.pk}/regenerate/")
    latest = Version.objects.filter(article=held).order_by("-number").first()
    assert latest is not None and latest.number == 2 and latest.made == Version.Made.MODEL
    assert latest.passed and latest.sentences[0]["text"] == "Meta puts $14.3 billion into Scale AI"
    held.refresh_from_db()
    assert held.status == Article.Status.HELD  # the editor publishes it, or not
    assert held.tokens_out > tokens
    assert Event.objects.filter(article=held, action=Event.Action.REGENERATE, user__username="alice").exists()
    page = desk.get(f"/desk/articles/{held.pk}/").content.decode()
    assert ">Publish</button>" in page


def test_regenerating_a_live_article_leaves_it_up(desk: Client, live: Article) -> None:
    shown = list(live.sentences)
    answer = article_json(headline="Meta puts $41.3 billion into Scale AI")
    with override_settings(TASKS=IMMEDIATE), patch("newsdesk.articles.pipeline.get_llm", autospec=True) as get_llm:
        get_llm.return_value = ScriptedLLM(answer)
        desk.post(f"/desk/articles/{live.pk}/regenerate/")
    live.refresh_from_db()
    assert live.status == Article.Status.PUBLISHED and live.sentences == shown
    latest = Version.objects.filter(article=live).order_by("-number").first()
    assert latest is not None and latest.passed is False  # the failing draft waits on the desk
