"""Quantities in text written in any of the languages newsdesk reads.

Digits in any script, decimal commas and spaced thousands, scale words (milliards, Mrd., млрд,
करोड़, 万/億) and number words are all read into plain values. A source number that could be read
two ways ("1.234" in German or English) yields both readings; the article, which is English, is
read one way only.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from newsdesk import languages

# Abbreviations a figure takes in news of any language (a Polish wire's "mld", Reuters' "bn" in a German
# report); one-letter ones count only after a currency (_is_unit_m). Each language's own words are its
# registry module's (languages.Language.scales). Keys are lower case.
_NEUTRAL_SCALES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "mrd": 1e9,
    "mld": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "tn": 1e12,
}
_CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}

# Roman numerals, as sources write centuries, monarchs and popes and Slavic ordinals: "XIXe siècle",
# "siglo XIX", "XIX wieku", "Louis XIV", "Jan Paweł II", "II wojna światowa" (capitals only).
ROMAN = re.compile(
    r"(?<![^\W\d_])(?=[IVXLC])(?P<roman>C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"(?P<suffix>e|er|ème|eme|è|º|\.|-?й|-?го|-?м)?(?![^\W\d_])"
)
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# words that make a lone or C/L-holding numeral a figure: "Ve siècle", "siglo XL"
_CENTURY = re.compile(
    r"centur|siècle|millénaire|jahrhundert|jahrtausend|siglo|milenio|secol|millenni|stolet|tisícilet|wiek|"
    r"tysiąclec|век|тысячелет",
    re.IGNORECASE,
)


_ROMAN_LETTERS = re.compile(r"(?=[IVXLC])(?<![^\W\d_])[IVXLC]+(?!(?!(?:e|er|ème|eme|è)(?![a-zà-ÿ]))[a-zà-ÿ])")


def roman_value(numeral: str) -> int:
    """Return the value of a well-formed Roman numeral in capitals (XIV is 14), 0 for anything else."""
    m = ROMAN.fullmatch(numeral)
    if not numeral or m is None or m.group("suffix"):
        return 0
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " ", strict=True):
        value = _ROMAN_DIGITS[ch]
        total += -value if nxt != " " and _ROMAN_DIGITS[nxt] > value else value
    return total


# A date written in digits: "26.07.2020", "26. 7.", "26/07/2020", "2020-07-26" (day first but in ISO).
_SOURCE_DATE = re.compile(
    r"(?<![\d.,/])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.(?:\s?(?P<y>\d{4})(?!\d))?"
    r"|(?<![\d.,/])(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d.,/-])(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?![\d-])"
)


# The rounds of a knockout tournament, named by how many teams are left: "octavos de final" is the last 16.
_ROUNDS = (
    (16, r"huitièmes? de finale|octavos de final|ottavi di finale|achtelfinal\w*|osmifinál\w*|"
         r"1/8 (?:finału|финала)"),
    (8, r"quarts? de finale|cuartos de final|quarti di finale|viertelfinal\w*|ćwierćfinał\w*|čtvrtfinál\w*|"
        r"четвертьфинал\w*|準々決勝|क्वार्टर ?फ़?फाइनल"),
    (4, r"demi-finales?|semifinal(?:es|e|i)?|halbfinal\w*|półfinał\w*|semifinál\w*|полуфинал\w*|準決勝|"
        r"सेमी ?फ़?फाइनल"),
)
_ROUND = re.compile("|".join(f"(?P<r{n}>{pattern})" for n, pattern in _ROUNDS), re.IGNORECASE)


# Tenths as Chinese (三成) and Japanese (３割) write shares: 30%. Not the verb 成 of 成为, 成立, 完成...
_TENTHS = re.compile(
    r"(?<![\d〇零一二两三四五六七八九十])([1-9]|[一二两三四五六七八九])(?:(成)(?![为立功交本员长绩年都果熟型])|(割))"
)


def _tenths(text: str) -> list[Quantity]:
    """Return the shares a Chinese or Japanese source writes in tenths ("三成", "３割") as percentages."""
    if "成" not in text and "割" not in text:
        return []
    found = []
    for m in _TENTHS.finditer(text):
        digit = m.group(1)
        value = int(digit) if digit.isdigit() else _CJK_DIGITS[digit]
        found.append(Quantity(text=m.group(0), start=m.start(), end=m.end(), values=(value * 10.0,), word=True,
                              kind=QuantityKind.PERCENT))
    return found


def _round_quantities(text: str) -> list[Quantity]:
    """Return the number of teams each knockout round a source names leaves ("octavos de final": 16)."""
    lowered = text.lower()
    if not any(word in lowered for word in ("final", "finał", "finál", "финал", "決勝", "फाइनल")):
        return []  # every round's name holds one of these: a cheap test before the slow one
    return [
        Quantity(text=m.group(0), start=m.start(), end=m.end(), values=(float((m.lastgroup or "r0")[1:]),), word=True)
        for m in _ROUND.finditer(text)
    ]


_DATE_HINT = re.compile(r"\d[./-]\s?\d")


def _numeric_date_parts(text: str) -> list[Quantity]:
    """Return the day and the month of each date a source writes in digits, as figures of their own.

    "26.07.2020" is read as a decimal too (a figure "2.5." ending a sentence is one), so its day and
    month are added beside it: 26 and 7, each a day or month of a date.
    """
    found: list[Quantity] = []
    if not _DATE_HINT.search(text):
        return found  # every such date has two figures joined by ".", "/" or "-": a cheap test first
    for m in _SOURCE_DATE.finditer(text):
        parts = [(n, m.group(n) and (m.start(n), m.end(n))) for n in ("d", "m", "d2", "m2", "d3", "m3")]
        values = {n: int(m.group(n)) for n, span in parts if span}
        day = values.get("d") or values.get("d2") or values.get("d3")
        month = values.get("m") or values.get("m2") or values.get("m3")
        if not (day and month and 1 <= day <= 31 and 1 <= month <= 12):
            continue
        for n, span in parts:
            if span:
                found.append(Quantity(text=m.group(n), start=span[0], end=span[1], values=(float(values[n]),),
                                      kind=QuantityKind.DATE))
    return found


def _roman_quantities(text: str) -> list[Quantity]:
    """Return the Roman numerals of a source as ordinals.

    Two letters or more of I, V and X always count ("II", "XIX"), and so does one with a French
    ordinal ending ("Ve République"); a single letter, or one with L or C ("V", "XL", "CV" are also
    sizes, acronyms and initials), only beside a century word or after a capitalised name ("Henri V",
    "Leo XIII"; not "I", which is a pronoun there).
    """
    found = []
    for run in _ROMAN_LETTERS.finditer(text):  # a fast scan for capitals, then the numeral's own pattern
        if not (m := ROMAN.match(text, run.start())) or m.end("roman") != run.end():
            continue
        numeral = m.group("roman")
        if not numeral or not (value := roman_value(numeral)):
            continue
        if len(numeral) == 1 and numeral in "IVX" and m.group("suffix") in ("e", "er", "ème", "eme", "è"):
            pass  # "Ve République", "Xe siècle"
        elif len(numeral) < 2 or set(numeral) & {"L", "C"}:
            around = text[max(0, m.start() - 14) : m.end() + 14]
            after_name = re.search(r"[^\W\d_]*[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][^\W\d_]+\s$", text[max(0, m.start() - 30) : m.start()])
            if not (_CENTURY.search(around) or (after_name and numeral != "I")):  # "Today I said"
                continue
        found.append(
            Quantity(
                text=m.group(0), start=m.start(), end=m.end(), values=(float(value),), word=True,
                kind=QuantityKind.ORDINAL,
            )
        )
    return found


_SPACES = "\u00a0\u202f\u2009 "
_NUMBER = re.compile(
    r"(?=\d)(?<![0-9A-Za-z])"  # the lookahead first: a scan skips to the next digit
    r"(\d{1,3}(?:(?:[\u00a0\u202f\u2009 ]|[.,'’](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
)
_CJK_NUMBER = re.compile(
    r"[〇零一二两兩三四五六七八九十百千]+(?:[万萬亿億兆][〇零一二两兩三四五六七八九十百千]*)*"
)


class QuantityKind(StrEnum):
    """What a figure in a source counts, told by the words around it."""

    PLAIN = "plain"
    PERCENT = "percent"
    CURRENCY = "currency"  # an amount of money
    DATE = "date"  # the day or month number of a date
    QUARTER = "quarter"  # a quarter's number
    ORDINAL = "ordinal"  # third, 3e


# the kinds a source figure may have as the day of a date (a plain "5", an ordinal "1er", a date part)
DAY_KINDS = frozenset({QuantityKind.DATE, QuantityKind.PLAIN, QuantityKind.ORDINAL})


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number found in text: its span, the values it may mean and how precisely it is written."""

    text: str
    start: int
    end: int
    values: tuple[float, ...]
    decimals: int = 0
    scaled: bool = False
    word: bool = False
    unit: float = 1.0
    kind: QuantityKind = QuantityKind.PLAIN  # what the figure counts, told by the words around it
    currency: str = ""  # the amount's currency when it says one: USD, EUR... or "$" for any dollar


# The years newsdesk reads as years: a whole number in this range is a year where the text does not make it
# a count (a unit, a scale, a word, a group mark).
FIRST_YEAR, LAST_YEAR = 1800, 2100


def in_year_range(value: float) -> bool:
    """Tell whether a value could be a year: a whole number from 1800 to 2100."""
    return value.is_integer() and FIRST_YEAR <= value <= LAST_YEAR


def is_year(quantity: Quantity) -> bool:
    """Tell whether a figure is written as a year: four digits from 1800 to 2100, with no unit, scale or word."""
    return (
        quantity.kind == QuantityKind.PLAIN
        and not quantity.scaled
        and not quantity.word
        and len(quantity.text) == 4
        and in_year_range(quantity.values[0])
    )


# a digit other than 0-9, or a full-width mark: a non-ASCII character first, which the scan finds fast
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d|[，．％])")
_MARKS = {"，": ",", "．": ".", "％": "%"}


def to_ascii_digits(text: str) -> str:
    """Replace digits of any script (Devanagari, full-width, Arabic-Indic...) by ASCII digits."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: _MARKS.get(m.group(0)) or str(unicodedata.digit(m.group(0), 0)), text)


def readings(raw: str, *, english: bool = False) -> tuple[tuple[float, int], ...]:
    """Return every (value, decimals) raw can stand for; english reads it the English way only."""
    s = raw
    for sp in _SPACES:
        s = s.replace(sp, "")
    s = s.replace("'", "").replace("’", "")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
        return ((float(s), _decimals(s)),)
    for mark in (",", "."):
        if mark not in s:
            continue
        groups = s.split(mark)
        grouped = s.replace(mark, "")
        decimal = s.replace(mark, ".") if len(groups) == 2 else None
        if english:
            if mark == "," and all(len(g) == 3 for g in groups[1:]):
                return ((float(grouped), 0),)
            if mark == ",":  # "3,5 million": a decimal comma, as a translation may keep it
                return ((float(s.replace(",", ".")), _decimals(s.replace(",", "."))),) if len(groups) == 2 else (
                    (float(grouped), 0),
                )
            return ((float(s), _decimals(s)),)
        if len(groups) > 2:
            return ((float(grouped), 0),)
        if len(groups[-1]) == 3 and decimal is not None:
            # "1.234" or "1,234": thousands in one convention, decimals in the other
            return ((float(grouped), 0), (float(decimal), 3))
        return ((float(s.replace(mark, ".")), _decimals(s.replace(mark, "."))),)
    return ((float(s), 0),)


def _decimals(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


@functools.cache
def _scales(code: str | None) -> dict[str, float]:
    """Map the scale words read in the language (lower case) to their value, the neutral abbreviations after.

    Where the languages read disagree on a word, English's value wins (the article's language: "billion"
    is 10^9), then the value most of them give ("mil": a thousand in Spanish and Portuguese).
    """
    chosen = languages.chosen(code)
    given: dict[str, Counter[int]] = {}
    for language in chosen:
        for word, value in language.scales.items():
            given.setdefault(word, Counter())[value] += 1
    english = languages.get("en")
    preferred = english.scales if english in chosen and english is not None else {}
    table = {word: float(preferred.get(word) or values.most_common(1)[0][0]) for word, values in given.items()}
    return {word: value for word, value in _NEUTRAL_SCALES.items() if word not in table} | table


def _is_cjk(word: str) -> bool:
    return unicodedata.name(word[0], "").startswith("CJK")


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, words)) or "(?!x)x"


@functools.cache
def _scale_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, float]]:
    """Return the pattern of the scale word right after a figure, of one more scale word after that, and the values."""
    table = _scales(code)
    words = sorted(table, key=len, reverse=True)
    cjk = _alternation([w for w in words if _is_cjk(w)])
    alpha = _alternation([w for w in words if not _is_cjk(w)])
    times = "".join(_CJK_UNITS)  # numerals that multiply the scale word after them: 3百万, 5十亿
    # "800多万", "1000余万": more than 8 million, the scale after "more than"
    first = (
        rf"[\u00a0\u202f\u2009 ]?(?:[多余]?(?P<times>[{times}])?(?P<cjk>{cjk})"
        rf"|(?:\s?(?P<alpha>{alpha})\.?(?![^\W\d_])))"
    )
    then = rf"(?P<cjk>{cjk})|\s(?P<alpha>{alpha})\.?(?![^\W\d_])"
    return re.compile(first, re.IGNORECASE), re.compile(then, re.IGNORECASE), table


@dataclass(frozen=True, slots=True, kw_only=True)
class _ScaleWords:
    """The scale words written after a figure: the first one, what they multiply it by, where they end."""

    word: str  # the first scale word, lower case ("m", "万")
    factor: float
    end: int
    spaced: bool  # written after a space: "10 m" is ten metres
    dotted: bool  # the last word ends in a dot after five letters or more: the sentence's end, not the word's

    @property
    def text_end(self) -> int:
        """Return where the figure's text ends, a sentence's full stop left out."""
        return self.end - 1 if self.dotted else self.end


def _scale_after(text: str, position: int, code: str | None) -> _ScaleWords | None:
    """Read the scale words after a figure ending at position, a scale followed by a bigger one multiplying it.

    "20 लाख करोड़" is 20 × 10^5 × 10^7, "5千万" 5 × 10^3 × 10^4, "3百亿" 3 × 100 × 10^8.
    """
    first, then, table = _scale_patterns(code)
    if not (m := first.match(text, position)):
        return None
    word = (m.group("cjk") or m.group("alpha")).lower()
    last = table.get(word, 1.0)
    factor = last * (_CJK_UNITS[m.group("times")] if m.group("times") else 1.0)
    end, last_word = m.end(), m
    while (n := then.match(text, end)) and (value := table.get((n.group("cjk") or n.group("alpha")).lower(), 0)) > last:
        factor, last, end, last_word = factor * value, value, n.end(), n
    return _ScaleWords(
        word=word,
        factor=factor,
        end=end,
        spaced=m.group(0)[:1].isspace(),
        dotted=last_word.group(0).endswith(".") and len(last_word.group("alpha") or "") > 4,
    )


@functools.cache
def _word_pattern(code: str | None) -> tuple[re.Pattern[str], dict[str, tuple[int, bool]]]:
    """Return the pattern of the number words of the languages read, and each word's (value, is an ordinal)."""
    table: dict[str, tuple[int, bool]] = {}
    for language in languages.chosen(code):
        for number in language.number_words:
            for form in number.cardinal:
                table.setdefault(form.lower(), (number.value, False))
            for form in number.ordinal:
                table.setdefault(form.lower(), (number.value, True))
    words = sorted(table, key=len, reverse=True)
    # a lookahead of the words' first letters lets a scan skip the positions no word can start at
    first = re.escape("".join(sorted({w[0] for w in words}))) or "(?!x)x"
    return re.compile(rf"(?=[{first}])(?<![^\W\d_])({_alternation(words)})(?![^\W\d_])", re.IGNORECASE), table


@functools.cache
def _ordinal_pattern(code: str | None) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], int], ...]]:
    """Return the pattern of the declined ordinals of the languages read, and each stem's pattern and value."""
    stems = tuple(
        (re.compile(stem.stem, re.IGNORECASE), stem.value)
        for language in languages.chosen(code)
        for stem in language.ordinal_stems
    )
    alternation = "|".join(pattern.pattern for pattern, _ in stems) or "(?!x)x"
    return re.compile(rf"(?<![^\W\d_])({alternation})[^\W\d_]{{0,4}}(?![^\W\d_])", re.IGNORECASE), stems


def _ordinal_value(code: str | None, stem: str) -> int:
    return next((value for pattern, value in _ordinal_pattern(code)[1] if pattern.fullmatch(stem)), 0)


@functools.cache
def _ordinal_word(code: str | None) -> tuple[frozenset[str], re.Pattern[str]]:
    """Return the ordinal forms of the languages read, and the pattern of a declined ordinal (stem and ending)."""
    chosen = languages.chosen(code)
    forms = frozenset(form.lower() for lang in chosen for number in lang.number_words for form in number.ordinal)
    declined = "|".join(
        rf"(?:{'|'.join(stem.stem for stem in language.ordinal_stems)})(?:{language.ordinal_endings})"
        for language in chosen
        if language.ordinal_stems and language.ordinal_endings
    )
    return forms, re.compile(declined or "(?!x)x", re.IGNORECASE)


def _is_ordinal_word(word: str, code: str | None) -> bool:
    forms, declined = _ordinal_word(code)
    return word.lower() in forms or bool(declined.fullmatch(word))


@functools.cache
def _ordinal_marks(code: str | None) -> tuple[re.Pattern[str], bool]:
    """Return the pattern of the marks that make a figure an ordinal ("3e", "3º", "3rd") in the languages read.

    The flag says whether one of them writes an ordinal as a figure and a dot ("3. místo").
    """
    chosen = languages.chosen(code)
    marks = "|".join(language.ordinal_marks for language in chosen if language.ordinal_marks) or "(?!x)x"
    return re.compile(rf"(?:{marks})(?![^\W\d_])"), any(language.ordinal_dot for language in chosen)


def cjk_value(s: str) -> float | None:
    """Read a number written in Chinese or Japanese numerals (二十五, 三千万)."""
    total = 0.0
    section = 0.0
    digit: float | None = None
    for ch in s:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch] if digit is None else digit * 10 + _CJK_DIGITS[ch]
        elif ch in _CJK_UNITS:
            section += (1 if digit is None else digit) * _CJK_UNITS[ch]
            digit = None
        elif ch in _CJK_BIG:
            section += digit or 0
            total += (section or 1) * _CJK_BIG[ch]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


# The small patterns find_quantities and the kind of each figure use, compiled once.
_GROUP_SPACE = re.compile(r"[\u00a0\u202f\u2009 ]")
_CLOCK_FIGURE = re.compile(r"\d{1,2}[.:]\d{2}")
_CLOCK_MARK = re.compile(r"[.:]")
_LETTER_AFTER = re.compile(r"[QT](?![\w])")
_ORDINAL_ENDING = re.compile(r"^(?:\.|e|er|ème|º|-?й|-?м|st|nd|rd|th)(?=\s)")
_PLURAL_ENDING = re.compile(r"s\b|e\b|i\b|en\b|ы\b|ов\b|а\b")
_DOT_WORD = re.compile(r"\.\s?[^\W\d_]")
_DATE_BEFORE = re.compile(r"\d{1,2}[./]$")
_WORD_AFTER = re.compile(r"\.?\s?(?:de |del |di )?([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s$")


def find_quantities(text: str, *, language: str | None = None, english: bool = False) -> list[Quantity]:
    """Return every quantity in text, scale words applied.

    language narrows the scale and number words to one language; None tries them all.
    english reads the text as English: commas group thousands and "billion" is 10^9.
    """
    text = to_ascii_digits(text)
    scale_code = "en" if english else language
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        try:
            reads = readings(m.group(1), english=english)
        except ValueError:
            continue
        end = m.end()
        values = [v for v, _ in reads]
        scaled = False
        if (sm := _scale_after(text, end, scale_code)) and not _is_unit_m(text, end, sm):
            values = [v * sm.factor for v in values] + ([] if english else values)
            end = sm.text_end
            scaled = True
        if not english and " " in m.group(1).replace("\u00a0", " ").replace("\u202f", " "):
            # "15 212" may also be two numbers side by side
            for part in _GROUP_SPACE.split(m.group(1)):
                values += [v for v, _ in readings(part)]
        if not english and text.startswith(("点半", "點半", "时半", "時半"), end):
            values.append(30.0)  # half past: 9点半 is 9:30
        if not english and not scaled and _CLOCK_FIGURE.fullmatch(m.group(1)):
            # a time of day ("3.40 Uhr", "15:30") gives its hour and minutes too
            hour, minutes = _CLOCK_MARK.split(m.group(1))
            values += [float(hour), float(minutes)]
        decimals = max(d for _, d in reads) if english else min(d for _, d in reads)
        unit = 10.0 ** (-decimals) * (values[0] / reads[0][0] if scaled and reads[0][0] else 1.0)
        found.append(
            Quantity(
                text=text[m.start() : end],
                start=m.start(),
                end=end,
                values=tuple(dict.fromkeys(values)),
                decimals=decimals,
                scaled=scaled,
                unit=unit,
            )
        )
        taken.append((m.start(), end))
    if not english:
        for m in _CJK_NUMBER.finditer(text):
            value = cjk_value(m.group(0))
            if value is None:
                continue
            found.append(Quantity(text=m.group(0), start=m.start(), end=m.end(), values=(value,), word=True))
    word_re, words = _word_pattern(scale_code)
    ordinals, stems = _ordinal_pattern(language)
    if not english and stems:  # a language with no declined ordinals has nothing to scan for
        for m in ordinals.finditer(text):
            value = _ordinal_value(language, m.group(1))
            if value:
                found.append(
                    Quantity(text=m.group(0), start=m.start(), end=m.end(), values=(float(value),), word=True)
                )
    for m in word_re.finditer(text):
        number, ordinal = words[m.group(1).lower()]
        value = float(number)
        end = m.end()
        values = [value]
        scaled = False
        if not ordinal and (sm := _scale_after(text, end, scale_code)) and sm.word != "m":
            values = [value * sm.factor] + ([] if english else values)
            end = sm.end
            scaled = True
        found.append(
            Quantity(
                text=text[m.start() : end],
                start=m.start(),
                end=end,
                values=tuple(values),
                word=True,
                scaled=scaled,
                unit=values[0] / value if scaled else 1.0,
            )
        )
    if not english:
        found += _roman_quantities(text) + _numeric_date_parts(text) + _round_quantities(text) + _tenths(text)
    found.sort(key=lambda q: q.start)
    found = _join_cjk_parts(text, found) if not english else found
    return _share_range_kind(text, [_with_kind(text, q, language, english) for q in _share_range_scale(text, found)])


def _join_cjk_parts(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "1万1000" and "2亿3000万" as one number (11,000; 230,000,000), as Chinese and Japanese write them."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.scaled
            and q.start == last.end
            and last.text[-1:] in _CJK_BIG
            and not q.word
            and q.values[0] < last.values[0]
        ):
            out[-1] = Quantity(
                text=text[last.start : q.end],
                start=last.start,
                end=q.end,
                values=(last.values[0] + q.values[0], *last.values, *q.values),
                decimals=0,
                scaled=True,
                unit=min(last.unit, q.unit),
            )
            continue
        out.append(q)
    return out


_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|~|〜|～|至|到|to|and|et|à|a|bis|und|y|e|do|až|a|и|до|से|तक)\s*$", re.IGNORECASE
)


def _share_range_scale(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give the first figure of a range the scale written after the second ("37 et 45 milliards")."""
    out = list(found)
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.scaled or not b.scaled or b.start - a.end > 12 or not _RANGE_JOIN.match(text[a.end : b.start]):
            continue
        factor = b.values[0] / _raw(b) if _raw(b) else 1.0
        out[i] = Quantity(
            text=a.text,
            start=a.start,
            end=a.end,
            values=(a.values[0] * factor, *a.values),
            decimals=a.decimals,
            scaled=True,
            word=a.word,
            unit=a.unit * factor,
        )
    return out


def _raw(q: Quantity) -> float:
    """Return the figure as written, before its scale word."""
    m = re.match(r"[\d.,\u00a0\u202f\u2009 ']+", q.text)
    if not m:
        return 0.0
    try:
        return readings(m.group(0).strip(), english=True)[0][0]
    except ValueError:
        return 0.0


def _is_unit_m(text: str, position: int, scale: _ScaleWords) -> bool:
    """Tell "10 m" (metres) and "5 b" from a scale: only read m/b as a scale right after a currency."""
    if scale.word not in {"m", "b"}:
        return False
    return scale.spaced or not re.search(r"[$€£¥]\s*[\d.,]*$", text[:position])


def matches(article: Quantity, source_value: float) -> bool:
    """Tell whether the source value, rounded to the precision the article shows, gives the article's."""
    value = article.values[0]
    if abs(value - source_value) <= 1e-9 * max(abs(value), abs(source_value), 1.0):
        return True
    unit = article.unit
    if unit <= 0 or abs(source_value - value) >= unit:
        return False
    rounded = math.floor(source_value / unit + 0.5 + 1e-9) * unit
    return abs(rounded - value) <= 1e-6 * unit


# What a figure counts, read from the words around it in any of the languages newsdesk reads.
_PERCENT_AFTER = re.compile(
    r"\s?(?:%|％|‰|per\s?cent|percent|pour\s?cent|pour-cent|prozent|por\s?ciento|per\s?cento|procent|proc\.|"
    r"процент|проц\.|प्रतिशत|फ़ीसदी|फीसदी|फीसद|パーセント|ポイント|个百分点|個百分點|百分点|"
    r"points? de pourcentage|punti percentuali|puntos? porcentuales|p\.\s?p\.|п\.\s?п\.|pp\b|pb\b)",
    re.IGNORECASE,
)
_PERCENT_BEFORE = re.compile(r"百分之\s?$")
# Currencies: the symbol or code before the figure, or the word after it (and after its scale word).
_CURRENCY_BEFORE = re.compile(
    r"(?:(US|A|C|HK|NZ|S|R)\$|([$€£¥₹₽])|\b(USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|RUB|CZK|PLN|Rs|Rp)\.?)\s?$"
)
_CURRENCY_WORDS: tuple[tuple[str, str], ...] = (
    (
        "$",
        r"(?:US-?|amerikanischen? |americanos? |américains? |statunitensi )?dollars?|dólar(?:es)?|dollar[io]|"
        r"доллар\w*|डॉलर|ドル|美元|美金",
    ),
    ("EUR", r"euros?|евро|यूरो|ユーロ|欧元|eur\b"),
    (
        "GBP",
        r"livres?(?: sterling)?|sterlin[ae]|libras?(?: esterlinas?)?|pfund|pounds?(?: sterling)?|фунт\w*|英镑|ポンド",
    ),
    ("JPY", r"yen(?:es)?|иен\w*|円|日元|येन"),
    ("CNY", r"yuans?|renminbi|юан\w*|人民币|元"),
    ("INR", r"rupees?|roupies?|rupi[ae]s?|рупи\w*|रुपये|रुपए|रुपया|रुपयों"),
    ("RUB", r"roubles?|rubel\w*|rublo?s?|рубл\w*|руб\.?"),
    ("CZK", r"korun\w*|Kč|couronnes?|Kronen"),
    ("PLN", r"złot\w*|zł|zloty"),
    ("CHF", r"francs? suisses?|Franken|CHF"),
)
_CURRENCY_AFTER = re.compile(
    r"\s?(?:de |d'|d’|of |di |von )?(?:"
    + "|".join(f"(?P<c{i}>{pattern})" for i, (_, pattern) in enumerate(_CURRENCY_WORDS))
    + r")(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])",
    re.IGNORECASE,
)
_SYMBOLS = {"$": "$", "€": "EUR", "£": "GBP", "¥": "¥", "₹": "INR", "₽": "RUB"}
_DOLLARS = {"US": "USD", "A": "AUD", "C": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "R": "BRL"}
_CODES = {"RMB": "CNY", "RS": "INR", "RP": "IDR"}
_DAY_MARK = re.compile(r"\s?日(?![間间])")  # 3日間 is three days
_MONTH_MARK = re.compile(r"\s?月")  # 5个月 and 5ヶ月 are five months
_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}")


def _with_kind(text: str, q: Quantity, language: str | None, english: bool) -> Quantity:
    kind, currency = _kind(text, q, "en" if english else language)
    if kind == QuantityKind.PLAIN:
        return q
    return Quantity(
        text=q.text,
        start=q.start,
        end=q.end,
        values=q.values,
        decimals=q.decimals,
        scaled=q.scaled,
        word=q.word,
        unit=q.unit,
        kind=kind,
        currency=currency,
    )


def _kind(text: str, q: Quantity, language: str | None) -> tuple[QuantityKind, str]:
    """Tell what the figure counts from the words around it: (kind, currency)."""
    before = text[max(0, q.start - 14) : q.start]
    after = text[q.end : q.end + 40]
    if _PERCENT_AFTER.match(after) or _PERCENT_BEFORE.search(before):
        return QuantityKind.PERCENT, ""
    if m := _CURRENCY_BEFORE.search(before):
        if m.group(1):
            return QuantityKind.CURRENCY, _DOLLARS[m.group(1)]
        if m.group(2):
            return QuantityKind.CURRENCY, _SYMBOLS[m.group(2)]
        code = m.group(3).upper()
        return QuantityKind.CURRENCY, _CODES.get(code, code)
    if m := _CURRENCY_AFTER.match(after):
        return QuantityKind.CURRENCY, _CURRENCY_WORDS[int((m.lastgroup or "c0")[1:])][0]
    if _is_quarter(q, language, after):
        return QuantityKind.QUARTER, ""  # a quarter's number: "troisième trimestre", "3. Quartal", "三季度", "3Q"
    if _is_ordinal(q, language, after, before):
        return QuantityKind.ORDINAL, ""
    if _is_date_part(text, q, language, after, before):
        return QuantityKind.DATE, ""
    return QuantityKind.PLAIN, ""


@functools.cache
def _quarter_after() -> re.Pattern[str]:
    """Return the pattern of a quarter word after a figure, in any registered language ("trimestre", "季度")."""
    words = "|".join(dict.fromkeys(w for language in languages.every() for w in language.quarter_words.split("|") if w))
    return re.compile(rf"\s?(?:{words or '(?!x)x'})", re.IGNORECASE)


def _is_quarter(q: Quantity, language: str | None, after: str) -> bool:
    """Tell a quarter's number ("troisième trimestre", "3. Quartal", "三季度", "3Q") from "three quarters"."""
    if _LETTER_AFTER.match(after):
        return True
    after = _ORDINAL_ENDING.sub("", after)
    if not (m := _quarter_after().match(after)):
        return False
    if _PLURAL_ENDING.match(after, m.end()):
        return False  # three quarters, deux trimestres, drei Quartale
    cjk = unicodedata.name(q.text[0], "").startswith("CJK")
    return cjk or not q.word or _is_ordinal(q, language, after, "")


_RANK_BEFORE = re.compile(r"(?<![^\W\d_])(?:No|Nr|nr|no|N°|n°|nº|№)\.?\s?$")


def _is_ordinal(q: Quantity, language: str | None, after: str, before: str) -> bool:
    if q.word:
        return _is_ordinal_word(q.text, language)
    if not q.scaled and q.values[0].is_integer() and q.values[0] < 1000:
        marks, dot = _ordinal_marks(language)
        if marks.match(after):
            return True  # 3e, 1er, 3º, 3-й, 3rd
        if before.endswith(("第", "第 ")) or _RANK_BEFORE.search(before):
            return True  # 第3, "No. 3", "Nr. 3", "n° 3": a rank
        if dot and _DOT_WORD.match(after) and after[2:3].islower():
            return True  # "3. místo", "3. miejsce": a German noun is capitalised, so it is left alone
    return False


def _is_date_part(text: str, q: Quantity, language: str | None, after: str, before: str) -> bool:
    """Tell whether the figure is the day or month number of a date ("le 30 octobre", "10月30日", "30.10.")."""
    if q.scaled or q.word or not q.values[0].is_integer() or not 1 <= q.values[0] <= 31 or "," in q.text:
        return False
    if _DAY_MARK.match(after) or (q.values[0] <= 12 and _MONTH_MARK.match(after)):
        return True
    if _NUMERIC_DATE.match(text, q.start) or _DATE_BEFORE.search(before):
        return True
    from .dates import MONTHS, _named_word

    code = languages.code_of(language)
    following = _WORD_AFTER.match(after)
    if following and _named_word(following.group(1), "month", code) is not None:
        return True
    preceding = _WORD_BEFORE.search(before)
    return bool(preceding and (preceding.group(1).lower() in MONTHS or _named_word(preceding.group(1), "month", code)))


_AND = re.compile(r"\s*(?:and|et|und|y|e|i|a|и|और)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|entre|zwischen|tra|fra|mezi|między|между|से)\s+$", re.IGNORECASE)


_AMOUNT_KINDS = frozenset({QuantityKind.PERCENT, QuantityKind.CURRENCY})


def _share_range_kind(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give the first figure of a range the kind written after the second ("entre 20 et 25 %")."""
    out = list(found)
    for i in range(len(found) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.kind != QuantityKind.PLAIN or b.kind not in _AMOUNT_KINDS or b.start - a.end > 12:
            continue
        if not _RANGE_JOIN.match(text[a.end : b.start]) or in_year_range(a.values[0]):
            continue
        if _AND.match(text[a.end : b.start]) and not _BETWEEN.search(text[max(0, a.start - 16) : a.start]):
            continue  # "by 2040 and 18.8 per cent" is no range; "between 20 and 25 per cent" is
        out[i] = Quantity(
            text=a.text,
            start=a.start,
            end=a.end,
            values=a.values,
            decimals=a.decimals,
            scaled=a.scaled,
            word=a.word,
            unit=a.unit,
            kind=b.kind,
            currency=b.currency,
        )
    return out


def same_currency(a: str, b: str) -> bool:
    """Tell whether two currencies can be the same: either unstated, equal, or a dollar and some dollar."""
    if not a or not b or a == b:
        return True
    if "$" in (a, b):
        return {a, b} - {"$"} <= {"USD", "AUD", "CAD", "HKD", "NZD", "SGD", "BRL"}
    if "¥" in (a, b):
        return {a, b} - {"¥"} <= {"JPY", "CNY"}
    return False


_DIGIT_RUN = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


# a run holds only digits and these separators: deleting them leaves its digits
_RUN_SEPARATORS = str.maketrans("", "", ".,\u00a0\u202f ")


def digit_runs(text: str) -> set[str]:
    """Return the digits of each figure in text, separators left out ("14,3" and "14.3" give "143")."""
    return {m.group(0).translate(_RUN_SEPARATORS) for m in _DIGIT_RUN.finditer(text)}


def _figure_counts(text: str) -> Counter[str]:
    # full-width digits as ASCII, trailing zeros off ("11.700 millones" and "11.7 billion" give "117")
    return Counter(re.sub(r"\D", "", m.group(0)).rstrip("0") or "0"
                   for m in _DIGIT_RUN.finditer(unicodedata.normalize("NFKC", text)))


def figures_repeated(original: str, english: str) -> list[str]:
    """Return the figures a rendering gives more often than its original does (a dropped one replaced).

    "mercredi ... le 3 octobre" rendered "on October 3 ... on October 3" gives ["3"].
    """
    have, gives = _figure_counts(original), _figure_counts(english)
    return [figure for figure, n in gives.items() if figure in have and n > have[figure]]
