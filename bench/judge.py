"""Measure the optional LLM judge on FRANK: the checker alone and with the judge, on the same rows.

    NEWSDESK_LLM_MODEL=qwen2.5-coder-0.5b NEWSDESK_LLM_THREADS=1 .venv/bin/python bench/judge.py [N] [FILE]

Takes the first N rows (default 60) of the EntE/CircE subset of FILE (default
../shared/eval/frank_dev.jsonl), in file order: membership is decided by the labels alone, never by
an outcome. Prints balanced accuracy, recall and specificity without and with the judge, what the
judge changed, and the seconds per summary the judge was asked about. The model is the configured
one (NEWSDESK_LLM_BACKEND, NEWSDESK_LLM_MODEL).
"""

from __future__ import annotations

import os
import sys
import time
from itertools import islice
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck import evaluate  # noqa: E402
from newsdesk.factcheck.verify import check_text  # noqa: E402
from newsdesk.llm import get_llm  # noqa: E402

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "frank_dev.jsonl"


def rates(pairs: list[tuple[bool, bool]]) -> str:
    pos = [p for t, p in pairs if t]
    neg = [not p for t, p in pairs if not t]
    return (
        f"balanced accuracy {evaluate.balanced_accuracy(pairs):.3f}  "
        f"recall {sum(pos) / len(pos):.3f} ({sum(pos)}/{len(pos)})  "
        f"specificity {sum(neg) / len(neg):.3f} ({sum(neg)}/{len(neg)})"
    )


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_FILE
    subset = (r for r in evaluate.read_jsonl(path) if evaluate.frank_subset_label(r) is not None)
    rows = list(islice(subset, limit))
    started = time.perf_counter()
    judge = evaluate.JudgeRun(get_llm())
    print(f"model {judge.llm.name}, loaded in {time.perf_counter() - started:.1f} s; {len(rows)} rows")
    alone: list[tuple[bool, bool]] = []
    both: list[tuple[bool, bool]] = []
    caught = alarms = 0
    for i, row in enumerate(rows, 1):
        truth = bool(evaluate.frank_subset_label(row))
        summary = evaluate.frank_summary(row)
        failed = not check_text(source=row["article"], article=summary, language="en").passed
        judged = not failed and judge.fails(row["article"], summary)
        alone.append((truth, failed))
        both.append((truth, failed or judged))
        caught += judged and truth
        alarms += judged and not truth
        print(f"  row {i:3d}: unfaithful={truth!s:5} checker={failed!s:5} judge={judged!s:5}", flush=True)
    print(f"checker alone:    {rates(alone)}  n={len(alone)}")
    print(f"checker + judge:  {rates(both)}  n={len(both)}")
    print(f"the judge failed {caught} more unfaithful and {alarms} more faithful summaries")
    print(f"judge: {judge.tally()}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
