"""One `newsdesk worker`, with nothing else run, takes a followed feed to finished articles written from its pages."""

from __future__ import annotations

from io import StringIO
from unittest.mock import patch

import pytest
from django.core.management import call_command

from newsdesk.articles.models import Article
from newsdesk.sources.models import Feed, SourceItem
from tests.fakes import ScriptedLLM, article_json
from tests.lib.servers import respond, serve, static

pytestmark = pytest.mark.django_db(transaction=True)

# (path, title, feed summary, sentences only the page has)
STORIES = [
    ("/meta", "Meta puts $14.3 billion into Scale AI", "Meta detailed an investment on Thursday.",
     "Meta said on October 30 that it invested $14.3 billion in Scale AI. The $14.3 billion investment is in "
     "Scale AI. Meta expects capital spending of up to $72 billion in 2025. Meta's advertising revenue rose 26% "
     "year over year to $51.24 billion."),
    ("/bridge", "Harbour bridge shuts for six weeks of repairs", "The harbour bridge will close to traffic.",
     "Engineers found corroded cables under the eastern span during an inspection in September. The council "
     "said ferries would run every ten minutes while the bridge is shut. Cyclists will be carried free of charge."),
    ("/library", "Riverside library opens a children's wing", "The library has a new wing.",
     "The new wing holds twelve thousand picture books and a reading garden. Volunteers raised most of the money "
     "at weekend markets over three years. The wing opens from nine in the morning on weekdays."),
]


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.split(". "))
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )
    return respond(html.encode())


def rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><description>{summary}</description>"
        f"<guid>{base}{path}</guid></item>"
        for path, title, summary, _ in STORIES
    )
    channel = f"<rss version='2.0'><channel><title>City wire</title><language>en</language>{items}</channel></rss>"
    return respond(channel.replace("$", "&#36;").encode(), content_type="application/rss+xml")


def test_one_worker_fetches_the_feed_and_its_pages_and_finishes_every_story(settings) -> None:
    settings.NEWSDESK_ALLOW_PRIVATE_NETWORKS = True
    routes: dict[str, bytes] = {path: page(title, body) for path, title, _, body in STORIES}
    with serve(static(routes)) as base:
        routes["/rss"] = rss(base)
        call_command("feeds", "add", f"{base}/rss", stdout=StringIO())
        llm = ScriptedLLM(article_json())
        out = StringIO()
        with patch("newsdesk.articles.pipeline.get_llm", autospec=True, return_value=llm):
            call_command("worker", batch=True, no_startup_delay=True, reload=False, interval=0, stdout=out)
    log = out.getvalue()
    assert f"{base}/rss: 3 added, 0 already stored, 3 written from their pages" in log
    articles = list(Article.objects.order_by("story__created"))
    assert [a.story.title for a in articles] == [title for _, title, _, _ in STORIES]
    assert {a.status for a in articles} <= {Article.Status.PUBLISHED, Article.Status.HELD}
    assert articles[0].status == Article.Status.PUBLISHED  # its page holds every figure the model wrote
    assert log.count("story ") == 3 and f"“{articles[0].headline}”" in log
    prompts = ["\n".join(m.content for m in call["messages"]) for call in llm.calls]
    for (path, _, _, body), article in zip(STORIES, articles, strict=True):
        item = SourceItem.objects.get(url=f"{base}{path}")
        assert body.split(". ")[1] in item.text  # the page's text, which the feed never carried
        assert any(body.split(". ")[1] in prompt for prompt in prompts)
        assert article.sources.get() == item
    assert Feed.objects.get().items.count() == 3
