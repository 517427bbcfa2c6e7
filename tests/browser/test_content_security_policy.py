"""Under the site's Content-Security-Policy, the reader's pages and Django's admin run in chromium with no
violation: the admin's own scripts (the two-box selector, the slug filled from the name) still work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db(transaction=True)

# Installed by the browser, not the page, so the policy does not apply to it.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    document.documentElement.dataset.violations = String(window.__violations.length);
  });
"""


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def open_page(page: Any, url: str) -> None:
    response = page.goto(url)
    assert "default-src 'self'" in response.headers["content-security-policy"]


def violations(page: Any) -> list[str]:
    return page.evaluate("window.__violations")


def test_the_reader_pages_break_no_rule(browser: Any, live_server: Any, article: Article) -> None:
    """Index, article (with its rating and citation scripts), topics and search report no violation."""
    page = browser.new_context().new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    for url in ["/", article.get_absolute_url(), "/topics/", "/search/?q=Meta"]:
        open_page(page, f"{live_server.url}{url}")
        assert violations(page) == [], url
    open_page(page, f"{live_server.url}{article.get_absolute_url()}")
    page.get_by_role("button", name="5 stars").click()
    expect(page.locator("[data-total]")).to_have_text("1")  # no wait_for_function: the policy forbids eval
    page.locator("a.cite").first.click()
    assert violations(page) == []


def test_the_admin_works_and_breaks_no_rule(browser: Any, live_server: Any, article: Article, artifacts: Path) -> None:
    """An editor logs in, opens an article's change form and adds a topic; the admin's scripts run."""
    User.objects.create_superuser("alice", "alice@example.com", "correct horse")
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    open_page(page, f"{live_server.url}/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#site-name")).to_be_visible()
    assert violations(page) == []

    open_page(page, f"{live_server.url}/admin/articles/article/")
    assert violations(page) == []
    open_page(page, f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    expect(page.get_by_role("link", name="Edit, check and publish it on the desk")).to_be_visible()
    assert violations(page) == []

    open_page(page, f"{live_server.url}/admin/articles/topic/add/")
    expect(page.locator("#id_articles_from")).to_be_visible()  # SelectFilter2.js built the two boxes
    page.screenshot(path=str(artifacts / "admin-topic-add-under-csp.png"), full_page=False)
    page.locator("#id_name").press_sequentially("Energy Markets")
    expect(page.locator("#id_slug")).to_have_value("energy-markets")  # prepopulate.js
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    assert violations(page) == []


def test_an_injected_inline_handler_does_not_run(browser: Any, live_server: Any, article: Article) -> None:
    """Were a payload ever to slip past escaping, the policy would still refuse its inline handler and script."""
    page = browser.new_context().new_page()
    page.add_init_script(RECORD_VIOLATIONS + "window.__ran = [];")
    open_page(page, f"{live_server.url}{article.get_absolute_url()}")
    counted = expect(page.locator("html"))
    page.evaluate(
        """() => document.body.insertAdjacentHTML('beforeend',
             '<img src="/static/newsdesk/nothing.png" onerror="window.__ran.push(1)">')"""
    )
    counted.to_have_attribute("data-violations", "1")
    page.evaluate(
        """() => { const s = document.createElement('script'); s.textContent = 'window.__ran.push(2)';
                   document.body.append(s); }"""
    )
    counted.to_have_attribute("data-violations", "2")
    assert page.evaluate("window.__ran") == []
    assert any("script-src" in v for v in violations(page))
