"""Editing a live article works on the desk's copy: readers keep the published text until a passing correction is
published, which keeps the first publication date and says "Updated <date>: <note>" on the page, feeds and JSON-LD."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.review.models import Event

pytestmark = pytest.mark.django_db


def test_a_wrong_figure_on_the_desk_leaves_the_live_page_unchanged(desk: Client, live: Article) -> None:
    before = Client().get(live.get_absolute_url()).content.decode()
    desk.post(f"/desk/articles/{live.pk}/sentences/1/", {"text": "Meta puts $41.3 billion into Scale AI", "cites": "1"})
    refused = desk.post(f"/desk/articles/{live.pk}/publish/", {"correction": "New figure"}, follow=True)
    assert "The text fails the check" in refused.content.decode()
    live.refresh_from_db()
    assert live.status == Article.Status.PUBLISHED
    page = Client().get(live.get_absolute_url()).content.decode()
    assert "41.3" not in page and f"<h1>{live.headline}</h1>" in page
    assert page.count("14.3 billion") == before.count("14.3 billion")


def test_a_correction_needs_a_note_and_keeps_the_first_date(desk: Client, live: Article) -> None:
    first = live.published_at
    body = next(i for i, s in enumerate(live.sentences, 1) if s["part"] == "body")
    desk.post(f"/desk/articles/{live.pk}/sentences/{body}/",
              {"text": "Meta's $14.3 billion investment went to Scale AI.", "cites": "2"})
    refused = desk.post(f"/desk/articles/{live.pk}/publish/", follow=True).content.decode()
    assert "Say what the correction changes" in refused
    assert Article.objects.get(pk=live.pk).revised_at is None

    desk.post(f"/desk/articles/{live.pk}/publish/", {"correction": "Clarified where the investment went."})
    live.refresh_from_db()
    assert live.published_at == first and live.revised_at is not None
    page = Client().get(live.get_absolute_url()).content.decode()
    assert "Meta&#x27;s $14.3 billion investment went to Scale AI." in page
    assert 'Updated</strong> <time datetime="' in page
    assert '<span class="update-note">Clarified where the investment went.</span>' in page
    ld = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["datePublished"] == first.isoformat() and ld["dateModified"] == live.revised_at.isoformat()
    atom = Client().get("/feed/atom/").content.decode()
    assert f"<updated>{live.revised_at.isoformat()}</updated>" in atom
    assert Event.objects.filter(article=live, action=Event.Action.CORRECTED, user__username="alice").exists()


def test_unpublish_then_publish_again_keeps_the_date(desk: Client, live: Article) -> None:
    first = live.published_at
    desk.post(f"/desk/articles/{live.pk}/unpublish/", {"reason": "checking a quote"})
    live.refresh_from_db()
    assert live.status == Article.Status.HELD and live.hold_reason == "unpublished by alice: checking a quote"
    assert Client().get(live.get_absolute_url()).status_code == 404
    desk.post(f"/desk/articles/{live.pk}/unpublish/")  # twice: nothing more happens
    assert Event.objects.filter(article=live, action=Event.Action.UNPUBLISHED).count() == 1
    desk.post(f"/desk/articles/{live.pk}/publish/")
    live.refresh_from_db()
    assert live.status == Article.Status.PUBLISHED and live.published_at == first
    assert Client().get(live.get_absolute_url()).status_code == 200


def test_a_live_article_cannot_be_rejected(desk: Client, live: Article) -> None:
    said = desk.post(f"/desk/articles/{live.pk}/reject/", follow=True).content.decode()
    assert "A live article cannot be rejected: unpublish it first." in said
    assert Article.objects.get(pk=live.pk).status == Article.Status.PUBLISHED


def test_reject_and_reopen(desk: Client, held: Article) -> None:
    desk.post(f"/desk/articles/{held.pk}/reject/", {"reason": "duplicate"})
    assert Article.objects.get(pk=held.pk).status == Article.Status.REJECTED
    said = desk.post(f"/desk/articles/{held.pk}/publish/", follow=True).content.decode()
    assert "reopen it before publishing" in said
    desk.post(f"/desk/articles/{held.pk}/reopen/")
    assert Article.objects.get(pk=held.pk).status == Article.Status.HELD
    actions = list(Event.objects.filter(article=held, user__username="alice").values_list("action", flat=True))
    assert actions == [Event.Action.REOPENED, Event.Action.REJECTED]
