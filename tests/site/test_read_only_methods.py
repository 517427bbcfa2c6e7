"""Pages that only read answer GET and HEAD, and 405 to TRACE, OPTIONS, POST and every other method."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings

from newsdesk.articles.models import Article, Topic

pytestmark = pytest.mark.django_db

REFUSED = ["TRACE", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "PROPFIND"]


@pytest.fixture
def pages(article: Article, markets: Topic) -> list[str]:
    markets.articles.add(article)
    return [
        "/",
        "/?page=1",
        article.get_absolute_url(),
        "/topics/",
        "/topics/markets/",
        "/feed/rss/",
        "/feed/atom/",
        "/topics/markets/feed/rss/",
        "/topics/markets/feed/atom/",
        "/search/?q=Meta",
        "/sitemap.xml",
        "/robots.txt",
    ]


def test_read_only_pages_answer_get_and_head(client: Client, pages: list[str]) -> None:
    """Every read-only page still answers GET and HEAD with 200."""
    for url in pages:
        assert client.get(url).status_code == 200, url
        assert client.head(url).status_code == 200, url


@pytest.mark.parametrize("method", REFUSED)
def test_read_only_pages_refuse_other_methods(client: Client, pages: list[str], method: str) -> None:
    """TRACE and the rest get 405 with Allow: GET, HEAD, and nothing of the page."""
    for url in pages:
        response = client.generic(method, url)
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD"
        assert b"<rss" not in response.content and b"<urlset" not in response.content


def test_a_post_to_a_feed_is_refused_even_with_a_csrf_token(article: Article) -> None:
    """A valid CSRF token does not make a feed take a POST."""
    browser = Client(enforce_csrf_checks=True)
    html = browser.get(article.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert browser.post("/feed/rss/", {"csrfmiddlewaretoken": token}).status_code == 405


def test_ratings_and_comments_still_take_posts(article: Article) -> None:
    """The rating and comment forms post as before, CSRF token and all; their views still refuse GET."""
    browser = Client(enforce_csrf_checks=True)
    html = browser.get(article.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    rated = browser.post(
        f"/articles/{article.pk}/rate/", {"stars": "4", "csrfmiddlewaretoken": token}, HTTP_ACCEPT="application/json"
    )
    assert rated.status_code == 200 and rated.json()["total"] == 1
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html[html.index('id="reply"') :]))
    commented = browser.post(f"/articles/{article.pk}/comment/", {**fields, "name": "Bob", "text": "Thanks."})
    assert commented.status_code == 302
    assert article.comments.count() == 1
    assert browser.get(f"/articles/{article.pk}/rate/").status_code == 405
    assert browser.generic("TRACE", f"/articles/{article.pk}/rate/").status_code == 405


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
def test_the_admin_still_takes_posts_and_refuses_trace() -> None:
    """Editors log in and save in the admin; TRACE there is a 405 too."""
    User.objects.create_superuser("alice", "alice@example.com", "correct horse")
    browser = Client(enforce_csrf_checks=True)
    html = browser.get("/admin/login/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    login = {"username": "alice", "password": "correct horse", "csrfmiddlewaretoken": token}
    assert browser.post("/admin/login/?next=/admin/", login).status_code == 302
    assert browser.get("/admin/").status_code == 200
    html = browser.get("/admin/articles/topic/add/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    added = browser.post(
        "/admin/articles/topic/add/", {"name": "Energy", "slug": "energy", "csrfmiddlewaretoken": token}
    )
    assert added.status_code == 302 and Topic.objects.filter(slug="energy").exists()
    trace = browser.generic("TRACE", "/admin/")
    assert trace.status_code == 405 and trace["Allow"] == "GET, HEAD, POST"


def test_the_api_keeps_its_json_405(client: Client, article: Article) -> None:
    """The API answers other methods itself, in JSON."""
    response = client.generic("TRACE", f"/api/articles/{article.pk}/")
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")


def test_static_files_refuse_other_methods(client: Client) -> None:
    """WhiteNoise, ahead of the pages, refuses TRACE on static files too."""
    assert client.get("/static/newsdesk/site.css").status_code == 200
    assert client.generic("TRACE", "/static/newsdesk/site.css").status_code == 405
