"""Render N OrangeSum dev items sentence by sentence and print how sure the model was of each rendering.

    .venv/bin/python bench/rendering_doubt.py [N] [--offset K] [--model qwen2.5-coder-1.5b] [--out FILE]
    .venv/bin/python bench/rendering_doubt.py --labels FILE   # the table of thresholds, from a read run

Each item (title + abstract, French) is split into its sentences as the pipeline does and rendered
with `render_sentences` (checks and judge as for a brief). For each rendering it prints whether it
passed its checks, the probability of its least likely word choice and that word. --out writes the
rows as JSON; add to each a "label" ("ok" or "wrong", from reading it against its original) and
pass the file to --labels to print, for each threshold, how many passing renderings of each label
it would drop, on the even and the odd rows separately (choose on one, confirm on the other).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "orangesum_dev.jsonl"
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=12)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--model", default=os.environ.get("NEWSDESK_LLM_MODEL") or "qwen2.5-coder-1.5b")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--labels", type=Path, help="print the threshold table of a labelled --out file")
    args = parser.parse_args()
    if args.labels:
        _table(json.loads(args.labels.read_text()))
        return

    os.environ.update(NEWSDESK_VAR_DIR=tempfile.mkdtemp(prefix="newsdesk-doubt-"), NEWSDESK_LLM_BACKEND="embedded",
                      NEWSDESK_LLM_MODEL=args.model, DJANGO_SETTINGS_MODULE="newsdesk.settings")
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from newsdesk.drafting.generate import render_sentences
    from newsdesk.llm import get_llm
    from newsdesk.sources.sentences import split_item

    llm = get_llm()
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    out = []
    for k in range(args.offset, min(len(rows), args.offset + args.n)):
        parts = split_item(title=rows[k]["title"], summary=rows[k]["abstract"], text="", language="fr")
        renderings, _ = render_sentences(llm, [p["text"] for p in parts], language="fr", judge=llm)
        for n, (part, rendering) in enumerate(zip(parts, renderings, strict=True), 1):
            out.append({"row": k, "n": n, "part": part["part"], "original": part["text"],
                        "english": rendering.english, "checked": rendering.checked,
                        "p": round(rendering.doubt.probability, 4), "word": rendering.doubt.word})
            print(f"{k:4} {n:2} {'pass' if rendering.checked else 'FAIL'} p={rendering.doubt.probability:.3f} "
                  f"{rendering.doubt.word!r:18} {rendering.english[:110]}", flush=True)
    if args.out:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1))


def _table(rows: list[dict]) -> None:  # type: ignore[type-arg]
    for half, parity in (("even rows", 0), ("odd rows", 1)):
        passed = [r for r in rows if r["checked"] and r["row"] % 2 == parity and r.get("label")]
        ok = [r for r in passed if r["label"] == "ok"]
        wrong = [r for r in passed if r["label"] != "ok"]
        print(f"\n{half}: {len(passed)} passing renderings read, {len(wrong)} wrong")
        print("threshold  wrong dropped  ok dropped  wrong left / kept")
        for t in THRESHOLDS:
            wd = sum(r["p"] < t for r in wrong)
            od = sum(r["p"] < t for r in ok)
            kept = len(passed) - wd - od
            print(f"{t:9.2f}  {wd:6}/{len(wrong):<6} {od:5}/{len(ok):<5} {len(wrong) - wd:4}/{kept} "
                  f"= {(len(wrong) - wd) / max(1, kept):.2f}")


if __name__ == "__main__":
    main()
