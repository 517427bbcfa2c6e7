"""Two editors on one article: an edit or a publish made on a text that has changed since is refused, not lost."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.review.models import Version

pytestmark = pytest.mark.django_db


@pytest.fixture
def carol(db: None) -> Client:
    """Carol is another editor."""
    browser = Client()
    browser.force_login(User.objects.create_user("carol", "carol@example.com", "pw", is_staff=True))
    return browser


def test_the_second_edit_of_the_same_text_is_refused(desk: Client, carol: Client, held: Article) -> None:
    desk.get(f"/desk/articles/{held.pk}/")  # both open version 1
    carol.post(f"/desk/articles/{held.pk}/sentences/1/",
               {"text": "Meta puts $14.3 billion into Scale AI", "cites": "1", "base": "1"})
    said = desk.post(f"/desk/articles/{held.pk}/sentences/1/",
                     {"text": "Meta backs Scale AI", "cites": "1", "base": "1"}, follow=True).content.decode()
    assert "The text changed while you had it open (it is now version 2, by carol)" in said
    latest = Version.objects.filter(article=held).order_by("-number").first()
    assert latest is not None and latest.number == 2
    assert latest.sentences[0]["text"] == "Meta puts $14.3 billion into Scale AI"


def test_publishing_a_text_that_changed_since_is_refused(desk: Client, carol: Client, held: Article) -> None:
    carol.post(f"/desk/articles/{held.pk}/sentences/1/",
               {"text": "Meta puts $14.3 billion into Scale AI", "cites": "1", "base": "1"})
    said = desk.post(f"/desk/articles/{held.pk}/publish/", {"reason": "checked", "base": "1"},
                     follow=True).content.decode()
    assert "The text changed while you had it open" in said
    assert Article.objects.get(pk=held.pk).status == Article.Status.HELD
    assert "not a number" in desk.post(f"/desk/articles/{held.pk}/publish/", {"base": "²"},
                                       follow=True).content.decode()
