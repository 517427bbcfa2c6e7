"""An editor replies to a comment as the site: the reply is approved, one level deep, and shown as the site's."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment

from .conftest import post_comment

pytestmark = pytest.mark.django_db


def comment(article: Article, text: str, status: str = Comment.Status.APPROVED, **extra: object) -> Comment:
    return Comment.objects.create(article=article, name="Bob", text=text, status=status, **extra)


def reply_url(to: Comment) -> str:
    return f"/desk/comments/{to.pk}/reply/"


def test_the_reply_is_shown_under_the_comment_as_the_sites(editor: Client, article: Article) -> None:
    question = comment(article, "Is the figure right?")
    response = editor.post(reply_url(question), {"text": "Yes: Meta's own release says $14.3 billion."})
    reply = Comment.objects.get(from_site=True)
    assert response.status_code == 302 and response["Location"] == f"/desk/comments/#comment-{reply.pk}"
    assert (reply.name, reply.status, reply.parent, reply.editor.username) == (
        "newsdesk", Comment.Status.APPROVED, question, "alice"
    )
    page = Client().get(article.get_absolute_url()).content.decode()
    shown = page[page.index(f'id="comment-{reply.pk}"') :]
    assert '<strong><bdi>newsdesk</bdi></strong> <span class="site-mark">(a reply from the site)</span>' in shown
    assert "<p>Yes: Meta's own release says $14.3 billion.</p>" in shown
    assert page.index(f'id="comment-{question.pk}"') < page.index(f'id="comment-{reply.pk}"')
    assert "alice" not in page  # the editor's account is never shown


def test_the_reply_goes_under_the_sites_name_setting(editor: Client, article: Article, settings: object) -> None:
    settings.NEWSDESK_SITE_NAME = "The Ledger"  # type: ignore[attr-defined]
    editor.post(reply_url(comment(article, "Who wrote this?")), {"text": "A model, checked against the source."})
    assert Comment.objects.get(from_site=True).name == "The Ledger"
    assert "<strong><bdi>The Ledger</bdi></strong>" in Client().get(article.get_absolute_url()).content.decode()


def test_a_reply_to_a_reply_joins_the_first_comment(editor: Client, article: Article) -> None:
    top = comment(article, "Top.")
    answer = comment(article, "An answer.", parent=top)
    editor.post(reply_url(answer), {"text": "Thanks to you both."})
    assert Comment.objects.get(from_site=True).parent == top


def test_replying_to_a_pending_comment_approves_it(editor: Client, article: Article) -> None:
    waiting = comment(article, "A first comment.", Comment.Status.PENDING)
    response = editor.post(reply_url(waiting), {"text": "Welcome."}, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Replied to Bob as newsdesk (their comment is now approved)."
    ]
    assert Comment.objects.get(pk=waiting.pk).status == Comment.Status.APPROVED
    page = Client().get(article.get_absolute_url()).content.decode()
    assert "A first comment." in page and "Welcome." in page


def test_a_reply_to_spam_is_refused_and_kept_in_the_form(editor: Client, article: Article) -> None:
    spam = comment(article, "Cheap watches.", Comment.Status.SPAM)
    response = editor.post(reply_url(spam), {"text": "We do not sell <watches>."})
    html = response.content.decode()
    assert response.status_code == 400
    assert "That comment is marked as spam; approve it before replying." in html
    assert ">\nWe do not sell &lt;watches&gt;.</textarea>" in html
    assert not Comment.objects.filter(from_site=True).exists()


def test_an_empty_or_too_long_reply_is_refused_with_the_reason(editor: Client, article: Article) -> None:
    question = comment(article, "Question.")
    empty = editor.post(reply_url(question), {"text": "   "})
    assert empty.status_code == 400 and "Please write a reply." in empty.content.decode()
    long = editor.post(reply_url(question), {"text": "x" * 3001})
    assert long.status_code == 400
    assert "Your reply is 3001 characters long; the limit is 3000." in long.content.decode()
    assert "x" * 3001 + "</textarea>" in long.content.decode()
    assert not Comment.objects.filter(from_site=True).exists()


def test_the_same_reply_sent_twice_is_posted_once(editor: Client, article: Article) -> None:
    question = comment(article, "Question.")
    editor.post(reply_url(question), {"text": "Answered."})
    again = editor.post(reply_url(question), {"text": "Answered."})
    assert again.status_code == 400 and "That reply is already on this article." in again.content.decode()
    assert Comment.objects.filter(from_site=True).count() == 1


def test_the_reply_form_opens_on_its_own_page_and_goes_back_to_the_desk(editor: Client, article: Article) -> None:
    question = comment(article, "Question.")
    html = editor.get(f"{reply_url(question)}?next=/desk/comments/%3Fstatus%3Dapproved").content.decode()
    assert "Question." in html and 'name="next" value="/desk/comments/?status=approved"' in html
    response = editor.post(reply_url(question), {"text": "Done.", "next": "/desk/comments/?status=approved"})
    assert response["Location"].startswith("/desk/comments/?status=approved#comment-")
    elsewhere = editor.post(reply_url(question), {"text": "Again.", "next": "https://evil.example/"})
    assert elsewhere["Location"].startswith("/desk/comments/#comment-")


def test_readers_cannot_post_under_the_sites_name(client: Client, article: Article) -> None:
    response = post_comment(client, article, "I speak for the site.", name="NewsDesk")
    assert response.status_code == 400
    assert "NewsDesk is the site&#x27;s own name; please give yours." in response.content.decode()
    assert not Comment.objects.exists()
