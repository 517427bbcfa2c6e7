"""Comment text is escaped, and the links in it are marked nofollow ugc."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.engagement.models import Comment
from newsdesk.engagement.templatetags.comments import comment_html

pytestmark = pytest.mark.django_db


def test_link_gets_nofollow_ugc() -> None:
    html = comment_html("See https://example.org/page for more.")
    assert '<a href="https://example.org/page" rel="nofollow ugc">https://example.org/page</a>' in html


def test_markup_is_escaped_not_interpreted() -> None:
    html = comment_html('<a href="javascript:alert(1)">x</a><script>alert(1)</script>')
    assert "<script" not in html and '<a href="javascript' not in html
    assert "&lt;script&gt;" in html


def test_javascript_url_is_not_made_a_link() -> None:
    assert "<a" not in comment_html("javascript:alert(document.cookie)")


def test_approved_comment_renders_escaped_on_the_page(client: Client, article: Article) -> None:
    Comment.objects.create(
        article=article,
        name="<i>Eve</i>",
        text="<img src=x onerror=alert(1)> www.example.com",
        status=Comment.Status.APPROVED,
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;i&gt;Eve&lt;/i&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'rel="nofollow ugc"' in html
