"""The `newsdesk` command: Django's manage.py under the product's name."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Run a management command; a bad setting or a database that is not set up is one line, not a traceback."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db import DatabaseError

    argv = list(sys.argv)
    argv[0] = "newsdesk"
    try:
        execute_from_command_line(argv)
    except ImproperlyConfigured as exc:
        if "--traceback" in argv:
            raise
        sys.exit(f"newsdesk: configuration error: {exc}")
    except DatabaseError as exc:
        if "--traceback" in argv:
            raise
        sys.exit(f"newsdesk: {database_problem(exc)}")


def database_problem(exc: Exception) -> str:
    """Say in one line what is wrong with the database and what to do about it."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "no such table" in message or ("relation" in message and "does not exist" in message):
        return f"the database is not set up ({message}): run `newsdesk migrate` first"
    return f"database error: {message}"


if __name__ == "__main__":
    main()
