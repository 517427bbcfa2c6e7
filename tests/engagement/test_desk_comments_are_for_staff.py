"""The desk's comments page is for staff: anonymous users are sent to log in, others get 403 and change nothing.

Alice is a superuser, Bob a reader with an account, Charlie staff who may only change comments.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment

pytestmark = pytest.mark.django_db
DESK = "/desk/comments/"


@pytest.fixture
def pending(article: Article) -> Comment:
    return Comment.objects.create(article=article, name="Dan", text="Waiting.", status=Comment.Status.PENDING)


def logged_in(user: User) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def bob(db: None) -> Client:
    return logged_in(User.objects.create_user("bob", "bob@example.com", "pw"))


@pytest.fixture
def charlie(db: None) -> Client:
    user = User.objects.create_user("charlie", "charlie@example.com", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_comment"))
    return logged_in(user)


def test_anonymous_users_are_sent_to_the_login_page(client: Client, pending: Comment) -> None:
    response = client.get(f"{DESK}?status=pending")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/desk/comments/%3Fstatus%3Dpending"
    assert client.post(DESK, {"action": "approve", "comment": [pending.pk]}).status_code == 302
    assert client.post(f"/desk/comments/{pending.pk}/reply/", {"text": "Hi."}).status_code == 302
    assert list(Comment.objects.values_list("status", flat=True)) == [Comment.Status.PENDING]


def test_users_who_are_not_staff_get_403(bob: Client, pending: Comment) -> None:
    assert bob.get(DESK).status_code == 403
    assert bob.get(f"/desk/comments/{pending.pk}/reply/").status_code == 403
    assert bob.post(DESK, {"action": "delete", "comment": [pending.pk]}).status_code == 403
    assert bob.post(f"/desk/comments/{pending.pk}/reply/", {"text": "Hi."}).status_code == 403
    assert list(Comment.objects.values_list("text", "status")) == [("Waiting.", Comment.Status.PENDING)]


def test_a_deactivated_editor_is_sent_to_log_in_again(pending: Comment) -> None:
    former = User.objects.create_superuser("erin", "erin@example.com", "pw")
    browser = logged_in(former)
    User.objects.filter(pk=former.pk).update(is_active=False)
    assert browser.get(DESK).status_code == 302  # an inactive user is logged out, so sent to log in again
    assert browser.post(DESK, {"action": "delete", "comment": [pending.pk]}).status_code == 302
    assert Comment.objects.filter(pk=pending.pk).exists()


def test_staff_act_only_as_their_permissions_allow(charlie: Client, pending: Comment) -> None:
    assert "Waiting." in charlie.get(DESK).content.decode()
    assert charlie.post(DESK, {"action": "delete", "comment": [pending.pk]}).status_code == 403
    assert charlie.post(f"/desk/comments/{pending.pk}/reply/", {"text": "Hi."}).status_code == 403
    assert Comment.objects.count() == 1
    assert charlie.post(DESK, {"action": "approve", "comment": [pending.pk]}).status_code == 302
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_other_methods_are_refused(editor: Client) -> None:
    assert editor.put(DESK).status_code == 405
    assert editor.delete(DESK).status_code == 405
