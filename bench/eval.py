"""Print every figure the checker is measured by, on the development splits in ../shared/eval/.

    .venv/bin/python bench/eval.py [EVAL_DIR] [--half A|B] [--sets demetr,xsumfaith,frank]
                                   [--alarms N] [--missed PERTURBATION] [--xsum-alarms]

Runs DEMETR (detection per perturbation, false alarms on the correct translations per language,
harmless controls, and false alarms on the reference translations `eng_sent`), FRANK (balanced
accuracy) and XSumFaith (span recall, false alarms), through
the same functions as `newsdesk eval`, on each half of the documents (A and B: a hash of each
DEMETR sentence's id, each XSumFaith and FRANK article's id) and on both together. Develop on half
A, confirm on half B. --half runs one half only; --sets narrows the data sets.

--alarms N prints, for the half(s) run, up to N correct DEMETR translations per language that fail,
with the failing claims and their notes; --missed PERTURBATION the perturbed rows of that kind that
pass (e.g. critical_id9_ne_replaced); --xsum-alarms the clean XSumFaith summaries that fail.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck import evaluate  # noqa: E402
from newsdesk.factcheck.verify import check_text  # noqa: E402

HARMLESS = ("minor_id15_case", "minor_id14_word_swap", "minor_id28_final_punc_removed")
SETS = ("demetr", "xsumfaith", "frank")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    parser.add_argument("--half", choices=evaluate.HALVES, help="run one half of the documents only")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated data sets (default: all)")
    parser.add_argument("--alarms", type=int, default=0, metavar="N", help="print N DEMETR false alarms a language")
    parser.add_argument("--missed", metavar="PERTURBATION", help="print the DEMETR rows of this kind that pass")
    parser.add_argument("--xsum-alarms", action="store_true", help="print the clean XSumFaith summaries that fail")
    args = parser.parse_args()
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    if unknown := set(args.sets) - set(SETS):
        parser.error(f"unknown data set(s) {', '.join(sorted(unknown))}: use {', '.join(SETS)}")
    return args


def main() -> None:
    args = arguments()
    halves = [args.half] if args.half else list(evaluate.HALVES)
    started = time.perf_counter()
    if "demetr" in args.sets:
        rows = list(evaluate.read_jsonl(args.folder / "demetr_dev.jsonl"))
        by_half = {h: evaluate.demetr(evaluate.in_half(rows, h, "demetr")) for h in halves}
        print_demetr(by_half)
        print_references({h: reference_alarms(evaluate.in_half(rows, h, "demetr")) for h in halves})
        for h in halves:
            if args.alarms:
                print_alarms(evaluate.in_half(rows, h, "demetr"), h, args.alarms)
            if args.missed:
                print_missed(evaluate.in_half(rows, h, "demetr"), h, args.missed)
    if "xsumfaith" in args.sets:
        rows = list(evaluate.read_jsonl(args.folder / "xsumfaith_dev.jsonl"))
        for h in [*halves, *(["both"] if len(halves) > 1 else [])]:
            x = evaluate.xsumfaith(evaluate.in_half(rows, None if h == "both" else h, "xsumfaith"))
            print(f"XSumFaith {'half ' + h if h != 'both' else 'both halves'}: span recall {x['span_recall']:.3f}, "
                  f"false alarm {x['false_alarm']:.3f}, n={x['n']}")
            if args.xsum_alarms and h != "both":
                print_xsum_alarms(evaluate.in_half(rows, h, "xsumfaith"), h)
    if "frank" in args.sets:
        rows = list(evaluate.read_jsonl(args.folder / "frank_dev.jsonl"))
        for h in halves:
            f = evaluate.frank(evaluate.in_half(rows, h, "frank"))
            print(f"FRANK half {h}: balanced accuracy {f['balanced_accuracy']:.3f} (EntE/CircE subset, "
                  f"n={f['n']}), {f['balanced_accuracy_all']:.3f} (all)")
    print(f"({time.perf_counter() - started:.0f} s)")


def _counts(table: dict[str, dict[str, Any]], field: str) -> tuple[int, int]:
    """Return (hits, n) summed over a table of shares."""
    return sum(round(t[field] * t["n"]) for t in table.values()), sum(t["n"] for t in table.values())


def _share(hits: int, n: int) -> str:
    return f"{hits / n:.3f}" if n else "  -  "


def print_demetr(by_half: dict[str, dict[str, Any]]) -> None:
    """Print detection per perturbation and false alarms per language, one column per half (and both)."""
    halves = list(by_half)
    columns = halves + (["both"] if len(halves) > 1 else [])
    head = "".join(f"{c:>16}" for c in columns)

    def row(group: str, name: str, field: str) -> str:
        cells = []
        total = [0, 0]
        for h in halves:
            t = by_half[h][group].get(name, {"n": 0, field: 0.0})
            hits, n = round(t[field] * t["n"]), t["n"]
            total[0] += hits
            total[1] += n
            cells.append(f"{_share(hits, n)} n={n:<5}")
        if len(halves) > 1:
            cells.append(f"{_share(*total)} n={total[1]:<5}")
        return "".join(f"{c:>16}" for c in cells)

    perturbations = sorted({p for d in by_half.values() for p in d["by_perturbation"]})
    languages = sorted({lang for d in by_half.values() for lang in d["by_language"]})
    print(f"DEMETR detected (share of perturbed translations failed){head}")
    for name in perturbations:
        tag = " (harmless)" if name in HARMLESS else ""
        print(f"  {name + tag:54s}{row('by_perturbation', name, 'detected')}")
    print(f"DEMETR false alarm on mt_sent{' ' * 27}{head}")
    for name in languages:
        print(f"  {name:54s}{row('by_language', name, 'false_alarm')}")
    cells = []
    total = [0, 0]
    for h in halves:
        hits, n = _counts(by_half[h]["by_language"], "false_alarm")
        total = [total[0] + hits, total[1] + n]
        cells.append(f"{_share(hits, n)} n={n:<5}")
    if len(halves) > 1:
        cells.append(f"{_share(*total)} n={total[1]:<5}")
    print(f"  {'overall':54s}" + "".join(f"{c:>16}" for c in cells))


def reference_alarms(rows: Any) -> dict[str, tuple[int, int]]:
    """Return (failed, sentences) per language for DEMETR's reference translations (eng_sent), each once."""
    seen: set[tuple[str, str]] = set()
    out: dict[str, tuple[int, int]] = {}
    for row in rows:
        tag = row.get("lang_tag", "?")
        if (tag, row["eng_sent"]) in seen:
            continue
        seen.add((tag, row["eng_sent"]))
        language = evaluate.DEMETR_LANGUAGES.get(tag)
        report = check_text(source=row["src_sent"], article=row["eng_sent"], language=language)
        failed, n = out.get(tag, (0, 0))
        out[tag] = (failed + (not report.passed), n + 1)
    return out


def print_references(by_half: dict[str, dict[str, tuple[int, int]]]) -> None:
    """Print the false alarms on the reference translations: a second correct translation of each sentence."""
    print("DEMETR false alarm on eng_sent (the reference translation, once per sentence)")
    for h, table in by_half.items():
        failed, n = sum(f for f, _ in table.values()), sum(k for _, k in table.values())
        langs = ", ".join(f"{tag} {f}/{k}" for tag, (f, k) in sorted(table.items()))
        print(f"  half {h}: {_share(failed, n)} ({failed}/{n}): {langs}")


def _failing(source: str, article: str, language: str | None) -> list[str]:
    report = check_text(source=source, article=article, language=language)
    return [f"{c.verdict} {c.kind} {c.text!r}: {c.note}" for c in report.failing()]


def print_alarms(rows: Any, half: str, limit: int) -> None:
    """Print up to limit correct translations per language that fail, with why."""
    shown: dict[str, int] = {}
    seen: set[str] = set()
    print(f"\nDEMETR false alarms, half {half}:")
    for row in rows:
        tag = row.get("lang_tag", "?")
        if not row.get("pert_check") or row["mt_sent"] in seen or shown.get(tag, 0) >= limit:
            continue
        seen.add(row["mt_sent"])
        failing = _failing(row["src_sent"], row["mt_sent"], evaluate.DEMETR_LANGUAGES.get(tag))
        if failing:
            shown[tag] = shown.get(tag, 0) + 1
            print(f"[{tag} {row.get('id')}] {row['src_sent']}\n    -> {row['mt_sent']}")
            for line in failing:
                print(f"    ! {line}")


def print_missed(rows: Any, half: str, perturbation: str) -> None:
    """Print the perturbed rows of one kind that pass."""
    print(f"\nDEMETR {perturbation} passed, half {half}:")
    for row in rows:
        if row.get("pert_check") and row["pert_name"] == perturbation:
            tag = row.get("lang_tag", "?")
            if not _failing(row["src_sent"], row["pert_sent"], evaluate.DEMETR_LANGUAGES.get(tag)):
                print(f"[{tag} {row.get('id')}] {row['src_sent']}\n    ok {row['mt_sent']}\n    -> {row['pert_sent']}")


def print_xsum_alarms(rows: Any, half: str) -> None:
    """Print the clean XSumFaith summaries that fail, with why."""
    print(f"\nXSumFaith false alarms, half {half}:")
    for row in rows:
        if not row.get("spans"):
            summary = evaluate.truecase(row["summary"], row["article"])
            if failing := _failing(row["article"], summary, "en"):
                print(f"[{row.get('bbcid')} {row.get('system')}] {summary}")
                for line in failing:
                    print(f"    ! {line}")


if __name__ == "__main__":
    main()
