"""One interface to language models; see base.LLM."""

from __future__ import annotations

import threading

from django.conf import settings

from .base import LLM, Completion, LLMError, Message

__all__ = ["LLM", "Completion", "LLMError", "Message", "get_llm"]

_cache: dict[tuple[str, ...], LLM] = {}
_lock = threading.Lock()


def get_llm() -> LLM:
    """Return the configured model, loading it once per process."""
    backend = settings.NEWSDESK_LLM_BACKEND
    key = (backend, settings.NEWSDESK_LLM_MODEL, settings.NEWSDESK_LLM_BASE_URL)
    with _lock:
        if key not in _cache:
            _cache[key] = _build(backend)
        return _cache[key]


def _build(backend: str) -> LLM:
    if backend == "embedded":
        from .embedded import EmbeddedLLM
        from .pinned import resolve_model_path

        path, name = resolve_model_path(settings.NEWSDESK_LLM_MODEL, settings.NEWSDESK_MODEL_DIR)
        return EmbeddedLLM(
            path, name=name, n_ctx=settings.NEWSDESK_LLM_CONTEXT, n_threads=settings.NEWSDESK_LLM_THREADS
        )
    if backend == "openai":
        from .remote import OpenAICompatibleLLM

        return OpenAICompatibleLLM(
            base_url=settings.NEWSDESK_LLM_BASE_URL,
            model=settings.NEWSDESK_LLM_MODEL,
            api_key=settings.NEWSDESK_LLM_API_KEY,
        )
    raise LLMError(f"unknown NEWSDESK_LLM_BACKEND {backend!r}: use 'embedded' or 'openai'")
