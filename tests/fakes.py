"""The one fake: a language model that answers from a script (the LLM interface is the seam)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsdesk.llm import Completion, Message

ALL = "all"  # a scripted sentence that cites every source sentence (ScriptedLLM fills in the numbers)
Cited = str | tuple[str, object]


def _cited(sentence: Cited) -> dict[str, object]:
    text, cites = (sentence, ALL) if isinstance(sentence, str) else sentence
    return {"text": text, "cites": cites}


def article_json(
    *,
    headline: Cited = "Meta puts $14.3 billion into Scale AI",
    introduction: Cited = "Meta said on October 30 that it invested $14.3 billion in Scale AI.",
    sections: Sequence[tuple[str, str]] = (
        ("The investment", "The $14.3 billion investment is in Scale AI."),
        ("Spending plans", "Meta expects capital spending of up to $72 billion in 2025."),
    ),
    conclusion: str = "Meta's advertising revenue rose 26% year over year to $51.24 billion.",
    paragraphs: Sequence[Sequence[Cited]] | None = None,
    background: Sequence[str] = (),
    headings: bool = False,
) -> str:
    """Return an article as the model writes it: sentences with the source sentences they cite.

    A plain string cites every source sentence; a (text, cites) pair cites those numbers. Without
    `paragraphs`, each section's body and the conclusion are one paragraph each.
    """
    if paragraphs is None:
        paragraphs = [*([body] for _, body in sections), *([[conclusion]] if conclusion else [])]
    shaped = []
    for i, paragraph in enumerate(paragraphs):
        shaped.append({
            **({"heading": sections[i][0] if i < len(sections) else "More"} if headings else {}),
            "sentences": [_cited(s) for s in paragraph],
        })
    data: dict[str, object] = {"headline": _cited(headline), "standfirst": [_cited(introduction)],
                               "paragraphs": shaped}
    if background:
        data["background"] = list(background)
    return json.dumps(data)


def renderings_json(*english: str) -> str:
    """Return the model's English renderings of the source sentences, one per sentence."""
    return json.dumps({"english": list(english)})


class ScriptedLLM:
    """Answer each call with the next scripted text, and remember what was asked."""

    name = "scripted-model"

    def __init__(self, *answers: str, renderings: Sequence[str] = ()) -> None:
        self.answers = list(answers)
        self.renderings = list(renderings)
        self.calls: list[dict[str, Any]] = []
        self.render_calls: list[dict[str, Any]] = []

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int = 900,
        temperature: float = 0.2,
        seed: int | None = None,
        top_logprobs: int = 0,
    ) -> Completion:
        if json_schema and "english" in json_schema.get("properties", {}):
            # a request for English renderings: answered from `renderings`, else out of form (left unchecked)
            self.render_calls.append({"messages": list(messages), "json_schema": json_schema})
            text = self.renderings.pop(0) if self.renderings else "{}"
            return Completion(text=text, model=self.name, tokens_in=100, tokens_out=50, seconds=0.5)
        self.calls.append({"messages": list(messages), "json_schema": json_schema})
        text = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if json_schema and '"cites": "all"' in text:
            numbers = json_schema["properties"]["headline"]["properties"]["cites"]["items"]["enum"]
            text = text.replace('"cites": "all"', f'"cites": {json.dumps(numbers)}')
        extra = {"top_logprobs": self._first_token(text)} if top_logprobs else {}
        return Completion(text=text, model=self.name, tokens_in=100, tokens_out=50, seconds=0.5, extra=extra)

    # --- first-token logprobs, for a caller that asks for top_logprobs ---

    logprobs: tuple[dict[str, float], ...] = ()

    def with_logprobs(self, *steps: dict[str, float]) -> ScriptedLLM:
        """Answer each call that asks for top_logprobs with the next of steps (token text -> log p) as its first."""
        self.logprobs = steps
        return self

    def _first_token(self, text: str) -> list[dict[str, float]]:
        if not self.logprobs:  # unscripted: the answer's first word, with probability 1
            return [{text.split()[0]: 0.0}] if text.split() else []
        step = self.logprobs[0]
        if len(self.logprobs) > 1:
            self.logprobs = self.logprobs[1:]
        return [dict(step)]
