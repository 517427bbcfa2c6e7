"""Measure the sentence judge (judge_sentence) on DEMETR and FRANK: catches, false alarms, seconds.

    NEWSDESK_LLM_THREADS=2 .venv/bin/python bench/judge.py [--per-type 24] [--frank 30] [--seed 1]

The model is the configured one (NEWSDESK_LLM_BACKEND, NEWSDESK_LLM_MODEL; the embedded 1.5B by
default).

DEMETR (../shared/eval/demetr_dev.jsonl): for each meaning perturbation (antonym, negation,
addition, named entity removed, hypernym) a sample of rows with pert_check true, the same number
from each language and id parity, drawn with a fixed seed from the rows sorted by id. Each
perturbed sentence is judged against its source sentence (caught = not supported), and each
correct translation once per source sentence (false alarm = not supported). The rows are split by
id parity: the threshold is chosen on the even ids (the highest one with at most --max-alarms false
alarms) and confirmed on the odd ids; both are printed, for a range of thresholds. --save keeps every
p(supported) (row ids and numbers, no text), and --replay prints the figures again from such a file.

FRANK (../shared/eval/frank_dev.jsonl): a balanced sample of faithful (Factuality 1) and unfaithful
summaries; each summary sentence is judged against the article's first --top sentences, and a
summary fails when any sentence does. Prints balanced accuracy per threshold: a rough figure, as a
summary may be faithful to a later part of the article.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck import evaluate  # noqa: E402
from newsdesk.factcheck.judge import judge_sentence  # noqa: E402
from newsdesk.lib.sentences import split_sentences  # noqa: E402
from newsdesk.llm import LLM, get_llm  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
TYPES = {
    "antonym": "critical_id7_antonym",
    "negation": "critical_id8_negation",
    "addition": "critical_id6_addition",
    "ne_removed": "critical_id25_ne_removed",
    "hypernym": "major_id3_hypernym",
}
LANGUAGES = {"french": "fr", "german": "de", "spanish": "es", "italian": "it", "czech": "cs", "polish": "pl",
             "russian": "ru", "hindi": "hi", "japanese": "ja", "chinese_simple": "zh"}
THRESHOLDS = (0.05, 0.1, 0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4, 0.5)


class Timer:
    """Judge with one model, keeping every p(supported) and the time it took."""

    def __init__(self, llm: LLM) -> None:
        self.llm = llm
        self.calls = 0
        self.seconds = 0.0
        self.unavailable = 0

    def p(self, sentence: str, cited: list[str], language: str | None) -> float:
        started = time.perf_counter()
        judgement = judge_sentence(self.llm, sentence=sentence, cited=cited, language=language, threshold=0.0)
        self.seconds += time.perf_counter() - started
        self.calls += 1
        self.unavailable += not judgement.available
        return judgement.p_supported  # 1.0 when unavailable: never a failure


def demetr_sample(path: Path, languages: list[str], per_type: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    by_cell: dict[tuple[str, str, int], list[dict[str, Any]]] = defaultdict(list)
    for row in evaluate.read_jsonl(path):
        if row["pert_check"] and row["lang_tag"] in languages and row["pert_name"] in TYPES.values():
            by_cell[(row["pert_name"], row["lang_tag"], row["id"] % 2)].append(row)
    per_cell = max(1, round(per_type / (2 * len(languages))))
    picked = []
    for key in sorted(by_cell):
        cell = sorted(by_cell[key], key=lambda r: r["id"])
        picked += rng.sample(cell, min(per_cell, len(cell)))
    return sorted(picked, key=lambda r: (r["id"], r["pert_name"]))  # one source after another: prompt cache


def rate(values: list[float], threshold: float) -> tuple[int, int]:
    return sum(p < threshold for p in values), len(values)


def share(hits: int, n: int) -> str:
    return f"{hits / n:5.2f} ({hits:2d}/{n:2d})" if n else "   - (0/0)"


def demetr(timer: Timer, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Judge each perturbed sentence, and each correct translation once; return every p(supported)."""
    mt: dict[int, float] = {}
    kind = {v: k for k, v in TYPES.items()}
    records = []
    for i, row in enumerate(rows, 1):
        language = LANGUAGES.get(row["lang_tag"])
        if row["id"] not in mt:
            mt[row["id"]] = timer.p(row["mt_sent"], [row["src_sent"]], language)
        p = timer.p(row["pert_sent"], [row["src_sent"]], language)
        records.append({"id": row["id"], "type": kind[row["pert_name"]], "p": p})
        if i % 20 == 0:
            pace = timer.seconds / timer.calls
            print(f"  {i}/{len(rows)} rows, {pace:.2f} s per sentence", file=sys.stderr, flush=True)
    return {"mt": mt, "pert": records}


def demetr_report(found: dict[str, Any], max_alarms: float) -> float:
    """Print catches and false alarms per threshold on both halves; return the threshold chosen on the even one."""
    mt = {int(n): p for n, p in found["mt"].items()}
    pert = {t: {parity: [r["p"] for r in found["pert"] if r["type"] == t and r["id"] % 2 == parity]
                for parity in (0, 1)} for t in TYPES}
    alarms = {parity: [p for n, p in mt.items() if n % 2 == parity] for parity in (0, 1)}
    for parity, name in ((0, "even ids (choose)"), (1, "odd ids (confirm)")):
        print(f"\nDEMETR, {name}: caught per type, and false alarms on {len(alarms[parity])} correct translations")
        print("threshold  " + "  ".join(f"{t:>12}" for t in TYPES) + "  false alarms")
        for threshold in THRESHOLDS:
            cells = [share(*rate(pert[t][parity], threshold)) for t in TYPES]
            print(f"  {threshold:5.3f}    " + "  ".join(cells) + "  " + share(*rate(alarms[parity], threshold)))
    chosen = max((t for t in THRESHOLDS if _alarm_rate(alarms[0], t) <= max_alarms), default=THRESHOLDS[0])
    print(f"\nchosen on even ids: threshold {chosen} (the highest with at most {max_alarms:.0%} false alarms)")
    for parity, name in ((0, "even"), (1, "odd")):
        caught = {t: rate(pert[t][parity], chosen) for t in TYPES}
        fa = rate(alarms[parity], chosen)
        helps = all(h / n >= 0.5 for h, n in (caught["antonym"], caught["negation"])) and fa[0] / fa[1] <= max_alarms
        print(f"  {name:4}: " + ", ".join(f"{t} {share(*c)}" for t, c in caught.items())
              + f"; false alarms {share(*fa)}; antonym and negation >= 0.5 at <= {max_alarms:.0%}: {helps}")
    return chosen


def _alarm_rate(values: list[float], threshold: float) -> float:
    hits, n = rate(values, threshold)
    return hits / n if n else 1.0


def frank(timer: Timer, path: Path, count: int, top: int, seed: int) -> dict[str, Any]:
    """Judge each sentence of a balanced sample of summaries; return each summary's lowest p(supported)."""
    rows = list(evaluate.read_jsonl(path))
    faithful = [r for r in rows if r["labels"]["Factuality"] == 1]
    unfaithful = [r for r in rows if r["labels"]["Factuality"] < 1]
    rng = random.Random(seed)
    sample = [(False, r) for r in rng.sample(faithful, count // 2)]
    sample += [(True, r) for r in rng.sample(unfaithful, count // 2)]
    lowest: list[tuple[bool, float]] = []
    sentences = 0
    for truth, row in sample:
        article = row["article"]
        cited = [article[a:b] for a, b in split_sentences(article)[:top]]
        summary = evaluate.frank_summary(row)
        parts = [summary[a:b] for a, b in split_sentences(summary)][:4]
        sentences += len(parts)
        lowest.append((truth, min(timer.p(s, cited, "en") for s in parts) if parts else 1.0))
    return {"lowest": lowest, "sentences": sentences, "top": top}


def frank_report(found: dict[str, Any], chosen: float) -> None:
    lowest = found["lowest"]
    bad_n = sum(1 for t, _ in lowest if t)
    print(f"\nFRANK: {len(lowest)} summaries ({len(lowest) - bad_n} faithful, {bad_n} not; {found['sentences']} "
          f"sentences), each against the article's first {found['top']} sentences")
    print("threshold  balanced accuracy  unfaithful failed  faithful failed")
    for threshold in sorted({*THRESHOLDS, chosen}):
        pairs = [(bool(t), p < threshold) for t, p in lowest]
        bad = [p for t, p in pairs if t]
        good = [p for t, p in pairs if not t]
        mark = "  <- chosen" if threshold == chosen else ""
        print(f"  {threshold:5.3f}    {evaluate.balanced_accuracy(pairs):.3f}              "
              f"{share(sum(bad), len(bad))}       {share(sum(good), len(good))}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-type", type=int, default=24, help="DEMETR rows per perturbation type")
    parser.add_argument("--languages", default="french,german,spanish,italian")
    parser.add_argument("--frank", type=int, default=30, help="FRANK summaries (half faithful); 0 to skip")
    parser.add_argument("--top", type=int, default=5, help="FRANK: article sentences to judge each summary sentence by")
    parser.add_argument("--max-alarms", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path, help="write every p(supported) (row ids, no text) to this JSON file")
    parser.add_argument("--replay", type=Path, help="print the figures of a saved run, without the model")
    args = parser.parse_args()
    if args.replay:
        found = json.loads(args.replay.read_text())
        print(f"replay of {args.replay}: model {found.get('model', '?')}")
        chosen = demetr_report(found["demetr"], args.max_alarms)
        if found.get("frank"):
            frank_report(found["frank"], chosen)
        return
    started = time.perf_counter()
    timer = Timer(get_llm())
    print(f"model {timer.llm.name}, loaded in {time.perf_counter() - started:.1f} s")
    rows = demetr_sample(EVAL / "demetr_dev.jsonl", args.languages.split(","), args.per_type, args.seed)
    print(f"DEMETR: {len(rows)} perturbed rows ({args.languages}), {len({r['id'] for r in rows})} source sentences")
    saved: dict[str, Any] = {"model": timer.llm.name, "demetr": demetr(timer, rows)}
    demetr_calls, demetr_seconds = timer.calls, timer.seconds
    chosen = demetr_report(saved["demetr"], args.max_alarms)
    if args.frank:
        saved["frank"] = frank(timer, EVAL / "frank_dev.jsonl", args.frank, args.top, args.seed)
        frank_report(saved["frank"], chosen)
    print(f"\nDEMETR: {demetr_seconds / demetr_calls:.2f} s per sentence ({demetr_calls} sentences)")
    if timer.calls > demetr_calls:
        print(f"FRANK: {(timer.seconds - demetr_seconds) / (timer.calls - demetr_calls):.2f} s per sentence "
              f"({timer.calls - demetr_calls} sentences)")
    print(f"unavailable: {timer.unavailable} of {timer.calls}; total {time.perf_counter() - started:.0f} s")
    if args.save:
        args.save.write_text(json.dumps(saved))


if __name__ == "__main__":
    main()
