"""What a regular expression must start with, read by the standard library's own parser (as re reads it).

The scans use it to skip the text no match can start at (a lookahead of a pattern's first characters)
and to test cheaply whether a rule can match at all (the fixed letters each alternative starts with).
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own parser, to read a pattern as re does
from typing import Any


def first_characters(pattern: str) -> str | None:
    """Return the characters a match of pattern can start with, or None when it is not a short list of them."""

    def first(items: Any) -> set[str] | None:
        if not len(items):
            return None
        op, argument = items[0]
        if op is _parser.AT and argument is _parser.AT_BOUNDARY:
            return first(items[1:])  # a word boundary before the first character leaves it what it was
        if op is _parser.LITERAL:
            return {chr(argument)}
        if op is _parser.SUBPATTERN:
            return first(argument[-1])
        if op is _parser.BRANCH:
            found: set[str] = set()
            for branch in argument[1]:
                if (chars := first(branch)) is None:
                    return None
                found |= chars
            return found
        if op is _parser.IN and all(kind is _parser.LITERAL for kind, _ in argument):
            return {chr(value) for _, value in argument}
        if op is _parser.MAX_REPEAT and argument[0] > 0:
            return first(argument[2])
        return None

    chars = first(_parser.parse(pattern))
    return "".join(sorted(chars)) if chars else None


def lookahead(pattern: str) -> str:
    """Return a lookahead of the characters pattern can start with ("(?=[Mm])"), or "" when they are not few."""
    chars = first_characters(pattern)
    return f"(?=[{re.escape(chars)}])" if chars else ""


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile pattern behind a lookahead of its first characters, so a scan skips the positions it cannot start at."""
    guard = lookahead(pattern)
    return re.compile(f"{guard}(?:{pattern})" if guard else pattern, flags)


def literal_prefixes(pattern: str) -> tuple[str, ...]:
    """Return, lower-cased, the fixed letters each alternative of pattern starts with: one of them begins every match.

    "rédact(?:eur|rice)" gives "rédacteur" and "rédactrice", "editors?" gives "editor" (the
    quantifier makes the "s" optional), "copy ?editors?" gives "copy"; alternatives the parser
    factors ("language|large": "la" then a branch) are read out again ("language", "large").
    """
    return tuple(dict.fromkeys(prefix.strip().lower() for prefix in _prefixes(_parser.parse(pattern))))


def _prefixes(items: Any) -> list[str]:
    letters = []
    for op, argument in items:
        if op is _parser.LITERAL:
            letters.append(chr(argument))
            continue
        head = "".join(letters)
        if op is _parser.BRANCH:
            return [head + rest for branch in argument[1] for rest in _prefixes(branch)]
        if op is _parser.SUBPATTERN:
            return [head + rest for rest in _prefixes(argument[-1])]
        return [head]
    return ["".join(letters)]
