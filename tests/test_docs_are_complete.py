"""Every environment variable the settings read and every newsdesk command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


def docs_text() -> str:
    return "\n".join(p.read_text() for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def test_every_environment_variable_is_documented() -> None:
    source = (ROOT / "newsdesk" / "settings.py").read_text()
    names = set(re.findall(r'env(?:bool|int|float|choice|secret)?\(\s*"([A-Z][A-Z0-9_]+)"', source))
    names |= set(re.findall(r'os\.environ\.get\(\s*"([A-Z][A-Z0-9_]+)"', source))
    assert {"DATABASE_URL", "NEWSDESK_LLM_BACKEND", "SECRET_KEY"} <= names
    docs = docs_text()
    missing = sorted(n for n in names if f"`{n}`" not in docs)
    assert not missing, f"undocumented settings: {missing}"


def test_every_newsdesk_command_is_documented() -> None:
    ours = sorted(name for name, app in get_commands().items() if app.startswith("newsdesk"))
    assert {"add", "generate", "demo", "serve", "worker", "model"} <= set(ours)
    docs = docs_text()
    missing = [name for name in ours if f"newsdesk {name}" not in docs]
    assert not missing, f"undocumented commands: {missing}"
