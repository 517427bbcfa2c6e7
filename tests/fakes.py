"""The one fake: a language model that answers from a script (the LLM interface is the seam)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsdesk.llm import Completion, Message


def article_json(
    *,
    headline: str = "Meta puts $14.3 billion into Scale AI",
    introduction: str = "Meta said on October 30 that it invested $14.3 billion in Scale AI.",
    sections: Sequence[tuple[str, str]] = (
        ("The investment", "The $14.3 billion deal reorganises Meta's AI teams."),
        ("Spending plans", "Meta expects capital spending of up to $72 billion in 2025."),
    ),
    context: str = "Large technology companies are spending heavily on computing power.",
    conclusion: str = "Meta's advertising revenue rose 26% year over year to $51.24 billion.",
) -> str:
    return json.dumps(
        {
            "headline": headline,
            "introduction": introduction,
            "sections": [{"heading": h, "body": b} for h, b in sections],
            "context": context,
            "conclusion": conclusion,
        }
    )


class ScriptedLLM:
    """Answer each call with the next scripted text, and remember what was asked."""

    name = "scripted-model"

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.calls: list[dict[str, Any]] = []

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int = 900,
        temperature: float = 0.2,
        seed: int | None = None,
    ) -> Completion:
        self.calls.append({"messages": list(messages), "json_schema": json_schema})
        text = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return Completion(text=text, model=self.name, tokens_in=100, tokens_out=50, seconds=0.5)
