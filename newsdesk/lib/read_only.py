"""Answer 405 to methods a page does not take: GET and HEAD only, except where a form posts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed

READ = ("GET", "HEAD")
# URL namespaces whose forms post: the admin, the desk, and ratings and comments (their views take POST alone).
POSTS = frozenset({"admin", "desk", "engagement"})
# The JSON API answers every other method with its own JSON 405.
OWN_ANSWER = frozenset({"api"})


class ReadOnlyMethodsMiddleware:
    """Refuse TRACE, OPTIONS, PUT, DELETE and the rest before any view or CSRF check runs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any
    ) -> HttpResponse | None:
        if request.method in READ:
            return None
        namespaces = set(request.resolver_match.namespaces) if request.resolver_match else set()
        if namespaces & OWN_ANSWER:
            return None
        allowed = [*READ, "POST"] if namespaces & POSTS else list(READ)
        if request.method in allowed:
            return None
        return HttpResponseNotAllowed(allowed)
