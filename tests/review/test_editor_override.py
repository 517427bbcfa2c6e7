"""An editor may publish a text that fails the check only with a reason; the page says so, and claims no pass."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.review.models import Event

from .conftest import WRONG_HEADLINE

pytestmark = pytest.mark.django_db


def test_published_despite_the_check_says_so(desk: Client, held: Article) -> None:
    desk.post(f"/desk/articles/{held.pk}/publish/", {"reason": "the figure was confirmed by phone"})
    held.refresh_from_db()
    assert held.status == Article.Status.PUBLISHED
    assert held.override_note == "the figure was confirmed by phone"
    assert held.check_label == "Did not pass the automatic check"
    page = Client().get(held.get_absolute_url()).content.decode()
    assert f"<h1>{WRONG_HEADLINE}</h1>" in page
    assert "Published by an editor despite: the figure was confirmed by phone" in page
    assert "all supported" not in page.split('class="provenance"')[0]  # the header claims no pass
    event = Event.objects.get(article=held, action=Event.Action.OVERRIDDEN)
    assert event.user is not None and event.user.get_username() == "alice"
    assert "despite the check: the figure was confirmed by phone" in event.note


def test_a_later_passing_correction_clears_the_override(desk: Client, held: Article) -> None:
    desk.post(f"/desk/articles/{held.pk}/publish/", {"reason": "confirmed by phone"})
    desk.post(f"/desk/articles/{held.pk}/sentences/1/", {"text": "Meta puts $14.3 billion into Scale AI", "cites": "1"})
    desk.post(f"/desk/articles/{held.pk}/publish/", {"correction": "Corrected the amount in the headline."})
    held.refresh_from_db()
    assert held.override_note == "" and held.latest_verification.passed
    assert held.check_label == held.latest_verification.label
    page = Client().get(held.get_absolute_url()).content.decode()
    assert "Published by an editor despite" not in page
    assert "Corrected the amount in the headline." in page
