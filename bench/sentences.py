"""Print how fast source texts split into sentences (sentences per second), and how often it is right.

Speed is measured on generated news text in each language, as a ratio to sentencex alone and to the
English splitter. With --eval DIR (a folder holding orangesum_dev.jsonl and demetr_dev.jsonl, which
are not shipped), it also prints the share of three-sentence runs split exactly right per language,
and the speed on the French articles.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import sentencex

from newsdesk.lib.sentences import sentences, source_sentences

TEMPLATES = {
    "en": "Mr. {name} said on Jan. {d} that sales rose {a}.{b}%. \"We are pleased.\" ",
    "fr": "M. {name} a déclaré le {d} mars que les ventes ont progressé de {a},{b} %. « Nous sommes satisfaits. » ",
    "de": "Dr. {name} sagte am {d}. Januar, der Umsatz sei im 3. Quartal um {a},{b} Prozent gestiegen. ",
    "es": "El Sr. {name} dijo el {d} de mayo que las ventas subieron un {a},{b} %. ¿Qué pasará? ",
    "it": "Il Sig. {name} ha detto il {d} maggio che la S.p.A. è cresciuta del {a},{b} per cento. ",
    "cs": "Ředitel {name} řekl {d}. ledna, že zisk vzrostl o {a},{b} %, tj. více než loni. ",
    "pl": "Prezes {name} powiedział {d} stycznia 2024 r. w Warszawie, że zysk wzrósł o ok. {a},{b} proc. ",
    "ru": "Г-н {name} сообщил {d} января, что рост составил {a},{b} %, т. е. больше прогноза. ",
    "hi": "डॉ. {name} ने {d} जनवरी को कहा कि बिक्री {a}.{b} प्रतिशत बढ़ी। क्या यह सच है? ",
    "zh": "{name}说，{d}月销售额增长{a}.{b}%。他们很满意！",
    "ja": "{name}氏は{d}月に売上が{a}.{b}%増えたと述べた。「満足だ。」と話した。",
}
NAMES = ["Dupont", "Müller", "García", "Rossi", "Novák", "Nowak", "Иванов", "शर्मा", "王", "田中"]


def build(language: str, rng: random.Random, n: int = 60) -> str:
    """Return a text of n templated sentence groups in language, with a paragraph break every ten."""
    parts = []
    for i in range(n):
        parts.append(TEMPLATES[language].format(
            name=rng.choice(NAMES), d=rng.randint(1, 28), a=rng.randint(1, 40), b=rng.randint(0, 9)))
        if i % 10 == 9:
            parts.append("\n\n")
    return "".join(parts)


def rate(split: Callable[[str], list[str]], texts: list[str], repeat: int = 5) -> tuple[int, float]:
    """Return the number of sentences and the best sentences per second over repeat runs."""
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = sum(len(split(t)) for t in texts)
        best = min(best, time.perf_counter() - start)
    return count, count / best


def generated() -> None:
    rng = random.Random(7)
    print(f"{'language':8} {'sentences':>9} {'ours/s':>9} {'sentencex/s':>12} {'ratio':>6}")
    all_texts = []
    for language in TEMPLATES:
        texts = [build(language, rng) for _ in range(20)]
        all_texts += texts
        n, ours = rate(lambda t, lang=language: source_sentences(t, lang), texts)
        _, raw = rate(lambda t, lang=language: [s for s in sentencex.segment(lang, t) if s.strip()], texts)
        print(f"{language:8} {n:9d} {ours:9.0f} {raw:12.0f} {ours / raw:6.2f}")
    n, unknown = rate(lambda t: source_sentences(t, None), all_texts)
    print(f"{'None':8} {n:9d} {unknown:9.0f}")
    english = [t for t in all_texts if t.startswith("Mr.")]
    _, ours = rate(lambda t: source_sentences(t, "en"), english)
    _, old = rate(sentences, english)
    print(f"English: source_sentences {ours:.0f}/s, the English splitter {old:.0f}/s, ratio {ours / old:.2f}")


DEMETR = {"chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl",
          "russian": "ru", "czech": "cs", "french": "fr", "spanish": "es", "italian": "it"}


def evaluate(folder: Path) -> None:
    by_language: dict[str, list[str]] = defaultdict(list)
    with (folder / "demetr_dev.jsonl").open() as f:
        for line in f:
            row = json.loads(line)
            by_language[DEMETR[row["lang_tag"]]].append(row["src_sent"].strip())
    right = total = 0
    print("three-sentence runs split exactly (ours, sentencex alone):")
    for language, sents in sorted(by_language.items()):
        ok = raw_ok = n = 0
        for i in range(0, len(sents) - 2, 3):
            three = sents[i : i + 3]
            text = ("" if language in ("zh", "ja") else " ").join(three)
            ok += source_sentences(text, language) == three
            raw_ok += [s.strip() for s in sentencex.segment(language, text) if s.strip()] == three
            n += 1
        right += ok
        total += n
        print(f"  {language}: {ok / n:.3f}  {raw_ok / n:.3f}  ({n} runs)")
    print(f"  all: {right / total:.3f}")
    with (folder / "orangesum_dev.jsonl").open() as f:
        rows = [json.loads(line) for line in f]
    texts = [row[k] for row in rows for k in ("article", "abstract")]
    n, ours = rate(lambda t: source_sentences(t, "fr"), texts, repeat=3)
    _, raw = rate(lambda t: [s for s in sentencex.segment("fr", t) if s.strip()], texts, repeat=3)
    print(f"French articles: {n} sentences, {ours:.0f}/s (sentencex alone {raw:.0f}/s, ratio {ours / raw:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, help="folder with orangesum_dev.jsonl and demetr_dev.jsonl")
    args = parser.parse_args()
    generated()
    if args.eval:
        evaluate(args.eval)


if __name__ == "__main__":
    main()
