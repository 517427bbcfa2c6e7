"""Where an English sentence says the opposite of its source: a rise for a fall, or a negation added or dropped.

The rules are word lists by language (newsdesk/languages/, one module each), written as stems with the
inflections news uses, read in the source's own language. They stay strict on purpose: a rule that
cannot tell by words alone keeps quiet.

- Direction with a shared figure: the article's figure and the source's figure each carry a change
  word in their clause ("rose 7%", "ont reculé de 7 %"); the two must agree.
- Direction without one: a change word in the article while the source has only change words of the
  opposite sense and none of the same sense.
- Negation: an English negation when the source has no negation at all, or a source negation when the
  article shows no trace of one (neither a negative word nor a negative affix).

Clauses that speak of a loss, a deficit or unemployment on one side only are left alone: "the loss
narrowed" is good news written with a word that goes down.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import cast

from newsdesk import languages
from newsdesk.languages import Language
from newsdesk.lib.patterns import guarded, lookahead

from .claims import clause_around, clause_breaks
from .entities import english_words
from .numbers import Quantity, digit_runs, find_quantities, in_year_range, matches
from .source import SourceFacts, read_source

UP, DOWN = "up", "down"


@dataclass(frozen=True, slots=True, kw_only=True)
class MeaningConflict:
    """One place where the article sentence says the opposite of its source."""

    kind: str  # "direction" or "negation"
    text: str
    start: int
    end: int
    evidence: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class _Word:
    sense: str
    strong: bool
    start: int
    end: int
    text: str


_LATIN = r"[^\W\d_]"
_DEVANAGARI = r"[\u0900-\u0963\u0966-\u097F\w]"  # the danda ends a sentence

# Idioms written with a negation that do not negate: Japanese "かもしれません" (may), "なければならない"
# (must), "に違いない" (must be), "ざるを得ない" (cannot but); Chinese "不得不" (have to). A source's
# dropped negation is looked for with them blanked out.
_NOT_NEGATING = re.compile(
    r"かもしれ(?:ない|ません|なかった)|かも知れ(?:ない|ません)|(?:なければ|なくては|ねば|なくちゃ)(?:ならない|なりません|いけない|いけません)"
    r"|に違いない|に違いありません|ざるを得ない|ざるをえない|ざるを得ません|不得不|不得已"
)


# English words that negate or carry a negative affix: a sentence with none of them drops the source's negation.
_TRACE_WORDS = (
    r"not|no|never|none|nothing|nobody|neither|nor|without|cannot|fail\w*|lack\w*|refus\w*|den(?:y|ies|ied)|"
    r"reject\w*|declin\w*|instead|rather|absen\w*|free|only|few|little|hardly|barely|scarcely|yet|avoid\w*|"
    r"stop(?:s|ped|ping)?|prevent\w*|ban(?:s|ned|ning)?|unable|impossible|except|other\s+than|but|still|remain\w*|ignor\w*|miss(?:es|ed|ing)?|"
    r"longer|less|against|neglect\w*|refrain\w*|forbid\w*|prohibit\w*|any\w*|either|unless|until|deni\w*"
)
_ENGLISH_TRACE = re.compile(rf"\b(?:{_TRACE_WORDS}|\w+n't)\b|n't", re.IGNORECASE)
# the same without "n't", for a sentence that has none: behind a lookahead of the words' first letters
_ENGLISH_TRACE_WORDS = guarded(rf"\b(?:{_TRACE_WORDS})\b", re.IGNORECASE)
_NEGATIVE_PREFIX = re.compile(r"(?:un|in|im|il|ir|dis|non|mis|a)(?=[a-z]{4})")
# English negations the added-negation rule reads: idioms that negate nothing are left out.
_ENGLISH_NEGATION = guarded(
    r"\b(?:not(?!\s+only|\s+just|\s+least|\s+to\s+mention|\s+(?:more|less|fewer)\s+than)|never|"
    r"no(?!\s+(?:doubt|matter|longer|more\s+than|less\s+than|fewer\s+than|sooner)\b)(?![.\-]\s?\d)|"
    r"none(?!\s+other)|nothing(?!\s+but)|nobody|neither|nor|cannot)\b|n't",
    re.IGNORECASE,
)
_IDIOM_AROUND = guarded(r"\b(?:whether\s+or\s+not|if\s+not|or\s+not|not\s+yet)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no|never|without|fail(?:s|ed)?\s+to)\s+(?:\w+\s+){0,1}$|n't\s+(?:\w+\s+){0,1}$", re.IGNORECASE
)
# "up"/"down" count only as a change next to a figure: "up 7%", "down by a third", "were up".
_UP_DOWN_OK = re.compile(r"\s+(?:by\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[$€£¥]?\d|\s+(?:from|by)\b")
_SEASON_FALL = re.compile(r"\b(?:in\s+the|this|last|next|the)\s+$", re.IGNORECASE)


@functools.cache
def _pattern(fragments: str, language: str) -> re.Pattern[str]:
    if language in ("zh", "ja"):
        return re.compile(fragments)
    letter = _DEVANAGARI if language == "hi" else _LATIN
    # a lookahead of the fragments' first letters lets a scan skip the positions no word starts at
    guard = lookahead(fragments)
    # a fragment may end with an apostrophe ("n'"): a letter may follow it
    return re.compile(rf"{guard}(?<!{letter})(?:{fragments})(?:(?!{letter})|(?<='))", re.IGNORECASE)


def _bad_news(language: Language) -> str:
    return language.bad_news


def _negations(language: Language) -> str:
    return language.negations


def _negation_markers(language: Language) -> str:
    return language.negation_markers


def _change_words(text: str, language: str | None, start: int = 0, end: int | None = None) -> list[_Word]:
    """Return the change words of text[start:end], each with its sense and strength."""
    end = len(text) if end is None else end
    english = language == "en"
    found: list[_Word] = []
    for lang in languages.chosen(language):
        for fragments, sense, strong in (
            (lang.strong_up, UP, True),
            (lang.strong_down, DOWN, True),
            (lang.weak_up, UP, False),
            (lang.weak_down, DOWN, False),
        ):
            for m in _pattern(fragments, lang.code).finditer(text, start, end):
                word = m.group(0).lower()
                if english and not _counts_in_english(text, m, word):
                    continue
                found.append(_Word(sense=sense, strong=strong, start=m.start(), end=m.end(), text=m.group(0)))
    return found


def _source_words(facts: SourceFacts, language: str | None) -> list[_Word]:
    """Return the change words of the whole source, read once and kept with its facts."""
    what = f"direction change words {language}"
    if what not in facts.derived:
        facts.derived[what] = _change_words(facts.text, language)
    return cast(list[_Word], facts.derived[what])  # stored only here, always a list of _Word


_CHAMBER_AFTER = re.compile(r"\s+(?:court|house|chamber)")  # "lower house": a chamber, not a fall


def _counts_in_english(text: str, m: re.Match[str], word: str) -> bool:
    before = text[max(0, m.start() - 30) : m.start()]
    if word in ("up", "down"):
        return bool(_UP_DOWN_OK.match(text, m.end()))
    if word == "fall" and _SEASON_FALL.search(before):
        return False
    if word == "lower" and (m.group(0)[0].isupper() or _CHAMBER_AFTER.match(text, m.end())):
        return False
    return not _NEGATED_BEFORE.search(before)


def _has(
    fragments: Callable[[Language], str], text: str, language: str | None, start: int = 0, end: int | None = None
) -> bool:
    end = len(text) if end is None else end
    return any(_pattern(fragments(lang), lang.code).search(text, start, end) for lang in languages.chosen(language))


def _sense(words: list[_Word]) -> tuple[str, _Word] | None:
    """Return the one sense the words give (strong words first) and the word that gives it, or None."""
    for strong in (True, False):
        chosen = [w for w in words if w.strong is strong]
        senses = {w.sense for w in chosen}
        if len(senses) == 1:
            return senses.pop(), chosen[0]
        if senses:
            return None
    return None


def direction_kept(original: str, english: str, language: str | None) -> bool:
    """Tell whether a one-for-one English rendering keeps its original's direction of change.

    An original that rises or falls (one strong sense) needs a rendering that says so too, in the
    same sense: a translation may not drop "relève" for "released".
    """
    said = _sense([w for w in _change_words(original, language) if w.strong])
    if said is None:
        return True
    rendered = _sense(_change_words(english, "en"))
    return rendered is not None and rendered[0] == said[0]


def _nearest(words: list[_Word], sense: str, position: int) -> _Word:
    return min((w for w in words if w.sense == sense), key=lambda w: abs(w.start - position))


def _evidence(text: str, word: _Word, language: str | None) -> str:
    """Return the source's change word, with the auxiliary right before it in French, Spanish and Italian."""
    if language in ("fr", "es", "it", None):
        aux = re.search(
            r"(?:(?:s'|se\s+)?(?:a|ont|est|sont|avait|avaient|ha|han|había|habían|è|ha|hanno|sono|era|erano)\s+)$",
            text[max(0, word.start - 20) : word.start],
            re.IGNORECASE,
        )
        if aux:
            return text[word.start - len(aux.group(0)) : word.end]
    return word.text


def _past(sense: str) -> str:
    return "rose" if sense == UP else "fell"


def _figure_checked(q: Quantity) -> bool:
    if q.kind in ("date", "quarter", "ordinal"):
        return False
    value = q.values[0]
    if not q.scaled and in_year_range(value):
        return False  # a year
    return q.kind in ("percent", "currency") or q.scaled or value >= 10 or not value.is_integer()


def _shared_figures(sentence: str, facts: SourceFacts) -> Iterator[tuple[Quantity, Quantity]]:
    for q in find_quantities(sentence, english=True):
        if not _figure_checked(q):
            continue
        # only a source figure within one unit of the article's can match it (facts.near's index)
        value = q.values[0]
        near = facts.near(value, max(abs(q.unit), 1e-9 * max(abs(value), 1.0)))
        for s in sorted(near, key=lambda s: s.start):
            if (q.kind in ("percent", "currency")) != (s.kind in ("percent", "currency")) and s.kind != "plain":
                continue
            if any(matches(q, v) for v in s.values):
                yield q, s


def _bound(text: str, q: Quantity, language: str | None) -> tuple[str, int, int] | None:
    """Return (sense, start, end) of the bound written right next to the figure ("more than 7%"), or None."""
    best: tuple[str, int, int] | None = None
    before = text[max(0, q.start - 40) : q.start]
    offset = q.start - len(before)
    cjk = language in ("zh", "ja", "hi")
    after = text[q.end : q.end + 16]
    for lang in languages.chosen(language):
        for i, sense in enumerate((UP, DOWN, UP, DOWN)):
            if (patterns := _bound_patterns(lang.code, i, cjk)) is None:
                continue
            found, tail_pattern = patterns
            if i < 2:
                m = found.search(before)
                if m and (best is None or offset + m.start() < best[1]):
                    tail = tail_pattern.search(m.group(0))  # the gap matches at the end, if only the empty string
                    best = (sense, offset + m.start(), offset + m.end() - (len(tail.group(0)) if tail else 0))
            else:
                m = found.match(after)
                if m and best is None:
                    tail = tail_pattern.search(m.group(0))
                    begin = q.end + (tail.start() if tail else 0)
                    best = (sense, begin, q.end + m.end())
    return best


_GAP_BEFORE = r"\s*(?:US|A|C|HK)?[$€£¥₹]?\s*$"


@functools.cache
def _bound_patterns(code: str, i: int, cjk: bool) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Return the patterns of a language's bound words: "more than", "less than" before, "or more", "or less" after.

    Each comes with the pattern of its tail (the gap after a bound before the figure, the bound word after it).
    """
    lang = languages.get(code)
    if lang is None:
        return None
    fragments = (lang.more_than, lang.less_than, lang.or_more, lang.or_less)[i]
    if not fragments:
        return None
    if i < 2:
        return (
            re.compile(rf"(?<![^\W\d_])(?:{fragments}){_GAP_BEFORE}", re.IGNORECASE),
            re.compile(_GAP_BEFORE),
        )
    gap = r"[^\d\s，。、,.]{0,3}?" if cjk else r"\s?"
    return (
        re.compile(rf"\s?{gap}(?:{fragments})", re.IGNORECASE),
        re.compile(rf"(?:{fragments})$", re.IGNORECASE),
    )


def _direction_conflicts(sentence: str, facts: SourceFacts, language: str | None) -> list[MeaningConflict]:
    conflicts: list[MeaningConflict] = []
    compared: set[tuple[int, int]] = set()  # article clauses already judged by a shared figure
    source = facts.text
    sentence_words = _change_words(sentence, "en")  # read once, then taken clause by clause
    breaks: list[tuple[int, int]] | None = None  # the sentence's clause breaks, read at its first shared figure
    for q, s in _shared_figures(sentence, facts):
        breaks = clause_breaks(sentence) if breaks is None else breaks
        lo, hi = clause_around(sentence, q.start, q.end, breaks)
        a_bound, s_bound = _bound(sentence, q, "en"), _bound(source, s, language)
        if a_bound and s_bound:
            compared.add((lo, hi))
            if a_bound[0] != s_bound[0]:
                said = source[s_bound[1] : s_bound[2]]
                text = sentence[a_bound[1] : a_bound[2]]
                more = "more than" if s_bound[0] == UP else "less than"
                conflicts.append(
                    MeaningConflict(
                        kind="direction",
                        text=text,
                        start=a_bound[1],
                        end=a_bound[2],
                        evidence=said,
                        note=f'the source says {more} {q.text} ("{said}"), not "{text}"',
                    )
                )
            continue
        a_words = [w for w in sentence_words if lo <= w.start and w.end <= hi]
        a = _sense(a_words)
        if a is None:
            continue
        s_lo, s_hi = facts.clause(s.start)
        s_words = [w for w in _source_words(facts, language) if s_lo <= w.start and w.end <= s_hi]
        s_found = _sense(s_words)
        if s_found is None:
            continue
        compared.add((lo, hi))
        if _has(_bad_news, sentence, "en", lo, hi) != _has(_bad_news, source, language, s_lo, s_hi):
            continue
        if _has(_negations, source, language, s_lo, s_hi):
            continue
        if a[0] != s_found[0]:
            word = _nearest(a_words, a[0], q.start)
            evidence = _nearest(s_words, s_found[0], s.start)
            conflicts.append(_conflict(sentence, word, source, evidence, language, figure=q.text))
    words = [w for w in sentence_words if w.strong and not any(lo <= w.start < hi for lo, hi in compared)]
    senses = {w.sense for w in words}
    if len(senses) != 1 or _has(_bad_news, sentence, "en") != _has(_bad_news, source, language):
        return conflicts
    sense = senses.pop()
    s_words = _source_words(facts, language)
    opposite = [w for w in s_words if w.strong and w.sense != sense]
    if opposite and not any(w.sense == sense for w in s_words) and not _has(_negations, source, language):
        conflicts.append(_conflict(sentence, words[0], source, opposite[0], language, figure=""))
    return conflicts


def _conflict(
    sentence: str, word: _Word, source: str, evidence: _Word, language: str | None, *, figure: str
) -> MeaningConflict:
    said = _evidence(source, evidence, language)
    what = f"{figure} " if figure else ""
    return MeaningConflict(
        kind="direction",
        text=word.text,
        start=word.start,
        end=word.end,
        evidence=said,
        note=f'the source says it {_past(evidence.sense)} {what}("{said}"), not {word.text.lower()}'.replace("  ", " "),
    )


def _negation_conflicts(sentence: str, facts: SourceFacts, language: str | None) -> list[MeaningConflict]:
    source = facts.text
    spoken = _IDIOM_AROUND.sub(lambda m: " " * len(m.group(0)), sentence)
    negations = list(_ENGLISH_NEGATION.finditer(spoken))
    in_source = _count(_negation_markers, source, language)
    if len(negations) > in_source:
        added = negations[in_source]
        excerpt = _excerpt(source)
        what = "no negation" if not in_source else f"{in_source} negation{'s' if in_source > 1 else ''}"
        return [
            MeaningConflict(
                kind="negation",
                text=added.group(0),
                start=added.start(),
                end=added.end(),
                evidence=excerpt,
                note=f'the source has {what} here, the sentence {len(negations)} ("{excerpt}"): '
                f'check "{added.group(0).strip()}" and drop the negation the source does not make',
            )
        ]
    if _has_trace(sentence):
        return []
    negating = _NOT_NEGATING.sub(lambda m: " " * len(m.group(0)), source)
    for lang in languages.chosen(language):
        if (m := _pattern(lang.negations, lang.code).search(negating)) and _about(sentence, facts, m.start()):
            said = source[m.start() : m.start() + 40].split("\n")[0].strip()
            text = sentence.strip()
            start = sentence.find(text)
            return [
                MeaningConflict(
                    kind="negation",
                    text=text,
                    start=start,
                    end=start + len(text),
                    evidence=said,
                    note=f'the source negates this ("{said}"); the sentence says it without the negation',
                )
            ]
    return []


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]{2,}")


def _about(sentence: str, facts: SourceFacts, position: int) -> bool:
    """Tell whether the source's clause at position is what the sentence restates: the source is that one
    clause, or the clause shares a figure or a name with the sentence (an article sentence may restate
    another clause of its source sentence, and then has no reason to carry this one's negation)."""
    start, end = facts.clause(position)
    clause = facts.text[start:end]
    if len(clause.strip()) >= 0.6 * len(facts.text.strip()):
        return True
    if digit_runs(sentence) & digit_runs(clause):
        return True
    folded = clause.casefold()
    return any(m.group(0).casefold() in folded for m in _CAPITALISED.finditer(sentence) if m.start() > 0)


def _count(fragments: Callable[[Language], str], text: str, language: str | None) -> int:
    return max(
        len(_pattern(fragments(lang), lang.code).findall(text)) + _french_pas(text, lang.code)
        for lang in languages.chosen(language)
    )


def _french_pas(text: str, language: str) -> int:
    """Count the French negations written without "ne" ("je les vois pas"), beyond those "ne" counts."""
    if language != "fr":
        return 0
    ne = len(_pattern(r"ne|n'", "fr").findall(text))
    second = len(_pattern(r"pas|jamais|rien|aucun\w*|guère", "fr").findall(text))
    return max(0, second - ne)


_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _has_trace(sentence: str) -> bool:
    """Tell whether an English sentence negates anything: a negative word, or an affix on a dictionary word."""
    if (_ENGLISH_TRACE if "n't" in sentence.lower() else _ENGLISH_TRACE_WORDS).search(sentence):
        return True
    words = english_words()
    for m in _ASCII_WORD.finditer(sentence):
        word = m.group(0).lower()
        if (prefix := _NEGATIVE_PREFIX.match(word)) and word[prefix.end() :] in words:
            return True
        if word.endswith("less") and len(word) > 6 and word[:-4] in words:
            return True
    return False


def _excerpt(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def meaning_conflicts(sentence: str, source: str, language: str | None) -> list[MeaningConflict]:
    """Return where one English article sentence says the opposite of its cited source sentence(s)."""
    if not sentence.strip() or not source.strip():
        return []
    facts = read_source(source, language)
    language = facts.language  # the registered language the source is read in, detected once when not given
    found = _direction_conflicts(sentence, facts, language) + _negation_conflicts(sentence, facts, language)
    seen: set[tuple[str, int]] = set()
    out: list[MeaningConflict] = []
    for c in sorted(found, key=lambda c: c.start):
        if (c.kind, c.start) not in seen:
            seen.add((c.kind, c.start))
            out.append(c)
    return out
