"""No XSS payload executes, whether it comes in a source, the model's output, a comment or a URL."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from django.utils import timezone

from newsdesk.articles.models import Article, Topic
from newsdesk.articles.pipeline import process_story
from newsdesk.engagement.models import Comment
from newsdesk.sources.models import SourceItem, Story
from tests.fakes import ScriptedLLM, article_json

from .xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db(transaction=True)

# Every way a payload could run reports here instead of showing a dialog.
TRAP = """
window.__xss = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  const original = window[name];
  window[name] = (...args) => { window.__xss.push(name + ":" + String(args[0])); };
}
"""
# Inline handlers, javascript: URLs and scripts we did not write, in the rendered DOM.
DOM_CHECK = """
() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(el.tagName + " " + attr.name);
      const url = /href|src|action|data/i.test(attr.name);
      if (url && /^\\s*javascript:/i.test(attr.value)) found.push(el.tagName + " " + attr.name);
    }
  }
  for (const s of document.scripts) {
    const ours = s.type === "application/ld+json" || (s.src && s.src.includes("/static/"));
    if (!ours) found.push("script " + s.outerHTML.slice(0, 80));
  }
  const planted = ["iframe", "object", "embed", "base", "svg", "math", "style", "form[action^='javascript']"];
  for (const tag of planted) {
    for (const el of document.querySelectorAll(tag)) found.push(tag);
  }
  return found;
}
"""


def published(article: Article) -> Article:
    """Publish whatever the checker made of the payloads, as an editor overriding it could."""
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PUBLISHED, published_at=timezone.now())
    article.refresh_from_db()
    return article


@pytest.fixture
def poisoned() -> list[str]:
    """Return the site's paths, after planting every payload in titles, summaries, output and comments."""
    half = len(PAYLOADS) // 2
    story = Story.objects.create(title=PAYLOADS[0])
    SourceItem.objects.create(
        title=" ".join(PAYLOADS[:half])[:500],
        summary="\n".join(PAYLOADS),
        url="https://example.com/source",
        language="fr",
        story=story,
    )
    output = article_json(
        headline=PAYLOADS[1],
        introduction=" ".join(PAYLOADS[half:]),
        sections=[(p, f"{p} Meta invested $14.3 billion.") for p in PAYLOADS],
        background=[PAYLOADS[2]],
        conclusion=PAYLOADS[3],
    )
    main = published(process_story(story, llm=ScriptedLLM(output)))
    topic = Topic.objects.create(name=PAYLOADS[4], slug="poisoned")
    topic.articles.add(main)
    for n, payload in enumerate(PAYLOADS):
        Comment.objects.create(
            article=main, name=payload[:80], text=f"{payload} #{n}", status=Comment.Status.APPROVED
        )
    others = []
    for payload in PAYLOADS[5:]:  # one article per payload, so each is a headline on the index
        other = Story.objects.create(title="x")
        SourceItem.objects.create(
            title=payload, summary=payload, url="https://example.com/x", language="en", story=other
        )
        article = Article.objects.create(
            story=other,
            headline=payload,
            standfirst=payload,
            status="published",
            published_at=timezone.now(),
            sections=[{"heading": payload, "body": payload, "kind": "body"}],
        )
        article.sources.set(other.items.all())
        others.append(article)
    paths = [main.get_absolute_url(), "/", "/?page=2", "/topics/", topic.get_absolute_url()]
    paths += [a.get_absolute_url() for a in others[:10]]
    paths += [f"/search/?q={quote(p)}" for p in PAYLOADS]
    paths += [f"{main.get_absolute_url()}?replyto={quote(p)}&comment={quote(p)}" for p in PAYLOADS[:10]]
    return paths


def test_no_payload_executes_in_the_browser(browser: Any, live_server: Any, poisoned: list[str]) -> None:
    # Escaping alone must stop every payload: the Content-Security-Policy, a second defence, is tested
    # in test_content_security_policy.py.
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(TRAP)
    page = context.new_page()
    dialogs: list[str] = []
    foreign: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def route(r: Any) -> None:
        if r.request.url.startswith(live_server.url):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    problems = {}
    for path in poisoned:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("load")
        page.mouse.move(200, 300)  # give hover handlers a chance, had any survived
        page.keyboard.press("Tab")
        ran = page.evaluate("window.__xss")
        planted = page.evaluate(DOM_CHECK)
        if ran or planted:
            problems[path] = {"ran": ran, "planted": planted}
    assert problems == {}
    assert dialogs == []
    assert foreign == []
    # The detectors work: the same payload, inserted unescaped, is both caught in the DOM and trapped.
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(7)>')")
    page.wait_for_function("window.__xss.length > 0")
    assert page.evaluate("window.__xss") == ["alert:7"]
    assert "IMG onerror" in page.evaluate(DOM_CHECK)
    context.close()


def test_the_payloads_reach_the_page_as_text(browser: Any, live_server: Any, poisoned: list[str]) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}{poisoned[0]}")
    text = page.locator("body").inner_text()
    shown = [p for p in PAYLOADS if p.strip() in text]
    assert len(shown) >= 50, "payloads should be displayed as literal text, not dropped"
    ld = page.locator("script[type='application/ld+json']").inner_text()
    assert "</script" not in ld.lower()
    context.close()
