"""The openai backend talks to a real OpenAI-compatible server (llama.cpp's) on loopback."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.drafting.prompts import Budget, article_schema
from newsdesk.llm import LLMError, Message
from newsdesk.llm.remote import OpenAICompatibleLLM

pytestmark = pytest.mark.model


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(small_model_path: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(small_model_path), "--host", "127.0.0.1",
         "--port", str(port), "--model_alias", "small", "--n_ctx", "2048"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(240):
            if proc.poll() is not None:
                pytest.fail("llama_cpp.server exited early")
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=1) as r:  # noqa: S310 - loopback
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("llama_cpp.server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_completion_returns_text_usage_and_timing(server: str) -> None:
    llm = OpenAICompatibleLLM(base_url=server, model="small")
    completion = llm.complete([Message(role="user", content="Say hello in one word.")], max_tokens=8)
    assert completion.text.strip()
    assert completion.tokens_in > 0 and 0 < completion.tokens_out <= 8
    assert completion.seconds > 0


def test_json_schema_output_has_the_article_structure(server: str) -> None:
    llm = OpenAICompatibleLLM(base_url=server, model="small")
    completion = llm.complete(
        [Message(role="user", content="Write a news article about a bakery opening, as JSON. Keep every "
                 "field to one short sentence.")],
        json_schema=article_schema([1, 2, 3], Budget(paragraphs=(2, 3), per_paragraph=2, headings=False)),
        max_tokens=900, temperature=0,
    )
    assert completion.extra["finish_reason"] == "stop"
    data = json.loads(completion.text)
    assert set(data) == {"headline", "standfirst", "paragraphs"}
    assert 2 <= len(data["paragraphs"]) <= 3
    cited = [*data["headline"]["cites"], *(n for p in data["paragraphs"] for s in p["sentences"] for n in s["cites"])]
    assert cited and set(cited) <= {1, 2, 3}


def test_unreachable_server_is_a_clear_error() -> None:
    llm = OpenAICompatibleLLM(base_url=f"http://127.0.0.1:{free_port()}/v1", model="small", timeout=2, max_retries=0)
    with pytest.raises(LLMError, match="model server error"):
        llm.complete([Message(role="user", content="hi")], max_tokens=4)
