"""Clock times, in English and in the forms each source language writes them.

A time is read as the set of 24-hour (hour, minute) pairs it may mean: "2:30 pm" and "14 h 30" are
{(14, 30)}; "2:30" and "下午" -less "2点半" are {(2, 30), (14, 30)}, since without a morning or
afternoon word a 12-hour reading is either. A time in the article is supported when one of its
readings is one of the source's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from newsdesk import languages
from newsdesk.languages import Period

from .numbers import cjk_value, to_ascii_digits

Readings = frozenset[tuple[int, int]]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClockTime:
    text: str
    start: int
    end: int
    readings: Readings


def _readings(hour: int, minute: int, period: str | None) -> Readings:
    """Return the 24-hour readings of a time written with an hour, minutes and maybe am or pm."""
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return frozenset()
    if hour == 24:
        return frozenset({(0, minute)})
    if hour > 12:
        # a 24-hour time: a period word beside it only repeats what it says ("21 Uhr abends")
        return frozenset({(hour, minute)}) if period != "am" else frozenset()
    if period == "am":
        return frozenset({(hour % 12, minute)})
    if period == "pm":
        return frozenset({(hour % 12 + 12, minute)})
    if period == "night":  # "2 ночи" is 02:00, "11 ночи" 23:00, "12 di notte" midnight
        return frozenset({(hour % 12 + (0 if hour < 6 or hour == 12 else 12), minute)})
    if period == "noon":  # 中午12点, 中午1点
        return frozenset({((hour % 12) + 12, minute)}) if hour in (12, 1, 2) else frozenset()
    return frozenset({(hour % 12, minute), (hour % 12 + 12, minute)})


# ---- English ----

_MERIDIEM = r"(?P<meridiem>[ap])(?:\.\s?m\b\.?|\s?m\b)"
_DAYPART = r"in the (?P<daypart>morning|afternoon|evening)|at (?P<night>night)"
_ENGLISH = re.compile(
    # 2:30 pm, 2.30pm, 2 pm, 9 a.m.
    rf"(?<![\d.,:])(?P<h1>\d{{1,2}})(?:[:.](?P<m1>\d{{2}}))?\s?{_MERIDIEM}"
    # 14:30, 2:30 (GMT), and 2 o'clock, 8 in the morning
    rf"|(?<![\d.,:])(?P<h2>\d{{1,2}}):(?P<m2>\d{{2}})(?![\d:])(?:\s?(?:{_DAYPART}))?"
    rf"|(?<![\d.,:])(?P<h3>\d{{1,2}})(?:\s?o'clock|\s(?:{_DAYPART.replace('P<', 'P<x')}))"
    # 14.30 hours, at 14.30 (a British way): a figure such as "rose 2.30%" is no time
    r"|(?<![\d.,:])(?P<h4>\d{1,2})\.(?P<m4>\d{2})\s?(?:hours|hrs|h\b|GMT|BST|CET|CEST|local time)"
    r"|(?<=\bat )(?P<h5>[01]?\d|2[0-3])\.(?P<m5>[0-5]\d)(?![\d%]|[.,]\d)(?!\s?(?:per|percent|million|billion|bn|m\b))",
    re.IGNORECASE,
)


# a cheap test first: every English time has a digit followed by one of these
_ENGLISH_HINT = re.compile(r"\d(?:\s?[ap]\.?\s?m|[:.]\d\d|\s?o'clock|\s(?:in the|at night))", re.IGNORECASE)


def english_times(text: str) -> list[ClockTime]:
    """Return the clock times written in English text."""
    found: list[ClockTime] = []
    if not _ENGLISH_HINT.search(text):
        return found
    for m in _ENGLISH.finditer(text):
        groups = m.groupdict()
        n = next(i for i in "12345" if groups[f"h{i}"] is not None)
        hour = int(groups[f"h{n}"])
        minute = int(groups.get(f"m{n}") or 0)
        period = None
        if groups["meridiem"]:
            period = "am" if groups["meridiem"].lower() == "a" else "pm"
        daypart = groups["daypart"] or groups["xdaypart"] or groups["night"] or groups["xnight"]
        if daypart:
            period = "am" if daypart.lower() == "morning" else "pm"
            if daypart.lower() == "night" and hour < 6:
                period = "am"
        if n == "2" and groups["h2"].startswith("0") and not daypart:
            period = "am"  # 09:30 and 00:15 are written the 24-hour way
        if readings := _readings(hour, minute, period):
            found.append(ClockTime(text=m.group(0), start=m.start(), end=m.end(), readings=readings))
    return found


# ---- sources, in every language newsdesk reads ----

# The Latin marks, read for every language alike; tried after the languages' words, so German "am Abend" is
# no a.m.
_MARKS = r"a\.\s?m\.|am(?![^\W\d_])|p\.\s?m\.|pm(?![^\W\d_])"


def _is_cjk(word: str) -> bool:
    return unicodedata.name(word[0], "").startswith(("CJK", "HIRAGANA", "KATAKANA"))


def _day_periods() -> dict[str, Period]:
    """Map every registered language's words for a part of the day, casefolded, to where they put an hour."""
    found: dict[str, Period] = {}
    for language in languages.every():
        for word, period in language.day_periods.items():
            found.setdefault(word, period)
    return found


_DAY_PERIODS = _day_periods()
_PERIOD_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"\s") for word in sorted(_DAY_PERIODS, key=len, reverse=True) if not _is_cjk(word)
)
# the first letters of every word, a lookahead that spares most positions the long alternation
_PERIOD_START = "".join(sorted({w[0] for w in _DAY_PERIODS if not _is_cjk(w)} | {"a", "p"}))
_PERIOD = rf"(?=[{re.escape(_PERIOD_START)}])(?:{_PERIOD_WORDS}|{_MARKS})"
_CJK_PERIOD = "|".join(re.escape(word) for word in sorted(_DAY_PERIODS, key=len, reverse=True) if _is_cjk(word))
# words for "o'clock" after the hour ("ore" and "Stunden" are durations: "14 ore" is fourteen hours)
_HOUR_WORDS = "|".join(lang.hour_words for lang in languages.every() if lang.hour_words) + r"|h(?![^\W\d_])"
_H = r"(?<![\d.,:])(?P<h>\d{1,2})"
# 14:30, 14 h 30, 14h30, 14.30 Uhr, 14 Uhr 30, 20 heures, 8 de la tarde, 3 बजे (and "दोपहर 3 बजे": a
# period word before the hour is looked for behind each match, so the scan starts at digits only)
_PERIOD_BEFORE = re.compile(rf"(?:(?<![^\W\d_])(?P<pre>{_PERIOD}))\s$", re.IGNORECASE)
_SOURCE_LATIN = re.compile(
    rf"{_H}(?:(?P<colon>\s?[:：]\s?)(?P<m>\d{{2}})(?!\d)"
    rf"|\s?[.,]\s?(?P<md>\d{{2}})(?=\s?(?:{_HOUR_WORDS}|[ap]\.?\s?m(?![^\W\d_]))))?"
    rf"(?:\s?(?P<word>{_HOUR_WORDS})(?:\s?(?P<mw>[0-5]\d)(?![\d%]|[.,]\d))?)?"
    rf"(?:\s?(?:de la |del |de |du |della |di |in der |am |z )?(?P<post>{_PERIOD}))?",
    re.IGNORECASE,
)
# a time after a word that only ever introduces one: "alle ore 14", "godz. 14", "o godzinie 14:30"
_SOURCE_AFTER_WORD = re.compile(
    r"(?<![^\W\d_])(?:alle ore|alle|ore|a las|a la|o godz\.|godz\.|o godzinie|godzinie|o|v|ve|в|um|à|at)\s"
    r"(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?(?![\d%]|[.,]\d)(?!\s?(?:proc|pkt|%|[ap]\.?\s?m(?![^\W\d_])))",
    re.IGNORECASE,
)
_AT_HOUR = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(lang.at_hour for lang in languages.every() if lang.at_hour) + r")\s$", re.IGNORECASE
)
_CJK_PERIOD_BEFORE = re.compile(rf"(?P<pre>{_CJK_PERIOD})\s?$")
_CJK_HOUR = r"(?P<h>\d{1,2}|[〇零一二两兩三四五六七八九十]{1,3})"
_SOURCE_CJK = re.compile(
    rf"{_CJK_HOUR}\s?[点點时時](?![間间])"
    r"(?:\s?(?P<half>半)|\s?(?P<m>\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s?分)?"
)


# cheap tests before the slow scans: a figure before a colon, an h, an hour word or a period word;
# minutes after a mark; a CJK hour mark
_TIME_HINT = re.compile(
    rf"\d(?:\s?[:：hH]|\s?(?:{_HOUR_WORDS})|\s?(?:de la |del |de |du |della |di |in der |am |z )?(?:{_PERIOD}))",
    re.IGNORECASE,
)
_MAY_FOLLOW_A_WORD = re.compile(r"\d[.:][0-5]\d|\b(?:ore|godz\.?|godzinie) \d", re.IGNORECASE)
_CJK_HOUR_MARK = re.compile(r"[点點时時]")


def _period(word: str | None) -> str | None:
    if not word:
        return None
    if period := _DAY_PERIODS.get(" ".join(word.casefold().split())):
        return period
    return "am" if word[:1] in "aA" else "pm"  # a Latin mark


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = cjk_value(text)
    return int(value) if value is not None else None


def source_times(text: str) -> dict[tuple[int, int], str]:
    """Return every 24-hour (hour, minute) a time in the source may mean, each with the words that say it."""
    text = to_ascii_digits(text)
    found: dict[tuple[int, int], str] = {}

    def add(readings: Readings, span: str) -> None:
        for reading in sorted(readings):
            found.setdefault(reading, span.strip())

    for m in _SOURCE_LATIN.finditer(text) if _TIME_HINT.search(text) else ():
        minutes = m.group("m") or m.group("md") or m.group("mw")
        before = _PERIOD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        period = _period(m.group("post") or (before.group("pre") if before else None))
        # a bare figure is a time only with minutes after a colon, an hour word or a period word
        if not (m.group("colon") or m.group("word") or period):
            continue
        if m.group("word") and m.group("word").lower() == "h" and not minutes and not period:
            # "24 h" alone is as often a duration as a time: "à 14 h", "vers 9 h" are times
            if not _AT_HOUR.search(text, max(0, m.start() - 12), m.start()):
                continue
        start = before.start() if before else m.start()
        add(_readings(int(m.group("h")), int(minutes or 0), period), text[start : m.end()])
    for m in _SOURCE_AFTER_WORD.finditer(text) if _MAY_FOLLOW_A_WORD.search(text) else ():
        # without minutes only after a word that means "at the hour" ("alle ore 14", "godz. 14")
        if m.group("m") or re.match(r"(?:alle ore|ore|o godz|godz|o godzinie|godzinie)\b", m.group(0), re.I):
            add(_readings(int(m.group("h")), int(m.group("m") or 0), None), m.group(0))
    for m in _SOURCE_CJK.finditer(text) if _CJK_HOUR_MARK.search(text) else ():
        hour = _number(m.group("h"))
        minute = 30 if m.group("half") else (_number(m.group("m")) if m.group("m") else 0)
        if hour is None or minute is None:
            continue
        before = _CJK_PERIOD_BEFORE.search(text, max(0, m.start() - 3), m.start())
        add(_readings(hour, minute, _period(before.group("pre") if before else None)),
            text[before.start() if before else m.start() : m.end()])
    return found


def describe(readings: Readings) -> str:
    """Write a time's readings as a reader would: 14:30 (2:30 pm)."""
    return " or ".join(f"{h:02d}:{m:02d}" for h, m in sorted(readings))
