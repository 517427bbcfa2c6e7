"""Odd digits in ?page= and ?replyto= give a clear 400 (JSON on the API) or are ignored, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.models import Article, Topic
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db

ODD = ["²", "①", "٣", "1" * 25, "9" * 5000, "-1", "0", " 2", "1e3", "\x00", ""]


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


@pytest.fixture
def client() -> Client:
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("page", ODD)
def test_api_answers_an_odd_page_with_a_json_400(client: Client, article: Article, page: str) -> None:
    response = client.get("/api/articles/", {"page": page})
    assert response.status_code == 400
    assert response.json() == {"error": "page must be a whole number from 1 to 100000"}


@pytest.mark.parametrize("page", ODD)
@pytest.mark.parametrize(("path", "query"), [("/", {}), ("/search/", {"q": "Meta"}), ("/topics/markets/", {})])
def test_site_answers_an_odd_page_with_a_plain_400(
    client: Client, article: Article, path: str, query: dict[str, str], page: str
) -> None:
    Topic.objects.create(name="Markets").articles.add(article)
    response = client.get(path, {**query, "page": page})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == "page must be a whole number from 1 to 100000.\n"


@pytest.mark.parametrize("replyto", ODD)
def test_article_page_ignores_an_odd_reply_target(client: Client, article: Article, replyto: str) -> None:
    response = client.get(article.get_absolute_url(), {"replyto": replyto})
    assert response.status_code == 200
    html = response.content.decode()
    assert article.headline in html
    assert 'name="parent"' not in html and "Replying to comment" not in html


def test_article_page_keeps_a_plain_reply_target(client: Client, article: Article) -> None:
    html = client.get(article.get_absolute_url(), {"replyto": "12"}).content.decode()
    assert '<input type="hidden" name="parent" value="12">' in html
