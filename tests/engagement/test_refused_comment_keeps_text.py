"""A refused comment (too soon, too long, expired, forged, duplicate) comes back in the form; line breaks count once."""

from __future__ import annotations

import re
import time

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.forms import CommentForm, security_hash
from newsdesk.engagement.models import Comment

from .conftest import form_fields, post_comment

pytestmark = pytest.mark.django_db

WORDS = 'Line one & <two>\r\nLine "three".'
SHOWN = "Line one &amp; &lt;two&gt;\r\nLine &quot;three&quot;."


def refused(response, status: int) -> str:  # noqa: ANN001
    assert response.status_code == status
    html = response.content.decode()
    assert f">\n{SHOWN}</textarea>" in html
    assert 'value="Bob"' in html and 'value="bob@example.org"' in html
    return html


def test_too_soon_gives_the_text_back(client: Client, article: Article) -> None:
    post_comment(client, article, "First.")
    html = refused(post_comment(client, article, WORDS, email="bob@example.org"), 429)
    assert "posting comments too quickly" in html
    assert Comment.objects.count() == 1


def test_too_long_gives_the_text_back(client: Client, article: Article) -> None:
    response = post_comment(client, article, WORDS + "x" * 3000, email="bob@example.org")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Your comment is 3030 characters long; the limit is 3000." in html  # the line break counts once
    assert SHOWN + "x" * 3000 + "</textarea>" in html
    assert Comment.objects.count() == 0


def test_an_expired_form_gives_the_text_back_with_a_fresh_signature(client: Client, article: Article) -> None:
    old = str(int(time.time()) - 3 * 60 * 60)
    data = {"name": "Bob", "email": "bob@example.org", "text": WORDS}
    data |= {"timestamp": old, "security_hash": security_hash(article.pk, old)}
    html = refused(client.post(f"/articles/{article.pk}/comment/", data), 400)
    assert "open for too long" in html
    form = html[html.index('id="reply"') :]
    again = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    assert again["timestamp"] != old
    client.post(f"/articles/{article.pk}/comment/", {**again, "name": "Bob", "text": WORDS.replace("\r\n", "\n")})
    assert Comment.objects.get().text == 'Line one & <two>\nLine "three".'


def test_a_signature_from_an_old_key_gives_the_text_back(client: Client, article: Article) -> None:
    data = {**form_fields(client, article), "name": "Bob", "email": "bob@example.org", "text": WORDS}
    data["security_hash"] = "0" * 64
    refused(client.post(f"/articles/{article.pk}/comment/", data), 400)


def test_a_duplicate_gives_the_text_back(client: Client, article: Article) -> None:
    post_comment(Client(REMOTE_ADDR="192.0.2.9"), article, WORDS)
    html = refused(post_comment(client, article, WORDS, email="bob@example.org"), 400)
    assert "already been posted" in html


def test_a_refused_reply_stays_a_reply(client: Client, article: Article) -> None:
    top = Comment.objects.create(article=article, name="Ann", text="Top.", status=Comment.Status.APPROVED)
    response = post_comment(client, article, WORDS, email="not an address", query=f"?replyto={top.pk}")
    html = response.content.decode()
    assert response.status_code == 400 and "Enter a valid email address." in html
    assert f'<input type="hidden" name="parent" value="{top.pk}">' in html
    assert f">\n{SHOWN}</textarea>" in html


def test_the_honeypot_alone_gets_no_page_back(client: Client, article: Article) -> None:
    response = post_comment(client, article, WORDS, honeypot="http://spam.example")
    assert response.status_code == 400 and "</textarea>" not in response.content.decode()


def test_3000_characters_with_line_breaks_sent_as_crlf_are_taken(client: Client, article: Article) -> None:
    lines = ["x" * 99] * 30  # 30 lines of 99 and 29 line breaks: 2,999 characters as the textarea counts
    text = "\r\n".join(lines) + "y"
    assert len(text.replace("\r\n", "\n")) == 3000 and len(text) == 3029
    post_comment(client, article, text)
    assert Comment.objects.get().text == "\n".join(lines) + "y"


def test_3001_characters_counted_as_the_textarea_counts_are_refused(client: Client, article: Article) -> None:
    post_comment(client, article, "\r\n".join(["x" * 99] * 30) + "yz")
    assert Comment.objects.count() == 0


def test_the_forms_limits_are_the_pages_maxlength_and_the_models(client: Client, article: Article) -> None:
    html = client.get(article.get_absolute_url()).content.decode()
    form = CommentForm.base_fields
    for field, tag in [("name", "input"), ("email", "input"), ("text", "textarea")]:
        maxlength = re.search(rf'<{tag} id="id_{field}"[^>]* maxlength="(\d+)"', html).group(1)
        assert int(maxlength) == form[field].max_length == Comment._meta.get_field(field).max_length
    assert "at most 3,000 characters" not in html  # the notice, when shown, reads the same limit
