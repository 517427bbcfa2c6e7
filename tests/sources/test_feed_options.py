"""Per feed: keywords to include and exclude, a topic for its articles, hold for an editor, pages or feed text."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from newsdesk.articles.models import Article
from newsdesk.review.desk import publish as publish_on_the_desk
from newsdesk.sources.models import Feed, SourceItem
from tests.commands import run_worker
from tests.fakes import ScriptedLLM, article_json
from tests.lib.servers import respond, serve, static

META = (
    "Meta said on October 30 that it invested &#36;14.3 billion in Scale AI. The &#36;14.3 billion investment is "
    "in Scale AI. Meta expects capital spending of up to &#36;72 billion in 2025. Meta's advertising revenue rose "
    "26% year over year to &#36;51.24 billion."
)

META_ENTRY = ("Meta puts &#36;14.3 billion into Scale AI", "https://w.example/m", META)


def feed_of(*entries: tuple[str, str, str]) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description></item>" for t, link, d in entries
    )
    return respond(f"<rss version='2.0'><channel><title>W</title>{items}</channel></rss>".encode(),
                   content_type="application/rss+xml")


def add(url: str, *args: str) -> str:
    out = StringIO()
    call_command("feeds", "add", url, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_include_and_exclude_keywords_pick_the_entries(intranet: None) -> None:
    body = feed_of(
        ("Meta invests in Scale AI", "https://w.example/1", "An AI deal."),
        ("Meta AI deal: a sponsored post", "https://w.example/2", "Sponsored."),
        ("Bridge closes", "https://w.example/3", "Engineers said the bridge is unsafe."),
        ("Rain all week", "https://w.example/4", "Forecasters said it will rain."),
    )
    with serve(static({"/rss": body})) as base:
        out = add(f"{base}/rss", "--include", "AI, bridge", "--exclude", "sponsored", "--no-fetch-pages")
        assert "only entries naming AI, bridge, not entries naming sponsored" in out
        assert "found 4 entries in “W”, 2 pass its keywords" in out
        call_command("ingest", "--once", stdout=(log := StringIO()))
    assert sorted(SourceItem.objects.values_list("url", flat=True)) == ["https://w.example/1", "https://w.example/3"]
    assert "2 left out by its keywords" in log.getvalue()


@pytest.mark.django_db
def test_a_keyword_is_a_whole_word() -> None:
    feed = Feed(include="ai")
    assert feed.takes("Meta buys an AI start-up") and not feed.takes("The minister said so")


@pytest.mark.django_db(transaction=True)
def test_a_hold_feed_holds_its_checked_article_and_a_topic_files_it(intranet: None) -> None:
    with serve(static({"/held": feed_of(META_ENTRY)})) as base:
        out = add(f"{base}/held", "--hold", "--topic", "Technology", "--no-fetch-pages")
        assert "held for an editor" in out and "topic Technology" in out
        run_worker(ScriptedLLM(article_json()))
    article = Article.objects.get()
    assert article.status == Article.Status.HELD
    assert article.hold_reason == "feed W holds every article for an editor"
    assert article.latest_verification.passed  # it would have been published
    assert list(article.topics.values_list("name", flat=True)) == ["Technology"]
    assert article.published_at is None  # never public, not even for a moment
    editor = User.objects.create_user("alice", "alice@example.com", "pw", is_staff=True)
    assert publish_on_the_desk(article, editor) is not None  # an editor's publish is not held again
    assert Article.objects.get().status == Article.Status.PUBLISHED


@pytest.mark.django_db(transaction=True)
def test_without_hold_a_checked_article_is_published(intranet: None) -> None:
    with serve(static({"/rss": feed_of(META_ENTRY)})) as base:
        add(f"{base}/rss", "--no-fetch-pages")
        run_worker(ScriptedLLM(article_json()))
    assert Article.objects.get().status == Article.Status.PUBLISHED
    assert not Feed.objects.get().fetch_pages and Feed().fetch_pages  # pages are fetched unless told not to
