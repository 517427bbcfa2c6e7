"""First comments and comments with 2 or more links are held; editors approve, mark spam or delete in bulk."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment, CommentThrottle

from .conftest import post_comment

pytestmark = pytest.mark.django_db


def known_reader(client: Client, article: Article) -> None:
    post_comment(client, article, "My first comment.")
    Comment.objects.update(status=Comment.Status.APPROVED)
    CommentThrottle.objects.all().delete()


def test_first_comment_from_a_reader_is_held(client: Client, article: Article) -> None:
    post_comment(client, article, "Hello.")
    assert Comment.objects.get().status == Comment.Status.PENDING
    assert Comment.objects.get().hold_reason == "first comment from this reader"


def test_reader_with_an_approved_comment_is_shown_at_once(client: Client, article: Article) -> None:
    known_reader(client, article)
    html = post_comment(client, article, "Second comment.").content.decode()
    assert Comment.objects.get(text="Second comment.").status == Comment.Status.APPROVED
    assert "Second comment." in html


def test_comment_with_two_links_is_held_even_from_a_known_reader(client: Client, article: Article) -> None:
    known_reader(client, article)
    post_comment(client, article, "See https://a.example/x and www.b.example.com")
    comment = Comment.objects.get(text__startswith="See")
    assert comment.status == Comment.Status.PENDING
    assert comment.hold_reason == "2 or more links"


def test_comment_with_one_link_from_a_known_reader_is_shown(client: Client, article: Article) -> None:
    known_reader(client, article)
    post_comment(client, article, "Source: https://a.example/x")
    assert Comment.objects.get(text__startswith="Source").status == Comment.Status.APPROVED


def test_editor_marks_comments_as_spam_in_bulk(editor: Client, article: Article) -> None:
    for n in range(3):
        post_comment(Client(REMOTE_ADDR=f"192.0.2.{n}"), article, f"Comment {n}.")
    ids = list(Comment.objects.values_list("pk", flat=True))
    editor.post("/admin/engagement/comment/", {"action": "mark_spam", "_selected_action": ids})
    assert set(Comment.objects.values_list("status", flat=True)) == {Comment.Status.SPAM}


def test_editor_deletes_comments_in_bulk(editor: Client, article: Article) -> None:
    for n in range(3):
        post_comment(Client(REMOTE_ADDR=f"192.0.2.{n}"), article, f"Comment {n}.")
    ids = list(Comment.objects.values_list("pk", flat=True))
    editor.post(
        "/admin/engagement/comment/", {"action": "delete_selected", "_selected_action": ids, "post": "yes"}
    )
    assert Comment.objects.count() == 0


def test_spam_is_not_shown(client: Client, article: Article) -> None:
    Comment.objects.create(article=article, name="Spammer", text="Cheap pills.", status=Comment.Status.SPAM)
    assert "Cheap pills." not in client.get(article.get_absolute_url()).content.decode()
