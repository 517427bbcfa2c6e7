"""What the checker can say of a claim, and the policies it judges an article by.

Both are StrEnums: a member equals its string, so verdicts stored as JSON (Verification.claims)
and templates read them as the plain words they always were. Code that reads a stored word back
turns it into a member with Verdict.read, Policy.read (or claims.ClaimKind.read), which refuse a
word the checker never gives.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


class Verdict(StrEnum):
    SUPPORTED = "supported"  # the source says it
    DERIVED = "derived"  # computed from source figures, the arithmetic checked
    CONTRADICTED = "contradicted"  # the source says otherwise, or gives it for another entity or period
    UNSUPPORTED = "unsupported"  # the source does not say it

    @classmethod
    def read(cls, value: object) -> Verdict:
        """Return the verdict a stored word names, or raise ValueError naming the word and the known ones."""
        return member_of(cls, value, "verdict")


class Policy(StrEnum):
    STRICT = "strict"  # every claim must be in the source
    BACKGROUND = "background"  # the context section may add names and dates (see verify.BACKGROUND_KINDS)

    @classmethod
    def read(cls, value: object) -> Policy:
        """Return the policy a setting or option names, or raise ValueError naming it and the known ones."""
        return member_of(cls, value, "policy")


FAILING = frozenset({Verdict.CONTRADICTED, Verdict.UNSUPPORTED})


E = TypeVar("E", bound=StrEnum)


def member_of(enum: type[E], value: object, what: str) -> E:
    """Return the member of enum that value (a member or its word) names; else raise ValueError saying so."""
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    known = ", ".join(member.value for member in enum)
    raise ValueError(f"unknown {what} {value!r}: use one of {known}")
