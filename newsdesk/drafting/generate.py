"""Ask the model for an article and accept only English in the article structure."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdesk.llm import LLM, LLMError
from newsdesk.sources.language import detect

from .prompts import ARTICLE_SCHEMA, SourceDoc, article_messages
from .repeats import drop_repeats

log = logging.getLogger(__name__)


class DraftError(Exception):
    """The model gave no usable article after every retry; the tokens it spent are kept."""

    def __init__(self, message: str, *, tokens_in: int = 0, tokens_out: int = 0, seconds: float = 0.0) -> None:
        super().__init__(message)
        self.tokens_in = tokens_in
        self.tokens_out = tokens_out
        self.seconds = seconds


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    headline: str
    introduction: str
    sections: tuple[tuple[str, str], ...]
    context: str
    conclusion: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    tries: int = 1
    rejected: tuple[str, ...] = field(default_factory=tuple)
    repeats_dropped: int = 0

    def text(self) -> str:
        parts = [self.headline, self.introduction]
        for heading, body in self.sections:
            parts += [heading, body]
        return "\n\n".join([*parts, self.context, self.conclusion])


def parse_draft(raw: str) -> dict[str, object]:
    """Return the article fields from the model's JSON, or raise ValueError saying what is wrong."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    for key in ("headline", "introduction", "context", "conclusion"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ValueError(f"{key} is missing or empty")
    sections = data.get("sections")
    if not isinstance(sections, list) or not 1 <= len(sections) <= 4:
        raise ValueError("sections must be a list of 1 to 4 sections (2 or 3 asked for)")
    for s in sections:
        if not isinstance(s, dict) or not str(s.get("heading", "")).strip() or not str(s.get("body", "")).strip():
            raise ValueError("each section needs a heading and a body")
    return data


def without_repeats(data: dict[str, object]) -> tuple[dict[str, object], int]:
    """Drop every sentence an earlier part already said; a body section left empty goes.

    The introduction, the context and the conclusion are required parts: one that would be left
    empty keeps its own text, repeated or not (a repeated conclusion is better than no article), and
    so does the first section when every section would go.
    """
    sections = data["sections"]
    parts = [("introduction", str(data["introduction"]))]
    parts += [(f"section {i}", str(s["body"])) for i, s in enumerate(sections, 1)]  # type: ignore[union-attr, arg-type, index]
    parts += [("context", str(data["context"])), ("conclusion", str(data["conclusion"]))]
    kept, dropped = drop_repeats(parts)
    text, original = dict(kept), dict(parts)
    for key in ("introduction", "context", "conclusion"):
        if not text[key]:
            text[key] = original[key]
    new_sections = [
        {"heading": s["heading"], "body": text[f"section {i}"]}  # type: ignore[index]
        for i, s in enumerate(sections, 1)  # type: ignore[arg-type]
        if text[f"section {i}"]
    ] or [{"heading": sections[0]["heading"], "body": original["section 1"]}]  # type: ignore[index]
    out = {**data, "introduction": text["introduction"], "context": text["context"],
           "conclusion": text["conclusion"], "sections": new_sections}
    return out, dropped


def generate_draft(
    llm: LLM,
    docs: Sequence[SourceDoc],
    *,
    failures: Sequence[str] = (),
    max_tokens: int = 900,
    tries: int = 3,
    temperature: float = 0.2,
) -> Draft:
    """Write an article from docs; retry output that is not English or not in the structure."""
    messages = article_messages(docs, failures=failures)
    tokens_in = tokens_out = 0
    seconds = 0.0
    rejected: list[str] = []
    for attempt in range(1, tries + 1):
        try:
            completion = llm.complete(
                messages, json_schema=ARTICLE_SCHEMA, max_tokens=max_tokens,
                temperature=temperature if attempt == 1 else min(0.8, temperature + 0.3 * (attempt - 1)),
            )
        except LLMError:
            raise
        tokens_in += completion.tokens_in
        tokens_out += completion.tokens_out
        seconds += completion.seconds
        try:
            data = parse_draft(completion.text)
        except ValueError as exc:
            rejected.append(f"attempt {attempt}: {exc}")
            log.info("draft rejected: %s", exc)
            continue
        data, repeats = without_repeats(data)
        sections = tuple((str(s["heading"]).strip(), str(s["body"]).strip()) for s in data["sections"])  # type: ignore[union-attr]
        prose = " ".join([str(data["headline"]), str(data["introduction"]), *(b for _, b in sections),
                          str(data["context"]), str(data["conclusion"])])
        language = detect(prose)
        if language != "en":
            rejected.append(f"attempt {attempt}: written in {language or 'an unknown language'}, not English")
            continue
        return Draft(
            headline=str(data["headline"]).strip(),
            introduction=str(data["introduction"]).strip(),
            sections=sections,
            context=str(data["context"]).strip(),
            conclusion=str(data["conclusion"]).strip(),
            model=completion.model,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            seconds=seconds,
            tries=attempt,
            rejected=tuple(rejected),
            repeats_dropped=repeats,
        )
    raise DraftError(
        "the model gave no usable article: " + "; ".join(rejected),
        tokens_in=tokens_in, tokens_out=tokens_out, seconds=seconds,
    )
