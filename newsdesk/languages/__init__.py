"""What newsdesk knows about each language it reads, one module per language, CLDR's share read from babel.

A language module (``fr.py``, named by its ISO 639-1 code) holds one ``LANGUAGE = Language(...)``
with the words written by hand; number symbols, month names and day names are CLDR's, read from
babel by the properties below. The registry is the package's modules: adding a language is adding a
module. A code with no module gets ``None`` from ``get``, and readers then fall back to their
generic reading (the direction rules, for one, try every registered language's words at once).

Word fields are regular-expression alternations of stems with the inflections news uses, matched
case-insensitively between letters of the language's script (``newsdesk/factcheck/direction.py``).
See docs/languages.md.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import pkgutil
import re
from dataclasses import dataclass
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names, get_quarter_names
from babel.numbers import get_decimal_symbol, get_group_symbol

from ._instructions import Instructions

__all__ = [
    "DayName",
    "DayPeriod",
    "Instructions",
    "Language",
    "NumberWord",
    "OrdinalStem",
    "Period",
    "Periods",
    "Samples",
    "Scale",
    "chosen",
    "code_of",
    "every",
    "get",
    "registered",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Samples:
    """Words of the language, as news writes them, that its lists must read: the conformance test builds on them."""

    rise: str  # a strong up word ("subiram")
    fall: str  # a strong down word ("caíram")
    negation: str  # a negation marker ("não")


@dataclass(frozen=True, slots=True, kw_only=True)
class Scale:
    """A word news writes after a figure to scale it ("bn": 1,000,000,000), where CLDR lacks it."""

    word: str
    value: int


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberWord:
    """A number news writes as a word: its cardinal forms ("trois", "douzaine") and ordinal ones ("troisième")."""

    value: int
    cardinal: tuple[str, ...] = ()
    ordinal: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class OrdinalStem:
    """The stem of an ordinal the language declines ("piąt": piąty, piątej), as a regular expression."""

    value: int
    stem: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Periods:
    """How the language names the period a figure is compared with, each a regular expression matched in lower case."""

    year_on_year: str  # "sur un an", "im Vorjahresvergleich"
    quarter_on_quarter: str = ""  # "trimestre précédent"
    month_on_month: str = ""  # "mois précédent"


@dataclass(frozen=True, slots=True, kw_only=True)
class DayName:
    """A name of a weekday news uses beside CLDR's (Hindi "बृहस्पतिवार" beside "गुरुवार"), 0 for Monday."""

    word: str
    day: int


# Where a period word puts an hour: before noon, after it, at noon ("中午1点" is 13:00), or at night, which is
# after midnight for a small hour and before it for a large one ("2 ночи" is 02:00, "11 ночи" 23:00).
Period = Literal["am", "pm", "noon", "night"]
_CLDR_PERIODS: dict[str, Period] = {
    "am": "am",
    "morning1": "am",
    "morning2": "am",
    "noon": "noon",
    "pm": "pm",
    "afternoon1": "pm",
    "afternoon2": "pm",
    "evening1": "pm",
    "evening2": "pm",
    "night1": "night",
    "night2": "night",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class DayPeriod:
    """A word news writes beside an hour to say which half of the day it is in, where CLDR lacks it ("in der Früh")."""

    word: str
    period: Period


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    """Everything newsdesk knows about one language: the words by hand, the rest from CLDR."""

    code: str
    # Direction of change. Strong words name a change ("rose", "recul"); weak ones only compare ("more",
    # "plus", "höher") and count in the figure rule and as the source's "same sense" evidence.
    strong_up: str
    strong_down: str
    weak_up: str
    weak_down: str
    # Bounds written next to a figure: before it ("more than 100" and "moins de 100" bound it from opposite
    # sides) and after it ("100 or more"); a longer match wins ("no more than", "не менее").
    more_than: str
    less_than: str
    or_more: str = ""
    or_less: str = ""
    # A loss, a deficit or unemployment that falls is good news: such clauses are compared only with each other.
    bad_news: str
    # Negation markers a source sentence may use, counted to compare with the article's negations. Broad on
    # purpose (every marker lowers the count of negations the article may add) but not words that only start
    # like one (Czech "nemocnice", Russian "несколько").
    negation_markers: str
    # A negation that can be told by rule; idioms that only look negative ("non seulement") are left out.
    negations: str
    samples: Samples
    # How an instruction planted for the model is worded (the prompt-injection guard); see _instructions.py.
    instructions: Instructions = Instructions()
    # Whether the language writes every noun with a capital (German): a capital then does not mark a name.
    capitalises_nouns: bool = False
    # Scale words news writes that CLDR's compact number formats lack (English "bn", plural "billions").
    more_scales: tuple[Scale, ...] = ()
    # Numbers written as words, cardinal and ordinal, with the inflected forms news uses (all lower case).
    number_words: tuple[NumberWord, ...] = ()
    # Stems of declined ordinals, read with up to four letters after them (Polish "piątej", Russian "пятого");
    # a stem followed by one of ordinal_endings is an ordinal word, as opposed to a count.
    ordinal_stems: tuple[OrdinalStem, ...] = ()
    ordinal_endings: str = ""
    # What follows a figure to make it an ordinal (French "3e", "1er"; English "3rd"), and whether a figure and
    # a dot before a lower-case word is one (Czech "3. místo", Polish "3. miejsce"; a German noun is capitalised).
    ordinal_marks: str = ""
    ordinal_dot: bool = False
    # Titles and abbreviations written with a full stop before a name or a number ("mme", "nr", "ul"), lower case
    # and without the dot: the source sentence splitter (lib/sentences.py) ends no sentence at their full stop.
    # Only those sentencex splits at are needed; a lower-case word after a full stop never starts a sentence.
    abbreviations: tuple[str, ...] = ()
    # Words before an ordinal written as a figure and a dot ("am 27. Januar", "im 3. Quartal"), whose dot ends
    # no sentence either.
    before_ordinal: tuple[str, ...] = ()
    # The stem of the word for a quarter of a year, read beside a number ("trimestre", "kwarta" for kwartał and
    # kwartale); CLDR's quarter names ("3e trimestre", "III kwartał", "K3") are read as well (quarter_names).
    quarter_words: str = ""
    # Comparison periods: against the year, the quarter or the month before.
    periods: Periods | None = None
    # Weekday names news uses that CLDR lacks.
    more_day_names: tuple[DayName, ...] = ()
    # Words beside an hour that say its part of the day, where CLDR's day periods lack them (day_periods); they
    # come before CLDR's, so a word both name is read as the module says ("凌晨": after midnight).
    more_day_periods: tuple[DayPeriod, ...] = ()
    # Words for "o'clock" written after the hour ("Uhr", "heures", "बजे"), and words before a bare "14 h" that make
    # it a time rather than a duration ("à", "vers"), as regular expressions.
    hour_words: str = ""
    at_hour: str = ""
    # CLDR locales of regions or scripts whose own month names and scale words news uses too (Austrian "Jänner",
    # Traditional Chinese "萬"), read after the language's.
    regional_locales: tuple[str, ...] = ()

    @property
    def locale(self) -> Locale:
        """Return CLDR's locale for the language."""
        return Locale.parse(self.code)

    @property
    def decimal_symbol(self) -> str:
        """Return the decimal mark CLDR gives the language ("," in French)."""
        return get_decimal_symbol(self.code)

    @property
    def group_symbol(self) -> str:
        """Return the thousands separator CLDR gives the language (a narrow no-break space in French)."""
        return get_group_symbol(self.code)

    @property
    def month_names(self) -> tuple[str, ...]:
        """Return CLDR's twelve wide month names, January first, as a date says them ("janvier")."""
        names = get_month_names("wide", locale=self.code)
        return tuple(names[month] for month in range(1, 13))

    @property
    def month_forms(self) -> tuple[tuple[str, ...], ...]:
        """Return every form CLDR gives each month, January first: wide and abbreviated, in a date and alone.

        A date's form differs from the month alone in Slavic languages ("5 března", "březen"); the
        abbreviations are CLDR's ("janv.", "Sept.", "янв."), one-letter narrow forms left out. The
        ``regional_locales``' forms follow the language's own ("Jänner" after "Januar").
        """
        forms: list[dict[str, None]] = [{} for _ in range(12)]
        for locale in (self.code, *self.regional_locales):
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    names = get_month_names(width, context, locale=locale)
                    for month in range(1, 13):
                        forms[month - 1][names[month]] = None
        return tuple(tuple(names) for names in forms)

    @property
    def scales(self) -> dict[str, int]:
        """Return the words that scale a figure written before them, casefolded, each with its value.

        Read from CLDR's compact decimal formats, long ("milliards", "Millionen", "миллиардов") and
        short ("Mrd.", "млрд", "万"; one-letter ones such as "K" and "M" left out, too often an initial),
        the language's then its ``regional_locales``' ("萬" in Traditional Chinese), then the module's
        ``more_scales``. A trailing dot is dropped ("mrd." reads as "mrd").
        """
        found: dict[str, int] = {}
        for locale, width in itertools.product((self.code, *self.regional_locales), ("long", "short")):
            for patterns in Locale.parse(locale).compact_decimal_formats.get(width, {}).values():
                for magnitude, pattern in patterns.items():
                    written = re.fullmatch(r"([^0]*)(0+)([^0]*)", pattern.pattern.replace("'", ""))
                    if not written:
                        continue  # "mille": a whole number, no figure before it
                    word = _scale_key(written.group(1) + written.group(3))
                    if len(word) > 1 or (word and not word.isascii()):
                        found.setdefault(word, int(magnitude) // 10 ** (len(written.group(2)) - 1))
        for scale in self.more_scales:
            found[_scale_key(scale.word)] = scale.value
        return found

    @property
    def day_forms(self) -> tuple[tuple[str, ...], ...]:
        """Return every wide form CLDR gives each weekday, Monday first (in a date and alone), then more_day_names."""
        forms: list[dict[str, None]] = [{} for _ in range(7)]
        for locale in (self.code, *self.regional_locales):
            for context in ("format", "stand-alone"):
                names = get_day_names("wide", context, locale=locale)
                for day in range(7):
                    forms[day][names[day]] = None
        for extra in self.more_day_names:
            forms[extra.day][extra.word] = None
        return tuple(tuple(names) for names in forms)

    @property
    def quarter_names(self) -> tuple[tuple[str, ...], ...]:
        """Return every name CLDR gives each quarter, the first one first: wide and abbreviated, in a date and alone."""
        forms: list[dict[str, None]] = [{} for _ in range(4)]
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_quarter_names(width, context, locale=self.code)
                for quarter in range(1, 5):
                    forms[quarter - 1][names[quarter]] = None
        return tuple(tuple(names) for names in forms)

    @property
    def day_periods(self) -> dict[str, Period]:
        """Map each word for a part of the day, casefolded, to where it puts an hour: the module's, then CLDR's.

        CLDR's are its day periods in a date ("du matin", "утра", "下午"), wide and abbreviated; midnight,
        one-letter abbreviations and the Latin AM and PM marks (read for every language alike) are left out.
        """
        found: dict[str, Period] = {}
        for extra in self.more_day_periods:
            found.setdefault(_period_key(extra.word), extra.period)
        for width in ("wide", "abbreviated"):
            for name, word in self.locale.day_periods.get("format", {}).get(width, {}).items():
                period, key = _CLDR_PERIODS.get(name), _period_key(word)
                letters = sum(ch.isalpha() for ch in key)
                if period and (letters > 1 or not key.isascii()) and not re.fullmatch(r"[ap]\.?\s?m\.?", key):
                    found.setdefault(key, period)
        return found

    @property
    def day_names(self) -> tuple[str, ...]:
        """Return CLDR's seven wide day names, Monday first."""
        names = get_day_names("wide", locale=self.code)
        return tuple(names[day] for day in range(7))


def _period_key(word: str) -> str:
    return " ".join(word.casefold().replace("’", "'").split())


def _scale_key(word: str) -> str:
    return " ".join(word.casefold().split()).rstrip(".")


@functools.cache
def _registry() -> dict[str, Language]:
    found: dict[str, Language] = {}
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_"):
            continue
        language = importlib.import_module(f"{__name__}.{module.name}").LANGUAGE
        if not isinstance(language, Language) or language.code != module.name:
            raise TypeError(
                f"newsdesk/languages/{module.name}.py must define LANGUAGE = Language(code={module.name!r})"
            )
        try:
            Locale.parse(language.code)
        except (UnknownLocaleError, ValueError) as error:
            raise ValueError(f"newsdesk/languages/{module.name}.py: CLDR has no language {language.code!r}") from error
        found[language.code] = language
    return found


@functools.cache
def registered() -> tuple[str, ...]:
    """Return the codes of every registered language, sorted."""
    return tuple(sorted(_registry()))


@functools.cache
def every() -> tuple[Language, ...]:
    """Return every registered language, sorted by code."""
    return tuple(_registry()[code] for code in registered())


def get(code: str | None) -> Language | None:
    """Return the registered language for an ISO 639-1 code or a tag ("pt-BR", "fr_CA"), or None."""
    if not code:
        return None
    return _registry().get(code.strip().lower().replace("_", "-").split("-")[0])


def code_of(code: str | None) -> str | None:
    """Return the registered code of a code or tag ("pt-BR": "pt"), or None when no module reads it."""
    found = get(code)
    return found.code if found else None


@functools.cache
def chosen(code: str | None) -> tuple[Language, ...]:
    """Return the languages a reader uses for a code: its registered language, or every one when it has none."""
    found = get(code)
    return (found,) if found else every()
