"""Print how often the checker catches a figure moved to another entity or period than the source's.

    .venv/bin/python bench/attribution.py [EVAL_DIR]

The errors are built at run time from the evaluation data in ../shared/eval/ (nothing is copied):

- English to English: each FRANK and XSumFaith article is a source. In each of its sentences, a
  figure (amount, percentage or number) whose clause also holds a name or a year/quarter/period
  is taken; the name is swapped for another name the same article gives elsewhere, or the year
  for another year it gives (a quarter for another quarter). The one sentence so changed is the
  article; the sentence unchanged is the control.
- Across languages: DEMETR's correct English translations (`mt_sent`) are the articles. The source
  is the row's own sentence (`src_sent`) and, before or after it at random, the source sentence of
  another row in the same language; the figure's name or year is swapped for one the other row's translation gives
  and the checker finds in its source, so that the new entity or period is in the source, tied to
  something else. Swaps within one sentence (two names or years in the row itself) are counted too.

For each kind of swap it prints n, the share of changed sentences that fail (any claim
contradicted or unsupported), the share where the moved figure itself is contradicted or
unsupported, the share where it is contradicted, and the share of controls that fail (a false
alarm). "where the control passes" repeats the catch rate on the pairs whose control passed, so
that other false alarms in the sentence do not count as catches. The random seed is fixed.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck import evaluate  # noqa: E402
from newsdesk.factcheck.claims import Claim, extract_claims  # noqa: E402
from newsdesk.factcheck.match import distinctive_words  # noqa: E402
from newsdesk.factcheck.numbers import matches  # noqa: E402
from newsdesk.factcheck.source import SourceFacts, read_source  # noqa: E402
from newsdesk.factcheck.verify import FAILING, Report, check_text  # noqa: E402

SEED = 20250
FIGURES = frozenset({"amount", "percent", "number"})
PERIODS = frozenset({"year", "quarter", "period"})
PER_DOCUMENT = 4  # swaps of each kind taken from one English article at most, so long articles do not dominate
_SENTENCE = re.compile(r"(?<=[.!?])[\"'’”]?\s+(?=[\"'“‘(]?[A-Z])")


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    group: str  # "en-en" or "cross-language"
    swap: str  # "entity" or "period"
    where: str  # "before" or "after": the side of the figure the swapped name or period sits on
    source: str
    language: str | None
    control: str
    changed: str
    figure: str  # the moved figure's text


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if 40 <= len(s.strip()) <= 400]


def _base(claim: Claim, text: str) -> tuple[int, int]:
    """Return the span of a name without a possessive 's, so the swap keeps it."""
    end = claim.end
    if re.match(r"['’]s\b", text[end : end + 3]):
        return claim.start, end
    m = re.search(r"['’]s$", claim.text)
    return claim.start, end - (len(m.group(0)) if m else 0)


def _tied(figure: Claim, claims: list[Claim], kinds: frozenset[str]) -> tuple[Claim, str] | None:
    """Return the claim of the given kinds nearest the figure in its clause (before first), with its side."""
    lo, hi = figure.clause
    inside = [c for c in claims if c.kind in kinds and lo <= c.start and c.end <= hi and c is not figure]
    before = [c for c in inside if c.end <= figure.start]
    if before:
        return before[-1], "before"
    after = [c for c in inside if c.start >= figure.end]
    return (after[0], "after") if after else None


def _differs(a: str, b: str) -> bool:
    """Tell two names apart: no distinctive word in common, neither inside the other."""
    wa = {w.lower() for w in distinctive_words(a)}
    wb = {w.lower() for w in distinctive_words(b)}
    return bool(wa and wb) and not (wa & wb) and a.lower() not in b.lower() and b.lower() not in a.lower()


def _swap_period(period: Claim, others: list[Claim], rng: random.Random) -> str:
    """Return the text of another year, quarter or comparison period from others, or ""."""
    choices = sorted({c.text for c in others if c.kind == period.kind and c.value != period.value and c.text})
    if period.kind == "year":
        choices = sorted({c.text for c in others if c.kind == "year" and c.text != period.text})
    return rng.choice(choices) if choices else ""


def _once(figure: Claim, facts: SourceFacts) -> bool:
    """Tell whether the source gives the figure exactly once, so that it belongs to one statement."""
    q = figure.quantity
    if q is None:
        return False
    return len([s for s in facts.near(q.values[0], q.unit) if any(matches(q, v) for v in s.values)]) == 1


def _swaps(
    sentence: str,
    claims: list[Claim],
    names: list[str],
    periods: list[Claim],
    facts: SourceFacts,
    rng: random.Random,
) -> Iterator[tuple[str, str, str, str]]:
    """Yield (swap, where, changed sentence, figure): one entity swap and one period swap at most."""
    figures = [c for c in claims if c.kind in FIGURES and _once(c, facts)]
    rng.shuffle(figures)
    done: set[str] = set()
    for figure in figures:
        tied = _tied(figure, claims, frozenset({"name"}))
        if tied and "entity" not in done:
            name, where = tied
            lo, hi = figure.clause
            choices = [n for n in names if _differs(n, name.text) and n not in sentence[lo:hi]]
            if choices:
                start, end = _base(name, sentence)
                done.add("entity")
                yield "entity", where, sentence[:start] + rng.choice(choices) + sentence[end:], figure.text
        tied = _tied(figure, claims, PERIODS)
        if tied and "period" not in done:
            period, where = tied
            if other := _swap_period(period, periods, rng):
                done.add("period")
                yield "period", where, sentence[: period.start] + other + sentence[period.end :], figure.text


def english_cases(folder: Path, rng: random.Random) -> Iterator[Case]:
    articles: dict[str, None] = {}
    for name in ("frank_dev.jsonl", "xsumfaith_dev.jsonl"):
        for row in evaluate.read_jsonl(folder / name):
            articles.setdefault(row["article"], None)
    for article in articles:
        parts = sentences(article)
        facts = read_source(article, "en")
        found = [(s, extract_claims(s)) for s in parts]
        taken: dict[str, int] = defaultdict(int)
        order = list(range(len(found)))
        rng.shuffle(order)
        for i in order:
            sentence, claims = found[i]
            names = sorted({c.text for j, (_, cs) in enumerate(found) if j != i for c in cs if c.kind == "name"})
            periods = [c for j, (_, cs) in enumerate(found) if j != i for c in cs if c.kind in PERIODS]
            for swap, where, changed, figure in _swaps(sentence, claims, names, periods, facts, rng):
                if taken[swap] >= PER_DOCUMENT:
                    continue
                taken[swap] += 1
                yield Case(
                    group="en-en",
                    swap=swap,
                    where=where,
                    source=article,
                    language="en",
                    control=sentence,
                    changed=changed,
                    figure=figure,
                )


def _found_in(source: str, text: str, language: str | None, kinds: frozenset[str]) -> list[Claim]:
    """Return the claims of text of the given kinds that the checker supports against source."""
    report = check_text(source=source, article=text, language=language)
    supported = {(c.start, c.end) for c in report.claims if c.verdict == "supported"}
    return [c for c in extract_claims(text) if c.kind in kinds and (c.start, c.end) in supported]


def demetr_cases(folder: Path, rng: random.Random) -> Iterator[Case]:
    rows: dict[str, dict[str, str]] = {}
    for row in evaluate.read_jsonl(folder / "demetr_dev.jsonl"):
        rows.setdefault(row["src_sent"], row)
    by_language: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows.values():
        by_language[row["lang_tag"]].append(row)
    kinds = frozenset({"name"}) | PERIODS
    for tag, group in sorted(by_language.items()):
        language = evaluate.DEMETR_LANGUAGES.get(tag)
        found = {r["src_sent"]: _found_in(r["src_sent"], r["mt_sent"], language, kinds) for r in group}
        with_names = [r for r in group if any(c.kind == "name" for c in found[r["src_sent"]])]
        with_periods = [r for r in group if any(c.kind in PERIODS for c in found[r["src_sent"]])]
        for row in group:
            claims = extract_claims(row["mt_sent"])
            if not any(c.kind in FIGURES for c in claims):
                continue
            # within the sentence: another name or year the row itself gives
            own = found[row["src_sent"]]
            names = sorted({c.text for c in own if c.kind == "name"})
            facts = read_source(row["src_sent"], language)
            for swap, where, changed, figure in _swaps(row["mt_sent"], claims, names, own, facts, rng):
                yield Case(
                    group="cross-language, one sentence",
                    swap=swap,
                    where=where,
                    source=row["src_sent"],
                    language=language,
                    control=row["mt_sent"],
                    changed=changed,
                    figure=figure,
                )
            # from another sentence of the source: another row of the same language that gives a name, or a period
            for kinds_wanted, partners in (({"name"}, with_names), (PERIODS, with_periods)):
                others = [r for r in partners if r is not row]
                if not others:
                    continue
                other = rng.choice(others)
                theirs = [c for c in found[other["src_sent"]] if c.kind in kinds_wanted]
                names = sorted({c.text for c in theirs if c.kind == "name"})
                # the other sentence comes before or after the row's own, at random
                pair = [row["src_sent"], other["src_sent"]]
                source = " ".join(pair if rng.random() < 0.5 else pair[::-1])
                facts = read_source(source, language)
                for swap, where, changed, figure in _swaps(row["mt_sent"], claims, names, theirs, facts, rng):
                    yield Case(
                        group="cross-language, two sentences",
                        swap=swap,
                        where=where,
                        source=source,
                        language=language,
                        control=row["mt_sent"],
                        changed=changed,
                        figure=figure,
                    )


def _figure_verdict(report: Report, figure: str) -> str:
    return next((c.verdict for c in report.claims if c.text == figure), "")


def main() -> None:
    folder = Path(
        sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    started = time.perf_counter()
    rng = random.Random(SEED)
    tallies: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    cases = list(english_cases(folder, rng)) + list(demetr_cases(folder, rng))
    for case in cases:
        changed = check_text(source=case.source, article=case.changed, language=case.language)
        control = check_text(source=case.source, article=case.control, language=case.language)
        verdict = _figure_verdict(changed, case.figure)
        for key in ((case.group, case.swap), (case.group, f"{case.swap} {case.where} figure")):
            t = tallies[key]
            t["n"] += 1
            t["fails"] += not changed.passed
            t["figure"] += verdict in FAILING
            t["contradicted"] += verdict == "contradicted"
            t["alarm"] += not control.passed
            if control.passed:
                t["clean"] += 1
                t["clean_fails"] += not changed.passed
    print(f"Figures moved to another entity or period (seed {SEED}):")
    print(f"  {'group':31s} {'swap':22s} {'n':>5s} {'fails':>6s} {'figure':>7s} {'contra':>7s} "
          f"{'ctrl FA':>8s} {'fails|ctrl ok':>14s}")
    for (group, swap), t in sorted(tallies.items()):
        n = t["n"]
        clean = t["clean"]
        print(
            f"  {group:31s} {swap:22s} {n:5d} {t['fails'] / n:6.3f} {t['figure'] / n:7.3f} "
            f"{t['contradicted'] / n:7.3f} {t['alarm'] / n:8.3f} "
            f"{(t['clean_fails'] / clean if clean else 0):9.3f} ({clean})"
        )
    print("fails: the changed sentence fails; figure: the moved figure is contradicted or unsupported;")
    print("contra: it is contradicted; ctrl FA: the unchanged sentence fails (false alarm);")
    print("fails|ctrl ok: share failed among pairs whose control passed (their number in brackets)")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
