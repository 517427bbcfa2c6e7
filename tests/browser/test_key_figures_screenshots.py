"""An article page shows its key figures and their chart at phone and desktop widths (screenshots go to
test-artifacts/), within the page's width, with no Content-Security-Policy violation; the chart is an image with
its values as its name for assistive technology."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from newsdesk.articles.models import Article
from newsdesk.sources.models import SourceItem
from tests.browser.test_content_security_policy import RECORD_VIOLATIONS, violations
from tests.figured import PANEL, figured_article

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def article(french_item: SourceItem) -> Article:
    return figured_article(french_item)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_panel_is_visible_at_phone_and_desktop_widths(browser: Any, live_server: Any, article: Article,
                                                          artifacts: Path, width: str) -> None:
    page = browser.new_context(viewport=WIDTHS[width]).new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    panel = page.locator("section.key-figures")
    expect(panel).to_be_visible()
    values = panel.locator(".figure-value")
    expect(values).to_have_text([value for value, _, _ in PANEL])
    for i in range(values.count()):
        expect(values.nth(i)).to_be_visible()
    chart = panel.locator("svg[role='img']")
    expect(chart).to_be_visible()
    name = page.evaluate("""() => { const svg = document.querySelector("svg[role='img']");
        return svg.getAttribute("aria-labelledby").split(" ").map(id => document.getElementById(id).textContent); }""")
    assert name == ["Key figures compared, in dollars",
                    "Bar chart, bars from zero. Invested in Scale AI: $14.3 billion; "
                    "Meta's advertising revenue: $51.24 billion."]
    box, viewport = panel.bounding_box(), WIDTHS[width]["width"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport  # nothing runs off a phone's screen
    assert chart.bounding_box()["width"] <= box["width"]
    fill = chart.locator(".bar").first.evaluate("bar => getComputedStyle(bar).fill")
    assert fill == "rgb(11, 87, 208)"  # the stylesheet's accent, no inline style needed
    panel.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"key-figures-{width}.png"), full_page=False)
    page.screenshot(path=str(artifacts / f"key-figures-{width}-full.png"), full_page=True)
    assert violations(page) == []
    page.locator("section.key-figures a.cite[data-cite='3']").click()
    expect(page.locator(".cite-popup")).to_contain_text("Le groupe prévoit jusqu'à 72 milliards de dollars")
