"""A source item's words are evidence: the admin shows them read-only, and a correction is a new item on the story."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from newsdesk.sources.models import SourceItem, Story

pytestmark = pytest.mark.django_db
ADD = "/admin/sources/sourceitem/add/"
CORRECTION = {
    "title": "Meta investit 14,3 milliards de dollars dans Scale AI (rectificatif)",
    "summary": "Meta a investi 14,3 milliards de dollars, et non 15 milliards, dans Scale AI.",
    "text": "",
    "url": "https://example.com/meta-scale-correction",
    "language": "fr",
    "published_0": "",
    "published_1": "",
    "author": "",
}


def change_url(item: SourceItem) -> str:
    return f"/admin/sources/sourceitem/{item.pk}/change/"


def posted_back(form: Any) -> dict[str, Any]:
    """Return what the change form sends back unchanged."""
    return {name: "" if (v := form.initial.get(name, field.initial)) is None else getattr(v, "pk", v)
            for name, field in form.fields.items()}


def test_the_change_form_shows_title_summary_and_text_read_only(editor: Client, french_item: SourceItem) -> None:
    response = editor.get(change_url(french_item))
    form = response.context["adminform"].form
    assert not {"title", "summary", "text", "url", "language"} & set(form.fields)
    html = response.content.decode()
    assert "Meta investit 14,3 milliards de dollars dans Scale AI" in html
    assert 'name="summary"' not in html and 'name="title"' not in html
    assert "A source is evidence" in html and "add a new item to its story" in html


def test_a_posted_change_to_the_words_is_ignored(editor: Client, french_item: SourceItem) -> None:
    before = SourceItem.objects.get(pk=french_item.pk)
    data = posted_back(editor.get(change_url(french_item)).context["adminform"].form)
    data |= {"title": "Meta invests nothing", "summary": "Nothing happened.", "text": "Made up."}
    response = editor.post(change_url(french_item), data)
    assert response.status_code == 302
    after = SourceItem.objects.get(pk=french_item.pk)
    assert (after.title, after.summary, after.text, after.content_hash, after.sentences) == (
        before.title, before.summary, before.text, before.content_hash, before.sentences
    )


def test_a_correction_is_added_as_a_new_item_on_the_story(editor: Client, french_item: SourceItem) -> None:
    story = french_item.story
    assert editor.get(ADD).status_code == 200
    response = editor.post(ADD, {**CORRECTION, "story": story.pk})
    assert response.status_code == 302
    correction = SourceItem.objects.get(url=CORRECTION["url"])
    assert correction.story == story and correction.language == "fr"
    assert [s["part"] for s in correction.sentences] == ["title", "summary"]
    assert list(story.items.order_by("created", "pk")) == [french_item, correction]
    story.refresh_from_db()
    assert story.updated is not None  # a follow-up: the article is written again from both
    assert SourceItem.objects.get(pk=french_item.pk).summary == french_item.summary


def test_a_new_item_without_a_story_finds_its_own(editor: Client, db: None) -> None:
    editor.post(ADD, {**CORRECTION, "story": ""})
    item = SourceItem.objects.get(url=CORRECTION["url"])
    assert item.story == Story.objects.get() and item.story.title == CORRECTION["title"]


def test_an_item_is_checked_as_newsdesk_add_checks_it(editor: Client, french_item: SourceItem) -> None:
    cases = [
        ({"url": "http://127.0.0.1/admin"}, "This item cannot be stored: "),
        ({"language": "xx"}, "This item cannot be stored: unknown language code &#x27;xx&#x27;"),
        ({"title": french_item.title, "summary": french_item.summary, "url": french_item.url},
         "This item is already stored (the same title, summary and URL)."),
    ]
    for change, error in cases:
        response = editor.post(ADD, {**CORRECTION, "story": french_item.story_id, **change})
        assert response.status_code == 200 and error in response.content.decode()
    assert SourceItem.objects.count() == 1


def test_the_story_page_adds_no_items_of_its_own(editor: Client, french_item: SourceItem) -> None:
    html = editor.get(f"/admin/sources/story/{french_item.story_id}/change/").content.decode()
    # the admin's script offers "Add another" only below MAX_NUM_FORMS, from the empty form it is given
    assert 'id="items-empty"' not in html
    assert '<input type="hidden" name="items-MAX_NUM_FORMS" value="0"' in html
    assert "A source is evidence" in html
