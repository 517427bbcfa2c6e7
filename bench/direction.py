"""Print how often the direction-of-change and negation rules catch an antonym or negation, and their false alarms.

    .venv/bin/python bench/direction.py [EVAL_DIR] [--show KIND]

Reads DEMETR (demetr_dev.jsonl): each row gives a source sentence in one of ten languages, its
correct English translation (mt_sent) and a perturbed one (pert_sent).

- detection: the share of antonym rows (critical_id7_antonym) and of negation rows
  (critical_id8_negation) that could be perturbed (pert_check true) whose pert_sent gets a conflict
  of any kind, and of the kind the rule is for;
- false alarm: the share of the correct translations (mt_sent of every perturbation type, once per
  row id) that get any conflict, overall and per language.

Every figure is printed for two halves split by row id: even ids (the development half) and odd ids
(the confirmation half). --show KIND prints, for the even half only, the sentences a kind of figure
counts (detected, missed or alarm), to read while developing.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck.direction import meaning_conflicts  # noqa: E402
from newsdesk.factcheck.evaluate import DEMETR_LANGUAGES  # noqa: E402

LANGUAGES = DEMETR_LANGUAGES
PERTURBATIONS = {"critical_id7_antonym": "direction", "critical_id8_negation": "negation"}
HALVES = (("even (development)", 0), ("odd (confirmation)", 1))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else ""
    folder = Path(args[0]) if args and args[0] != show else Path(__file__).resolve().parents[2] / "shared" / "eval"
    rows = [json.loads(line) for line in (folder / "demetr_dev.jsonl").open(encoding="utf-8")]
    for title, parity in HALVES:
        half = [r for r in rows if r["id"] % 2 == parity]
        print(f"## {title}: {len({r['id'] for r in half})} sentences")
        for pert, kind in PERTURBATIONS.items():
            perturbed = [r for r in half if r["pert_name"] == pert and r["pert_check"]]
            found = [(r, meaning_conflicts(r["pert_sent"], r["src_sent"], LANGUAGES[r["lang_tag"]])) for r in perturbed]
            caught = sum(bool(c) for _, c in found)
            own = sum(any(x.kind == kind for x in c) for _, c in found)
            print(
                f"detection {pert}: n={len(found)} any conflict {caught / len(found):.3f} "
                f"{kind} conflict {own / len(found):.3f}"
            )
            if parity == 0 and show in ("detected", "missed"):
                for r, c in found:
                    if bool(c) == (show == "detected"):
                        print(f"  [{pert[12:]}] {r['lang_tag']}: {r['pert_sent']}\n     src: {r['src_sent']}")
                        for x in c:
                            print(f"     -> {x.kind} {x.text!r} / {x.evidence!r}: {x.note}")
        controls = {r["id"]: r for r in half}.values()
        alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_kind: dict[str, int] = defaultdict(int)
        for r in controls:
            c = meaning_conflicts(r["mt_sent"], r["src_sent"], LANGUAGES[r["lang_tag"]])
            for tally in (alarms["all"], alarms[LANGUAGES[r["lang_tag"]]]):
                tally[0] += bool(c)
                tally[1] += 1
            for kind in {x.kind for x in c}:
                by_kind[kind] += 1
            if c and parity == 0 and show == "alarm":
                print(f"  {r['lang_tag']}: {r['mt_sent']}\n     src: {r['src_sent']}")
                for x in c:
                    print(f"     -> {x.kind} {x.text!r} / {x.evidence!r}: {x.note}")
        n = alarms["all"][1]
        kinds = ", ".join(f"{k} {v / n:.3f}" for k, v in sorted(by_kind.items())) or "none"
        print(f"false alarm (mt_sent): n={n} any conflict {alarms['all'][0] / n:.3f} ({kinds})")
        print(
            "  per language: "
            + " ".join(f"{code} {alarms[code][0]}/{alarms[code][1]}" for code in LANGUAGES.values() if alarms[code][1])
        )
        print()


if __name__ == "__main__":
    main()
