from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import override_settings

from tests.lib.servers import Base, respond, serve, static

FEEDS = Path(__file__).resolve().parent.parent / "resources" / "feeds"
TYPES = {
    ".xml": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/feed+json",
    ".opml": "text/x-opml",
    ".html": "text/html; charset=utf-8",
}


def feed_response(name: str, *, content_type: str | None = None) -> bytes:
    path = FEEDS / name
    return respond(path.read_bytes(), content_type=content_type or TYPES.get(path.suffix, "application/xml"))


@pytest.fixture
def intranet() -> Iterator[None]:
    """Let fetches reach the fixture servers on 127.0.0.1, for this test only."""
    with override_settings(NEWSDESK_ALLOW_PRIVATE_NETWORKS=True):
        yield


@pytest.fixture
def feed_server(intranet: None) -> Iterator[Base]:
    """Serve every file under tests/resources/feeds at /<name>."""
    routes = {f"/{p.name}": feed_response(p.name) for p in FEEDS.iterdir() if p.is_file()}
    with serve(static(routes)) as base:
        yield base
