"""An editor's edit is checked at once: a published article that now fails is held; the status is never set by hand."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


def change_form_data(editor: Client, url: str) -> dict[str, Any]:
    """Return what the admin's change form would send back unchanged, as a browser would post it."""
    context = editor.get(url).context
    form = context["adminform"].form
    data: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if name == "sections":
            value = json.dumps(value)
        elif isinstance(value, list):
            value = [getattr(v, "pk", v) for v in value]
        data[name] = "" if value is None else value
    for inline in context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({f"{management.prefix}-{k}": v for k, v in management.initial.items()})
        for inline_form in inline.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                data[f"{inline_form.prefix}-{name}"] = getattr(value, "pk", value if value is not None else "")
    return data


def test_a_published_article_edited_to_a_wrong_figure_is_held(editor: Client, french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    assert article.status == Article.Status.PUBLISHED
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_data(editor, url)
    data["headline"] = "Meta puts $41.3 billion into Scale AI"
    response = editor.post(url, data, follow=True)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.headline == "Meta puts $41.3 billion into Scale AI"
    assert article.status == Article.Status.HELD
    assert "41.3 billion" in json.dumps(article.latest_verification.claims)
    assert not article.latest_verification.passed
    assert editor.get(article.get_absolute_url()).status_code == 404  # no longer public


def test_a_correct_edit_keeps_it_published_with_fresh_verdicts(editor: Client, french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_data(editor, url)
    data["headline"] = "Meta invests $14.3 billion in Scale AI"
    editor.post(url, data)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.verifications.count() == 2 and article.latest_verification.passed


def test_the_status_cannot_be_set_by_hand(editor: Client, french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(headline="Meta puts $99 billion in")))
    assert article.status == Article.Status.HELD
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_data(editor, url)
    assert "status" not in data
    data["status"] = Article.Status.PUBLISHED
    editor.post(url, data)
    article.refresh_from_db()
    assert article.status == Article.Status.HELD
