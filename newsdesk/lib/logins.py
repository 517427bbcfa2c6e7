"""Check one password at a time per address, so a guesser's parallel tries cannot outrun the lockout."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

_checking: set[str] = set()
_lock = threading.Lock()


@contextmanager
def checking(address: str) -> Iterator[bool]:
    """Claim the address for one password check; yield False if another check from it is in progress."""
    with _lock:
        claimed = address not in _checking
        _checking.add(address)
    try:
        yield claimed
    finally:
        if claimed:
            with _lock:
                _checking.discard(address)


class OneAtATimeModelBackend(ModelBackend):
    """Django's ModelBackend, refusing a login while another from the same address is being hashed.

    django-axes counts failures once their password has been hashed, so N parallel guesses would all
    be hashed before the first one counted. A refused parallel try counts as a failed login instead.
    """

    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Any:
        if request is None:
            return super().authenticate(request, username, password, **kwargs)
        from newsdesk.engagement.readers import client_ip

        with checking(client_ip(request)) as claimed:
            if not claimed:
                raise PermissionDenied("another login from this address is being checked")
            return super().authenticate(request, username, password, **kwargs)
