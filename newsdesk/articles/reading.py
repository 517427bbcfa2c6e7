"""What a reader is shown of an article's sentences: paragraphs with citation marks, verdicts, source sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from newsdesk.drafting.prompts import language_name
from newsdesk.factcheck.claims import ClaimKind
from newsdesk.factcheck.verdicts import Verdict
from newsdesk.factcheck.verify import ClaimVerdict, read_claims
from newsdesk.sources.sentences import SourceSentence, story_sentences

from .models import Article


class SentenceVerdict(StrEnum):
    """What the page says of one sentence: its check's verdict, or why it has none."""

    SUPPORTED = Verdict.SUPPORTED.value
    CONTRADICTED = Verdict.CONTRADICTED.value
    UNSUPPORTED = Verdict.UNSUPPORTED.value
    BACKGROUND = "background"  # background the policy lets stand
    UNCHECKED = "unchecked"  # the text has no verification


FAILING = frozenset({SentenceVerdict.CONTRADICTED, SentenceVerdict.UNSUPPORTED})


class Checked(Protocol):
    """What keeps a text's verdicts as JSON: a Verification, or an editor's Version."""

    @property
    def claims(self) -> Iterable[Mapping[str, object]]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ShownSentence:
    index: int  # its place in the article's sentences, headline first
    text: str
    part: str
    cites: tuple[int, ...]
    verdict: SentenceVerdict
    claims: tuple[ClaimVerdict, ...] = ()

    @property
    def failing(self) -> bool:
        return self.verdict in FAILING

    @property
    def failure_notes(self) -> list[str]:
        """Return why the sentence fails, one note a failing claim."""
        return [c.note or f"{c.text}: {c.verdict}" for c in self.claims if c.failing]


@dataclass(slots=True, kw_only=True)
class Paragraph:
    heading: str
    part: str
    sentences: list[ShownSentence] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceBlock:
    item: Any  # the SourceItem
    language: str  # its English name
    sentences: tuple[SourceSentence, ...]


def shown_sentences(article: Article, verification: Checked | None) -> list[ShownSentence]:
    """Return the article's sentences in reading order, each with its claims and one verdict."""
    claims: dict[int, list[ClaimVerdict]] = {}
    for claim in read_claims(verification.claims) if verification else []:
        claims.setdefault(claim.sentence, []).append(claim)
    out = []
    for i, s in enumerate(article.sentences):
        own = claims.get(i, [])
        out.append(ShownSentence(index=i, text=s["text"], part=s["part"], cites=tuple(s.get("cites", [])),
                                 verdict=_sentence_verdict(own, s["part"], checked=verification is not None),
                                 claims=tuple(c for c in own if c.kind != ClaimKind.CITATION)))
    return out


def _sentence_verdict(claims: list[ClaimVerdict], part: str, *, checked: bool) -> SentenceVerdict:
    failing = [c for c in claims if c.failing]
    if not checked:
        return SentenceVerdict.UNCHECKED
    if failing:
        contradicted = any(c.verdict == Verdict.CONTRADICTED for c in failing)
        return SentenceVerdict.CONTRADICTED if contradicted else SentenceVerdict.UNSUPPORTED
    return SentenceVerdict.BACKGROUND if part == "background" else SentenceVerdict.SUPPORTED


def paragraphs(article: Article, sentences: list[ShownSentence]) -> tuple[list[ShownSentence], list[Paragraph]]:
    """Return the standfirst's sentences and the body's paragraphs (background last, as its own paragraph)."""
    standfirst = [s for s in sentences if s.part == "standfirst"]
    out: list[Paragraph] = []
    last: tuple[str, int] | None = None
    for s, stored in zip(sentences, article.sentences, strict=True):
        if s.part not in {"body", "background"}:
            continue
        key = (s.part, int(stored.get("paragraph", 0)))
        if key != last:
            out.append(Paragraph(heading=str(stored.get("heading", "")), part=s.part))
            last = key
        out[-1].sentences.append(s)
    return standfirst, out


def source_blocks(article: Article) -> list[SourceBlock]:
    """Return each source item with its numbered sentences, numbered as the article cites them."""
    return blocks_of(list(article.sources.order_by("created", "pk")))


def blocks_of(items: list[Any]) -> list[SourceBlock]:
    """Return each of the items (in the order they arrived) with its sentences, numbered across them."""
    numbered = story_sentences(items)
    return [
        SourceBlock(item=item, language=language_name(item.language),
                    sentences=tuple(s for s in numbered if s.item_id == item.pk))
        for item in items
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class Translation:
    """An article that is its source's checked renderings (a brief): what the page says was done."""

    judged: bool  # every rendering was also judged by the model to say what its original says


def translation(article: Article, blocks: list[SourceBlock]) -> Translation | None:
    """Return how the article was translated when every sentence but the headline is a checked rendering."""
    cited = {s.n: s for block in blocks for s in block.sentences if s.checked and s.language != "en"}
    told = [s for s in article.sentences if s["part"] != "headline"]
    if not told or not all(len(s.get("cites", [])) == 1 and s["cites"][0] in cited
                           and cited[s["cites"][0]].english_sentence == s["text"] for s in told):
        return None
    return Translation(judged=all(cited[s["cites"][0]].judged for s in told))
