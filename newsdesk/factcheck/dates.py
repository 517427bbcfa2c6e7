"""Months, weekdays, quarters and comparison periods, in English and in the source's language."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable

from newsdesk import languages
from newsdesk.lib.patterns import guarded

from .entities import key, words_of
from .numbers import cjk_value, find_quantities

MONTHS = "january february march april may june july august september october november december".split()
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

# Each English pattern below starts behind a lookahead of the letters (or digit) a match starts with, so a
# scan skips the positions no match can start at ("\b" first keeps re from finding that out itself).
ENGLISH_MONTH = re.compile(
    r"(?=[JFMASOND])\b("
    + "|".join(m.capitalize() for m in MONTHS)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?![\w])"
)
ENGLISH_WEEKDAY = re.compile(r"(?=[MTWFS])\b(" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")
# A weekday written short, where nothing else can be meant: "the 28th (Tue)", "Mon., July 27"
_SHORT_DAY = "|".join(sorted({d[:3].capitalize() for d in WEEKDAYS} | {"Tues", "Thur", "Thurs"}, key=len, reverse=True))
_SHORT_MONTH = "|".join(sorted((a.capitalize() for a in _MONTH_ABBR), key=len, reverse=True))
ENGLISH_WEEKDAY_SHORT = re.compile(
    rf"(?=[MTWFS])(?:(?<=\()({_SHORT_DAY})\.?(?=\))|\b({_SHORT_DAY})\.,?\s(?=\d|(?:{_SHORT_MONTH})))"
)


def english_weekday_short(match: re.Match[str]) -> int:
    """Return the weekday number (0 = Monday) of a short weekday."""
    return [d[:3] for d in WEEKDAYS].index((match.group(1) or match.group(2))[:3].lower())
ENGLISH_QUARTER = re.compile(
    r"(?=[QqFfSsTt1-4])\b(?:Q([1-4])|([1-4])Q|(first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal )?quarter)\b",
    re.IGNORECASE,
)
# A date an English text writes in digits: 26/07/2020, 7/26/2020, 26.07.2020, 2020-07-26 (with its year,
# since "3/4" alone is a fraction).
ENGLISH_NUMERIC_DATE = re.compile(
    r"(?=\d)(?:(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
    r"|(?<![\d./-])(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})(?![\d-]))"
)


def english_numeric_date(m: re.Match[str]) -> tuple[tuple[int, int, int], ...]:
    """Return the (day, month, year) readings of a numeric date: day first or month first where both fit."""
    if m.group("y2"):
        readings = [(int(m.group("d2")), int(m.group("m2")), int(m.group("y2")))]
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        year += 2000 if year < 100 else 0
        readings = [(a, b, year), (b, a, year)]
    return tuple(dict.fromkeys((d, mo, y) for d, mo, y in readings if 1 <= d <= 31 and 1 <= mo <= 12))


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# Comparison periods: "yoy" against the year before, "qoq" the quarter before, "mom" the month before.
ENGLISH_PERIODS = {
    "yoy": r"year[- ](?:over|on)[- ]year|\byoy\b|from a year (?:earlier|ago|before)|"
    r"than a year (?:earlier|ago)|"
    r"(?:compared (?:with|to)|versus|vs\.?|from|over) the (?:same (?:period|quarter|month) (?:of|in) )?"
    r"(?:the )?(?:previous|prior|last|preceding) year|"
    r"(?:compared (?:with|to)|from|versus) (?:a|one) year (?:earlier|ago)",
    "qoq": r"quarter[- ](?:over|on)[- ]quarter|\bqoq\b|sequential(?:ly)?|"
    r"(?:compared (?:with|to)|versus|vs\.?|from|over) the (?:previous|prior|last|preceding) quarter",
    "mom": r"month[- ](?:over|on)[- ]month|\bmom\b|"
    r"(?:compared (?:with|to)|versus|vs\.?|from|over) the (?:previous|prior|last|preceding) month",
}
# How an English article says each comparison period, for notes a writer can act on.
PERIOD_WORDS = {"yoy": "year over year", "qoq": "quarter on quarter", "mom": "month on month"}
def _source_periods() -> dict[str, str]:
    """Return the comparison periods every registered language names, one alternation each (yoy, qoq, mom)."""
    found: dict[str, list[str]] = {"yoy": [], "qoq": [], "mom": []}
    for language in languages.every():
        if periods := language.periods:
            for name, pattern in (
                ("yoy", periods.year_on_year),
                ("qoq", periods.quarter_on_quarter),
                ("mom", periods.month_on_month),
            ):
                if pattern:
                    found[name].append(pattern)
    return {name: "|".join(patterns) for name, patterns in found.items()}


# The registry's patterns are written with the straight apostrophe: read_source turns typographic ones (’) into it.
SOURCE_PERIODS = _source_periods()
_SOURCE_PERIOD_RE = {name: re.compile(p, re.IGNORECASE) for name, p in SOURCE_PERIODS.items()}
_ENGLISH_PERIOD_RE = {name: re.compile(p, re.IGNORECASE) for name, p in ENGLISH_PERIODS.items()}
# The same patterns as one scan over lower-cased text (much faster than three case-blind scans).
_SOURCE_PERIODS_ONE = guarded("|".join(f"(?P<{name}>{p})" for name, p in SOURCE_PERIODS.items()))
_ENGLISH_PERIODS_ONE = guarded("|".join(f"(?P<{name}>{p})" for name, p in ENGLISH_PERIODS.items()))


def english_periods(text: str) -> list[tuple[str, int, int, str]]:
    """Return (period, start, end, span) for each comparison period named in English text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        found = []
        for name, pattern in _ENGLISH_PERIOD_RE.items():
            for m in pattern.finditer(text):
                found.append((name, m.start(), m.end(), m.group(0)))
        return found
    hits = [
        (m.lastgroup or "", m.start(), m.end(), text[m.start() : m.end()])
        for m in _ENGLISH_PERIODS_ONE.finditer(lowered)
    ]
    return sorted(hits, key=lambda h: (list(ENGLISH_PERIODS).index(h[0]), h[1]))


def source_periods(text: str) -> dict[str, str]:
    """Return the comparison periods the source names, each with the span that names it."""
    lowered = text.lower()
    found: dict[str, str] = {}
    if len(lowered) != len(text):
        for name, pattern in _SOURCE_PERIOD_RE.items():
            if m := pattern.search(text):
                found[name] = m.group(0)
        return found
    for m in _SOURCE_PERIODS_ONE.finditer(lowered):
        found.setdefault(m.lastgroup or "", text[m.start() : m.end()])
    return {name: found[name] for name in SOURCE_PERIODS if name in found}


def english_month(word: str) -> int:
    """Return the month number of an English month name or abbreviation."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS.index(w) + 1
    return _MONTH_ABBR[w[:4] if w == "sept" else w[:3]]


def _name_table(forms: Iterable[tuple[tuple[str, ...], ...]]) -> dict[str, int]:
    """Map folded names (three letters or more) to their number (from 1), the first form of a name winning."""
    table: dict[str, int] = {}
    for numbered in forms:
        for number, names in enumerate(numbered, start=1):
            for name in names:
                if _is_cjk(name):
                    continue  # "十月", "10月": read as a numeral before 月 (_NUMERIC_MONTH), not by its sound
                k = key(name.strip("."))
                if len(k) >= 3 and not name.strip(".").isdigit():
                    table.setdefault(k, number)
                elif len(k) == 2 and not name.isascii() and "." not in name:
                    table.setdefault(name.casefold(), number)  # "मई": too short a key, read as written
    return table


@functools.cache
def _month_names(language: str | None) -> dict[str, int]:
    """Map folded month names of the language (every form CLDR has, January 1) to their number."""
    return _name_table(lang.month_forms for lang in languages.chosen(language))


@functools.cache
def _weekday_names(language: str | None) -> dict[str, int]:
    """Map folded weekday names of the language to their number, Monday 0."""
    return {k: n - 1 for k, n in _name_table(lang.day_forms for lang in languages.chosen(language)).items()}


def _is_cjk(name: str) -> bool:
    return any(unicodedata.name(ch, "").startswith("CJK") for ch in name)


_CJK_MONTH_NUMERAL = "一二三四五六七八九十"
_NUMERIC_MONTH = re.compile(
    rf"(\d{{1,2}}|(?<![{_CJK_MONTH_NUMERAL}])[{_CJK_MONTH_NUMERAL}]{{1,2}})\s?月"  # 3月, 三月, 十二月
    r"|(?<!\d)\d{1,2}\.\s?(\d{1,2})\.(?!\d{3}(?!\d))|(?<!\d)\d{1,2}/(\d{1,2})/|(?<!\d)\d{4}-(\d{2})-\d{2}"
)
_WEEKDAY_CJK = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}


def _stems(table: dict[str, int]) -> dict[str, int]:
    """Cut long names to a stem so inflected forms (listopadu, niedzielę, lipcowym) still match."""
    stems: dict[str, int] = {}
    for name, number in table.items():
        stems.setdefault(name if len(name) <= 4 else name[: max(4, len(name) - 2)], number)
    return stems


def _named(text: str, kind: str, language: str | None) -> dict[int, str]:
    return _named_both(text, language)[0 if kind == "month" else 1]


_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}-[^\W\d_]{3,}(?![^\W\d_])")


@functools.lru_cache(maxsize=4)
def _named_both(text: str, language: str | None) -> tuple[dict[int, str], dict[int, str]]:
    """Return the months and the weekdays a text names, in one pass over its words."""
    months: dict[int, str] = {}
    weekdays: dict[int, str] = {}
    # each word once, in the order it first appears: a later occurrence never changes what is kept
    for word in dict.fromkeys(word for _, _, word in words_of(text)):
        if (number := _named_word(word, "month", language)) is not None:
            months.setdefault(number, word)
        if (number := _named_word(word, "weekday", language)) is not None:
            weekdays.setdefault(number, word)
    for m in _HYPHENATED.finditer(text) if "-" in text else ():
        # a weekday written with a hyphen ("segunda-feira"), whose parts are words of their own
        if (number := _named_word(m.group(0), "weekday", language)) is not None:
            weekdays.setdefault(number, m.group(0))
    return months, weekdays


@functools.lru_cache(maxsize=65536)
def _named_word(word: str, kind: str, language: str | None) -> int | None:
    """Return the month or weekday number a word names (inflected forms included), or None."""
    names = _month_names(language) if kind == "month" else _weekday_names(language)
    if (number := names.get(word.casefold())) is not None:
        return number
    k = key(word)
    if len(k) < 3:
        return None
    if k in names:
        return names[k]  # a whole name before any stem: "červen" is June, though July's "červenec" starts so
    stems = _month_stems(language) if kind == "month" else _weekday_stems(language)
    if k in stems:
        return stems[k]
    for n in range(len(k) - 1, 2, -1):
        if (number := stems.get(k[:n])) is not None and (n >= 4 or len(k) <= 4):
            return number
    return None


def source_months(text: str, language: str | None) -> dict[int, str]:
    """Return the months a source names, each with the span that names it."""
    found = _named(text, "month", languages.code_of(language))
    for m in _NUMERIC_MONTH.finditer(text):
        written = next(g for g in m.groups() if g)
        value = int(written) if written.isdigit() else int(cjk_value(written) or 0)
        if 1 <= value <= 12:
            found.setdefault(value, m.group(0))
    return found


@functools.cache
def _month_stems(language: str | None) -> dict[str, int]:
    return _stems(_month_names(language))


@functools.cache
def _weekday_stems(language: str | None) -> dict[str, int]:
    return _stems(_weekday_names(language))


def source_weekdays(text: str, language: str | None) -> dict[int, str]:
    """Return the weekdays (0 = Monday) a source names."""
    found = dict(_named(text, "weekday", languages.code_of(language)))
    for m in re.finditer(
        r"(?:星期|周|週)([一二三四五六日天])|([月火水木金土日])曜"
        r"|(?<=日)[（(]([月火水木金土日])[）)]",
        text,
    ):
        if m.group(1):
            found.setdefault(6 if m.group(1) in "日天" else "一二三四五六".index(m.group(1)), m.group(0))
        else:
            found.setdefault(_WEEKDAY_CJK[m.group(2) or m.group(3)], m.group(0))
    return found


def _read_without_names(name: str, number: int, words: re.Pattern[str], code: str) -> bool:
    """Tell whether the quarter a CLDR name says is read by the other rules: Q3 and T3, or a word and a figure."""
    if _LETTER_QUARTER.fullmatch(name):
        return True
    return bool(words.search(name)) and number in [v for q in find_quantities(name, language=code) for v in q.values]


_LETTER_QUARTER = re.compile(
    r"(?=[QqTt1-4第])(?:(?<![\w])(?:[QqTt]([1-4])|([1-4])[QqTt])(?![\w])|第([1-4一二三四])(?:四半期|季度))"
)


@functools.cache
def _quarter_patterns(language: str | None) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """Return the pattern of the languages' quarter words, of CLDR's quarter names, and each name's quarter.

    Only the names the other rules miss are looked for ("K3", "I kwartał", "ति3"): a name that holds a
    quarter word and a figure ("3e trimestre") is read by the two, and Q3 and T3 by their own rule.
    """
    chosen = languages.chosen(language)
    alternatives = dict.fromkeys(word for lang in chosen for word in lang.quarter_words.split("|") if word)
    alternation = "|".join(alternatives) or "(?!x)x"
    words = guarded(alternation, re.IGNORECASE)  # the scan skips the positions no quarter word starts at
    names = {
        name: number
        for lang in chosen
        for number, forms in enumerate(lang.quarter_names, 1)
        for name in forms
        if not _read_without_names(name, number, words, lang.code)
    }
    named = "|".join(map(re.escape, sorted(names, key=len, reverse=True))) or "(?!x)x"
    # as CLDR writes them ("K3"), and no lookbehind first: the scan then skips to their first characters
    return words, re.compile(rf"(?:{named})(?![^\W_])"), names


def source_quarters(
    text: str, quantities_near: list[tuple[int, float]], language: str | None = None
) -> dict[int, str]:
    """Return the quarters (1-4) a source names: Q3, T3, 3Q, CLDR's names ("III kwartał"), a quarter word by a number.

    language narrows the words and names to one registered language; None reads every one's.
    """
    found: dict[int, str] = {}
    for m in _LETTER_QUARTER.finditer(text):
        g = m.group(1) or m.group(2) or m.group(3)
        found.setdefault(int(g) if g.isdigit() else "一二三四".index(g) + 1, m.group(0))
    words, named, names = _quarter_patterns(languages.code_of(language))
    for m in named.finditer(text):
        if not text[m.start() - 1 : m.start()].isalnum():
            found.setdefault(names[m.group(0)], m.group(0))
    small = sorted((position, value) for position, value in quantities_near if value in (1, 2, 3, 4))
    positions = [position for position, _ in small]
    for m in words.finditer(text):
        i = bisect.bisect_left(positions, m.start() - 25)
        while i < len(small) and small[i][0] <= m.start() + 25:
            position, value = small[i]
            found.setdefault(int(value), text[min(position, m.start()) : max(position, m.end()) + 1])
            i += 1
    return found


def english_quarter(match: re.Match[str]) -> int:
    """Return the quarter number of an English quarter mention."""
    g = match.group(1) or match.group(2)
    return int(g) if g else _ORDINAL[match.group(3).lower()]
