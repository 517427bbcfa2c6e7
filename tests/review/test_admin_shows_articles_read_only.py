"""The admin shows an article read-only and sends editors to the desk: a posted change alters nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


def test_a_posted_change_to_a_live_article_changes_nothing(editor: Client, french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    url = f"/admin/articles/article/{article.pk}/change/"
    page = editor.get(url).content.decode()
    assert f'href="/desk/articles/{article.pk}/">Edit, check and publish it on the desk' in page
    assert 'name="headline"' not in page and 'name="update_note"' not in page and 'name="status"' not in page
    editor.post(url, {"headline": "Meta puts $41.3 billion into Scale AI", "status": "held",
                      "override_note": "x", "verifications-TOTAL_FORMS": "0",
                      "verifications-INITIAL_FORMS": "0"})
    stored = Article.objects.get(pk=article.pk)
    assert stored.headline == "Meta puts $14.3 billion into Scale AI"
    assert stored.status == Article.Status.PUBLISHED and stored.override_note == ""
    assert editor.get(article.get_absolute_url()).status_code == 200
