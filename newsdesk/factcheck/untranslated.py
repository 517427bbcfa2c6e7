"""Words of the source's language left in an English sentence ("Attentat to the Paris police prefecture").

A word counts as left untranslated when the English sentence has it exactly as its original does,
it is common in the original's language and rare in English (word frequencies from wordfreq), and
it is not a name: a capitalised word is only judged where a sentence starts, where English
capitalises any word, and only when it is written in English's letters; never when the original
capitalises it inside a sentence. In a language that capitalises every noun (German, see
newsdesk/languages), a capital marks no name: a capitalised word the English copied from it
("DeepSeek-Schock") is judged wherever it stands, and must be commoner still in the original's
language (as a word at a sentence's start must).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from wordfreq import available_languages, zipf_frequency

from newsdesk.languages import get as get_language

from .claims import ClaimKind
from .verdicts import Verdict
from .verify import ClaimVerdict

_WORD = re.compile(r"[^\W\d_]{4,}")
RARE_IN_ENGLISH = 2.0  # Zipf frequency (log10 of uses per billion words) below which English hardly uses a word
COMMON = 3.0  # at or above this, a word is in everyday use in the original's language
COMMON_AT_START = 4.0  # a capitalised word at a sentence's start may be a name: it must be commoner still


@functools.cache
def _known(language: str) -> bool:
    return language in available_languages()


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \"'«“‘(")
    return not before or before.endswith((":", ".", "!", "?"))


def untranslated_words(original: str, english: str, language: str) -> list[str]:
    """Return the words of english that are its original's words left in the original's language."""
    if language == "en" or not _known(language):
        return []
    known = get_language(language)
    nouns = known is not None and known.capitalises_nouns  # then a capital is no sign of a name
    words = {w.casefold() for w in _WORD.findall(original)}
    named = set() if nouns else {m.group(0).casefold() for m in _WORD.finditer(original)
                                 if m.group(0)[0].isupper() and not _starts_sentence(original, m.start())}
    out = []
    for m in _WORD.finditer(english):
        word, key = m.group(0), m.group(0).casefold()
        if key not in words or key in named:
            continue
        capital = word[0].isupper()
        if capital and (not (nouns or _starts_sentence(english, m.start())) or not word.isascii()):
            continue  # a name ("Vojtěch said ..."; a capitalised word with letters English lacks is one too)
        if zipf_frequency(key, "en") < RARE_IN_ENGLISH and zipf_frequency(key, language) >= (
            COMMON_AT_START if capital else COMMON
        ):
            out.append(word)
    return list(dict.fromkeys(out))


def untranslated_claims(sentence: str, originals: Sequence[str], language: str | None, part: str) -> list[ClaimVerdict]:
    """Fail each word of sentence that its cited originals' language left untranslated."""
    if not language:
        return []
    out = []
    for word in untranslated_words(" ".join(originals), sentence, language):
        at = sentence.find(word)
        out.append(ClaimVerdict(
            text=word, kind=ClaimKind.UNTRANSLATED, verdict=Verdict.UNSUPPORTED, section=part,
            start=at, end=at + len(word),
            note=f'"{word}" is left in the source\'s language: write it in English',
        ))
    return out
