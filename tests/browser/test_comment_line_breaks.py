"""A 3,000-character comment with line breaks, typed into the real form in chromium, is taken whole."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.engagement.models import Comment
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def test_a_full_comment_with_line_breaks_is_taken(browser: Any, live_server: Any, article: Article) -> None:
    text = "\n".join(["x" * 99] * 30) + "y"  # 3,000 characters as the textarea counts them; sent as 3,029
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_label("Name (shown)").fill("Bob")
    box = page.get_by_role("textbox", name="Comment")
    box.fill(text)
    assert box.evaluate("el => [el.value.length, el.maxLength, el.validity.tooLong]") == [3000, 3000, False]
    page.get_by_role("button", name="Post Comment").click()
    expect(page.locator("#reply [role=status]")).to_contain_text("awaiting moderation")
    assert Comment.objects.get().text == text
    context.close()


def test_a_refused_comment_comes_back_in_the_textarea(browser: Any, live_server: Any, article: Article) -> None:
    text = "First line.\nSecond line."
    context = browser.new_context()
    page = context.new_page()
    for attempt in range(2):  # the second, within 15 s of the first, is refused
        page.goto(f"{live_server.url}{article.get_absolute_url()}")
        page.get_by_label("Name (shown)").fill("Bob")
        page.get_by_role("textbox", name="Comment").fill(f"{text} {attempt}")
        page.get_by_role("button", name="Post Comment").click()
    expect(page.locator("#reply [role=alert]")).to_contain_text("posting comments too quickly")
    assert page.get_by_role("textbox", name="Comment").input_value() == f"{text} 1"
    assert page.get_by_label("Name (shown)").input_value() == "Bob"
    assert Comment.objects.count() == 1
    context.close()
