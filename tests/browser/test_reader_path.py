"""A reader opens an article, rates it, comments; an editor approves; the comment shows. No foreign assets."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def watch_hosts(page: Any, origin: str) -> list[str]:
    """Record every request that leaves the site, and refuse it."""
    foreign: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(origin) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return foreign


def test_rate_comment_approve_and_see_it(browser: Any, live_server: Any, article: Article) -> None:
    User.objects.create_superuser("alice", "alice@example.com", "correct horse")
    reader = browser.new_context()
    page = reader.new_page()
    foreign = watch_hosts(page, live_server.url)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == article.headline
    assert page.locator("[data-total]").inner_text() == "0"

    page.get_by_role("button", name="4 stars").click()
    expect(page.locator("[data-total]")).to_have_text("1")  # not wait_for_function: CSP forbids eval
    assert page.locator("[data-average]").inner_text() == "4.0"
    assert page.get_by_role("button", name="4 stars").get_attribute("aria-pressed") == "true"
    assert "you rated this 4 stars" in page.locator("[data-rating-status]").inner_text()

    page.get_by_label("Name (shown)").fill("Bob")
    page.get_by_label("Email (optional, never shown)").fill("bob@example.org")
    page.get_by_role("textbox", name="Comment").fill("Clear write-up, thanks.")
    page.get_by_role("button", name="Post Comment").click()
    expect(page.locator("#reply [role=status]")).to_contain_text("awaiting moderation")
    assert "Clear write-up" not in page.locator("#comments").inner_text()

    editor = browser.new_context().new_page()
    editor.goto(f"{live_server.url}/admin/login/?next=/admin/engagement/comment/")
    editor.get_by_label("Username").fill("alice")
    editor.get_by_label("Password").fill("correct horse")
    editor.get_by_role("button", name="Log in").click()
    editor.locator("input[name=_selected_action]").first.check()
    editor.locator("select[name=action]").select_option("approve")
    editor.get_by_role("button", name="Go").click()
    expect(editor.locator(".messagelist")).to_contain_text("1 comment(s) approved")

    page.reload()
    comments = page.locator("#comments").inner_text()
    assert "Clear write-up, thanks." in comments and "Bob" in comments
    assert "bob@example.org" not in page.content()
    assert page.locator("[data-total]").inner_text() == "1"
    assert foreign == []
    reader.close()


def test_rating_works_with_javascript_off(browser: Any, live_server: Any, article: Article) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("button", name="2 stars").click()
    page.wait_for_url("**rated=2#rating")
    assert page.locator("[data-total]").inner_text() == "1"
    assert page.locator("[data-average]").inner_text() == "2.0"
    context.close()


def test_rating_by_keyboard(browser: Any, live_server: Any, article: Article) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("button", name="1 star", exact=True).focus()
    for _ in range(2):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("[data-total]")).to_have_text("1")  # not wait_for_function: CSP forbids eval
    assert page.locator("[data-average]").inner_text() == "3.0"
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_with_no_foreign_assets(
    browser: Any, live_server: Any, article: Article, artifacts: Path, width: str
) -> None:
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url))
    for name, path in [("index", "/"), ("article", article.get_absolute_url())]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow, f"{name} scrolls sideways at {width} width"
    hosts = {urlsplit(url).netloc for url in loaded}
    assert hosts == {urlsplit(live_server.url).netloc}
    assert any(url.endswith(".css") for url in loaded) and any(url.endswith(".js") for url in loaded)
    context.close()
