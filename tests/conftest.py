from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.sources.add import store, validate
from newsdesk.sources.models import SourceItem

FRENCH_SUMMARY = (
    "Le 30 octobre, Meta a présenté ses résultats du troisième trimestre et détaillé un investissement "
    "de 14,3 milliards de dollars dans Scale AI. Le groupe prévoit jusqu'à 72 milliards de dollars de "
    "dépenses d'investissement en 2025. Ses revenus publicitaires ont augmenté de 26 % d'une année sur "
    "l'autre, à 51,24 milliards de dollars."
)


@pytest.fixture(autouse=True)
def written_articles(settings: object) -> None:
    """Most tests are of the written article: briefs (on by default) are turned on by the tests of them."""
    settings.NEWSDESK_BRIEFS = False  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def media_dir(settings: object, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Share cards and header images are stored in a directory of each test's own, never in var/."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")  # type: ignore[attr-defined]


@pytest.fixture
def french_item(db: None) -> SourceItem:
    item, _ = store(
        validate(
            title="Meta investit 14,3 milliards de dollars dans Scale AI",
            summary=FRENCH_SUMMARY,
            url="https://example.com/meta-scale",
            language="fr",
        )
    )
    return item


@pytest.fixture(scope="session")
def small_model_path() -> Path:
    """Assemble (once, cached under ~/.cache/newsdesk/models) and return the real 0.5B model."""
    from newsdesk.llm.pinned import PINNED, resolve_model_path

    path, _ = resolve_model_path("qwen2.5-coder-0.5b", settings.NEWSDESK_MODEL_DIR)
    assert path.stat().st_size == PINNED["qwen2.5-coder-0.5b"].size
    return path


@pytest.fixture
def tmp_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("NEWSDESK_VAR_DIR", str(tmp_path))
    yield tmp_path


@pytest.fixture
def editor(db: None) -> Client:
    """A browser logged in to the admin as an editor (a superuser)."""
    alice = User.objects.create_superuser("alice", "alice@example.com", "pw")
    browser = Client()
    browser.force_login(alice)
    return browser
