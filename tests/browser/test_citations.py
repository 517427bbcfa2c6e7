"""A reader clicks a citation mark and sees the cited source sentence, in French with its English; without
JavaScript the mark leads to the numbered source sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json, renderings_json

pytestmark = pytest.mark.django_db(transaction=True)

RENDERED = renderings_json(
    "Meta invests $14.3 billion in Scale AI",
    "On October 30, Meta presented its third-quarter results and detailed an investment of $14.3 billion in Scale AI.",
    "The group expects up to $72 billion of capital spending in 2025.",
    "Its advertising revenue rose 26% year over year, to $51.24 billion.",
)
CITED = article_json(conclusion="", paragraphs=[
    [("Meta expects capital spending of up to $72 billion in 2025.", [3])],
    [("Meta's advertising revenue rose 26% year over year to $51.24 billion.", [4])],
])


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    made = process_story(french_item.story, llm=ScriptedLLM(CITED, renderings=[RENDERED]))
    assert made.status == Article.Status.PUBLISHED
    return made


def test_a_citation_shows_its_source_sentence(browser: Any, live_server: Any, article: Article,
                                             artifacts: Path) -> None:
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    mark = page.locator(".part-body a.cite[data-cite='4']")
    mark.click()
    popup = page.locator(".cite-popup")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    assert "Source sentence 4" in text
    assert "Ses revenus publicitaires ont augmenté de 26 %" in text
    assert "Its advertising revenue rose 26% year over year" in text
    assert mark.get_attribute("aria-expanded") == "true"
    page.screenshot(path=str(artifacts / "citation-popup.png"), full_page=False)
    page.keyboard.press("Escape")
    popup.wait_for(state="hidden")


def test_without_javascript_a_citation_is_a_link_to_the_sentence(browser: Any, live_server: Any,
                                                                 article: Article) -> None:
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.locator(".part-body a.cite[data-cite='3']").click()
    assert page.url.endswith("#src-3")
    target = page.locator("#src-3")
    assert "Le groupe prévoit jusqu'à 72 milliards de dollars" in target.inner_text()
    assert "The group expects up to $72 billion" in target.inner_text()
