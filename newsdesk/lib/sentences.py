"""English sentences: where they end, and the abbreviations whose full stop ends none."""

from __future__ import annotations

import re

# Abbreviations written with a full stop inside a sentence ("Mr. Berg", "Acme Inc. Europe", "Mt. Everest").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st mt ft jr sr gen sen rep gov col capt sgt lt rev inc corp co ltd bros ave blvd no vs".split()
)
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s)|\n+")
_LAST_WORD = re.compile(r"(\w+)\.$")


def ends_in_abbreviation(text: str) -> bool:
    """Tell whether text ends with an abbreviation or an initial and its full stop ("Mr.", "J.")."""
    m = _LAST_WORD.search(text)
    return bool(m) and (m.group(1).lower() in ABBREVIATIONS or (len(m.group(1)) == 1 and m.group(1).isupper()))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence of English text, leaving out surrounding blanks."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0).startswith(".") and ends_in_abbreviation(text[start : m.start() + 1]):
            continue  # "Mr. Smith", "J. Smith"
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def sentences(text: str) -> list[str]:
    """Return the sentences of English text."""
    return [text[a:b] for a, b in split_sentences(text)]
