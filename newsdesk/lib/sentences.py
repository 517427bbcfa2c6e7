"""Sentences: where they end in English text and in source texts of any language, and the abbreviations whose
full stop ends none."""

from __future__ import annotations

import functools
import re

from newsdesk import languages
from newsdesk.languages import Language

# Abbreviations written with a full stop inside a sentence ("Mr. Berg", "Acme Inc. Europe", "Mt. Everest").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st mt ft jr sr gen sen rep gov col capt sgt lt rev inc corp co ltd bros ave blvd no vs".split()
)
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s)|\n+")
_LAST_WORD = re.compile(r"(\w+)\.$")
_FINISHED = re.compile(r"[.!?…。！？][\"'”’»)\]」』）]*$")


def finished(sentence: str) -> bool:
    """Tell whether a sentence ends as a whole sentence does (a full stop, maybe inside a quotation)."""
    return bool(_FINISHED.search(sentence.strip()))


def ends_in_abbreviation(text: str) -> bool:
    """Tell whether text ends with an abbreviation or an initial and its full stop ("Mr.", "J.")."""
    m = _LAST_WORD.search(text)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


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
    out = [(a, b) for a, b in (_strip(text, a, b) for a, b in spans) if a < b]
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of text[start:end] without the blanks around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[str]:
    """Return the sentences of English text."""
    return [text[a:b] for a, b in split_sentences(text)]


# --- Source texts in any language -------------------------------------------------------------
# sentencex (Wikimedia's segmenter, ~300 languages) finds the candidate boundaries; the rules below
# only fix what it gets wrong on news text: line breaks, CJK full stops before digits, Japanese
# quotes, and abbreviations its per-language lists lack.

# The titles and abbreviations whose full stop ends no sentence, and the words before an ordinal
# written with a dot, are each language's (newsdesk/languages/: abbreviations, before_ordinal,
# ordinal_dot); a text of unknown language is read with every language's at once.

_CJK_END = re.compile(r"[。！？]+[」』”’\"）)\]】》〉]*")
_LAST_TOKEN = re.compile(r"(\S+)\.$")
_ORDINAL_AFTER = re.compile(r"(?:^|\s)(\w+)\s+\d{1,3}\.$")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _script_language(text: str) -> str:
    """Guess the sentencex language of text from its script alone (for text of unknown language)."""
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if re.search(r"[\u0900-\u097f]", text):
        return "hi"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    return "en"


def _blocks(text: str) -> list[tuple[int, int]]:
    """Cut text at blank lines and at line breaks that a lower-case line does not carry on."""
    out = []
    start = 0
    for m in _LINE_BREAK.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if m.group(0).count("\n") == 1 and nxt.isalpha() and nxt.islower():
            continue  # a wrapped line
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if a < b]


def _cjk_cuts(text: str, a: int, b: int, language: str) -> list[int]:
    """Return the offsets in text[a:b] after a CJK full stop where a sentence ends (sentencex misses "。7月")."""
    cuts = []
    for m in _CJK_END.finditer(text, a, b):
        if m.end() >= b or text[m.end()].isspace():
            continue
        if language == "ja" and (m.group(0)[-1] in "」』" or _open_quotes(text[a : m.end()])):
            continue  # 「…。」と述べた: the quote goes on in the sentence
        cuts.append(m.end())
    return cuts


def _open_quotes(text: str) -> bool:
    return text.count("「") + text.count("『") > text.count("」") + text.count("』")


def _continues(prev: str, nxt: str, language: str) -> bool:
    """Tell whether the full stop that ends prev ends no sentence, given the piece nxt after it."""
    if language == "ja":
        return _open_quotes(prev) or (prev[-1] in "」』" and not nxt[:1].isspace())
    if not prev.endswith((".", "…")):
        return False
    head = nxt.lstrip()
    word = head.split(maxsplit=1)[0] if head else ""
    if word[:1].isalpha() and word[:1].islower() and not any(c.isupper() for c in word[1:]):
        return True  # "2024 r. w Warszawie", "т. е. больше"; not "iPhone"
    if word in ("–", "—", "-") and head[1:].split(maxsplit=1)[:1] != [] and _goes_on(head[1:].split()[0]):
        return True  # a range: "29 grudnia 2015 r. – 11 lutego 2016 r."
    prev = prev[-80:]  # the words before the full stop are enough, and keep the searches short
    m = _LAST_TOKEN.search(prev)
    if not m or prev.endswith(".."):
        return False
    token = m.group(1).lstrip("([{\"'«„“")
    if token.lower() in _abbreviations(language):
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. K. Rowling", "А. С. Петров", "M. Dupont"
    if language in _ordinal_dot() or language == "":
        o = _ORDINAL_AFTER.search(prev)
        if o and o.group(1).lower() in _before_ordinal(language):
            return True
        if re.search(r"\d\.$", prev) and word.rstrip(".,") in _months(language or "de"):
            return True
    return False


def _goes_on(word: str) -> bool:
    return word[:1].isdigit() or (word[:1].isalpha() and word[:1].islower())


def _registered(language: str) -> tuple[Language, ...]:
    """Return the registered language of a code, or every registered language for "" (a text of unknown language)."""
    if not language:
        return languages.every()
    found = languages.get(language)
    return (found,) if found else ()


@functools.cache
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(word for found in _registered(language) for word in found.abbreviations)


@functools.cache
def _before_ordinal(language: str) -> frozenset[str]:
    return frozenset(word for found in _registered(language) for word in found.before_ordinal)


@functools.cache
def _ordinal_dot() -> frozenset[str]:
    return frozenset(found.code for found in languages.every() if found.ordinal_dot)


@functools.cache
def _months(language: str) -> frozenset[str]:
    """Return every form of every month name in language ("" or an unregistered one: German's), without its dot."""
    found = languages.get(language) or languages.get("de")
    return frozenset(form.rstrip(".") for forms in (found.month_forms if found else ()) for form in forms)


def source_sentences(text: str, language: str | None) -> list[str]:
    """Return the sentences of a source text written in `language` (ISO 639-1), in order."""
    return [text[a:b] for a, b in source_sentence_spans(text, language)]


@functools.lru_cache(maxsize=64)
def source_sentence_spans(text: str, language: str | None) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of each sentence of a source text in `language`, leaving out surrounding blanks.

    The one splitter for sources: the checker's sentence bounds (factcheck/source.py) and the source
    sentences an article cites (sources/sentences.py) are both these.
    """
    import sentencex

    code = (language or "").lower().replace("_", "-").split("-")[0]
    engine = code or _script_language(text)
    rules = code or ("" if engine == "en" else engine)  # "": every language's titles
    spans: list[tuple[int, int]] = []
    for a, b in _blocks(text):
        pieces: list[tuple[int, int]] = []
        pos = a
        # sentencex takes only valid UTF-8; a lone surrogate (from JSON) is replaced one for one.
        for seg in sentencex.segment(engine, _SURROGATE.sub("\ufffd", text[a:b])):
            cuts = [pos, *_cjk_cuts(text, pos, pos + len(seg), engine), pos + len(seg)]
            pieces += [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if text[x:y].strip()]
            pos += len(seg)
        merged: list[tuple[int, int]] = []
        for x, y in pieces:
            if merged and _continues(text[merged[-1][0] : merged[-1][1]].rstrip(), text[x:y], rules):
                merged[-1] = (merged[-1][0], y)
            else:
                merged.append((x, y))
        spans += merged
    # A piece with no letter or digit ("»", "…") belongs to the sentence before it (or after it).
    out: list[tuple[int, int]] = []
    for x, y in spans:
        if out and not any(c.isalnum() for c in text[x:y]):
            out[-1] = (out[-1][0], y)
        elif out and not any(c.isalnum() for c in text[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], y)
        else:
            out.append((x, y))
    stripped = (_strip(text, x, y) for x, y in out)
    return tuple((x, y) for x, y in stripped if any(c.isalnum() for c in text[x:y]))
