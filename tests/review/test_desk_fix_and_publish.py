"""On the desk an editor fixes a held article's failing sentence in place, sees it pass, and publishes it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.review.models import Event, Version
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

from .conftest import WRONG_HEADLINE

pytestmark = pytest.mark.django_db

FIXED = "Meta puts $14.3 billion into Scale AI"


def row(page: str, n: int) -> str:
    """Return the desk's row of sentence n, from its opening tag to the next row."""
    start = page.rindex("<div", 0, page.index(f'id="s-{n}"'))
    end = page.find('<div class="desk-sentence', start + 1)
    return page[start:end if end > 0 else len(page)]


def test_the_failing_sentence_is_highlighted_beside_its_source_sentence(desk: Client, held: Article) -> None:
    page = desk.get(f"/desk/articles/{held.pk}/").content.decode()
    headline_row = row(page, 1)
    assert 'data-verdict="contradicted"' in headline_row or 'data-verdict="unsupported"' in headline_row
    assert "desk-sentence failing" in headline_row
    assert "41.3" in headline_row and 'data-failure' in headline_row
    assert "Meta investit 14,3 milliards de dollars dans Scale AI" in headline_row  # the cited title, beside it
    assert f'<mark class="failing" id="preview-0">{WRONG_HEADLINE}</mark>' in page  # the preview highlights it too
    assert "Publish despite the check" in page


def test_fix_check_publish(desk: Client, held: Article, alice: User) -> None:
    response = desk.post(f"/desk/articles/{held.pk}/sentences/1/", {"text": FIXED, "cites": "1"}, follow=True)
    page = response.content.decode()
    assert "Saved; checked:" in page
    headline_row = row(page, 1)
    assert 'data-verdict="supported"' in headline_row
    held.refresh_from_db()
    assert held.status == Article.Status.HELD and held.headline == WRONG_HEADLINE  # nothing public changed yet

    desk.post(f"/desk/articles/{held.pk}/publish/")
    held.refresh_from_db()
    assert held.status == Article.Status.PUBLISHED
    assert held.headline == FIXED
    assert held.latest_verification.passed
    assert held.edited_by == "alice"
    public = Client().get(held.get_absolute_url()).content.decode()
    assert f"<h1>{FIXED}</h1>" in public
    assert "edited by <strong>alice</strong>" in public


def test_publishing_twice_publishes_once(desk: Client, held: Article) -> None:
    desk.post(f"/desk/articles/{held.pk}/sentences/1/", {"text": FIXED, "cites": "1"})
    desk.post(f"/desk/articles/{held.pk}/publish/")
    first = Article.objects.get(pk=held.pk).published_at
    desk.post(f"/desk/articles/{held.pk}/publish/")
    assert Article.objects.get(pk=held.pk).published_at == first
    assert Event.objects.filter(article=held, action=Event.Action.PUBLISHED).count() == 1


def test_a_failing_text_is_not_published_without_a_reason(desk: Client, held: Article) -> None:
    response = desk.post(f"/desk/articles/{held.pk}/publish/", follow=True)
    assert "The text fails the check" in response.content.decode()
    held.refresh_from_db()
    assert held.status == Article.Status.HELD
    assert not Event.objects.filter(article=held, action__in=[Event.Action.PUBLISHED, Event.Action.OVERRIDDEN])


def test_the_model_draft_survives_three_edits(desk: Client, held: Article) -> None:
    for text in ("Meta puts $14.3 billion into Scale", "Meta invests $14.3 billion in Scale AI", FIXED):
        desk.post(f"/desk/articles/{held.pk}/sentences/1/", {"text": text, "cites": "1"})
    versions = list(Version.objects.filter(article=held).order_by("number"))
    assert versions[0].made == Version.Made.MODEL
    assert versions[0].sentences[0]["text"] == WRONG_HEADLINE
    assert [v.made for v in versions[1:]] == [Version.Made.EDITOR] * 3
    assert all(v.author and v.author.get_username() == "alice" for v in versions[1:])
    edits = Event.objects.filter(article=held, action=Event.Action.EDITED)
    assert edits.count() == 3 and {e.user.get_username() for e in edits if e.user} == {"alice"}
    history = desk.get(f"/desk/articles/{held.pk}/").content.decode()
    assert f"- [headline] {WRONG_HEADLINE} [1, 2, 3, 4]" in history


def test_bad_edits_are_refused_with_a_reason_and_store_nothing(desk: Client, held: Article) -> None:
    url = f"/desk/articles/{held.pk}/sentences/1/"
    before = Version.objects.filter(article=held).count()
    for data, said in (
        ({"text": "   ", "cites": "1"}, "A sentence cannot be empty"),
        ({"text": FIXED, "cites": "99"}, "Cites must be numbers of source sentences, from 1 to"),
        ({"text": FIXED, "cites": "one"}, "Cites must be numbers of source sentences"),
        ({"text": "x" * 1001, "cites": "1"}, "at most 1000 characters"),
    ):
        assert said in desk.post(url, data, follow=True).content.decode()
    assert "The headline cannot be removed" in desk.post(url, {"remove": "1"}, follow=True).content.decode()
    assert "There is no sentence 40" in desk.post(
        f"/desk/articles/{held.pk}/sentences/40/", {"text": FIXED, "cites": "1"}, follow=True).content.decode()
    assert Version.objects.filter(article=held).count() == before


def test_add_and_remove_a_sentence(desk: Client, held: Article) -> None:
    body = [i for i, s in enumerate(held.sentences, 1) if s["part"] == "body"]
    desk.post(f"/desk/articles/{held.pk}/sentences/{body[-1]}/add/",
              {"text": "Advertising revenue reached $51.24 billion.", "cites": "4", "paragraph": "1"})
    text = Version.objects.filter(article=held).order_by("-number").first()
    assert text is not None
    added = text.sentences[body[-1]]
    assert added["text"] == "Advertising revenue reached $51.24 billion." and added["cites"] == [4]
    assert added["paragraph"] > held.sentences[body[-1] - 1]["paragraph"]
    desk.post(f"/desk/articles/{held.pk}/sentences/{body[-1] + 1}/", {"remove": "1"})
    latest = Version.objects.filter(article=held).order_by("-number").first()
    assert latest is not None and latest.sentences == held.sentences


def test_the_desk_shows_what_the_repair_step_cut(desk: Client, french_item: SourceItem) -> None:
    wrong_year = "Meta expects capital spending of up to $72 billion in 2023."
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(
        sections=(("The investment", "The $14.3 billion investment is in Scale AI."), ("Spending", wrong_year)))))
    assert [c["text"] for c in article.cuts] == [wrong_year]
    page = desk.get(f"/desk/articles/{article.pk}/").content.decode()
    cuts = page[page.index('id="cuts-h"'):page.index('id="versions-h"')]
    assert wrong_year in cuts and "(body: " in cuts
