"""With nothing set, settings are safe: DEBUG off, SQLite in var/, a secret key made once and kept."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

PRINT = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'debug': settings.DEBUG, 'db': str(settings.DATABASES['default']['NAME']), "
    "'engine': settings.DATABASES['default']['ENGINE'], 'key': settings.SECRET_KEY}))"
)


def settings_in(var: Path, **env: str) -> dict[str, object]:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("NEWSDESK_", "DATABASE_URL", "SECRET_KEY", "DEBUG"))}
    result = subprocess.run(
        [sys.executable, "-c", PRINT],
        env={**environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings", "NEWSDESK_VAR_DIR": str(var), **env},
        capture_output=True, text=True, check=True, timeout=60,
    )
    return json.loads(result.stdout)


def test_defaults_are_sqlite_in_var_and_debug_off(tmp_path: Path) -> None:
    found = settings_in(tmp_path)
    assert found["debug"] is False
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["db"] == str(tmp_path / "newsdesk.sqlite3")


def test_secret_key_is_generated_once_kept_in_var_and_private(tmp_path: Path) -> None:
    first, second = settings_in(tmp_path), settings_in(tmp_path)
    keyfile = tmp_path / "secret_key"
    assert first["key"] == second["key"] == keyfile.read_text().strip()
    assert len(str(first["key"])) >= 50
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    assert settings_in(tmp_path / "other")["key"] != first["key"]


def test_secret_key_from_the_environment_wins(tmp_path: Path) -> None:
    assert settings_in(tmp_path, SECRET_KEY="from-the-environment")["key"] == "from-the-environment"
    assert not (tmp_path / "secret_key").exists()
