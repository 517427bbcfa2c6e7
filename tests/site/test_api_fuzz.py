"""Schemathesis fuzzes every API operation in process: no response is a server error, all match the schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from newsdesk.wsgi import application  # noqa: E402

from .conftest import make_article  # noqa: E402

pytestmark = pytest.mark.django_db
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture(autouse=True)
def articles(db: None) -> Iterator[None]:
    """Store a few articles, and keep the connection open across requests as Django's test client does."""
    for n in range(3):
        make_article(f"Story {n}")
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, response.text
    case.validate_response(response)


def test_unknown_api_path_with_a_newline_answers_json(client) -> None:  # noqa: ANN001
    """A path schemathesis once found: a newline inside it must still get the API's JSON 404."""
    response = client.get("/api/articles/%0Ax/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
