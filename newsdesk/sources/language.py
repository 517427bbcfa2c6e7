"""Language of a text, as an ISO 639-1 code (lingua)."""

from __future__ import annotations

import functools
from typing import Any

from babel import localedata

# The languages a newsroom is likely to ingest; a closed set keeps detection fast and sharp.
_LANGUAGES = (
    "ENGLISH FRENCH GERMAN SPANISH ITALIAN PORTUGUESE DUTCH CZECH POLISH RUSSIAN UKRAINIAN HINDI "
    "JAPANESE CHINESE KOREAN ARABIC TURKISH SWEDISH DANISH BOKMAL FINNISH GREEK HUNGARIAN ROMANIAN "
    "INDONESIAN VIETNAMESE HEBREW PERSIAN CATALAN"
).split()


def is_known_code(code: str) -> bool:
    """Tell whether code is a two-letter ISO 639-1 language code."""
    return len(code) == 2 and code.isascii() and code.isalpha() and code.islower() and localedata.exists(code)


@functools.cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in _LANGUAGES)).build()


def detect(text: str) -> str | None:
    """Return the ISO 639-1 code of text's language, or None when it cannot tell."""
    if not text.strip():
        return None
    language = _detector().detect_language_of(text)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    return "no" if code == "nb" else code


def detect_many(texts: list[str]) -> list[str | None]:
    """Return the ISO 639-1 code of each text's language (None where it cannot tell), using every core."""
    results = _detector().detect_languages_in_parallel_of(texts) if texts else []
    codes: list[str | None] = []
    for text, language in zip(texts, results, strict=True):
        code = language.iso_code_639_1.name.lower() if language is not None and text.strip() else None
        codes.append("no" if code == "nb" else code)
    return codes


def english_share(text: str) -> float:
    """Return lingua's confidence that text is English (0 to 1)."""
    from lingua import Language

    return float(_detector().compute_language_confidence(text, Language.ENGLISH))
