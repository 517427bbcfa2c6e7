"""The admin has no "Add article", "Add held article" or "Add another Verification": they are made, not typed."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(french_item: SourceItem) -> Article:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(headline="Meta puts $99 billion in")))
    assert article.status == Article.Status.HELD
    return article


@pytest.mark.parametrize("model", ["articles/article", "review/heldarticle", "factcheck/verification"])
def test_the_add_page_is_refused_not_a_server_error(editor: Client, held: Article, model: str) -> None:
    assert editor.get(f"/admin/{model}/add/").status_code == 403
    # saving this form was the server error: an article without a story
    assert editor.post(f"/admin/{model}/add/", {"headline": "Typed in", "sections": "[]"}).status_code == 403
    listing = editor.get(f"/admin/{model}/").content.decode()
    assert f'href="/admin/{model}/add/"' not in listing
    assert Article.objects.count() == 1


def test_the_index_offers_no_add_link_for_them(editor: Client, held: Article) -> None:
    html = editor.get("/admin/").content.decode()
    for model in ["articles/article", "review/heldarticle", "factcheck/verification"]:
        assert f'href="/admin/{model}/add/"' not in html
    assert 'href="/admin/articles/topic/add/"' in html  # what editors do add stays


def test_an_articles_checks_are_shown_but_none_can_be_added_or_deleted(editor: Client, held: Article) -> None:
    for url in [f"/admin/articles/article/{held.pk}/change/", f"/admin/review/heldarticle/{held.pk}/change/"]:
        response = editor.get(url)
        html = response.content.decode()
        assert response.status_code == 200 and "Meta puts $99 billion in" in html
        assert 'id="verifications-empty"' not in html  # the admin's script builds "Add another" from it
        assert '<input type="hidden" name="verifications-MAX_NUM_FORMS" value="0"' in html
        assert "verifications-0-DELETE" not in html
        assert held.verifications.count() >= 1


def test_view_on_site_of_a_held_article_is_its_desk_page(editor: Client, held: Article) -> None:
    html = editor.get(f"/admin/articles/article/{held.pk}/change/").content.decode()
    assert f'href="/desk/articles/{held.pk}/" class="viewsitelink"' in html
