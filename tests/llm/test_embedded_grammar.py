"""The embedded backend samples the grammar last and still always obeys it (real 0.5B model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.llm.base import Message
from newsdesk.llm.embedded import EmbeddedLLM, GrammarLastSampler

pytestmark = pytest.mark.model

# A structure no model would write unasked: the grammar has to overrule its first choices.
SCHEMA = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "enum": ["zebra-42"]},
        "count": {"type": "integer", "minimum": 0},
    },
    "required": ["code", "count"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def llm(small_model_path: Path) -> EmbeddedLLM:
    return EmbeddedLLM(small_model_path, name="qwen2.5-coder-0.5b", n_ctx=1024)


def test_output_obeys_the_schema_where_the_model_would_write_something_else(llm: EmbeddedLLM) -> None:
    messages = [Message(role="user", content="Write a short poem about the sea, in French.")]
    completion = llm.complete(messages, json_schema=SCHEMA, max_tokens=40, temperature=0.7, seed=3)
    data = json.loads(completion.text)
    assert data["code"] == "zebra-42"
    assert isinstance(data["count"], int) and data["count"] >= 0
    sampler = llm._llama._sampler
    assert isinstance(sampler, GrammarLastSampler)
    # the model's own choice was refused at least once, and most tokens never touched the full grammar
    assert 0 < sampler.resampled < sampler.sampled


def test_without_a_schema_no_grammar_is_involved(llm: EmbeddedLLM) -> None:
    completion = llm.complete([Message(role="user", content="Say hello.")], max_tokens=8, temperature=0.0)
    assert completion.text.strip()
    assert not isinstance(llm._llama._sampler, GrammarLastSampler)
