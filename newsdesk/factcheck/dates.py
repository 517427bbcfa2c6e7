"""Months, weekdays, quarters and comparison periods, in English and in the source's language."""

from __future__ import annotations

import bisect
import functools
import re

from .entities import key, words_of

MONTHS = "january february march april may june july august september october november december".split()
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

ENGLISH_MONTH = re.compile(
    r"\b("
    + "|".join(m.capitalize() for m in MONTHS)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?![\w])"
)
ENGLISH_WEEKDAY = re.compile(r"\b(" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")
# A weekday written short, where nothing else can be meant: "the 28th (Tue)", "Mon., July 27"
_SHORT_DAY = "|".join(sorted({d[:3].capitalize() for d in WEEKDAYS} | {"Tues", "Thur", "Thurs"}, key=len, reverse=True))
_SHORT_MONTH = "|".join(sorted((a.capitalize() for a in _MONTH_ABBR), key=len, reverse=True))
ENGLISH_WEEKDAY_SHORT = re.compile(
    rf"(?<=\()({_SHORT_DAY})\.?(?=\))|\b({_SHORT_DAY})\.,?\s(?=\d|(?:{_SHORT_MONTH}))"
)


def english_weekday_short(match: re.Match[str]) -> int:
    """Return the weekday number (0 = Monday) of a short weekday."""
    return [d[:3] for d in WEEKDAYS].index((match.group(1) or match.group(2))[:3].lower())
ENGLISH_QUARTER = re.compile(
    r"\b(?:Q([1-4])|([1-4])Q|(first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal )?quarter)\b",
    re.IGNORECASE,
)
# A date an English text writes in digits: 26/07/2020, 7/26/2020, 26.07.2020, 2020-07-26 (with its year,
# since "3/4" alone is a fraction).
ENGLISH_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
    r"|(?<![\d./-])(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})(?![\d-])"
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
# Written with the straight apostrophe: read_source turns typographic ones (’) into it first.
SOURCE_PERIODS = {
    "yoy": (
        r"year[- ](?:over|on)[- ]year|a year (?:earlier|ago)|previous year|prior year|last year|"
        r"sur un an|d'une année (?:sur|à) l'autre|d'un an sur l'autre|glissement annuel|"
        r"(?:l'|un )an(?:née)? (?:dernier|dernière|précédent|précédente)|"
        r"même période (?:de|l)|"
        r"vorjahr|im jahresvergleich|zum vorjahreszeitraum|"
        r"interanual|año anterior|año pasado|mismo periodo del año|mismo período del año|"
        r"su base annua|anno precedente|anno scorso|stesso periodo dell|anno su anno|tendenziale|"
        r"meziročn|loňsk|rok do roku|r/r|rdr|ubiegłego roku|poprzedniego roku|"
        r"годовом выражении|прошлым годом|прошлого года|год к году|аналогичным периодом|"
        r"同比|前年同期|前年比|去年同期|पिछले साल|पिछले वर्ष"
    ),
    "qoq": (
        r"quarter[- ](?:over|on)[- ]quarter|previous quarter|prior quarter|sequential|"
        r"trimestre précédent|trimestre dernier|d'un trimestre (?:sur|à) l'autre|glissement trimestriel|"
        r"vorquartal|trimestre anterior|intertrimestral|trimestre precedente|su base trimestrale|"
        r"congiuntural|"
        r"mezičtvrtletn|kwartał do kwartału|k/k|kdk|poprzedniego kwartału|предыдущим кварталом|"
        r"квартал к кварталу|прошлым кварталом|环比|前期比|前四半期|पिछली तिमाही"
    ),
    "mom": (
        r"month[- ](?:over|on)[- ]month|previous month|prior month|mois précédent|mois dernier|"
        r"d'un mois (?:sur|à) l'autre|glissement mensuel|vormonat|"
        r"mes anterior|intermensual|mese precedente|su base mensile|"
        r"meziměsíčn|miesiąc do miesiąca|m/m|mdm|poprzedniego miesiąca|"
        r"предыдущим месяцем|прошлым месяцем|месяц к месяцу|前月比|上月|पिछले महीने"
    ),
}
_SOURCE_PERIOD_RE = {name: re.compile(p, re.IGNORECASE) for name, p in SOURCE_PERIODS.items()}
_ENGLISH_PERIOD_RE = {name: re.compile(p, re.IGNORECASE) for name, p in ENGLISH_PERIODS.items()}
# The same patterns as one scan over lower-cased text (much faster than three case-blind scans).
_SOURCE_PERIODS_ONE = re.compile("|".join(f"(?P<{name}>{p})" for name, p in SOURCE_PERIODS.items()))
_ENGLISH_PERIODS_ONE = re.compile("|".join(f"(?P<{name}>{p})" for name, p in ENGLISH_PERIODS.items()))

_QUARTER_WORDS = re.compile(r"quarter|trimestre|quartal|kwarta|čtvrtlet|квартал|季度|四半期|तिमाही", re.IGNORECASE)


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


def _cldr_names(language: str | None, attribute: str, widths: tuple[str, ...]) -> dict[str, int]:
    """Map folded CLDR names (babel's `months` or `days`, every context) of the language to their number."""
    from babel import Locale

    codes = [language] if language else ["en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi"]
    table: dict[str, int] = {}
    for code in codes:
        try:
            locale = Locale.parse(code)
        except (ValueError, LookupError):
            continue
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in getattr(locale, attribute).get(context, {}).get(width, {}).items():
                    k = key(name.strip("."))
                    if len(k) >= 3 and not name.strip(".").isdigit():
                        table.setdefault(k, number)
    return table


@functools.cache
def _month_names(language: str | None) -> dict[str, int]:
    """Map folded month names of the language (every form CLDR has) to their number."""
    return _cldr_names(language, "months", ("wide", "abbreviated"))


@functools.cache
def _weekday_names(language: str | None) -> dict[str, int]:
    """Map folded weekday names of the language to their number."""
    return _cldr_names(language, "days", ("wide",))


_NUMERIC_MONTH = re.compile(
    r"(\d{1,2})\s?月|(?<!\d)\d{1,2}\.\s?(\d{1,2})\.(?!\d{3}(?!\d))|(?<!\d)\d{1,2}/(\d{1,2})/|(?<!\d)\d{4}-(\d{2})-\d{2}"
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


@functools.lru_cache(maxsize=4)
def _named_both(text: str, language: str | None) -> tuple[dict[int, str], dict[int, str]]:
    """Return the months and the weekdays a text names, in one pass over its words."""
    months: dict[int, str] = {}
    weekdays: dict[int, str] = {}
    for _, _, word in words_of(text):
        if (number := _named_word(word, "month", language)) is not None:
            months.setdefault(number, word)
        if (number := _named_word(word, "weekday", language)) is not None:
            weekdays.setdefault(number, word)
    return months, weekdays


@functools.lru_cache(maxsize=65536)
def _named_word(word: str, kind: str, language: str | None) -> int | None:
    """Return the month or weekday number a word names (inflected forms included), or None."""
    k = key(word)
    if len(k) < 3:
        return None
    stems = _month_stems(language) if kind == "month" else _weekday_stems(language)
    if k in stems:
        return stems[k]
    for n in range(len(k) - 1, 2, -1):
        if (number := stems.get(k[:n])) is not None and (n >= 4 or len(k) <= 4):
            return number
    return None


_CLDR_CODES = frozenset({"en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi"})


def source_months(text: str, language: str | None) -> dict[int, str]:
    """Return the months a source names, each with the span that names it."""
    code = language if language in _CLDR_CODES else None
    found = _named(text, "month", code)
    for m in _NUMERIC_MONTH.finditer(text):
        value = next(g for g in m.groups() if g)
        if 1 <= int(value) <= 12:
            found.setdefault(int(value), m.group(0))
    return found


@functools.cache
def _month_stems(language: str | None) -> dict[str, int]:
    return _stems(_month_names(language))


@functools.cache
def _weekday_stems(language: str | None) -> dict[str, int]:
    return _stems(_weekday_names(language))


def source_weekdays(text: str, language: str | None) -> dict[int, str]:
    """Return the weekdays (0 = Monday) a source names."""
    code = language if language in _CLDR_CODES else None
    found = dict(_named(text, "weekday", code))
    if "बृहस्पतिवार" in text:
        found.setdefault(3, "बृहस्पतिवार")  # Hindi's other word for Thursday, beside CLDR's गुरुवार
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


def source_quarters(text: str, quantities_near: list[tuple[int, float]]) -> dict[int, str]:
    """Return the quarters (1-4) a source names: Q3, T3, 3Q, or a quarter word next to a number."""
    found: dict[int, str] = {}
    for m in re.finditer(r"(?<![\w])(?:[QqTt]([1-4])|([1-4])[QqTt])(?![\w])|第([1-4一二三四])(?:四半期|季度)", text):
        g = m.group(1) or m.group(2) or m.group(3)
        found.setdefault(int(g) if g.isdigit() else "一二三四".index(g) + 1, m.group(0))
    small = sorted((position, value) for position, value in quantities_near if value in (1, 2, 3, 4))
    positions = [position for position, _ in small]
    for m in _QUARTER_WORDS.finditer(text):
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
