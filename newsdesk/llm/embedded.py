"""The embedded backend: llama.cpp in this process."""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .base import Completion, LLMError, Message


class EmbeddedLLM:
    """Run a GGUF model with llama-cpp-python."""

    def __init__(self, path: Path, *, name: str, n_ctx: int = 4096, n_threads: int = 0) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - installed with newsdesk
            raise LLMError("llama-cpp-python is not installed") from exc
        self.name = name
        self.path = path
        threads = n_threads or max(1, os.cpu_count() or 1)
        try:
            self._llama = Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads, verbose=False
            )
        except (ValueError, RuntimeError) as exc:
            raise LLMError(f"could not load model {path}: {exc}") from exc
        self._lock = threading.Lock()
        # free the model before the interpreter tears down the modules llama.cpp's finaliser needs
        atexit.register(self._llama.close)

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int = 900,
        temperature: float = 0.2,
        seed: int | None = None,
    ) -> Completion:
        kwargs: dict[str, Any] = {}
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        if seed is not None:
            kwargs["seed"] = seed
        with self._lock:  # a Llama context is not thread-safe
            started = time.perf_counter()
            result: Any = self._llama.create_chat_completion(
                messages=[{"role": m.role, "content": m.content} for m in messages],
                max_tokens=max_tokens,
                temperature=temperature,
                **kwargs,
            )
            seconds = time.perf_counter() - started
        usage = result.get("usage") or {}
        return Completion(
            text=result["choices"][0]["message"]["content"] or "",
            model=self.name,
            tokens_in=int(usage.get("prompt_tokens", 0)),
            tokens_out=int(usage.get("completion_tokens", 0)),
            seconds=seconds,
            extra={"finish_reason": result["choices"][0].get("finish_reason")},
        )
