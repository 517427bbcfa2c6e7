"""Print bare llama-cpp-python tokens/s against the full pipeline's, for one item.

    .venv/bin/python bench/generate.py [--model qwen2.5-coder-0.5b] [--item N]

The bare run sends the same messages, schema and token count straight to llama-cpp-python as
shipped (its own sampler chain, grammar first), so the ratio bare/pipeline is what the pipeline
costs or saves against plain llama-cpp-python (goal: at most 1.10). A second reference run sends
them to newsdesk's embedded backend directly (grammar checked last), without the pipeline, so
direct/pipeline is the pipeline's own overhead.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("NEWSDESK_LLM_MODEL") or "qwen2.5-coder-1.5b")
    parser.add_argument("--item", type=int, default=0, help="which demo item (0-based)")
    args = parser.parse_args()

    var = tempfile.mkdtemp(prefix="newsdesk-bench-")
    os.environ.update(NEWSDESK_VAR_DIR=var, NEWSDESK_LLM_BACKEND="embedded", NEWSDESK_LLM_MODEL=args.model,
                      NEWSDESK_REPAIR_ATTEMPTS="0", DJANGO_SETTINGS_MODULE="newsdesk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from newsdesk.articles.management.commands.demo import demo_items_path
    from newsdesk.articles.pipeline import process_story
    from newsdesk.drafting.prompts import article_messages, article_schema, budget
    from newsdesk.llm import get_llm
    from newsdesk.sources.add import read_file, store
    from newsdesk.sources.sentences import SourceSentence, of_story

    call_command("migrate", verbosity=0)
    items = [item for _, item in read_file(demo_items_path())]
    item, _ = store(items[args.item])
    llm = get_llm()
    # warm-up, once per process in real use too: weights into the page cache, the language detector
    warm = [SourceSentence(n=1, text="s", english="s", language="en", part="summary")]
    llm.complete(article_messages(warm, size=budget(warm)), max_tokens=8)
    from newsdesk.sources.language import detect

    detect("Warm up the language detector with a sentence.")

    started = time.perf_counter()
    article = process_story(item.story, llm=llm)
    pipeline_seconds = time.perf_counter() - started
    pipeline_tps = article.tokens_out / pipeline_seconds
    if not article.tokens_out:
        raise SystemExit(f"the pipeline produced no tokens: {article.hold_reason}")

    from llama_cpp import Llama

    # the article request as the pipeline last sent it (its renderings are stored with the item by now)
    sentences = of_story(item.story)
    messages = article_messages(sentences, size=budget(sentences))
    schema = article_schema(sorted(s.n for s in sentences), budget(sentences))
    direct_tokens, direct_seconds = _run(llm._llama, messages, schema, article.tokens_out)  # type: ignore[attr-defined]
    threads = llm._llama.n_threads  # type: ignore[attr-defined]
    stock = Llama(model_path=str(llm.path), n_ctx=llm._llama.n_ctx(), n_threads=threads,  # type: ignore[attr-defined]
                  n_threads_batch=threads, verbose=False)
    _run(stock, messages, schema, 8)  # warm-up, as for the pipeline
    bare_tokens, bare_seconds = _run(stock, messages, schema, article.tokens_out)
    bare_tps = bare_tokens / bare_seconds
    direct_tps = direct_tokens / direct_seconds

    print(f"model                 {llm.name}")
    print(f"item                  {item.title} ({item.language})")
    print(f"article status        {article.status} after {article.attempts} attempt(s)")
    print(f"bare llama-cpp-python {bare_tokens} tokens in {bare_seconds:.2f} s = {bare_tps:.2f} tok/s")
    print(f"backend, no pipeline  {direct_tokens} tokens in {direct_seconds:.2f} s = {direct_tps:.2f} tok/s")
    print(f"full pipeline         {article.tokens_out} tokens in {pipeline_seconds:.2f} s = {pipeline_tps:.2f} tok/s")
    print(f"ratio bare/pipeline   {bare_tps / pipeline_tps:.3f}  (goal <= 1.10)")
    print(f"ratio direct/pipeline {direct_tps / pipeline_tps:.3f}  (the pipeline's own overhead)")
    for stage, seconds in article.stage_seconds.items():
        print(f"stage {stage:15} {seconds:.3f} s")


def _run(llama: object, messages: list, schema: dict, max_tokens: int) -> tuple[int, float]:
    """Send the article request with its schema straight to a llama_cpp.Llama; return (tokens, seconds)."""
    started = time.perf_counter()
    result = llama.create_chat_completion(  # type: ignore[attr-defined]
        messages=[{"role": m.role, "content": m.content} for m in messages],
        max_tokens=max_tokens, temperature=0.2,
        response_format={"type": "json_object", "schema": schema},
    )
    return result["usage"]["completion_tokens"], time.perf_counter() - started


if __name__ == "__main__":
    main()
