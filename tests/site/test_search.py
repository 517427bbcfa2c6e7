"""Full-text search finds published articles by headline and body, on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.articles.search import search_ids

from .conftest import make_article

pytestmark = pytest.mark.django_db


def test_finds_words_in_headlines_and_bodies(client: Client) -> None:
    copper = make_article("Copper prices climb", "Chile's mines slowed output.")
    wheat = make_article("Wheat harvest ends", "Farmers in Kansas finished early.")
    assert search_ids("copper") == [copper.pk]
    assert search_ids("Kansas farmers") == [wheat.pk]
    html = client.get("/search/?q=kansas").content.decode()
    assert "Wheat harvest ends" in html and "Copper" not in html
    assert "1 article found" in html


def test_headline_matches_rank_above_body_matches() -> None:
    in_body = make_article("Markets today", "Copper was mentioned once.")
    in_headline = make_article("Copper rallies", "Prices rose.")
    assert search_ids("copper") == [in_headline.pk, in_body.pk]


def test_held_articles_are_not_found() -> None:
    make_article("Secret copper deal", status="held")
    assert search_ids("copper") == []


def test_edited_article_is_found_by_its_new_words() -> None:
    made = make_article("Old words")
    made.headline = made.standfirst = "Fresh vocabulary"
    made.save()
    assert search_ids("fresh") == [made.pk]
    assert search_ids("old") == []


@pytest.mark.parametrize(
    "query", ['"', "AND OR NOT", "*", "copper)", "NEAR(a b)", "' OR 1=1 --", "", "   ", "é" * 300]
)
def test_query_syntax_from_readers_is_harmless(client: Client, query: str) -> None:
    make_article("Copper prices climb")
    assert client.get("/search/", {"q": query}).status_code == 200


def test_search_results_are_paginated(client: Client, settings) -> None:
    settings.NEWSDESK_ARTICLES_PER_PAGE = 2
    for n in range(3):
        make_article(f"Copper story {n}")
    html = client.get("/search/?q=copper&page=2").content.decode()
    assert "Page 2 of 2" in html and 'href="?q=copper&amp;page=1"' in html
