"""Drop sentences a draft has already said: small models pad short sources by repeating themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from newsdesk.lib.sentences import sentences

_WORD = re.compile(r"\w+")
SIMILAR = 90  # rapidfuzz ratio from which two sentences count as the same one reworded by a word or two
CONTAINED = 90  # token_set_ratio from which a sentence only says again (part of) what another said
MIN_WORDS = 5  # a shorter sentence is not judged by the words it shares


def _key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.lower()))


class SeenSentences:
    """Remember sentences in article order; say whether a new one repeats an earlier one."""

    def __init__(self, headline: str = "") -> None:
        self._keys: list[str] = []
        # a sentence may expand the headline (its words inside a longer sentence), never just say it again
        self._headline = _key(headline)

    def repeats(self, sentence: str) -> bool:
        key = _key(sentence)
        if not key:
            return False
        if key in self._keys or any(self._alike(key, seen) for seen in self._keys):
            return True
        if self._headline and fuzz.ratio(key, self._headline) >= SIMILAR:
            return True
        self._keys.append(key)
        return False

    @staticmethod
    def _alike(key: str, seen: str) -> bool:
        if fuzz.ratio(key, seen) >= SIMILAR:
            return True
        # one sentence inside another, or the same words in another order ("The couple was found on the roof ...")
        short = min(key.count(" "), seen.count(" ")) + 1
        return short >= MIN_WORDS and fuzz.token_set_ratio(key, seen) >= CONTAINED

    def keep_new(self, text: str) -> tuple[str, int]:
        """Return text without the sentences already seen, and how many were dropped."""
        kept, dropped = [], 0
        for sentence in sentences(text):
            if self.repeats(sentence):
                dropped += 1
            else:
                kept.append(sentence)
        return " ".join(kept), dropped


def drop_repeats(parts: Iterable[tuple[str, str]]) -> tuple[list[tuple[str, str]], int]:
    """Take (name, text) parts in article order; return them without repeated sentences, and the count dropped."""
    seen = SeenSentences()
    out, dropped = [], 0
    for name, text in parts:
        new, n = seen.keep_new(text)
        out.append((name, new))
        dropped += n
    return out, dropped
