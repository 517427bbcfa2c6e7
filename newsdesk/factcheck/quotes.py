"""Quotations: the article's quoted words, and whether the source says them.

An English source must hold a quotation word for word (after folding case, punctuation, curly
quotes and contractions; an ellipsis or a bracketed insertion may skip words). A source in another
language cannot: the article translates it. There the source must at least quote someone, and the
quote's own figures and names are checked as claims of their own.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from anyascii import anyascii

from .verdicts import Verdict

if TYPE_CHECKING:
    from .source import SourceFacts

Judged = tuple[Verdict, str, str]  # (verdict, evidence, note)

# Quoted spans, most specific first. A straight double quote may close a curly one and the reverse
# ("I said so,” she said): machine translations and models mix them.
_DOUBLE = re.compile(r"[\"“„]([^\"“”„\n]+)[\"”“]")
_ANGLE = re.compile(r"«([^«»\n]+)»|»([^«»\n]+)«|‹([^‹›\n]+)›")
_CJK = re.compile(r"「([^「」]+)」|『([^『』]+)』")
_BACKTICKS = re.compile(r"``([^`\n]+?)''|`([^`\n]+?)'(?!\w)")
# single quotes only where they cannot be apostrophes: after a space and not before a contraction's
# ending ("Randock 's", "rock 'n' roll", "the '90s"), closing before a space or punctuation
_SINGLE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))['‘](?!(?:s|re|ve|ll|d|t|m|n|em|\d0s)\b)"
    r"((?=\w)(?:[^'‘’\n]|['’](?=\w))+?)['’](?![\w'’])"
)
_ARTICLE_QUOTES = (_DOUBLE, _ANGLE, _CJK, _BACKTICKS, _SINGLE)
_SOURCE_QUOTES = (_DOUBLE, _ANGLE, _CJK, _BACKTICKS, re.compile(r"‚([^‚‘\n]+)‘"))
# any of these in a source means it quotes someone, even when the other mark fell outside the item
_QUOTE_MARKS = frozenset("\"“”„«»「」『』‹›＂〝〞")

# Quotes shorter than this are scare quotes, nicknames and titles ("AI factories"): not quotations.
MIN_WORDS = 3
_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from de la le del di von van".split())
_SKIP = re.compile(r"\[[^\]]*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.{3,}|(?:\.\s){2,}\.")
_CONTRACTIONS = (
    (re.compile(r"\bcan't\b|\bcannot\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"\bi'm\b"), "i am"),
)
_NEAR_MISS = 0.6  # share of the quote's words a source quotation must hold, in order, to be its source


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    text: str
    start: int
    end: int


def _quoted_spans(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[tuple[int, int]]:
    """Return (start, end) of the words inside each pair of quote marks, earlier patterns first."""
    spans: list[tuple[int, int]] = []
    taken = bytearray(len(text) + 1)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if 1 in taken[m.start() : m.end()]:
                continue
            group = next(i for i in range(1, len(m.groups()) + 1) if m.group(i) is not None)
            spans.append((m.start(group), m.end(group)))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(spans)


def find_quotes(text: str) -> list[Quote]:
    """Return the quotations in an English article: quoted spans of at least MIN_WORDS words, not titles."""
    quotes = []
    for start, end in _quoted_spans(text, _ARTICLE_QUOTES):
        inner = text[start:end]
        stripped = inner.strip().rstrip(",.;:!?")
        words = re.findall(r"[^\W_][\w'’\-]*", stripped)
        if len(words) < MIN_WORDS or _is_title(words):
            continue
        offset = start + inner.index(stripped[:1]) if stripped else start
        quotes.append(Quote(text=stripped, start=offset, end=offset + len(stripped)))
    return quotes


def _is_title(words: list[str]) -> bool:
    """Tell a title or name in quote marks ("The Right to Arms") from a quotation."""
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


def source_quotations(text: str, language: str | None) -> tuple[tuple[int, int], ...]:
    """Return (start, end) of every quoted span in a source, in any script's quote marks.

    Single quotes count in English sources only: elsewhere they are mostly apostrophes (l'usine).
    """
    return tuple(_quoted_spans(text, _SOURCE_QUOTES + ((_SINGLE,) if language == "en" else ())))


def quotes_someone(facts: SourceFacts) -> bool:
    """Tell whether the source holds a quotation: any quote mark, even one whose pair is cut off."""
    return bool(facts.quotations) or any(ch in _QUOTE_MARKS for ch in facts.text)


def judge_quote(quote: str, facts: SourceFacts) -> Judged:
    """Return (verdict, evidence, note) for the article's quotation against the source."""
    if facts.language == "en":
        return _judge_english(quote, facts)
    if not quotes_someone(facts):
        return Verdict.UNSUPPORTED, "", _quotes_nobody(quote)
    # a translation cannot match word for word: its figures and names are checked as claims of their own
    return Verdict.SUPPORTED, _closest_quotation(quote, facts), ""


def _judge_english(quote: str, facts: SourceFacts) -> Judged:
    if found := _verbatim(quote, facts.text):
        return Verdict.SUPPORTED, found, ""
    if near := _near_miss(quote, facts):
        return (
            Verdict.CONTRADICTED,
            near,
            f'the source\'s quotation reads "{_short(near, 200)}": quote it word for word, '
            "or paraphrase without quotation marks",
        )
    if not quotes_someone(facts):
        return Verdict.UNSUPPORTED, "", _quotes_nobody(quote)
    return (
        Verdict.UNSUPPORTED,
        "",
        f'the source does not say "{_short(quote)}": quote the source word for word, '
        "or paraphrase without quotation marks",
    )


def _quotes_nobody(quote: str) -> str:
    return f'the source quotes nobody: remove the quotation marks around "{_short(quote)}" or the quotation itself'


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Return (folded word, start, end) for each word: case, quote styles and contractions folded."""
    out = []
    for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", text):
        folded = unicodedata.normalize("NFKC", m.group(0)).lower().replace("’", "'")
        for pattern, replacement in _CONTRACTIONS:
            folded = pattern.sub(replacement, folded)
        out += [(w, m.start(), m.end()) for w in folded.replace("'", "").split()]
    return out


def words(text: str) -> list[str]:
    """Return the folded words of text."""
    return [w for w, _, _ in _tokens(text)]


@functools.lru_cache(maxsize=32)
def _source_words(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the source's folded words joined by spaces, and the source span of each word."""
    tokens = _tokens(text)
    return " " + " ".join(w for w, _, _ in tokens) + " ", tuple((a, b) for _, a, b in tokens)


def _verbatim(quote: str, source: str) -> str:
    """Return the source words the quote reproduces (its parts in order, an ellipsis skipping), or ""."""
    haystack, spans = _source_words(source)
    parts = [p for p in (words(part) for part in _SKIP.split(quote)) if p]
    if not parts:
        return ""
    at = 0
    first = last = -1
    for part in parts:
        needle = " " + " ".join(part) + " "
        i = haystack.find(needle, at)
        if i < 0:
            return ""
        if first < 0:
            first = haystack.count(" ", 0, i + 1) - 1
        at = i + len(needle) - 1
        last = haystack.count(" ", 0, at) - 1
    return source[spans[first][0] : spans[last][1]]


def _near_miss(quote: str, facts: SourceFacts) -> str:
    """Return the source quotation that holds most of the quote's words in order, or ""."""
    mine = words(quote)
    best, best_share = "", 0.0
    for start, end in facts.quotations:
        theirs = words(facts.text[start:end])
        matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        shared = sum(b.size for b in blocks)
        share = shared / len(mine)
        # the words must come close together, not scattered over a long quotation
        spread = blocks[-1].b + blocks[-1].size - blocks[0].b
        if shared >= MIN_WORDS and share >= _NEAR_MISS and spread <= 1.5 * len(mine) + 2 and share > best_share:
            best, best_share = facts.text[start:end], share
    return best


def _closest_quotation(quote: str, facts: SourceFacts) -> str:
    """Return the source quotation sharing most figures and name-like words with the quote."""
    if not facts.quotations:
        mark = next((i for i, ch in enumerate(facts.text) if ch in _QUOTE_MARKS), 0)
        lo, hi = facts.sentence(mark)
        return _short(facts.text[lo:hi].strip(), 200)
    mine = {w for w in words(anyascii(quote)) if len(w) >= 3 or w.isdigit()}

    def score(span: tuple[int, int]) -> tuple[int, int]:
        theirs = set(words(anyascii(facts.text[span[0] : span[1]])))
        return len(mine & theirs), span[1] - span[0]

    start, end = max(facts.quotations, key=score)
    return _short(facts.text[start:end], 200)
