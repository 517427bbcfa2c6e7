from __future__ import annotations

import re

import pytest
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def form_fields(client: Client, article: Article, query: str = "") -> dict[str, str]:
    """Return the hidden fields of the comment form, as a browser that opened the page would send them."""
    html = client.get(f"{article.get_absolute_url()}{query}").content.decode()
    form = html[html.index('id="reply"') :]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))


def post_comment(
    client: Client, article: Article, text: str, *, name: str = "Bob", query: str = "", **extra: str
):
    data = {**form_fields(client, article, query), "name": name, "text": text, **extra}
    return client.post(f"/articles/{article.pk}/comment/", data, follow=True)
