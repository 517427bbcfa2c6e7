"""Check an article sentence by sentence, each against the source sentences it cites.

Every article sentence (headline, standfirst, body) carries the numbers of the source sentences it
comes from. Its figures, dates, periods and names are looked up in those sentences only (a name may
also stand in an item's title), and its direction of change and negation are compared with theirs
(direction.py). A figure that the source gives in another sentence than the cited ones fails, with a
note that names the right sentence. Under `strict`, a sentence that cites nothing, or cites a number
that is no source sentence, fails; under `background`, sentences of the background part may cite
nothing, and only their new names and dates are let through (as in the context section before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsdesk.sources.sentences import SourceSentence

from .claims import ClaimKind
from .source import read_source, source_language
from .untranslated import untranslated_claims
from .verdicts import FAILING, Policy, Verdict
from .verify import ClaimVerdict, Report, check_part, conflicts, reading_notes

CHECKER_NAME = "grounded-v1"
PARTS = ("headline", "standfirst", "body", "background")
CHECKED = "figures, dates, names, direction of change"
# what an article written before citations was checked for: its figures, dates and names against the whole source
LEGACY_LABEL = "Figures, dates and names checked against the source"


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleSentence:
    text: str
    part: str  # headline, standfirst, body or background
    cites: tuple[int, ...] = ()
    paragraph: int = 0
    heading: str = ""  # the heading of the paragraph this sentence opens, if any

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "part": self.part, "cites": list(self.cites), "paragraph": self.paragraph,
                "heading": self.heading}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ArticleSentence:
        cites = data.get("cites")
        paragraph = data.get("paragraph")
        return cls(
            text=str(data.get("text", "")), part=str(data.get("part", "body")),
            cites=tuple(int(n) for n in cites if isinstance(n, int | str) and str(n).isdecimal())
            if isinstance(cites, list | tuple) else (),
            paragraph=int(paragraph) if isinstance(paragraph, int | str) and str(paragraph).isdecimal() else 0,
            heading=str(data.get("heading", "") or ""),
        )


def regroup(
    original: Sequence[ArticleSentence], kept: Sequence[ArticleSentence], *, body_left: int
) -> list[ArticleSentence]:
    """Return kept (what remains of original) as an article again.

    Each paragraph's heading moves to the first of its sentences that remains; when no standfirst
    remains but more than body_left body sentences do, the first of them becomes the standfirst.
    """
    headings = {s.paragraph: s.heading for s in original if s.heading}
    out = list(kept)
    parts = [s.part for s in out]
    if "standfirst" not in parts and parts.count("body") > body_left:
        first = parts.index("body")
        out[first] = replace(out[first], part="standfirst", paragraph=0, heading="")
    opened: set[int] = set()
    for i, s in enumerate(out):
        heading = headings.get(s.paragraph, "") if s.part == "body" and s.paragraph not in opened else ""
        opened.add(s.paragraph)
        out[i] = replace(s, heading=heading)
    return out


def label(*, judge_model: str | None = None) -> str:
    """Say what the grounded check ran, in the words a reader sees."""
    text = f"Every sentence checked against its cited source sentence: {CHECKED}"
    return f"{text}, and its meaning by {judge_model}" if judge_model else text


def _language(sentences: Sequence[SourceSentence]) -> str | None:
    languages = {s.language for s in sentences}
    return languages.pop() if len(languages) == 1 else None


def _text(sentences: Sequence[SourceSentence]) -> str:
    return "\n".join(s.text for s in sentences)


def check_grounded(
    *, sentences: Sequence[ArticleSentence], source: Sequence[SourceSentence], policy: Policy = Policy.STRICT
) -> Report:
    """Check each article sentence against its cited source sentences; each verdict names its sentence."""
    policy = Policy.read(policy)  # a member, or the word of one (from a setting)
    by_number = {s.n: s for s in source}
    titles = [s for s in source if s.part == "title"]
    claims: list[ClaimVerdict] = []
    for i, sentence in enumerate(sentences):
        claims += [replace(c, sentence=i) for c in _check_sentence(sentence, source, by_number, titles, policy)]
    notes = reading_notes(*(_unregistered(source, language) for language in dict.fromkeys(s.language for s in source)))
    return Report(claims=tuple(claims), policy=policy, checker=CHECKER_NAME, sentences=len(sentences), notes=notes)


def _unregistered(source: Sequence[SourceSentence], language: str) -> str | None:
    """Return the language of the source's sentences in language when no module reads it (see source_language)."""
    return source_language(language, _text([s for s in source if s.language == language]))[1]


def _check_sentence(
    sentence: ArticleSentence,
    source: Sequence[SourceSentence],
    by_number: dict[int, SourceSentence],
    titles: Sequence[SourceSentence],
    policy: Policy,
) -> list[ClaimVerdict]:
    part = "context" if sentence.part == "background" else sentence.part  # the background policy's section
    out: list[ClaimVerdict] = []
    for n in sentence.cites:
        if n not in by_number:
            out.append(ClaimVerdict(text=f"[{n}]", kind=ClaimKind.CITATION, verdict=Verdict.UNSUPPORTED, section=part,
                                    note=f"it cites source sentence {n}, which the source does not have"))
    cited = [by_number[n] for n in dict.fromkeys(sentence.cites) if n in by_number]
    uncited = not cited
    if uncited:
        if sentence.part != "background" or policy != Policy.BACKGROUND:
            out.append(ClaimVerdict(text=sentence.text, kind=ClaimKind.CITATION, verdict=Verdict.UNSUPPORTED,
                                    section=part,
                                    note="it cites no source sentence: say only what a source sentence says"))
        # what an uncited sentence names is still looked up in the whole source
        cited = list(source)
    facts = read_source(_text(cited), _language(cited))
    for text in (sentence.heading, sentence.text):
        if not text.strip():
            continue
        for claim in check_part(text, facts, part):
            if claim.verdict in FAILING:
                claim = _elsewhere(claim, text, part, cited, source, titles)
            out.append(claim)
    if not uncited:
        out += conflicts(sentence.text, _text(cited), _language(cited), part)
        out += invented_descriptions(sentence.text, cited, part)
        out += untranslated_claims(sentence.text, [s.text for s in cited if s.language != "en"],
                                   _language(cited), part)
    return out


# "Meta, a tech giant, ...", "Nvidia, the world's leading maker of ...": a description set beside a name
_APPOSITIVE = re.compile(
    r"(?<![\w'])[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*,\s+((?:a|an|the)\s+[^,;:()]{3,80}?)(?=,|\s+(?:which|that|who)\b|[.;:]|$)"
)
# "The PMA is a government agency responsible for ...": a definition the source does not give
_COPULA = re.compile(r"\b(?:is|was|are|were)\s+((?:a|an)\s+[^,;:()]{3,100}?)(?=[,.;:]|\s+(?:which|that|who)\b|$)")
# "Public Management Agency (PMA)": an acronym spelled out
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w'-]+\s+(?:(?:of|for|and|de|du|des|la|le)\s+)?){1,6})\(([A-Z]{2,6})\)")
# words of praise and rank that small models add to fill a short article
_PRAISE = re.compile(
    r"\b(?:world'?s|largest|biggest|leading|giant|renowned|prominent|milestone|landmark|game[- ]changer|"
    r"revolutionary|groundbreaking|cutting[- ]edge|pioneering|powerhouse|titan|industry leader|major player|"
    r"record(?:-breaking)?|strong|robust|impressive|remarkable|unprecedented|historic|massive|huge)\b",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_PLAIN = frozenset("with from that this their which company group firm more than most".split())


def invented_descriptions(sentence: str, cited: Sequence[SourceSentence], part: str) -> list[ClaimVerdict]:
    """Fail a description or a word of praise that the cited sentences' English does not give.

    Read only against English: an English source, or renderings that passed the check against their original.
    """
    if not cited or not all(s.language == "en" or (s.english and s.checked) for s in cited):
        return []
    english = " ".join(s.text if s.language == "en" else s.english for s in cited).casefold()
    words = set(_CONTENT.findall(english))
    out: list[ClaimVerdict] = []

    def new_words(text: str) -> list[str]:
        return [w for w in _CONTENT.findall(text) if w.casefold() not in words and w.casefold() not in _PLAIN]

    described = [(m, 1) for m in _APPOSITIVE.finditer(sentence)] + [(m, 2) for m in _COPULA.finditer(sentence)]
    described += [(m, 1) for m in _SPELLED_OUT.finditer(sentence)]
    for m, enough in described:
        if len(new_words(m.group(1))) >= enough and not any(c.start <= m.start(1) < c.end for c in out):
            what = m.group(1).strip()
            out.append(ClaimVerdict(
                text=what, kind=ClaimKind.DESCRIPTION, verdict=Verdict.UNSUPPORTED, section=part, start=m.start(1),
                end=m.start(1) + len(what), note=f'the cited source sentences do not say "{what}": leave it out',
            ))
    for m in _PRAISE.finditer(sentence):
        if m.group(0).casefold() not in english and not any(c.start <= m.start() < c.end for c in out):
            out.append(ClaimVerdict(
                text=m.group(0), kind=ClaimKind.DESCRIPTION, verdict=Verdict.UNSUPPORTED, section=part,
                start=m.start(),
                end=m.end(), note=f'"{m.group(0)}" is not in the cited source sentences: say only what they say',
            ))
    return out


def _elsewhere(
    claim: ClaimVerdict,
    text: str,
    part: str,
    cited: Sequence[SourceSentence],
    source: Sequence[SourceSentence],
    titles: Sequence[SourceSentence],
) -> ClaimVerdict:
    """Look a failing claim up outside its cited sentences: a name in a title passes; elsewhere, say where."""
    cited_numbers = {s.n for s in cited}
    if claim.kind == ClaimKind.NAME:
        if claim.verdict == Verdict.UNSUPPORTED and any(_written(claim.text, s) for s in cited):
            # the name stands in a cited sentence as written, where the name reader took it for a word
            return replace(claim, verdict=Verdict.SUPPORTED, note="")
        for title in titles:
            if title.n not in cited_numbers and (_written(claim.text, title)
                                                 or _supported_in(claim, text, part, title)):
                return replace(claim, verdict=Verdict.SUPPORTED, evidence=title.text[:120], note="")
        for other in source:
            if other.n not in cited_numbers and other.part != "title" and _written(claim.text, other):
                return _found_in(claim, other.n, cited_numbers)
    for other in source:
        if other.n in cited_numbers or other.part == "title" and claim.kind == ClaimKind.NAME:
            continue
        if _supported_in(claim, text, part, other):
            return _found_in(claim, other.n, cited_numbers)
    return claim


def _found_in(claim: ClaimVerdict, n: int, cited_numbers: set[int]) -> ClaimVerdict:
    cites = ", ".join(str(c) for c in sorted(cited_numbers))
    return replace(claim, verdict=Verdict.UNSUPPORTED, found_in=n, note=(
        f"the source gives this in sentence {n}, which this sentence does not cite "
        f"(it cites {cites}): cite sentence {n}, or keep to what the cited sentences say"
    ))


def _written(name: str, sentence: SourceSentence) -> bool:
    """Tell whether a source sentence holds name exactly as written, as a whole word or words.

    Read in the sentence as the checker reads it: instructions to the model are not part of it.
    """
    text = read_source(sentence.text, sentence.language).text
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _supported_in(claim: ClaimVerdict, text: str, part: str, sentence: SourceSentence) -> bool:
    facts = read_source(sentence.text, sentence.language)
    return any(
        c.start == claim.start and c.end == claim.end and c.verdict not in FAILING
        for c in check_part(text, facts, part)
    )
