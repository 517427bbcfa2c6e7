"""Every field and property of a registered language is described in docs/languages.md."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsdesk.languages import Language

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "languages.md").read_text(encoding="utf-8")


def test_every_field_of_language_is_in_the_docs() -> None:
    """A field added to Language without a line in docs/languages.md fails here."""
    missing = [field.name for field in dataclasses.fields(Language) if f"`{field.name}`" not in DOCS]
    assert missing == []


def test_every_property_of_language_is_in_the_docs() -> None:
    """What CLDR gives a language (decimal_symbol, month_forms, day_periods...) is described too."""
    properties = [name for name, value in vars(Language).items() if isinstance(value, property)]
    assert properties and [name for name in properties if f"`{name}`" not in DOCS] == []
