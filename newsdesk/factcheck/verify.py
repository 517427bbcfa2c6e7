"""Check an article against its source: the seam the pipeline calls.

Every figure, date, quarter, comparison period, name and quotation in the English article becomes
a claim (see claims.py and quotes.py). Each claim is looked up in the source, read in its own
language (see source.py), and gets a verdict: supported, derived (computed from source figures,
arithmetic checked), contradicted (the source says otherwise, or gives the figure for another
entity or period) or unsupported (the source does not say it): the members of verdicts.Verdict.
A Verification keeps them as JSON (Report.stored); read_claims reads them back as ClaimVerdicts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from babel import Locale

from newsdesk.lib.sentences import sentences as english_sentences
from newsdesk.lib.sentences import source_sentences

from .claims import Claim, ClaimKind, extract_claims
from .direction import meaning_conflicts
from .match import checkable, judge, source_capitalised, source_unused
from .numbers import digit_runs
from .source import SourceFacts, read_source
from .verdicts import FAILING, Policy, Verdict

CHECKER_NAME = "claims-v2"
# Claims the background policy lets an article add, in its context section only.
BACKGROUND_KINDS = frozenset({ClaimKind.NAME, ClaimKind.DATE, ClaimKind.YEAR, ClaimKind.WEEKDAY, ClaimKind.MONTH})


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    heading: str
    body: str
    kind: str = "body"


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimVerdict:
    text: str
    kind: ClaimKind
    verdict: Verdict
    evidence: str = ""
    section: str = ""
    note: str = ""
    start: int = 0  # where the claim sits in its section's heading or body
    end: int = 0
    sentence: int = -1  # which article sentence it belongs to, in reading order (-1: not checked by sentence)
    found_in: int = 0  # the source sentence that gives it, when that is not one the sentence cites
    background: bool = False  # the policy let it stand in the context section (set by Report.stored)

    @property
    def failing(self) -> bool:
        """Tell whether this verdict fails the article (a stored one: its policy has been applied)."""
        return self.verdict in FAILING and not self.background

    def as_dict(self) -> dict[str, str | int | bool]:
        return {
            "text": self.text,
            "kind": self.kind,
            "verdict": self.verdict,
            "evidence": self.evidence,
            "section": self.section,
            "note": self.note,
            "sentence": self.sentence,
            "found_in": self.found_in,
            "background": self.background,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ClaimVerdict:
        """Read back what as_dict stored; raise ValueError for a kind or verdict the checker never gives."""
        try:
            kind, verdict = ClaimKind.read(data.get("kind")), Verdict.read(data.get("verdict"))
        except ValueError as exc:
            raise ValueError(f"stored claim {data.get('text', '')!r}: {exc}") from None
        return cls(
            text=str(data.get("text", "")),
            kind=kind,
            verdict=verdict,
            evidence=str(data.get("evidence", "") or ""),
            section=str(data.get("section", "") or ""),
            note=str(data.get("note", "") or ""),
            sentence=_stored_int(data.get("sentence"), -1),
            found_in=_stored_int(data.get("found_in"), 0),
            background=bool(data.get("background", False)),
        )


def _stored_int(value: object, default: int) -> int:
    return int(value) if isinstance(value, int | str) and str(value).lstrip("-").isdecimal() else default


def read_claims(stored: Iterable[Mapping[str, object]]) -> list[ClaimVerdict]:
    """Return the verdicts a Verification (or an editor's Version) keeps as JSON, as ClaimVerdicts."""
    return [ClaimVerdict.from_dict(c) for c in stored]


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    claims: tuple[ClaimVerdict, ...]
    policy: Policy = Policy.STRICT
    checker: str = CHECKER_NAME
    sentences: int = 0  # how many article sentences were checked one by one (0: the text was checked whole)
    notes: tuple[str, ...] = ()  # what the summary adds about how the check ran (a source no module reads)

    @property
    def passed(self) -> bool:
        return not self.failing()

    def failing(self) -> list[ClaimVerdict]:
        return [c for c in self.claims if c.verdict in FAILING and not allowed_as_background(c, self.policy)]

    def stored(self) -> list[dict[str, str | int | bool]]:
        """Return the verdicts as a Verification keeps them, each saying whether the policy let it stand."""
        return [replace(c, background=allowed_as_background(c, self.policy)).as_dict() for c in self.claims]

    def summary(self) -> str:
        """Say what was checked and how it came out, with the notes on how the check ran."""
        return "; ".join((self._counts(), *self.notes))

    def _counts(self) -> str:
        if self.sentences:
            return self._sentence_summary()
        n = len(self.claims)
        if not n:
            return "No figures, dates or names to check"
        if any(c.kind == ClaimKind.QUOTE for c in self.claims):
            noun = "figure, date, name or quotation" if n == 1 else "figures, dates, names and quotations"
        else:
            noun = "figure, date or name" if n == 1 else "figures, dates and names"
        counts = Counter(c.verdict for c in self.claims)
        if self.passed and set(counts) == {Verdict.SUPPORTED}:
            return f"{n} {noun} checked against the source: all supported"
        parts = [f"{counts[v]} {v}" for v in Verdict if v in counts]
        background = sum(allowed_as_background(c, self.policy) for c in self.claims)
        tail = f" ({background} background, allowed in the context section)" if background else ""
        return f"{n} {noun} checked against the source: " + ", ".join(parts) + tail

    def _sentence_summary(self) -> str:
        n = self.sentences
        head = (f"{n} sentence{'s' if n != 1 else ''} checked against the source sentences "
                f"{'they cite' if n != 1 else 'it cites'}")
        failing = self.failing()
        if not failing:
            facts = sum(1 for c in self.claims if c.kind != ClaimKind.CITATION)
            return f"{head}: all supported ({facts} figures, dates and names looked up)"
        bad = len({c.sentence for c in failing})
        counts = Counter(c.verdict for c in failing)
        kinds = ", ".join(f"{counts[v]} {v}" for v in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED) if v in counts)
        return f"{head}: {bad} fail{'s' if bad == 1 else ''} ({kinds})"


def allowed_as_background(claim: ClaimVerdict, policy: Policy) -> bool:
    """Tell whether the background policy lets this new name or date stand in the context section."""
    return (
        policy == Policy.BACKGROUND
        and claim.section == "context"
        and claim.verdict == Verdict.UNSUPPORTED
        and claim.kind in BACKGROUND_KINDS
    )


def check_sections(
    *, source: str, sections: Sequence[Section], language: str | None = None, policy: Policy = Policy.STRICT
) -> Report:
    """Check every figure, date and name in the article's sections against the source."""
    policy = Policy.read(policy)  # a member, or the word of one (from a setting or a command's option)
    facts = read_source(source, language)
    source_parts = [s for block in source.split("\n\n") for s in source_sentences(block, facts.language)]
    part_figures = [digit_runs(s) for s in source_parts]  # read once, not once for every article sentence
    claims: list[ClaimVerdict] = []
    for section in sections:
        for text in (section.heading, section.body):
            if text.strip():
                claims += check_part(text, facts, section.kind)
                for sentence in english_sentences(text):
                    claims += aligned_conflicts(sentence, source_parts, facts.language, section.kind, part_figures)
    return Report(claims=tuple(claims), policy=policy, notes=reading_notes(facts.unregistered))


def reading_notes(*unregistered: str | None) -> tuple[str, ...]:
    """Say for each source language with no module in newsdesk/languages that every language's rules read it."""
    return tuple(_reading_note(code) for code in dict.fromkeys(unregistered) if code)


def _reading_note(code: str) -> str:
    name = Locale("en").languages.get(code, code)
    return (
        f"the source is in {name}, which newsdesk has no reading rules for: its figures, dates and names were "
        "read with the rules of every language newsdesk knows"
    )


def conflicts(sentence: str, source: str, language: str | None, section: str) -> list[ClaimVerdict]:
    """Return where sentence says the opposite of source (direction of change, negation), as contradicted claims."""
    return [
        ClaimVerdict(text=c.text, kind=ClaimKind(c.kind), verdict=Verdict.CONTRADICTED, evidence=c.evidence,
                     section=section, note=c.note, start=c.start, end=c.end)
        for c in meaning_conflicts(sentence, source, language)
    ]


def aligned_conflicts(
    sentence: str,
    source: Sequence[str],
    language: str | None,
    section: str,
    source_figures: Sequence[set[str]] | None = None,
) -> list[ClaimVerdict]:
    """Compare a sentence that cites nothing with the source sentences that share its figures.

    A source of one or two sentences is compared whole, as a translation is with its original.
    source_figures gives digit_runs of each source sentence, when the caller has read them already.
    """
    if len(source) <= 2:
        aligned = list(source)
    else:
        figures = digit_runs(sentence)
        if not figures:
            aligned = []
        else:
            runs = source_figures if source_figures is not None else [digit_runs(s) for s in source]
            aligned = [s for s, theirs in zip(source, runs, strict=True) if figures & theirs]
    return conflicts(sentence, "\n".join(aligned), language, section) if aligned else []


def check_part(text: str, facts: SourceFacts, kind: str) -> list[ClaimVerdict]:
    """Check the figures, dates and names of one piece of an article (a heading, a body) against facts."""
    unused = source_unused(facts) if facts.language == "en" else None
    found: list[Claim] = extract_claims(text, source_capitalised(facts), unused)
    verdicts = []
    for claim in found:
        if not checkable(claim, facts):
            continue
        verdict, evidence, note = judge(claim, found, text, facts)
        verdicts.append(
            ClaimVerdict(
                text=claim.text,
                kind=claim.kind,
                verdict=Verdict.read(verdict),
                evidence=evidence,
                section=kind,
                note=note,
                start=claim.start,
                end=claim.end,
            )
        )
    return verdicts


def check_text(
    *, source: str, article: str, language: str | None = None, policy: Policy = Policy.STRICT
) -> Report:
    """Check a plain-text article against a plain-text source."""
    return check_sections(
        source=source, sections=[Section(heading="", body=article)], language=language, policy=policy
    )
