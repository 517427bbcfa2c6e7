"""The `newsdesk` command: Django's manage.py under the product's name."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Run a management command."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "newsdesk"
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
