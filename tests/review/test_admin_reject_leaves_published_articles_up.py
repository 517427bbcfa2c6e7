"""Reject in the admin rejects held and draft articles only: a published one stays up, and the message says so."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.review.models import Event
from newsdesk.sources.add import store, validate
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


def another_story(n: int) -> SourceItem:
    item, _ = store(validate(title=f"Acme hires {n} engineers in Lyon", summary=f"Acme a embauché {n} ingénieurs.",
                             url=f"https://example.com/acme-{n}", language="fr"))
    return item


def reject(editor: Client, url: str, *articles: Article) -> list[str]:
    response = editor.post(url, {"action": "reject", "_selected_action": [a.pk for a in articles]}, follow=True)
    assert response.status_code == 200
    return [str(m) for m in response.context["messages"]]


def test_a_published_article_is_left_up_and_named(editor: Client, french_item: SourceItem) -> None:
    live = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    held = process_story(another_story(40).story, llm=ScriptedLLM(article_json(headline="Acme hires 99")))
    draft = Article.objects.create(story=another_story(50).story, headline="Not yet written")
    assert (live.status, held.status, draft.status) == ("published", "held", "draft")
    said = reject(editor, "/admin/articles/article/", live, held, draft)
    assert said == ["2 article(s) rejected. 1 published article(s) left up: unpublish one on the desk before "
                    "rejecting it."]
    statuses = dict(Article.objects.values_list("pk", "status"))
    assert statuses == {live.pk: "published", held.pk: "rejected", draft.pk: "rejected"}
    assert editor.get(live.get_absolute_url()).status_code == 200
    rejected = Event.objects.filter(action=Event.Action.REJECTED)
    assert sorted((e.article_id, e.user.username) for e in rejected) == [(held.pk, "alice"), (draft.pk, "alice")]


def test_rejecting_again_rejects_nothing_more(editor: Client, french_item: SourceItem) -> None:
    held = process_story(french_item.story, llm=ScriptedLLM(article_json(headline="Meta puts $99 billion in")))
    assert reject(editor, "/admin/review/heldarticle/", held) == ["1 article(s) rejected."]
    assert reject(editor, "/admin/articles/article/", held) == ["0 article(s) rejected. 1 already rejected."]
    assert Article.objects.get().status == Article.Status.REJECTED
