"""Anonymous readers are sent to log in; signed-in readers who are not staff are refused (403): no page, no action."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.review.models import Event

pytestmark = pytest.mark.django_db

PAGES = ("/desk/", "/desk/articles/{pk}/", "/desk/articles/{pk}/preview/")
ACTIONS = ("sentences/1/", "sentences/1/add/", "publish/", "unpublish/", "reject/", "reopen/", "regenerate/",
           "versions/1/restore/")


@pytest.fixture
def bob(db: None) -> Client:
    """Bob has an account but is no editor."""
    browser = Client()
    browser.force_login(User.objects.create_user("bob", "bob@example.com", "pw"))
    return browser


def test_anonymous_readers_are_sent_to_log_in(client: Client, held: Article) -> None:
    for page in (*PAGES, "/desk/comments/"):
        response = client.get(page.format(pk=held.pk))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=/desk/")


def test_a_reader_who_is_no_editor_is_refused_every_desk_page(bob: Client, held: Article) -> None:
    for page in (*PAGES, "/desk/comments/"):
        response = bob.get(page.format(pk=held.pk))
        assert response.status_code == 403
        assert "The desk is for editors." in response.content.decode()
        assert held.headline not in response.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "bob"])
def test_no_action_without_staff(who: str, bob: Client, held: Article) -> None:
    browser = Client() if who == "anonymous" else bob
    for action in ACTIONS:
        response = browser.post(f"/desk/articles/{held.pk}/{action}", {"text": "Meta", "cites": "1"})
        if who == "anonymous":
            assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
        else:
            assert response.status_code == 403
    held.refresh_from_db()
    assert held.status == Article.Status.HELD
    assert not Event.objects.filter(article=held, user__isnull=False).exists()


def test_every_action_needs_the_csrf_token(alice: User, held: Article) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    for action in ACTIONS:
        assert browser.post(f"/desk/articles/{held.pk}/{action}", {"text": "Meta", "cites": "1"}).status_code == 403
    held.refresh_from_db()
    assert held.status == Article.Status.HELD


def test_actions_are_post_only(desk: Client, held: Article) -> None:
    for action in ACTIONS:
        assert desk.get(f"/desk/articles/{held.pk}/{action}").status_code == 405
