"""The desk is for editors: the gate every staff-only view is behind, and the request it lets through."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse


class StaffRequest(HttpRequest):
    """A request from a signed-in editor: its user is a User, never AnonymousUser (for the type checker)."""

    user: User


def staff_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send anonymous users to the login page and refuse (403) signed-in users who are not staff.

    A reader with an account who opens the desk is told it is for editors, rather than sent back to
    a login page that already knows who they are.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not (request.user.is_active and request.user.is_staff):
            raise PermissionDenied("The desk is for editors.")
        return view(request, *args, **kwargs)

    return wrapped
