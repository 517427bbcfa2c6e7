"""A posted comment waits for moderation and appears once an editor approves it; replies go one level deep."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment

from .conftest import post_comment

pytestmark = pytest.mark.django_db


def approve_all() -> None:
    Comment.objects.update(status=Comment.Status.APPROVED)


def test_comment_is_held_then_shown_once_approved(client: Client, article: Article) -> None:
    html = post_comment(client, article, "Useful <b>summary</b>.").content.decode()
    assert "awaiting moderation" in html
    assert "Useful" not in html
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING

    alice = User.objects.create_superuser("alice", "alice@example.com", "pw")
    editor = Client()
    editor.force_login(alice)
    editor.post("/admin/engagement/comment/", {"action": "approve", "_selected_action": [comment.pk]})
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Useful &lt;b&gt;summary&lt;/b&gt;." in html


def test_comment_without_a_name_is_refused(client: Client, article: Article) -> None:
    assert "Please give a name" in post_comment(client, article, "hello", name="").content.decode()
    assert Comment.objects.count() == 0


def test_comment_over_3000_characters_is_refused(client: Client, article: Article) -> None:
    post_comment(client, article, "x" * 3001)
    assert Comment.objects.count() == 0


def test_comment_of_exactly_3000_characters_is_taken(client: Client, article: Article) -> None:
    post_comment(client, article, "x" * 3000)
    assert Comment.objects.count() == 1


def test_email_is_optional_and_never_shown(client: Client, article: Article) -> None:
    post_comment(client, article, "With an address.", email="carol@example.org")
    post_comment(Client(REMOTE_ADDR="192.0.2.1"), article, "Without an address.")
    approve_all()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "With an address." in html and "Without an address." in html
    assert "carol@example.org" not in html
    assert Comment.objects.get(text="With an address.").email == "carol@example.org"
    assert "carol" not in client.get(f"/api/articles/{article.pk}/").content.decode()


def test_invalid_email_is_refused(client: Client, article: Article) -> None:
    post_comment(client, article, "Hello.", email="not an address")
    assert Comment.objects.count() == 0


def test_reply_is_shown_under_its_comment(client: Client, article: Article) -> None:
    post_comment(client, article, "First thought.")
    approve_all()
    first = Comment.objects.get()
    html = post_comment(
        Client(REMOTE_ADDR="192.0.2.1"), article, "A reply.", name="Dan", query=f"?replyto={first.pk}"
    ).content.decode()
    assert "awaiting moderation" in html
    reply = Comment.objects.get(text="A reply.")
    assert reply.parent == first
    approve_all()
    html = client.get(article.get_absolute_url()).content.decode()
    block = html[html.index(f'id="comment-{first.pk}"') :]
    assert block.index("First thought.") < block.index(f'id="comment-{reply.pk}"') < block.index("A reply.")


def test_reply_to_a_reply_joins_the_first_level(client: Client, article: Article) -> None:
    post_comment(client, article, "Top.")
    approve_all()
    top = Comment.objects.get()
    post_comment(Client(REMOTE_ADDR="192.0.2.1"), article, "Reply.", query=f"?replyto={top.pk}")
    approve_all()
    reply = Comment.objects.get(text="Reply.")
    post_comment(Client(REMOTE_ADDR="192.0.2.2"), article, "Reply to reply.", query=f"?replyto={reply.pk}")
    assert Comment.objects.get(text="Reply to reply.").parent == top


def test_reply_to_a_held_comment_is_refused(client: Client, article: Article) -> None:
    post_comment(client, article, "Still held.")
    held = Comment.objects.get()
    post_comment(Client(REMOTE_ADDR="192.0.2.1"), article, "Reply.", query=f"?replyto={held.pk}")
    assert not Comment.objects.filter(text="Reply.").exists()
