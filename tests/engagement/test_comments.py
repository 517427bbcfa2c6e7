"""A posted comment waits for moderation and appears once an editor approves it in the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.engagement.models import Comment
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def test_comment_is_held_then_shown_once_approved(client: Client, article: Article) -> None:
    response = client.post(f"/articles/{article.pk}/comment/", {"name": "Bob", "text": "Useful <b>summary</b>."},
                           follow=True)
    html = response.content.decode()
    assert "awaiting moderation" in html
    assert "Useful" not in html
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING

    alice = User.objects.create_superuser("alice", "alice@example.com", "pw")
    editor = Client()
    editor.force_login(alice)
    editor.post("/admin/engagement/comment/", {"action": "approve", "_selected_action": [comment.pk]})
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Useful &lt;b&gt;summary&lt;/b&gt;." in html


def test_comment_without_a_name_is_refused(client: Client, article: Article) -> None:
    response = client.post(f"/articles/{article.pk}/comment/", {"name": "", "text": "hello"}, follow=True)
    assert "Please give a name" in response.content.decode()
    assert Comment.objects.count() == 0


def test_comment_over_3000_characters_is_refused(client: Client, article: Article) -> None:
    client.post(f"/articles/{article.pk}/comment/", {"name": "Bob", "text": "x" * 3001})
    assert Comment.objects.count() == 0
