"""The OpenAI-compatible backend: vLLM, Ollama, llama.cpp's server, hosted APIs."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .base import Completion, LLMError, Message


class OpenAICompatibleLLM:
    """Talk to any server that speaks the OpenAI chat completions API."""

    def __init__(
        self, *, base_url: str, model: str, api_key: str = "", timeout: float = 600, max_retries: int = 2
    ) -> None:
        import openai

        if not base_url:
            raise LLMError("NEWSDESK_LLM_BASE_URL must be set for the openai backend")
        self.name = model or "default"
        self._openai = openai
        self._client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=max_retries
        )
        # OpenAI, vLLM and Ollama take "json_schema"; llama.cpp's Python server takes "json_object"
        # with a "schema". The first refusal of one switches this client to the other.
        self._schema_style = "json_schema"

    @staticmethod
    def _response_format(schema: dict[str, Any], style: str) -> dict[str, Any]:
        if style == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": "article", "schema": schema, "strict": True}}
        return {"type": "json_object", "schema": schema}

    def _create(self, messages: Sequence[Message], schema: dict[str, Any] | None, **kwargs: Any) -> Any:
        # openai's types know neither plain role/content dicts nor llama.cpp's json_object with a schema.
        payload = [{"role": m.role, "content": m.content} for m in messages]
        if schema is None:
            return self._client.chat.completions.create(model=self.name, messages=payload, **kwargs)  # type: ignore[arg-type]
        style = self._schema_style  # several writers share this client: switch from the style this request used
        try:
            return self._client.chat.completions.create(  # type: ignore[call-overload]
                model=self.name, messages=payload, response_format=self._response_format(schema, style), **kwargs
            )
        except (self._openai.BadRequestError, self._openai.UnprocessableEntityError,
                self._openai.InternalServerError) as exc:
            if "response_format" not in str(exc) and "json_schema" not in str(exc):
                raise
            style = self._schema_style = "json_object" if style == "json_schema" else "json_schema"
            return self._client.chat.completions.create(  # type: ignore[call-overload]
                model=self.name, messages=payload, response_format=self._response_format(schema, style), **kwargs
            )

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
        kwargs: dict[str, Any] = {}
        if seed is not None:
            kwargs["seed"] = seed
        if top_logprobs > 0:
            kwargs["logprobs"] = True
            kwargs["top_logprobs"] = top_logprobs
        started = time.perf_counter()
        try:
            result = self._create(messages, json_schema, max_tokens=max_tokens, temperature=temperature, **kwargs)
        except self._openai.OpenAIError as exc:
            raise LLMError(f"model server error: {exc}") from exc
        seconds = time.perf_counter() - started
        usage = result.usage
        choice = result.choices[0]
        extra: dict[str, Any] = {"finish_reason": choice.finish_reason}
        if top_logprobs > 0:
            extra["top_logprobs"] = _top_logprobs(choice)
        return Completion(
            text=choice.message.content or "",
            model=result.model or self.name,
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
            seconds=seconds,
            extra=extra,
        )


def _top_logprobs(choice: Any) -> list[dict[str, float]]:
    """Return the server's top logprobs, one dict per generated token; empty when it sent none."""
    content = getattr(choice.logprobs, "content", None) or []
    steps = []
    for token in content:
        found: dict[str, float] = {}
        for alternative in token.top_logprobs or []:
            found.setdefault(alternative.token, float(alternative.logprob))
        steps.append(found)
    return steps
