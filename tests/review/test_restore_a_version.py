"""Any earlier version can be put back on the desk, checked again, and published."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.review.models import Event, Version

pytestmark = pytest.mark.django_db


def test_restore_the_model_draft_of_a_live_article(desk: Client, live: Article) -> None:
    original = list(live.sentences)
    edit = {"text": "Meta backs Scale AI with $14.3 billion", "cites": "1"}
    desk.post(f"/desk/articles/{live.pk}/sentences/1/", edit)
    desk.post(f"/desk/articles/{live.pk}/publish/", {"correction": "New headline."})
    assert Article.objects.get(pk=live.pk).headline == "Meta backs Scale AI with $14.3 billion"

    said = desk.post(f"/desk/articles/{live.pk}/versions/1/restore/", follow=True).content.decode()
    assert "Version 1 is back on the desk as version 3" in said
    restored = Version.objects.get(article=live, number=3)
    assert restored.made == Version.Made.RESTORED and restored.sentences == original and restored.passed
    desk.post(f"/desk/articles/{live.pk}/publish/", {"correction": "Back to the first headline."})
    live.refresh_from_db()
    assert live.sentences == original
    assert Event.objects.filter(article=live, action=Event.Action.RESTORED, user__username="alice").count() == 1


def test_restoring_a_version_that_does_not_exist_is_refused(desk: Client, live: Article) -> None:
    said = desk.post(f"/desk/articles/{live.pk}/versions/9/restore/", follow=True).content.decode()
    assert "This article has no version 9." in said
    assert Version.objects.filter(article=live).count() == 1
