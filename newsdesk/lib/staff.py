"""The request a staff-only view is given: staff_member_required has let its user in."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class StaffRequest(HttpRequest):
    """A request from a signed-in editor: its user is a User, never AnonymousUser (for the type checker)."""

    user: User
