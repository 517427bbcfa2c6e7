"""Writers sharing one openai client each fall back to the response format a server takes, however they interleave.

The server (bench/latency_server.py on 127.0.0.1) refuses "json_schema" as llama_cpp.server does, and
holds its answers until both requests are in flight, so both are refused together.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from bench.latency_server import serve
from newsdesk.drafting.prompts import render_schema
from newsdesk.llm import Message
from newsdesk.llm.remote import OpenAICompatibleLLM

PROMPT = '<source language="English">\n1. The bridge shuts on Monday.\n</source>\n\nTranslate it, as JSON.'


def test_two_writers_refused_json_schema_at_once_both_get_an_answer_in_json_object() -> None:
    with serve(delay=0.0, gate=2, json_object_only=True) as server:
        llm = OpenAICompatibleLLM(base_url=server.base_url, model="shared", max_retries=0)

        def render(_: int) -> str:
            return llm.complete([Message(role="user", content=PROMPT)], json_schema=render_schema(1)).text

        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(render, range(2)))
    assert [json.loads(a) for a in answers] == [{"english": ["The bridge shuts on Monday."]}] * 2
    assert server.requests == 4 and server.answered == 2  # each refused once, then answered
    assert llm._schema_style == "json_object"
