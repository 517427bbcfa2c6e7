"""The embedded backend: llama.cpp in this process."""

from __future__ import annotations

import atexit
import ctypes
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .base import Completion, LLMError, Message


class GrammarLastSampler:
    """Sample as if there were no grammar; apply the grammar to the whole vocabulary only when it refuses.

    llama-cpp-python puts the grammar first in its sampler chain, so every token is checked against
    the grammar across the model's whole vocabulary (151k tokens for Qwen): about two thirds of the
    decoding time for a JSON article. llama.cpp's own common sampler does this instead: sample from
    the ordinary chain, check only the chosen token against the grammar, and resample with the
    grammar applied when, rarely, that token is not allowed. The output still always obeys the
    grammar.
    """

    def __init__(self, chain: Any, grammar: Any, n_vocab: int) -> None:
        import numpy as np
        from llama_cpp import llama_cpp as lib

        self._lib = lib
        self._np = np
        self.chain = chain  # llama_cpp._internals.LlamaSampler, without the grammar
        self.grammar = grammar  # a LlamaSampler holding only the grammar
        self.n_vocab = n_vocab
        self.resampled = 0
        self.sampled = 0
        dtype = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])
        if dtype.itemsize != ctypes.sizeof(lib.llama_token_data):
            raise LLMError("llama_token_data has an unexpected layout in this llama-cpp-python")
        self._ids = np.arange(n_vocab, dtype=np.int32)
        self._buffer = np.zeros(n_vocab, dtype=dtype)
        self._one = (lib.llama_token_data * 1)()

    def _candidates(self, ctx: Any, idx: int) -> Any:
        lib = self._lib
        logits = self._np.ctypeslib.as_array(lib.llama_get_logits_ith(ctx.ctx, idx), shape=(self.n_vocab,))
        self._buffer["id"] = self._ids
        self._buffer["logit"] = logits
        self._buffer["p"] = 0.0
        data = self._buffer.ctypes.data_as(ctypes.POINTER(lib.llama_token_data))
        return lib.llama_token_data_array(data=data, size=self.n_vocab, selected=-1, sorted=False)

    def _allowed(self, token: int) -> bool:
        lib = self._lib
        self._one[0].id, self._one[0].logit, self._one[0].p = lib.llama_token(token), 1.0, 0.0
        single = lib.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        lib.llama_sampler_apply(self.grammar.sampler, ctypes.byref(single))
        return bool(single.data[0].logit != float("-inf"))

    def _pick(self, candidates: Any) -> int:
        self._lib.llama_sampler_apply(self.chain.sampler, ctypes.byref(candidates))
        return int(candidates.data[candidates.selected].id)

    def sample(self, ctx: Any, idx: int = -1) -> int:
        self.sampled += 1
        token = self._pick(self._candidates(ctx, idx))
        if not self._allowed(token):
            self.resampled += 1
            candidates = self._candidates(ctx, idx)
            self._lib.llama_sampler_apply(self.grammar.sampler, ctypes.byref(candidates))
            token = self._pick(candidates)
        self._lib.llama_sampler_accept(self.grammar.sampler, token)
        self._lib.llama_sampler_accept(self.chain.sampler, token)
        return token

    def accept(self, token: int) -> None:
        self._lib.llama_sampler_accept(self.grammar.sampler, token)
        self._lib.llama_sampler_accept(self.chain.sampler, token)

    def reset(self) -> None:
        self._lib.llama_sampler_reset(self.grammar.sampler)
        self._lib.llama_sampler_reset(self.chain.sampler)

    def close(self) -> None:
        self.chain.close()
        self.grammar.close()


class TopLogprobs:
    """Record the likeliest next tokens at each sampling step: a logits processor that changes nothing.

    llama-cpp-python returns logprobs only from a model loaded with logits_all, which keeps the
    logits of every prompt position (n_ctx x 151k floats, gigabytes). The sampler sees the logits of
    the one position it samples from anyway; reading them there costs one softmax per token.
    """

    def __init__(self, llama: Any, n: int) -> None:
        self.llama = llama
        self.n = n
        self.steps: dict[int, dict[str, float]] = {}

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import numpy as np

        logits = np.asarray(scores, dtype=np.float64)
        top = np.argpartition(logits, -self.n)[-self.n :]
        top = top[np.argsort(-logits[top])]
        peak = logits.max()
        log_total = peak + np.log(np.exp(logits - peak).sum())
        found: dict[str, float] = {}
        for token in top:
            text = self.llama.detokenize([int(token)]).decode("utf-8", errors="replace")
            logprob = float(logits[token] - log_total)
            found[text] = float(np.logaddexp(found[text], logprob)) if text in found else logprob
        # keyed by position: a grammar that makes the sampler resample records the same step again
        self.steps[len(input_ids)] = found
        return scores

    def tokens(self) -> list[dict[str, float]]:
        return [self.steps[k] for k in sorted(self.steps)]


def _llama_class() -> type:
    """Return llama_cpp.Llama with the grammar checked last (see GrammarLastSampler)."""
    from llama_cpp import Llama
    from llama_cpp import _internals as internals

    class GrammarLastLlama(Llama):
        def _init_sampler(self, *args: Any, grammar: Any = None, **kwargs: Any) -> Any:
            chain = super()._init_sampler(*args, **kwargs)  # its grammar defaults to None
            if grammar is None:
                return chain
            only_grammar = internals.LlamaSampler()
            only_grammar.add_grammar(self._model, grammar)
            return GrammarLastSampler(chain, only_grammar, self._n_vocab)

    return GrammarLastLlama


class EmbeddedLLM:
    """Run a GGUF model with llama-cpp-python."""

    def __init__(self, path: Path, *, name: str, n_ctx: int = 4096, n_threads: int = 0) -> None:
        try:
            llama_class = _llama_class()
        except ImportError as exc:  # pragma: no cover - installed with newsdesk
            raise LLMError("llama-cpp-python is not installed") from exc
        self.name = name
        self.path = path
        threads = n_threads or max(1, os.cpu_count() or 1)
        try:
            self._llama = llama_class(
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
        top_logprobs: int = 0,
    ) -> Completion:
        kwargs: dict[str, Any] = {}
        recorder = None
        if top_logprobs > 0:
            from llama_cpp import LogitsProcessorList

            recorder = TopLogprobs(self._llama, top_logprobs)
            kwargs["logits_processor"] = LogitsProcessorList([recorder])
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
        extra: dict[str, Any] = {"finish_reason": result["choices"][0].get("finish_reason")}
        tokens_out = int(usage.get("completion_tokens", 0))
        if recorder is not None:  # the step that chose the end-of-turn token wrote nothing
            extra["top_logprobs"] = recorder.tokens()[:tokens_out]
        return Completion(
            text=result["choices"][0]["message"]["content"] or "",
            model=self.name,
            tokens_in=int(usage.get("prompt_tokens", 0)),
            tokens_out=tokens_out,
            seconds=seconds,
            extra=extra,
        )
