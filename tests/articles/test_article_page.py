"""The article page shows the source summary, the link, the article, what was checked, and reader tools."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.add import store, validate
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(french_item: SourceItem) -> Article:
    return process_story(french_item.story, llm=ScriptedLLM(article_json()))


def test_page_has_the_reference_layout_made_trustworthy(client: Client, published: Article) -> None:
    html = client.get(published.get_absolute_url()).content.decode()
    order = [
        "<h1>Meta puts $14.3 billion into Scale AI</h1>",
        "Summary <span class=\"lang\">(French)</span>",
        '<li id="src-1" value="1"><span class="original" lang="fr">Meta investit 14,3 milliards',
        '<li id="src-4" value="4"><span class="original" lang="fr">Ses revenus publicitaires',
        'href="https://example.com/meta-scale"',
        'Meta said on October 30 that it invested $14.3 billion in Scale AI.<sup class="cites">'
        '<a class="cite" href="#src-1" data-cite="1"',
        "The $14.3 billion investment is in Scale AI.",
        "Meta&#x27;s advertising revenue rose 26% year over year to $51.24 billion.",
        "Written by <strong>scripted-model</strong> from the source above, in French",
        '<p class="check-label"><strong>Every sentence checked against its cited source sentence: figures, dates, '
        "names, direction of change.</strong></p>",
        "5 sentences checked against the source sentences they cite: all supported",
        "Click to rate this post!",
        "[Total: <span data-total>0</span> Average: <span data-average>0</span>]",
        "Comments</h2>",
        "Leave a Reply</h2>",
    ]
    positions = [html.find(part) for part in order]
    assert -1 not in positions, [p for p, i in zip(order, positions, strict=True) if i == -1]
    assert positions == sorted(positions)
    assert 'lang="fr"' in html
    assert "AI-generated article" in html


def test_what_was_checked_is_listed_on_request(client: Client, published: Article) -> None:
    html = client.get(published.get_absolute_url()).content.decode()
    details = html[html.index("<details>"):html.index("</details>")]
    assert "What was checked" in details
    assert "14.3 billion" in details and "supported" in details


def test_index_lists_published_articles_newest_first(client: Client, published: Article) -> None:
    newer_item, _ = store(validate(
        title="Nvidia, ricavi a 57 miliardi", summary="Nvidia ha registrato ricavi per 57 miliardi di dollari.",
        url="https://example.com/nvidia-ricavi", language="it",
    ))
    newer = process_story(newer_item.story, llm=ScriptedLLM(article_json(
        headline="Nvidia revenue reaches $57 billion", introduction="Nvidia reported revenue of $57 billion.",
        sections=[("Revenue", "Revenue came to $57 billion."), ("Source", "Nvidia gave the figure.")],
        conclusion="Nvidia's revenue was $57 billion.")))
    assert newer.status == Article.Status.PUBLISHED
    html = client.get("/").content.decode()
    assert published.get_absolute_url() in html
    assert html.index(newer.get_absolute_url()) < html.index(published.get_absolute_url())


@override_settings(NEWSDESK_CHECK_POLICY="background")
def test_context_section_is_labelled_background_under_that_policy(client: Client, french_item: SourceItem) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(
        background=["Silicon Valley companies have been spending heavily on computing power."])))
    assert article.status == Article.Status.PUBLISHED
    html = client.get(article.get_absolute_url()).content.decode()
    label = html.index("Background: not taken from the source")
    assert html.index("Meta&#x27;s advertising revenue rose 26%") < label < html.index("Silicon Valley companies")


def test_context_section_has_no_background_label_under_strict(client: Client, published: Article) -> None:
    assert "Background: not taken from the source" not in client.get(published.get_absolute_url()).content.decode()


def test_held_article_is_not_shown(client: Client, french_item: SourceItem) -> None:
    held = process_story(french_item.story, llm=ScriptedLLM(article_json(headline="Meta lost $9 billion")))
    assert held.status == Article.Status.HELD
    assert client.get(held.get_absolute_url()).status_code == 404
    assert "Meta lost" not in client.get("/").content.decode()


def test_page_loads_nothing_from_another_host(client: Client, published: Article) -> None:
    html = client.get(published.get_absolute_url()).content.decode()
    for attr in ('src="http', "src=\"//", 'rel="stylesheet" href="http'):
        assert attr not in html


def test_provenance_names_every_source_language(client: Client, french_item: SourceItem) -> None:
    SourceItem.objects.create(
        title="Meta investiert 14,3 Milliarden Dollar in Scale AI", url="https://example.com/meta-de",
        summary="Meta hat 14,3 Milliarden Dollar in Scale AI investiert.", language="de", story=french_item.story,
    )
    article = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    assert article.status == Article.Status.PUBLISHED
    html = client.get(article.get_absolute_url()).content.decode()
    start = html.index("Written by <strong>")
    provenance = html[start:html.index("</p>", start)]
    assert provenance.endswith("from the 2 sources above, in French and German."), provenance
