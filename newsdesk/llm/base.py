"""The one interface every model backend implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


class LLMError(Exception):
    """A model could not be loaded or did not answer."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    role: str
    content: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Completion:
    text: str
    model: str
    tokens_in: int
    tokens_out: int
    seconds: float
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tokens_per_second(self) -> float:
        return self.tokens_out / self.seconds if self.seconds > 0 else 0.0


class LLM(Protocol):
    """Messages in; text, token usage and timing out.

    With top_logprobs=N (N > 0), Completion.extra["top_logprobs"] holds one dict per generated
    token: the text of the N likeliest tokens at that step, each with its natural-log probability
    under the model (before sampling settings and any grammar). A backend or server that cannot
    give them leaves the list empty.
    """

    name: str

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int = 900,
        temperature: float = 0.2,
        seed: int | None = None,
        top_logprobs: int = 0,
    ) -> Completion: ...
