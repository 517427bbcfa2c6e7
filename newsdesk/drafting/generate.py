"""Ask the model for English renderings of the source's sentences, then for an article citing them."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsdesk.factcheck.direction import direction_kept
from newsdesk.factcheck.grounded import ArticleSentence, check_grounded, regroup
from newsdesk.factcheck.judge import judge_sentence
from newsdesk.factcheck.numbers import figures_repeated
from newsdesk.factcheck.untranslated import untranslated_words
from newsdesk.factcheck.verdicts import Verdict
from newsdesk.factcheck.verify import check_text
from newsdesk.lib.sentences import finished
from newsdesk.lib.sentences import sentences as english_sentences
from newsdesk.llm import LLM
from newsdesk.sources.language import detect
from newsdesk.sources.sentences import SourceSentence

from .prompts import (
    Budget,
    article_messages,
    article_schema,
    budget,
    headline_messages,
    headline_schema,
    render_messages,
    render_schema,
)
from .repeats import SeenSentences

log = logging.getLogger(__name__)
RENDER_BATCH = 12  # sentences per rendering call


class DraftError(Exception):
    """The model gave no usable article after every retry; the tokens it spent are kept."""

    def __init__(self, message: str, *, tokens_in: int = 0, tokens_out: int = 0, seconds: float = 0.0) -> None:
        super().__init__(message)
        self.tokens_in = tokens_in
        self.tokens_out = tokens_out
        self.seconds = seconds


@dataclass(frozen=True, slots=True, kw_only=True)
class Usage:
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(tokens_in=self.tokens_in + other.tokens_in, tokens_out=self.tokens_out + other.tokens_out,
                     seconds=self.seconds + other.seconds)


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    sentences: tuple[ArticleSentence, ...]
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    tries: int = 1
    rejected: tuple[str, ...] = field(default_factory=tuple)
    repeats_dropped: int = 0

    @property
    def headline(self) -> str:
        return next((s.text for s in self.sentences if s.part == "headline"), "")

    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sentences)


# --- 1. renderings ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True, kw_only=True)
class Rendering:
    english: str
    checked: bool  # the checker found the rendering's figures, dates, names and direction in its original


def render_sentences(
    llm: LLM, texts: Sequence[str], *, language: str, max_tokens: int = 900, judge: LLM | None = None
) -> tuple[list[Rendering], Usage]:
    """Render each sentence in English, one for one, and check each rendering against its original.

    A rendering that fails the check is asked for once more on its own, with what was wrong named;
    if it still fails it is kept unchecked (a brief leaves it out; a written article uses the
    original). With a judge (the optional meaning judge's model), a rendering must also be judged
    to say what its original says.
    """
    usage = Usage()
    out: list[Rendering] = []

    def faults(original: str, english: str) -> list[str]:
        found = rendering_faults(original, english, language)
        if not found and judge is not None and judge_sentence(
            judge, sentence=english, cited=[original], language=language
        ).verdict != Verdict.SUPPORTED:
            found = ["it does not say what the original says"]
        return found

    found: list[list[str]] = []
    for start in range(0, len(texts), RENDER_BATCH):
        batch = list(texts[start : start + RENDER_BATCH])
        rendered = _render(llm, batch, language=language, max_tokens=max_tokens)
        usage += rendered.usage
        found += [faults(t, e) for t, e in zip(batch, rendered.english, strict=True)]
        out += [Rendering(english=e, checked=not f) for e, f in zip(rendered.english, found[start:], strict=True)]
    for i, rendering in enumerate(out):
        if rendering.checked:
            continue
        # asked again on its own, told what was wrong with the last one
        again = _render(llm, [texts[i]], language=language, max_tokens=max_tokens, temperature=0.3,
                        faults=found[i])
        usage += again.usage
        if again.english[0] and not faults(texts[i], again.english[0]):
            out[i] = Rendering(english=again.english[0], checked=True)
    return out, usage


@dataclass(frozen=True, slots=True, kw_only=True)
class Rendered:
    """What one rendering call gave: an English string per sentence, and its cost."""

    english: list[str]
    usage: Usage


def _render(
    llm: LLM, texts: list[str], *, language: str, max_tokens: int, temperature: float = 0.0,
    faults: Sequence[str] = (),
) -> Rendered:
    wanted = min(max_tokens * 2, 80 + sum(len(t) for t in texts) // 2)
    messages = render_messages(texts, language=language, faults=faults)
    completion = llm.complete(messages, json_schema=render_schema(len(texts)),
                              max_tokens=wanted, temperature=temperature, seed=0)
    usage = Usage(tokens_in=completion.tokens_in, tokens_out=completion.tokens_out, seconds=completion.seconds)
    try:
        english = json.loads(completion.text)["english"]
        if not isinstance(english, list) or len(english) != len(texts):
            raise ValueError("wrong count")
    except (ValueError, KeyError, TypeError):
        log.info("rendering out of form: %.200s", completion.text)
        return Rendered(english=[""] * len(texts), usage=usage)
    return Rendered(english=[" ".join(str(e).split()) for e in english], usage=usage)


def rendering_faults(original: str, english: str, language: str) -> list[str]:
    """Say what is wrong with a rendering of original, in words for the model ([] when nothing is).

    A rendering must be English and keep its original's figures, dates, names, direction and
    negation; one for one, it never gives a figure more often than its original (a date dropped
    and another written twice in its place) and leaves none of its original's words untranslated.
    """
    if not english:
        return ["the translation was empty"]
    if detect(english) not in {"en", None}:
        return ["it was not in English"]
    faults = []
    if not direction_kept(original, english, language):
        faults.append("it changed the direction of change (a rise, a fall) or dropped a negation")
    faults += [f"it gives the figure {figure} more often than the original does" for figure in
               figures_repeated(original, english)]
    faults += [f'it left "{word}" untranslated: write it in English' for word in
               untranslated_words(original, english, language)]
    faults += [c.note or f'"{c.text}" is {c.verdict}'
               for c in check_text(source=original, article=english, language=language).failing()]
    return faults


# --- 2a. a brief: the checked renderings themselves ---------------------------------------------------

def brief_sentences(
    sentences: Sequence[SourceSentence], *, headline: ArticleSentence | None = None
) -> list[ArticleSentence] | None:
    """Return the article of a short source in another language: its checked English renderings, in order.

    The rendering of the title is the headline (or the headline given, see brief_headline), the
    first sentence the standfirst and each further one a paragraph, each citing its own original; a
    sentence whose rendering failed its check is left out. None when the source is not one item's
    summary in another language, or its title (with no headline given) or every other sentence
    failed (write_brief then holds it).
    """
    if not can_be_brief(sentences):
        return None
    title = [s for s in sentences if s.part == "title"]
    facts = _rendered_facts(sentences)
    if headline is None and title and all(s.checked and s.english for s in title):
        headline = ArticleSentence(text=" ".join(s.english for s in title).rstrip(".").strip(), part="headline",
                                   cites=tuple(s.n for s in title))
    if headline is not None:  # a sentence the headline says again (or is: lede_headline) is not said below it
        facts = [s for s in facts if not SeenSentences(headline=headline.text).repeats(s.english_sentence)]
    if headline is None or not facts:
        return None
    out = [headline, ArticleSentence(text=facts[0].english_sentence, part="standfirst", cites=(facts[0].n,))]
    out += [ArticleSentence(text=s.english_sentence, part="body", cites=(s.n,), paragraph=p)
            for p, s in enumerate(facts[1:], 1)]
    kept, _ = tidy(out)
    return kept if "standfirst" in {s.part for s in kept} else None


LEDE_HEADLINE_WORDS = 14  # the longest first sentence that is the headline as it is


def lede_headline(sentences: Sequence[SourceSentence]) -> ArticleSentence | None:
    """Return a brief's lede (its first sentence under the title) as its headline, when the title's rendering failed.

    It is the source's own sentence, checked and judged like the others, so it says nothing the
    source does not; the standfirst is then the next sentence. None when the lede's rendering
    failed, it is longer than a headline, or there is no second sentence to follow it.
    """
    facts = _rendered_facts(sentences)
    lede = next((s for s in sentences if s.part != "title"), None)
    # only the lede itself: a later sentence leans on it ("They were arrested...")
    if len(facts) < 2 or facts[0] != lede or len(facts[0].english_sentence.split()) > LEDE_HEADLINE_WORDS:
        return None
    return ArticleSentence(text=facts[0].english_sentence.rstrip("."), part="headline", cites=(facts[0].n,))


def brief_headline(
    llm: LLM, sentences: Sequence[SourceSentence], *, judge: LLM | None = None, tries: int = 2
) -> tuple[ArticleSentence | None, Usage]:
    """Write a brief's headline from its checked renderings, for a title whose own rendering failed.

    The headline must pass the article's checks against the sentence it cites and keep its figures,
    names and direction (and, with a judge, be judged to say what its original says); None when no
    try gives one.
    """
    facts = _rendered_facts(sentences)
    usage = Usage()
    if not facts:
        return None, usage
    by_number = {s.n: s for s in facts}
    for attempt in range(tries):
        completion = llm.complete(headline_messages(facts), json_schema=headline_schema(sorted(by_number)),
                                  max_tokens=80, temperature=0.2 * attempt, seed=attempt)
        usage += Usage(tokens_in=completion.tokens_in, tokens_out=completion.tokens_out, seconds=completion.seconds)
        try:
            data = json.loads(completion.text)["headline"]
            text, cites = " ".join(str(data["text"]).split()).rstrip("."), [n for n in data["cites"] if n in by_number]
        except (ValueError, KeyError, TypeError):
            continue
        cited = [by_number[n] for n in cites]
        headline = ArticleSentence(text=text, part="headline", cites=tuple(cites))
        original = " ".join(s.text for s in cited)
        # the checks the article gets (descriptions, untranslated words, ...) and a rendering's own
        if text and cited and check_grounded(sentences=[headline], source=sentences).passed and not rendering_faults(
            original, text, cited[0].language
        ) and (
            judge is None
            or judge_sentence(judge, sentence=text, cited=[s.text for s in cited], language=cited[0].language).verdict
            == Verdict.SUPPORTED
        ):
            return headline, usage
    return None, usage


def write_brief(llm: LLM, sentences: Sequence[SourceSentence], *, judge: LLM | None = None) -> Draft:
    """Return a short source's brief (brief_sentences), with a written headline if its title's failed.

    Raise DraftError, naming what failed, when no brief can be made: such a source is then held for
    an editor rather than written freely from sentences whose renderings did not pass.
    """
    brief, used = brief_sentences(sentences), Usage()
    if brief is None and (headline := lede_headline(sentences)) is not None:
        brief = brief_sentences(sentences, headline=headline)
    if brief is None:
        headline, used = brief_headline(llm, sentences, judge=judge)
        brief = brief_sentences(sentences, headline=headline) if headline else None
    if brief is None:
        failed = [str(s.n) for s in sentences if not (s.checked and s.english)]
        which = (f"rendering of source sentence {failed[0]} did not pass its check" if len(failed) == 1
                 else f"renderings of source sentences {', '.join(failed)} did not pass their checks")
        raise DraftError(
            f"no brief: the English {which}, and what "
            "passed makes no headline and standfirst (an editor can write it from the source)",
            tokens_in=used.tokens_in, tokens_out=used.tokens_out, seconds=used.seconds,
        )
    return Draft(sentences=tuple(brief), model=llm.name, tokens_in=used.tokens_in,
                 tokens_out=used.tokens_out, seconds=used.seconds)


def _rendered_facts(sentences: Sequence[SourceSentence]) -> list[SourceSentence]:
    """Return the sentences under the title whose renderings passed their checks."""
    return [s for s in sentences if s.part != "title" and s.checked and s.english]


def can_be_brief(sentences: Sequence[SourceSentence]) -> bool:
    """Tell whether a story is one short item in another language: what brief_sentences publishes."""
    return (len({s.item_id for s in sentences}) == 1 and bool(sentences)
            and not any(s.language == "en" for s in sentences) and not budget(sentences).headings)


# --- 2b. a written article ---------------------------------------------------------------------------

def parse_draft(raw: str, numbers: set[int]) -> list[ArticleSentence]:
    """Return the draft's sentences in reading order, or raise ValueError saying what is wrong."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    out = [_sentence(data.get("headline"), "headline", numbers)]
    standfirst = data.get("standfirst")
    if not isinstance(standfirst, list) or not standfirst:
        raise ValueError("the standfirst is missing")
    out += [one for s in standfirst for one in _split(_sentence(s, "standfirst", numbers))]
    paragraphs = data.get("paragraphs")
    if not isinstance(paragraphs, list) or not paragraphs:
        raise ValueError("the paragraphs are missing")
    for p, paragraph in enumerate(paragraphs, 1):
        if not isinstance(paragraph, dict) or not isinstance(paragraph.get("sentences"), list):
            raise ValueError(f"paragraph {p} has no sentences")
        heading = " ".join(str(paragraph.get("heading", "") or "").split())
        written = [one for s in paragraph["sentences"] for one in _split(_sentence(s, "body", numbers))]
        for k, sentence in enumerate(written):
            out.append(ArticleSentence(text=sentence.text, part="body", cites=sentence.cites, paragraph=p,
                                       heading=heading if k == 0 else ""))
    background = data.get("background") or []
    if isinstance(background, list):
        out += [ArticleSentence(text=" ".join(str(b).split()), part="background", paragraph=len(paragraphs) + 1)
                for b in background if str(b).strip()]
    return out


def _split(sentence: ArticleSentence) -> list[ArticleSentence]:
    """Split a "sentence" the model wrote as several into sentences, each citing what the whole cited."""
    return [replace(sentence, text=text) for text in english_sentences(sentence.text)] or [sentence]


def _sentence(data: Any, part: str, numbers: set[int]) -> ArticleSentence:
    if not isinstance(data, dict) or not str(data.get("text", "")).strip():
        raise ValueError(f"a {part} sentence has no text")
    cites = data.get("cites")
    if not isinstance(cites, list):
        raise ValueError(f"a {part} sentence has no cites")
    # a number that is no source sentence is kept: the checker fails it and names it
    return ArticleSentence(text=" ".join(str(data["text"]).split()), part=part,
                           cites=tuple(dict.fromkeys(n for n in cites if isinstance(n, int))))


def tidy(sentences: Sequence[ArticleSentence]) -> tuple[list[ArticleSentence], int]:
    """Drop sentences said before (reworded by a word or two, too) and sentences left unfinished.

    A paragraph's heading stays with the first of its sentences that is kept.
    """
    seen = SeenSentences(headline=next((s.text for s in sentences if s.part == "headline"), ""))
    kept = [s for s in sentences if s.part == "headline" or (finished(s.text) and not seen.repeats(s.text))]
    # a standfirst that only said the headline again gives way to the first body sentence
    return regroup(sentences, kept, body_left=1), len(sentences) - len(kept)


def usable(sentences: Sequence[ArticleSentence]) -> str:
    """Return what a draft lacks to be an article ("" when it is one)."""
    parts = [s.part for s in sentences]
    if "headline" not in parts:
        return "no headline"
    if "standfirst" not in parts:
        return "no standfirst left once repeats were dropped"
    if "body" not in parts:
        return "no body sentence left once repeats were dropped"
    return ""


def generate_draft(
    llm: LLM,
    sentences: Sequence[SourceSentence],
    *,
    failures: Sequence[str] = (),
    max_tokens: int = 900,
    tries: int = 3,
    temperature: float = 0.2,
    background: bool = False,
) -> Draft:
    """Write an article citing the numbered source sentences; retry output that is not English or not in form."""
    size: Budget = budget(sentences)
    numbers = {s.n for s in sentences}
    schema = article_schema(sorted(numbers), size, background=background)
    wanted = min(max_tokens, 160 + 70 * (size.most_sentences + 3))
    usage = Usage()
    rejected: list[str] = []
    strict_english = False
    model = llm.name
    for attempt in range(1, tries + 1):
        messages = article_messages(sentences, size=size, failures=failures, strict_english=strict_english,
                                    background=background)
        completion = llm.complete(
            messages, json_schema=schema, max_tokens=wanted,
            temperature=temperature if attempt == 1 else min(0.8, temperature + 0.3 * (attempt - 1)),
        )
        model = completion.model
        usage += Usage(tokens_in=completion.tokens_in, tokens_out=completion.tokens_out, seconds=completion.seconds)
        try:
            draft = parse_draft(completion.text, numbers)
        except ValueError as exc:
            rejected.append(f"attempt {attempt}: {exc}")
            log.info("draft rejected: %s", exc)
            continue
        draft, repeats = tidy(draft)
        if lacking := usable(draft):
            rejected.append(f"attempt {attempt}: {lacking}")
            continue
        language = detect(" ".join(s.text for s in draft))
        if language != "en":
            rejected.append(f"attempt {attempt}: written in {language or 'an unknown language'}, not English")
            strict_english = True
            continue
        return Draft(
            sentences=tuple(draft), model=model, tokens_in=usage.tokens_in, tokens_out=usage.tokens_out,
            seconds=usage.seconds, tries=attempt, rejected=tuple(rejected), repeats_dropped=repeats,
        )
    raise DraftError(
        "the model gave no usable article: " + "; ".join(rejected),
        tokens_in=usage.tokens_in, tokens_out=usage.tokens_out, seconds=usage.seconds,
    )
