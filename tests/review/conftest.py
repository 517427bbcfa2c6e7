from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

WRONG_HEADLINE = "Meta puts $41.3 billion into Scale AI"


@pytest.fixture
def alice(db: None) -> User:
    """Alice is an editor: staff, with the desk."""
    return User.objects.create_user("alice", "alice@example.com", "pw", is_staff=True)


@pytest.fixture
def desk(alice: User) -> Client:
    browser = Client()
    browser.force_login(alice)
    return browser


@pytest.fixture
def held(french_item: SourceItem) -> Article:
    """An article held because its headline gives a figure its source does not."""
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(headline=WRONG_HEADLINE)))
    assert article.status == Article.Status.HELD
    return article


@pytest.fixture
def live(french_item: SourceItem) -> Article:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    assert article.status == Article.Status.PUBLISHED
    return article
