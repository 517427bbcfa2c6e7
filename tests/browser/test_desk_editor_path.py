"""An editor logs in, opens a held article from the queue, sees the failing sentence beside its source sentence,
fixes it in place, sees it pass, publishes, and sees it on the site; unpublishes, republishes and restores; edits a
live article to a wrong figure and sees the live page unchanged. Clicks and pages are counted and printed."""

from __future__ import annotations

from dataclasses import dataclass, field
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

WRONG = "Meta puts $41.3 billion into Scale AI"
FIXED = "Meta puts $14.3 billion into Scale AI"


@dataclass
class Counted:
    """The clicks an editor makes (a click, or a click into a field to type) and the pages they load."""

    page: Any
    clicks: int = 0
    pages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("framenavigated", self._navigated)

    def _navigated(self, frame: Any) -> None:
        if frame == self.page.main_frame:
            path = urlsplit(frame.url).path
            if not self.pages or self.pages[-1] != path:
                self.pages.append(path)

    def click(self, locator: Any) -> None:
        self.clicks += 1
        locator.click()

    def type_into(self, locator: Any, text: str) -> None:
        self.clicks += 1
        locator.fill(text)

    def start(self) -> None:
        self.clicks, self.pages = 0, [urlsplit(self.page.url).path]


@pytest.fixture
def held(french_item: SourceItem) -> Article:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(headline=WRONG)))
    assert article.status == Article.Status.HELD
    return article


def log_in(browser: Any, live_server: Any) -> Any:
    User.objects.create_user("alice", "alice@example.com", "correct horse", is_staff=True)
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{live_server.url}/desk/")
    assert "/admin/login/" in page.url  # anonymous: the login page, then back to the desk
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/desk/")
    return page


def test_fix_a_held_article_and_publish_it(browser: Any, live_server: Any, held: Article, artifacts: Path) -> None:
    page = log_in(browser, live_server)
    expect(page.locator(".counts")).to_contain_text("1 held")
    editor = Counted(page)
    editor.start()
    editor.click(page.get_by_role("link", name=WRONG))
    page.wait_for_url(f"**/desk/articles/{held.pk}/")
    on_review = (editor.clicks, len(editor.pages))

    row = page.locator("#s-1")
    expect(row).to_have_class("desk-sentence failing")
    expect(row.locator("[data-failure]")).to_contain_text("41.3")
    expect(row.locator("[data-cited='1']")).to_contain_text("Meta investit 14,3 milliards de dollars dans Scale AI")
    expect(page.locator(".preview-frame mark.failing").first).to_have_text(WRONG)
    page.screenshot(path=str(artifacts / "desk-review-held.png"), full_page=True)

    editor.type_into(row.get_by_role("textbox", name="Sentence 1 (headline)"), FIXED)
    editor.click(row.get_by_role("button", name="Save and check"))
    expect(page.locator("#s-1")).to_have_attribute("data-verdict", "supported")
    expect(page.locator("[data-desk-check]")).to_contain_text("all supported")
    editor.click(page.get_by_role("button", name="Publish", exact=True))
    expect(page.locator(".desk-messages")).to_contain_text("Published")

    clicks, pages = editor.clicks, len(editor.pages)
    print(f"\nfix one failing sentence and publish: {clicks} clicks over {pages} pages from the queue; "  # noqa: T201
          f"{clicks - on_review[0]} clicks on 1 page once the article is open")
    assert clicks - on_review[0] <= 4 and set(editor.pages[on_review[1] - 1:]) == {f"/desk/articles/{held.pk}/"}

    reader = browser.new_context().new_page()
    reader.goto(f"{live_server.url}{Article.objects.get(pk=held.pk).get_absolute_url()}")
    expect(reader.locator("h1")).to_have_text(FIXED)
    expect(reader.locator(".provenance")).to_contain_text("edited by alice")

    page.get_by_role("button", name="Unpublish").click()
    expect(page.locator(".desk-messages")).to_contain_text("Unpublished")
    assert reader.goto(reader.url).status == 404
    page.get_by_role("button", name="Publish", exact=True).click()
    assert reader.goto(reader.url).status == 200

    page.locator(".timeline li", has_text="Version 1:").get_by_role("button", name="Restore").click()
    expect(page.locator(".desk-messages")).to_contain_text("Version 1 is back on the desk")
    expect(page.locator("#s-1")).to_have_class("desk-sentence failing")
    reader.reload()
    expect(reader.locator("h1")).to_have_text(FIXED)  # restored on the desk only: the live text stays


def test_a_live_article_edited_to_a_wrong_figure_stays_as_it_was(
    browser: Any, live_server: Any, french_item: SourceItem
) -> None:
    live = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    page = log_in(browser, live_server)
    page.keyboard.press("j")  # the queue by keyboard: the first article, opened with Enter
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/desk/articles/{live.pk}/")
    body = page.locator(".desk-sentence[data-sentence='3']")
    body.get_by_role("textbox", name="Sentence 3 (body)").fill("The $41.3 billion investment is in Scale AI.")
    body.get_by_role("button", name="Save and check").click()
    expect(page.locator(".desk-sentence[data-sentence='3']")).to_have_attribute("data-verdict", "unsupported")
    expect(page.locator(".notice").last).to_contain_text("readers see the live text until you publish")
    reader = browser.new_context().new_page()
    reader.goto(f"{live_server.url}{live.get_absolute_url()}")
    expect(reader.locator(".article-body")).to_contain_text("The $14.3 billion investment is in Scale AI.")
    assert "41.3" not in reader.content()
