"""Commenters' names as shown: nothing invisible or direction-changing, and no towers of accents."""

from __future__ import annotations

import unicodedata

MAX_MARKS = 2  # combining marks on one base character: enough for Vietnamese (ệ) and most scripts
_JOINERS = {"\u200c", "\u200d"}  # zero-width (non-)joiner: kept only inside a word (Persian, Indic, emoji)
# Default-ignorable characters outside the format category (Cf): fillers and blanks that draw nothing.
_BLANKS = {"\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u2800", "\u3164", "\uffa0"}
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs"}  # controls, format (bidi controls, zero-width), surrogates
_VISIBLE_CATEGORIES = ("L", "N", "P", "S")


def _drops(ch: str) -> bool:
    return ch in _BLANKS or (ch not in _JOINERS and unicodedata.category(ch) in _DROPPED_CATEGORIES)


def _inside_word(before: str, after: str) -> bool:
    return bool(before and after) and not before.isspace() and not after.isspace() and after not in _JOINERS


def display_name(raw: str) -> str:
    """Return a name as it may be shown: controls, bidi controls and blanks removed, marks limited.

    The result is empty when nothing visible is left, and such a name is refused.
    """
    kept = [ch for ch in unicodedata.normalize("NFD", raw) if not _drops(ch)]  # marks counted decomposed
    out: list[str] = []
    marks = 0
    for i, ch in enumerate(kept):
        if ch in _JOINERS:
            if out and _inside_word(out[-1], kept[i + 1] if i + 1 < len(kept) else ""):
                out.append(ch)
            continue
        if unicodedata.category(ch).startswith("M"):
            marks += 1
            if out and marks <= MAX_MARKS:
                out.append(ch)
            continue
        marks = 0
        out.append(ch)
    name = unicodedata.normalize("NFC", " ".join("".join(out).split()))
    if not any(unicodedata.category(ch).startswith(_VISIBLE_CATEGORIES) for ch in name):
        return ""
    return name
