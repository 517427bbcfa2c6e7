"""Whole numbers from outside (query strings, command arguments): ASCII digits only, within bounds.

`str.isdigit()` accepts characters `int()` refuses (superscripts, circled digits) and `int()` accepts
what a URL should not carry (other scripts' digits, spaces, signs, underscores), so neither is used
on its own for input.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import overload

from django.core.exceptions import BadRequest

MAX_ID = 2**63 - 1  # the largest primary key the database can hold
_MAX_DIGITS = 20  # more than any bound needs, and few enough that int() stays cheap


class BadNumber(BadRequest):  # noqa: N818
    """A value that is not a whole number within its bounds; the message says what was expected.

    A BadRequest, so one that no view catches is still a 400, never a 500.
    """


def whole_number(text: str, *, name: str, low: int = 1, high: int = MAX_ID) -> int:
    """Return text as a whole number from low to high, or raise BadNumber naming what was wrong."""
    if not (0 < len(text) <= _MAX_DIGITS and text.isascii() and text.isdigit()):
        raise BadNumber(f"{name} must be a whole number from {low} to {high}")
    value = int(text)
    if not low <= value <= high:
        raise BadNumber(f"{name} must be a whole number from {low} to {high}")
    return value


@overload
def query_number(query: Mapping[str, str], name: str, *, default: int, low: int = 1, high: int = MAX_ID) -> int: ...
@overload
def query_number(
    query: Mapping[str, str], name: str, *, default: None = None, low: int = 1, high: int = MAX_ID
) -> int | None: ...
def query_number(
    query: Mapping[str, str], name: str, *, default: int | None = None, low: int = 1, high: int = MAX_ID
) -> int | None:
    """Return the whole number query[name] holds, default when it is absent, or raise BadNumber (empty too)."""
    text = query.get(name)
    if text is None:
        return default
    return whole_number(text, name=name, low=low, high=high)
