"""On the desk's comments page editors see pending comments first and approve, spam or delete them in bulk, once."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment
from newsdesk.engagement.moderation import pending_comments_count

pytestmark = pytest.mark.django_db
DESK = "/desk/comments/"


def comment(article: Article, text: str, status: str = Comment.Status.PENDING, **extra: object) -> Comment:
    return Comment.objects.create(article=article, name="Bob", text=text, status=status, **extra)


def notices(response) -> list[str]:  # noqa: ANN001
    return [str(m) for m in response.context["messages"]]


def test_pending_comments_are_listed_first(editor: Client, article: Article) -> None:
    comment(article, "An old pending one.")
    comment(article, "An approved one.", Comment.Status.APPROVED)
    comment(article, "A new pending one.")
    comment(article, "Some spam.", Comment.Status.SPAM)
    html = editor.get(DESK).content.decode()
    order = sorted(["A new pending one.", "An old pending one.", "An approved one.", "Some spam."], key=html.index)
    assert order[:2] == ["A new pending one.", "An old pending one."]
    assert "<strong>2</strong> awaiting moderation" in html
    assert pending_comments_count() == 2


def test_the_list_filters_by_status(editor: Client, article: Article) -> None:
    comment(article, "Waiting.")
    comment(article, "Shown.", Comment.Status.APPROVED)
    html = editor.get(f"{DESK}?status=approved").content.decode()
    assert "Shown." in html and "Waiting." not in html
    response = editor.get(f"{DESK}?status=everything")
    assert response.status_code == 400
    assert response.content.decode() == "status must be one of pending, approved, spam.\n"


def test_approving_in_bulk_shows_the_comments_and_again_changes_nothing(editor: Client, article: Article) -> None:
    first, second = comment(article, "First words."), comment(article, "Second words.")
    untouched = comment(article, "Not ticked.")
    response = editor.post(DESK, {"action": "approve", "comment": [first.pk, second.pk]}, follow=True)
    assert notices(response) == ["2 comment(s) approved."]
    assert set(Comment.objects.filter(pk__in=[first.pk, second.pk]).values_list("status", flat=True)) == {"approved"}
    assert Comment.objects.get(pk=untouched.pk).status == Comment.Status.PENDING
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "First words." in page and "Second words." in page and "Not ticked." not in page
    stamps = dict(Comment.objects.values_list("pk", "updated"))
    again = editor.post(DESK, {"action": "approve", "comment": [first.pk, second.pk]}, follow=True)
    assert notices(again) == ["0 comment(s) approved; 2 already approved."]
    assert dict(Comment.objects.values_list("pk", "updated")) == stamps  # nothing rewritten, so no page re-rendered


def test_marking_spam_in_bulk_takes_the_comments_off_the_page(editor: Client, article: Article) -> None:
    shown = comment(article, "Buy cheap watches.", Comment.Status.APPROVED)
    assert "Buy cheap watches." in Client().get(article.get_absolute_url()).content.decode()
    response = editor.post(DESK, {"action": "spam", "comment": [shown.pk]}, follow=True)
    assert notices(response) == ["1 comment(s) marked as spam."]
    assert Comment.objects.get(pk=shown.pk).status == Comment.Status.SPAM
    assert "Buy cheap watches." not in Client().get(article.get_absolute_url()).content.decode()


def test_deleting_in_bulk_takes_the_replies_too_and_again_deletes_nothing(editor: Client, article: Article) -> None:
    top = comment(article, "Top.", Comment.Status.APPROVED)
    comment(article, "A reply.", Comment.Status.APPROVED, parent=top)
    other = comment(article, "Kept.")
    response = editor.post(DESK, {"action": "delete", "comment": [top.pk]}, follow=True)
    assert notices(response) == ["1 comment(s) deleted; with 1 reply to them."]
    assert list(Comment.objects.values_list("pk", flat=True)) == [other.pk]
    again = editor.post(DESK, {"action": "delete", "comment": [top.pk]}, follow=True)
    assert notices(again) == ["0 comment(s) deleted; 1 already gone."]
    assert list(Comment.objects.values_list("pk", flat=True)) == [other.pk]


def test_the_page_comes_back_with_its_filter_and_page(editor: Client, article: Article) -> None:
    pending = comment(article, "Waiting.")
    response = editor.post(f"{DESK}?status=pending&page=1", {"action": "approve", "comment": [pending.pk]})
    assert response.status_code == 302 and response["Location"] == f"{DESK}?status=pending&page=1"


def test_nothing_ticked_says_so(editor: Client, article: Article) -> None:
    comment(article, "Waiting.")
    response = editor.post(DESK, {"action": "approve"}, follow=True)
    assert notices(response) == ["No comments were selected."]
    assert Comment.objects.get().status == Comment.Status.PENDING


def test_an_unknown_action_or_id_is_refused_with_a_reason(editor: Client, article: Article) -> None:
    pending = comment(article, "Waiting.")
    response = editor.post(DESK, {"action": "publish", "comment": [pending.pk]})
    assert response.status_code == 400
    assert response.content.decode() == "Choose an action: approve, spam or delete.\n"
    response = editor.post(DESK, {"action": "approve", "comment": [pending.pk, "12a"]})
    assert response.status_code == 400
    assert response.content.decode() == f"comment must be a whole number from 1 to {2**63 - 1}.\n"
    assert Comment.objects.get().status == Comment.Status.PENDING


def test_every_action_needs_the_csrf_token(article: Article) -> None:
    pending = comment(article, "Waiting.")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(User.objects.create_superuser("alice", "alice@example.com", "pw"))
    assert browser.post(DESK, {"action": "approve", "comment": [pending.pk]}).status_code == 403
    reply = browser.post(f"/desk/comments/{pending.pk}/reply/", {"text": "Thanks."})
    assert reply.status_code == 403
    assert list(Comment.objects.values_list("status", flat=True)) == [Comment.Status.PENDING]
    form = browser.get(DESK).content.decode()
    token = form.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    done = browser.post(DESK, {"action": "approve", "comment": [pending.pk], "csrfmiddlewaretoken": token})
    assert done.status_code == 302
    assert Comment.objects.get().status == Comment.Status.APPROVED
