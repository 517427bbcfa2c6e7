"""Print every figure the checker is measured by, on the development splits in ../shared/eval/.

    .venv/bin/python bench/eval.py [EVAL_DIR]

Runs DEMETR (detection per perturbation, false alarms on the correct translations per language,
harmless controls), FRANK (balanced accuracy) and XSumFaith (span recall, false alarms) one after
the other, through the same functions as `newsdesk eval`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck import evaluate  # noqa: E402

HARMLESS = ("minor_id15_case", "minor_id14_word_swap", "minor_id28_final_punc_removed")


def main() -> None:
    folder = Path(
        sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    started = time.perf_counter()
    d = evaluate.demetr(evaluate.read_jsonl(folder / "demetr_dev.jsonl"))
    print("DEMETR detected (share of perturbed translations failed), by perturbation:")
    for name, t in d["by_perturbation"].items():
        tag = " (harmless control: flagged)" if name in HARMLESS else ""
        print(f"  {name:34s} {t['detected']:.3f}  n={t['n']}{tag}")
    langs = d["by_language"]
    n = sum(t["n"] for t in langs.values())
    overall = sum(t["false_alarm"] * t["n"] for t in langs.values()) / n
    print(f"DEMETR false alarm on mt_sent: {overall:.3f} overall, by language:")
    for name, t in sorted(langs.items(), key=lambda kv: kv[1]["false_alarm"]):
        print(f"  {name:16s} false_alarm {t['false_alarm']:.3f}  detected {t['detected']:.3f}  n={t['n']}")
    f = evaluate.frank(evaluate.read_jsonl(folder / "frank_dev.jsonl"))
    print(
        f"FRANK balanced accuracy {f['balanced_accuracy']:.3f} (EntE/CircE subset, n={f['n']}), "
        f"{f['balanced_accuracy_all']:.3f} (all)"
    )
    x = evaluate.xsumfaith(evaluate.read_jsonl(folder / "xsumfaith_dev.jsonl"))
    print(f"XSumFaith span recall {x['span_recall']:.3f}, false alarm {x['false_alarm']:.3f}, n={x['n']}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
