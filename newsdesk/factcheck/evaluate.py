"""Measure the checker on public benchmark data: DEMETR, FRANK and XSumFaith (JSONL files)."""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.llm import LLM

from .judge import judge_sections
from .verify import Section, check_text

DEMETR_LANGUAGES = {
    "french": "fr",
    "german": "de",
    "spanish": "es",
    "italian": "it",
    "czech": "cs",
    "polish": "pl",
    "russian": "ru",
    "hindi": "hi",
    "japanese": "ja",
    "chinese_simple": "zh",
    "chinese": "zh",
}


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the rows of a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


HALVES = ("A", "B")


def half_of(document: str) -> str:
    """Return the half ("A" or "B") a document falls in, from a hash of its id (not its place in the file)."""
    return HALVES[hashlib.sha256(document.encode("utf-8")).digest()[0] & 1]


def demetr_document(row: dict[str, Any]) -> str:
    """Return what names a DEMETR row's sentence: its language and id (each sentence has ten rows)."""
    return f"{row.get('lang_tag', '')}/{row.get('id', row.get('src_sent', ''))}"


def xsumfaith_document(row: dict[str, Any]) -> str:
    """Return what names an XSumFaith row's article: its BBC id (each article has several summaries)."""
    return str(row.get("bbcid", row.get("article", "")))


def frank_document(row: dict[str, Any]) -> str:
    """Return what names a FRANK row's article: its hash (each article has several summaries)."""
    return str(row.get("hash") or row.get("article", ""))


DOCUMENTS: dict[str, Callable[[dict[str, Any]], str]] = {
    "demetr": demetr_document,
    "frank": frank_document,
    "xsumfaith": xsumfaith_document,
}


def in_half(rows: Iterable[dict[str, Any]], half: str | None, dataset: str) -> Iterator[dict[str, Any]]:
    """Yield the rows whose document falls in half ("A" or "B"); every row when half is None.

    All the rows of one document (a DEMETR sentence's ten perturbations, an article's summaries)
    fall in the same half, so the halves share no text.
    """
    if half is not None and half not in HALVES:
        raise ValueError(f"unknown half {half!r}: use one of {', '.join(HALVES)}")
    document = DOCUMENTS[dataset]
    return (row for row in rows if half is None or half_of(document(row)) == half)


def _share(hits: int, n: int) -> float:
    return round(hits / n, 4) if n else 0.0


def demetr(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Check mt_sent and pert_sent against src_sent; report detection and false alarms."""
    tallies: dict[str, dict[str, dict[str, int]]] = {"by_perturbation": {}, "by_language": {}}
    correct: dict[tuple[str, str, str | None], bool] = {}  # a sentence's ten rows share one mt_sent
    for row in rows:
        if not row.get("pert_check"):
            continue
        language = DEMETR_LANGUAGES.get(row.get("lang_tag", ""), None)
        source = row["src_sent"]
        seen = (source, row["mt_sent"], language)
        if (false_alarm := correct.get(seen)) is None:
            report = check_text(source=source, article=row["mt_sent"], language=language)
            false_alarm = correct[seen] = not report.passed
        detected = not check_text(source=source, article=row["pert_sent"], language=language).passed
        for group, name in (("by_perturbation", row["pert_name"]), ("by_language", row.get("lang_tag", "?"))):
            t = tallies[group].setdefault(name, {"detected": 0, "false_alarm": 0, "n": 0})
            t["detected"] += detected
            t["false_alarm"] += false_alarm
            t["n"] += 1
    return {
        group: {
            name: {
                "detected": _share(t["detected"], t["n"]),
                "false_alarm": _share(t["false_alarm"], t["n"]),
                "n": t["n"],
            }
            for name, t in sorted(by.items())
        }
        for group, by in tallies.items()
    }


def balanced_accuracy(pairs: list[tuple[bool, bool]]) -> float:
    """Return the mean of recall on unfaithful and on faithful items, from (truth, predicted) pairs."""
    pos = [p for t, p in pairs if t]
    neg = [not p for t, p in pairs if not t]
    if not pos or not neg:
        return 0.0
    return round((sum(pos) / len(pos) + sum(neg) / len(neg)) / 2, 4)


@dataclass(slots=True)
class JudgeRun:
    """The LLM judge as an eval runs it, with a tally of what it cost."""

    llm: LLM
    articles: int = 0  # summaries the judge was asked about
    statements: int = 0
    failed: int = 0  # summaries the judge failed
    unavailable: int = 0
    seconds: float = 0.0  # wall time of the judge's calls

    def fails(self, source: str, summary: str) -> bool:
        """Tell whether the judge finds a sentence of summary the source does not support."""
        started = time.perf_counter()
        judgement = judge_sections(self.llm, source=source, sections=[Section(heading="", body=summary)])
        if judgement.calls:
            self.articles += 1
            self.seconds += time.perf_counter() - started
        self.statements += judgement.judged
        self.unavailable += not judgement.available
        self.failed += bool(judgement.verdicts)
        return bool(judgement.verdicts)

    def tally(self) -> dict[str, Any]:
        per_article = self.seconds / self.articles if self.articles else 0.0
        return {
            "model": self.llm.name,
            "judged_summaries": self.articles,
            "judged_sentences": self.statements,
            "failed_by_judge": self.failed,
            "unavailable": self.unavailable,
            "seconds_per_judged_summary": round(per_article, 2),
        }


def frank(rows: Iterable[dict[str, Any]], *, judge: JudgeRun | None = None) -> dict[str, Any]:
    """Return balanced accuracy on the EntE/CircE subset and on the full set (with the LLM judge, if given)."""
    subset: list[tuple[bool, bool]] = []
    everything: list[tuple[bool, bool]] = []
    for row in rows:
        summary = frank_summary(row)
        failed = not check_text(source=row["article"], article=summary, language="en").passed
        if judge is not None and not failed:  # a summary already failed needs no judge
            failed = judge.fails(row["article"], summary)
        everything.append((row["labels"]["Factuality"] < 1, failed))
        if (unfaithful := frank_subset_label(row)) is not None:
            subset.append((unfaithful, failed))
    return {
        "balanced_accuracy": balanced_accuracy(subset),
        "balanced_accuracy_all": balanced_accuracy(everything),
        "n": len(subset),
    }


def frank_summary(row: dict[str, Any]) -> str:
    """Return the summary of a FRANK row as the checker reads it: cased, detokenised, UNK not a name."""
    summary = row.get("summary_cased") or truecase(detokenise(row["summary"]), row["article"])
    # the summarisers wrote UNK for words outside their vocabulary: not a name
    return re.sub(r"\[?\b(?:UNK|unk)\b\]?", "something", summary)


def frank_subset_label(row: dict[str, Any]) -> bool | None:
    """Return True (an entity or circumstance error), False (faithful) or None (outside the subset)."""
    labels = row["labels"]
    if labels.get("EntE", 1) < 1 or labels.get("CircE", 1) < 1:
        return True
    if labels["Factuality"] == 1:
        return False
    return None


def xsumfaith(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Return the share of hallucinated spans holding a failed claim, and false alarms on clean summaries."""
    spans = caught = clean = alarms = n = 0
    for row in rows:
        n += 1
        # the summarisers wrote UNK for words outside their vocabulary: not a name
        # (lower case and the same length, so the annotated span offsets still point at the same words)
        summary = re.sub(r"\b(?:UNK|unk)\b", "unk", truecase(row["summary"], row["article"]))
        report = check_text(source=row["article"], article=summary, language="en")
        failed = [(c.start, c.end) for c in report.failing()]
        if not row.get("spans"):
            clean += 1
            alarms += bool(failed)
            continue
        for span in row["spans"]:
            start, end = span.get("start0"), span.get("end0")
            if start is None or end is None:
                continue  # an annotation without offsets cannot be located
            spans += 1
            caught += any(start <= s and e <= end for s, e in failed)
    return {"span_recall": _share(caught, spans), "false_alarm": _share(alarms, clean), "n": n}


def detokenise(text: str) -> str:
    """Undo the tokenisation of FRANK's lower-cased summaries: "moon 's ." becomes "moon's."."""
    text = re.sub(r" (['’]s|n't|['’]re|['’]ve|['’]ll|['’]d)\b", r"\1", text)
    text = re.sub(r" ([.,;:!?%)])", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    return re.sub(r"` ([^`']*) '", r"'\1'", text)


def truecase(summary: str, article: str) -> str:
    """Restore capitals to a lower-cased summary from how its words are written in the article."""
    import re

    cased: dict[str, str] = {}
    for word in re.findall(r"[^\W_][\w'’\-]*", article):
        lower = word.lower()
        if word != lower and lower not in cased:
            cased[lower] = word
    lowered_article = set(re.findall(r"(?<![.!?]\s)\b[a-z][\w'’\-]*", article))
    out = []
    for m in re.finditer(r"(?:[a-z]\.){2,}|[^\W_][\w'’\-]*|\W+|_", summary):
        w = m.group(0)
        if w in cased and w not in lowered_article:
            w = cased[w]
        elif re.fullmatch(r"(?:[a-z]\.){2,}", w) and w.upper() in article:
            w = w.upper()  # u.s. is U.S.
        out.append(w)
    text = "".join(out)
    return text[:1].upper() + text[1:]
