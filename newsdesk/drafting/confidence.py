"""How sure the model was of each word it wrote: the probability of its least likely word choice.

A small model that does not know a word (an idiom, a false friend, a rare term) still writes
something, but its probability for what it writes drops there: the sequence's token
probabilities are the best-known signal of a hallucinated translation. The backends give the N
likeliest tokens at each step (`LLM.complete(..., top_logprobs=N)`); this module lines them up with
the text the model wrote and finds, for each string of a JSON answer, its weakest word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# the JSON strings of an answer: "..." with escapes, each a span of the raw text
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_WORDLIKE = re.compile(r"\w", re.UNICODE)
RESYNC = 16  # the most characters one token outside the likeliest is taken to have written


@dataclass(frozen=True, slots=True, kw_only=True)
class Choice:
    """One token the model wrote, where it starts in the text and its probability under the model."""

    text: str
    start: int
    probability: float  # at most the least of the N likeliest when the token was not among them


@dataclass(frozen=True, slots=True, kw_only=True)
class Doubt:
    """A string's least likely word choice: its probability and the word it was in."""

    probability: float
    word: str


SURE = Doubt(probability=1.0, word="")


def choices(text: str, steps: Sequence[Mapping[str, float]]) -> list[Choice]:
    """Line up the per-step likeliest tokens with the text written: which token each step chose.

    At each step the chosen token is the likeliest of the step's candidates that the rest of the
    text starts with (greedy decoding takes the likeliest token the grammar allows; "-M" is chosen
    over "-Mar" when the text goes on "-Marc" and "-M" was likelier). When none does, the step
    took a token outside the N likeliest (its probability is then below the least of them) and the
    text is skipped to where the next step's candidates fit again. A step that wrote part of a
    character (a byte token, shown as U+FFFD) says nothing about a word choice and is not counted.
    """
    out: list[Choice] = []
    at = 0
    for i, step in enumerate(steps):
        if at >= len(text):
            break
        found = max((t for t in step if t and text.startswith(t, at)), key=lambda t: step[t], default=None)
        if found is not None:
            out.append(Choice(text=found, start=at, probability=math.exp(step[found])))
            at += len(found)
            continue
        partial = any("\ufffd" in t for t in step)
        if step and not partial:
            out.append(Choice(text="", start=at, probability=math.exp(min(step.values()))))
        after = steps[i + 1] if i + 1 < len(steps) else {}
        at += next((d for d in range(RESYNC + 1) if any(t and text.startswith(t, at + d) for t in after)),
                   1 if partial else 0)
    return out


def string_doubts(text: str, steps: Sequence[Mapping[str, float]], *, skip: int = 1) -> list[Doubt]:
    """Return, for each JSON string of the answer after the first `skip` (its keys), its weakest word.

    Only tokens with a letter or digit count: the model's choice of a quote or a full stop says
    nothing about what a sentence means.
    """
    picked = choices(text, steps)
    spans = [m.span() for m in _STRING.finditer(text)][skip:]
    doubts = []
    for start, end in spans:
        inside = [c for c in picked if start < c.start < end - 1 and (not c.text or _WORDLIKE.search(c.text))]
        if not inside:
            doubts.append(SURE)
            continue
        weakest = min(inside, key=lambda c: c.probability)
        doubts.append(Doubt(probability=weakest.probability, word=_word_at(text, weakest.start, start, end)))
    return doubts


def _word_at(text: str, at: int, start: int, end: int) -> str:
    """Return the whole word around position at, within the string's span."""
    while at < end - 1 and text[at].isspace():
        at += 1
    left = at
    while left > start + 1 and _WORDLIKE.match(text[left - 1]):
        left -= 1
    right = at
    while right < end - 1 and (_WORDLIKE.match(text[right]) or right == at):
        right += 1
    return text[left:right].strip()
