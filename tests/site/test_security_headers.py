"""Every page carries a strict Content-Security-Policy, and the CSRF cookie is out of scripts' reach."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from newsdesk.articles.models import Article

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"


def policy(response: object) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


def test_pages_feeds_api_and_admin_carry_the_policy(client: Client, article: Article) -> None:
    """The same policy on HTML pages, feeds, the API, the admin's login and a 404."""
    urls = [
        "/",
        article.get_absolute_url(),
        "/feed/rss/",
        "/sitemap.xml",
        f"/api/articles/{article.pk}/",
        "/admin/login/",
        "/no-such-page/",
    ]
    for url in urls:
        response = client.get(url)
        assert policy(response) == set(POLICY.split("; ")), url


def test_the_csrf_cookie_is_http_only(client: Client, article: Article) -> None:
    """The page that holds the comment and rating forms sets csrftoken HttpOnly; the forms carry the token."""
    response = client.get(article.get_absolute_url())
    cookie = response.cookies["csrftoken"]
    assert cookie["httponly"] is True
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_no_script_of_ours_reads_cookies() -> None:
    """rating.js and cites.js never touch document.cookie (so an HttpOnly CSRF cookie breaks nothing)."""
    scripts = list((ROOT / "newsdesk").glob("*/static/**/*.js"))
    assert {p.name for p in scripts} >= {"rating.js", "cites.js"}
    assert [p.name for p in scripts if "cookie" in p.read_text().lower()] == []


INLINE = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I),
    "style attribute": re.compile(r"\sstyle\s*=", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "event handler attribute": re.compile(r"\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
}


def test_no_template_needs_inline_script_or_style() -> None:
    """Nothing in our templates would be blocked by the policy (a JSON-LD block is data, never run)."""
    templates = list((ROOT / "newsdesk").glob("**/templates/**/*.html"))
    assert len(templates) > 5
    found = [
        f"{path.relative_to(ROOT)}: {kind}"
        for path in templates
        for kind, pattern in INLINE.items()
        if pattern.search(path.read_text())
    ]
    assert found == []
