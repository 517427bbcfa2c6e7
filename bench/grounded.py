"""Run the real pipeline on N OrangeSum dev items (title + abstract as a French item) and print its figures.

    .venv/bin/python bench/grounded.py [N] [--model qwen2.5-coder-1.5b] [--offset K] [--out articles.json]

Prints: share published (and on the first draft), median and total seconds per item, tokens per
item, sentences per article, sentences cut by repair, articles published as briefs, repeated
sentences, and the share of body sentences whose cited source sentences hold every figure and
name of the sentence. --out writes
each item's source and article as JSON, for reading them against each other.

It uses only the pipeline's entry point (process_story) and the stored article, so the same script
runs against an earlier commit for a comparison (figures that commit cannot give print as n/a).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "orangesum_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=12)
    parser.add_argument("--model", default=os.environ.get("NEWSDESK_LLM_MODEL") or "qwen2.5-coder-1.5b")
    parser.add_argument("--offset", type=int, default=0, help="skip the first K rows")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, help="write sources and articles here as JSON")
    args = parser.parse_args()

    var = tempfile.mkdtemp(prefix="newsdesk-grounded-")
    os.environ.update(NEWSDESK_VAR_DIR=var, NEWSDESK_LLM_BACKEND="embedded", NEWSDESK_LLM_MODEL=args.model,
                      DJANGO_SETTINGS_MODULE="newsdesk.settings")
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    from newsdesk.articles.pipeline import process_story
    from newsdesk.drafting.repeats import SeenSentences
    from newsdesk.lib.sentences import sentences as english_sentences
    from newsdesk.llm import get_llm
    from newsdesk.sources.add import store, validate

    call_command("migrate", verbosity=0)
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    rows = rows[args.offset : args.offset + args.n]
    llm = get_llm()
    results = []
    for i, row in enumerate(rows):
        item, _ = store(validate(title=row["title"], summary=row["abstract"], language="fr",
                                 url=f"https://example.com/orangesum/{args.offset + i}"))
        started = time.perf_counter()
        article = process_story(item.story, llm=llm)
        seconds = time.perf_counter() - started
        article.refresh_from_db()
        stored = list(getattr(article, "sentences", None) or [])
        if stored:
            texts = [s["text"] for s in stored if s.get("part") != "headline"]
        else:
            texts = english_sentences(article.plain_text().split("\n\n", 1)[-1])
        seen = SeenSentences()
        repeats = sum(seen.repeats(t) for t in texts)
        grounded = _grounded(article) if stored else None
        brief = bool(stored) and _is_brief(article)
        results.append({
            "status": article.status, "attempts": article.attempts, "seconds": seconds,
            "tokens_in": article.tokens_in, "tokens_out": article.tokens_out, "sentences": len(texts),
            "cut": len(getattr(article, "cuts", None) or []), "repeats": repeats, "grounded": grounded,
            "brief": brief,
        })
        r = results[-1]
        print(f"[{i + 1}/{len(rows)}] {article.status:9} attempts {article.attempts} {seconds:6.1f} s "
              f"{article.tokens_out:5} tokens  {r['sentences']:2} sentences  {r['cut']} cut  {repeats} repeated  "
              f"{row['title'][:60]}", flush=True)
        if args.out:
            r["source"] = {"title": row["title"], "summary": row["abstract"]}
            r["article"] = article.plain_text()
            r["hold_reason"] = article.hold_reason
            if stored:
                r["article_sentences"] = stored
    _report(results, llm.name)
    print(f"database                      {var} (NEWSDESK_VAR_DIR={var} newsdesk serve shows the pages)")
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1))


def _is_brief(article) -> bool:  # type: ignore[no-untyped-def]
    """Tell whether the article is its source's checked renderings (the page says "Translated")."""
    try:
        from newsdesk.articles.reading import source_blocks, translation
    except ImportError:  # a commit before briefs
        return False
    return translation(article, source_blocks(article)) is not None


def _grounded(article) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Return (body sentences whose cited source sentences hold all their figures and names, body sentences)."""
    verification = article.latest_verification
    body = [i for i, s in enumerate(article.sentences) if s["part"] in {"standfirst", "body"}]
    failing = {c.get("sentence") for c in verification.claims if c["verdict"] in {"contradicted", "unsupported"}}
    return sum(1 for i in body if i not in failing and article.sentences[i]["cites"]), len(body)


def _report(results: list[dict], model: str) -> None:  # type: ignore[type-arg]
    n = len(results)
    published = [r for r in results if r["status"] == "published"]
    seconds = [r["seconds"] for r in results]
    print(f"\nmodel                         {model}")
    print(f"items                         {n}")
    print(f"published                     {len(published)}/{n} = {len(published) / n:.2f}")
    first = sum(1 for r in published if r["attempts"] == 1)
    print(f"published on the first draft  {first}/{n} = {first / n:.2f}")
    print(f"seconds per item              median {statistics.median(seconds):.1f}, total {sum(seconds):.1f}")
    print(f"tokens per item               out {statistics.mean(r['tokens_out'] for r in results):.0f}, "
          f"in {statistics.mean(r['tokens_in'] for r in results):.0f} (mean)")
    counted = published or results
    print(f"sentences per article         {statistics.mean(r['sentences'] for r in counted):.1f} "
          f"(published articles, headline not counted)")
    print(f"sentences cut by repair       {sum(r['cut'] for r in results)}")
    briefs = sum(1 for r in published if r.get("brief"))
    print(f"published as briefs           {briefs}/{len(published)} (the checked renderings themselves)")
    print(f"repeated sentences            {sum(r['repeats'] for r in counted)} (published articles)")
    grounded = [r["grounded"] for r in counted if r["grounded"] is not None]
    if grounded:
        held, total = sum(g[0] for g in grounded), sum(g[1] for g in grounded)
        print(f"body sentences grounded       {held}/{total} = {held / max(1, total):.2f} "
              "(cited source sentences hold every figure and name)")
    else:
        print("body sentences grounded       n/a (this version cites no source sentences)")


if __name__ == "__main__":
    main()
