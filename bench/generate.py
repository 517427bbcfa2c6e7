"""Print bare llama-cpp-python tokens/s against the full pipeline's, for one item.

    .venv/bin/python bench/generate.py [--model qwen2.5-coder-0.5b] [--item N]

The bare run sends the same messages, schema, seed and token count straight to llama.cpp, so the
ratio bare/pipeline is the pipeline's overhead (goal: at most 1.10).
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
    from newsdesk.drafting.prompts import ARTICLE_SCHEMA, SourceDoc, article_messages
    from newsdesk.llm import get_llm
    from newsdesk.sources.add import read_file, store

    call_command("migrate", verbosity=0)
    items = [item for _, item in read_file(demo_items_path())]
    item, _ = store(items[args.item])
    llm = get_llm()
    # warm-up, once per process in real use too: weights into the page cache, the language detector
    llm.complete(article_messages([SourceDoc(title="t", summary="s", language="en")]), max_tokens=8)
    from newsdesk.sources.language import detect

    detect("Warm up the language detector with a sentence.")

    started = time.perf_counter()
    article = process_story(item.story, llm=llm)
    pipeline_seconds = time.perf_counter() - started
    pipeline_tps = article.tokens_out / pipeline_seconds
    if not article.tokens_out:
        raise SystemExit(f"the pipeline produced no tokens: {article.hold_reason}")

    messages = article_messages([SourceDoc(title=item.title, summary=item.summary, language=item.language)])
    raw = llm._llama  # type: ignore[attr-defined]
    started = time.perf_counter()
    result = raw.create_chat_completion(
        messages=[{"role": m.role, "content": m.content} for m in messages],
        max_tokens=article.tokens_out, temperature=0.2,
        response_format={"type": "json_object", "schema": ARTICLE_SCHEMA},
    )
    bare_seconds = time.perf_counter() - started
    bare_tokens = result["usage"]["completion_tokens"]
    bare_tps = bare_tokens / bare_seconds

    print(f"model                 {llm.name}")
    print(f"item                  {item.title} ({item.language})")
    print(f"article status        {article.status} after {article.attempts} attempt(s)")
    print(f"bare llama.cpp        {bare_tokens} tokens in {bare_seconds:.2f} s = {bare_tps:.2f} tok/s")
    print(f"full pipeline         {article.tokens_out} tokens in {pipeline_seconds:.2f} s = {pipeline_tps:.2f} tok/s")
    print(f"ratio bare/pipeline   {bare_tps / pipeline_tps:.3f}  (goal <= 1.10)")
    for stage, seconds in article.stage_seconds.items():
        print(f"stage {stage:15} {seconds:.3f} s")


if __name__ == "__main__":
    main()
