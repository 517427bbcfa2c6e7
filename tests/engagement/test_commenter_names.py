"""A commenter's name cannot reverse the line, show blank or draw over the page; it is isolated with <bdi>."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment
from newsdesk.engagement.names import display_name

from .conftest import post_comment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("\u202eevE 2024", "evE 2024"),  # right-to-left override
        ("Ana\u2066 Lima\u2069", "Ana Lima"),  # isolates
        ("\u200f\u200eBob\u061c", "Bob"),  # marks
        ("B\u200bo\u2060b\ufeff", "Bob"),  # zero-width space, word joiner, BOM
        ("Bob\x00\x07\x1b[31m", "Bob[31m"),  # controls
        ("Z" + "\u0301\u0302\u0303\u0304" * 10 + "oe", "Ź̂oe"),  # a tower of marks keeps two
        ("Nguy\u1ec7n Th\u1ecb", "Nguyện Thị"),  # Vietnamese: two marks on one letter stay
        ("Nguye\u0323\u0302n", "Nguyện"),  # the same, typed decomposed
        ("  Ann   Lee  ", "Ann Lee"),
        ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),
        ("\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f468\u200d\U0001f469\u200d\U0001f467"),
        ("\u200dAnn\u200c", "Ann"),  # a joiner outside a word draws nothing
    ],
)
def test_names_are_shown_without_what_misleads(typed: str, shown: str) -> None:
    assert display_name(typed) == shown


@pytest.mark.parametrize(
    "typed", ["\u200b\u200b", "\u202e\u202c", "\u3164", "\u2800\u2800", "\u0301\u0302", " \ufeff "]
)
def test_a_name_with_nothing_visible_is_refused_and_the_comment_kept_in_the_form(
    client: Client, article: Article, typed: str
) -> None:
    response = post_comment(client, article, "My words stay.", name=typed)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please give a name with letters or digits in it." in html
    assert ">\nMy words stay.</textarea>" in html
    assert Comment.objects.count() == 0


def test_a_posted_name_is_stored_cleaned_and_shown_isolated(client: Client, article: Article) -> None:
    post_comment(client, article, "Reversed?", name="\u202eevE")
    comment = Comment.objects.get()
    assert comment.name == "evE"
    Comment.objects.update(status=Comment.Status.APPROVED)
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<p class="who"><bdi>evE</bdi> <time' in html


def test_names_already_stored_are_isolated_on_the_page(client: Client, article: Article) -> None:
    top = Comment.objects.create(article=article, name="\u202eold", text="Top.", status=Comment.Status.APPROVED)
    Comment.objects.create(
        article=article, parent=top, name="\u202ereply", text="Reply.", status=Comment.Status.APPROVED
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<p class="who"><bdi>\u202eold</bdi> <time' in html
    assert '<p class="who"><bdi>\u202ereply</bdi> <time' in html


def test_a_name_that_normalising_lengthens_past_the_limit_is_refused(client: Client, article: Article) -> None:
    response = post_comment(client, article, "Long name.", name="\u0958" * 80)  # each becomes two under NFC
    assert response.status_code == 400
    assert "Your name is too long; the limit is 80 characters." in response.content.decode()
    assert Comment.objects.count() == 0
