"""The embedded backend gives the likeliest tokens of each step on request, without logits for the whole prompt."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsdesk.llm.base import Message
from newsdesk.llm.embedded import EmbeddedLLM

pytestmark = pytest.mark.model

QUESTION = [Message(role="user", content="Is the sky blue on a clear day? Answer with one word, Yes or No.")]
SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}},
    "required": ["answer"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def llm(small_model_path: Path) -> EmbeddedLLM:
    return EmbeddedLLM(small_model_path, name="qwen2.5-coder-0.5b", n_ctx=1024)


def test_each_generated_token_comes_with_its_likeliest_alternatives(llm: EmbeddedLLM) -> None:
    """One dict per generated token, at most N entries, log probabilities of one distribution; greedy takes the top."""
    completion = llm.complete(QUESTION, max_tokens=3, temperature=0.0, seed=0, top_logprobs=5)
    steps = completion.extra["top_logprobs"]
    assert 1 <= len(steps) == completion.tokens_out <= 3
    for step in steps:
        assert 1 <= len(step) <= 5
        assert all(logprob <= 0.0 for logprob in step.values())
        assert sum(math.exp(logprob) for logprob in step.values()) <= 1.0 + 1e-6
    first = max(steps[0], key=steps[0].__getitem__)
    assert completion.text.startswith(first)


def test_a_grammar_resampling_records_each_step_once(llm: EmbeddedLLM) -> None:
    """With a schema, the grammar may make the sampler pick again; there is still one entry per generated token."""
    completion = llm.complete(QUESTION, json_schema=SCHEMA, max_tokens=20, temperature=0.0, seed=0, top_logprobs=3)
    assert json.loads(completion.text)["answer"] in {"yes", "no"}
    assert len(completion.extra["top_logprobs"]) == completion.tokens_out


def test_without_top_logprobs_nothing_is_recorded(llm: EmbeddedLLM) -> None:
    completion = llm.complete(QUESTION, max_tokens=3, temperature=0.0)
    assert "top_logprobs" not in completion.extra
