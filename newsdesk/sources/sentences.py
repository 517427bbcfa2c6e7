"""A source's sentences, numbered once: the prompt, the checker and the page all cite these numbers.

Each item keeps its own sentences (title first, then the summary, then the full text) with their
English renderings. A story numbers the sentences of its items in the order the items arrived, so a
follow-up item only adds numbers after the ones already cited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.lib.sentences import finished, source_sentences

if TYPE_CHECKING:
    from .models import SourceItem, Story

PARTS = ("title", "summary", "text")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceSentence:
    n: int  # its number in the story, from 1
    text: str  # in the source's own language
    english: str  # its English rendering ("" until rendered; the text itself for an English source)
    language: str
    part: str  # title, summary or text
    item_id: int | None = None
    checked: bool = False  # whether the rendering passed the checker against text
    judged: bool = False  # whether the meaning judge was asked too (then checked means it found it supported)

    @property
    def english_sentence(self) -> str:
        """Return the rendering as a whole sentence: the full stop the model may have left off, put back."""
        english = self.english.strip()
        if not english or finished(english):
            return english
        english = english.rstrip(" ,;:")
        return english if finished(english) else f"{english}."


def split_item(*, title: str, summary: str, text: str, language: str) -> list[dict[str, str]]:
    """Return an item's sentences as stored: [{"part", "text", "english"}], title first."""
    out = [{"part": "title", "text": title.strip(), "english": ""}] if title.strip() else []
    for part, body in (("summary", summary), ("text", text)):
        out += [{"part": part, "text": s, "english": ""} for s in source_sentences(body, language)]
    if language == "en":
        for s in out:
            s["english"] = s["text"]
    return out


def resplit(item: SourceItem) -> list[dict[str, str]]:
    """Return item's sentences for its current text, keeping the renderings of sentences that did not change."""
    known = {(s["part"], s["text"]): s for s in item.sentences or []}
    fresh = split_item(title=item.title, summary=item.summary, text=item.text, language=item.language)
    return [known.get((s["part"], s["text"]), s) for s in fresh]


def story_sentences(items: Iterable[SourceItem]) -> list[SourceSentence]:
    """Number the sentences of items (in the order given: the order they arrived) from 1."""
    out: list[SourceSentence] = []
    for item in items:
        for s in item.sentences or []:
            out.append(SourceSentence(
                n=len(out) + 1, text=s["text"], english=s.get("english", ""), language=item.language,
                part=s["part"], item_id=item.pk, checked=bool(s.get("checked")), judged=bool(s.get("judged")),
            ))
    return out


def of_story(story: Story) -> list[SourceSentence]:
    """Return the numbered sentences of a story's items."""
    return story_sentences(story.items.order_by("created", "pk"))


def cited_text(sentences: Sequence[SourceSentence], cites: Iterable[int]) -> str:
    """Return the text of the cited sentences, one per line."""
    by_number = {s.n: s for s in sentences}
    return "\n".join(by_number[n].text for n in cites if n in by_number)
