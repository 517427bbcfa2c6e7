"""Every registered language is read by the checker from its own module, and CLDR gives it its number marks and months.

The sentences are built from each module's own sample words, so a language added as a module is
tested here with no other change.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import FrozenInstanceError

import pytest
from babel import Locale
from babel.dates import get_month_names
from babel.numbers import format_compact_decimal, format_decimal

from newsdesk import languages
from newsdesk.factcheck.dates import source_months, source_quarters
from newsdesk.factcheck.direction import meaning_conflicts
from newsdesk.factcheck.numbers import find_quantities
from newsdesk.languages import Language

CODES = languages.registered()
ROSE = "Exports rose 7% in March."
FELL = "Exports fell 7% in March."


def language(code: str) -> Language:
    found = languages.get(code)
    assert found is not None
    return found


def kinds(sentence: str, source: str, code: str | None) -> list[tuple[str, str]]:
    return [(c.kind, c.evidence) for c in meaning_conflicts(sentence, source, code)]


def test_the_languages_direction_py_knew_are_registered_and_portuguese_and_dutch_too() -> None:
    """Each language's module is found by discovery: the registry is the package's modules."""
    assert set(CODES) >= {"en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi", "zh", "ja", "pt", "nl"}
    assert CODES == tuple(sorted(CODES))
    assert tuple(lang.code for lang in languages.every()) == CODES


@pytest.mark.parametrize("code", CODES)
def test_samples_are_words_of_their_lists(code: str) -> None:
    """A module's sample words are read by its own lists, so the sentences below test those lists."""
    lang = language(code)
    for word, fragments in (
        (lang.samples.rise, lang.strong_up),
        (lang.samples.fall, lang.strong_down),
        (lang.samples.negation, lang.negation_markers),
    ):
        assert re.fullmatch(rf"(?:{fragments})", word, re.IGNORECASE), (word, fragments)
    assert not re.fullmatch(rf"(?:{lang.strong_down})", lang.samples.rise, re.IGNORECASE)
    assert not re.fullmatch(rf"(?:{lang.strong_up})", lang.samples.fall, re.IGNORECASE)


@pytest.mark.parametrize("code", CODES)
def test_a_rise_in_the_source_is_not_a_fall(code: str) -> None:
    """A source whose figure rises contradicts an article saying it fell, and agrees with one saying it rose."""
    rise = language(code).samples.rise
    source = f"{rise} 7%"
    assert kinds(FELL, source, code) == [("direction", rise)]
    assert kinds(ROSE, source, code) == []


@pytest.mark.parametrize("code", CODES)
def test_a_fall_in_the_source_is_not_a_rise(code: str) -> None:
    """A source whose figure falls contradicts an article saying it rose, and agrees with one saying it fell."""
    fall = language(code).samples.fall
    source = f"{fall} 7%"
    assert kinds(ROSE, source, code) == [("direction", fall)]
    assert kinds(FELL, source, code) == []


@pytest.mark.parametrize("code", CODES)
def test_a_negation_in_the_source_is_counted(code: str) -> None:
    """An article negation is added when its source has none, and matched when the source has its negation word."""
    samples = language(code).samples
    negated = "Exports did not rise 7% in March."
    assert [kind for kind, _ in kinds(negated, f"{samples.rise} 7%", code)] == ["negation"]
    assert kinds(negated, f"{samples.negation} {samples.rise} 7%", code) == []


@pytest.mark.parametrize("code", CODES)
def test_cldr_gives_number_marks_months_and_days(code: str) -> None:
    """Babel gives every registered language a decimal mark, a thousands separator, twelve months and seven days."""
    lang = language(code)
    assert lang.decimal_symbol and lang.group_symbol
    assert lang.decimal_symbol != lang.group_symbol
    assert len(lang.month_names) == 12 and len(set(lang.month_names)) == 12 and all(lang.month_names)
    assert len(lang.day_names) == 7 and len(set(lang.day_names)) == 7 and all(lang.day_names)


def test_cldr_figures_are_the_languages_own() -> None:
    """The symbols and names are CLDR's for that language, not one language's for all."""
    assert (language("fr").decimal_symbol, language("en").decimal_symbol) == (",", ".")
    assert language("de").month_names[2] == "März"
    assert language("pt").month_names[0] == "janeiro"
    assert language("nl").day_names[0] == "maandag"


def test_a_tag_finds_its_language_and_a_language_is_frozen() -> None:
    """A region tag reads as its language, and a registered language cannot be changed in place."""
    assert language("pt-BR").code == "pt"
    assert language("FR_ca").code == "fr"
    with pytest.raises(FrozenInstanceError):
        language("fr").code = "de"  # type: ignore[misc]


def test_a_language_not_registered_falls_back_to_every_registered_language() -> None:
    """A code with no module is not in the registry, and the direction rule then reads every registered list at once."""
    assert "sv" not in CODES
    assert languages.get("sv") is None
    assert languages.get("") is None and languages.get(None) is None
    for code in CODES:
        rise = language(code).samples.rise
        assert ("direction", rise) in kinds(FELL, f"{rise} 7%", "sv"), code


@pytest.mark.parametrize("code", CODES)
def test_a_registered_language_is_read_with_its_own_lists_only(code: str) -> None:
    """Another language's rise word in a source of this language is no change: only the language's lists read it."""
    lang = language(code)
    own = "|".join((lang.strong_up, lang.strong_down, lang.weak_up, lang.weak_down))
    foreign = next(
        other.samples.rise
        for other in languages.every()
        if other.code != code and not re.search(rf"(?:{own})", other.samples.rise, re.IGNORECASE)
    )
    assert kinds(FELL, f"{foreign} 7%", code) == []
    assert ("direction", foreign) in kinds(FELL, f"{foreign} 7%", None)


@pytest.mark.parametrize("code", CODES)
def test_cldr_gives_every_month_form_a_date_uses(code: str) -> None:
    """Each month has its wide name first, then its other CLDR forms; no form names two months."""
    lang = language(code)
    forms = lang.month_forms
    assert len(forms) == 12
    assert tuple(month[0] for month in forms) == lang.month_names
    every_form = [form for month in forms for form in month]
    assert len(every_form) == len(set(every_form)) and all(len(form) > 1 for form in every_form)
    for regional in lang.regional_locales:
        assert Locale.parse(regional).language == code


def test_month_forms_hold_abbreviations_the_genitive_and_regional_names() -> None:
    """A Czech or Russian date writes the genitive, French abbreviates with a dot, Austria says Jänner."""
    assert {"březen", "března", "bře"} <= set(language("cs").month_forms[2])
    assert {"март", "марта"} <= set(language("ru").month_forms[2])
    assert "janv." in language("fr").month_forms[0]
    assert "Jänner" in language("de").month_forms[0]
    assert "Jänner" not in language("en").month_forms[0]


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_scale_words_of_powers_of_ten(code: str) -> None:
    """CLDR's compact formats give each language words for a thousand and more, none a lone Latin letter."""
    scales = language(code).scales
    assert scales, code
    for word, value in scales.items():
        assert word == word.casefold().strip().rstrip(".") and (len(word) > 1 or not word.isascii()), word
        assert value >= 1000 and str(value).rstrip("0") == "1", (word, value)


def test_scale_words_are_cldrs_and_the_modules_own() -> None:
    """The long and short forms come from CLDR, the English newsroom abbreviations from en.py."""
    assert language("fr").scales["milliards"] == 10**9
    assert language("fr").scales["billions"] == 10**12
    assert language("de").scales["mrd"] == 10**9
    assert language("ru").scales["млрд"] == 10**9
    assert language("hi").scales["करोड़"] == 10**7
    assert language("zh").scales["亿"] == 10**8
    assert language("en").scales["bn"] == 10**9
    assert "bn" in {scale.word for scale in language("en").more_scales}
    assert "k" not in language("fr").scales and "m" not in language("en").scales


def _compact_forms(code: str) -> list[tuple[str, int]]:
    """Return a figure in each of CLDR's compact forms of the language ("2,5 milliards", "2.5万"), with its value."""
    forms = []
    for exponent in range(3, 15):
        value = 25 * 10 ** (exponent - 1)
        for width in ("long", "short"):
            forms.append((format_compact_decimal(value, format_type=width, locale=code, fraction_digits=1), value))
    return forms


def _written_word(form: str) -> str:
    return " ".join(re.sub(r"[\d.,\s\u00a0\u202f]+", " ", form).casefold().split()).rstrip(".")


@pytest.mark.parametrize("code", CODES)
def test_a_figure_in_each_compact_form_of_the_language_reads_to_its_value(code: str) -> None:
    """A figure babel writes with each scale word of the language ("2,5 Mrd.", "25亿", "2,5 लाख") reads to its value.

    Forms whose word is not one of the language's scale words (one-letter ones such as "K") are left out,
    and every other scale word of the language (its more_scales) is written after format_decimal's figure.
    """
    scales = language(code).scales
    written = set()
    for form, value in _compact_forms(code):
        word = _written_word(form)
        if word not in scales:
            continue
        written.add(word)
        read = [v for q in find_quantities(form, language=code) for v in q.values]
        assert any(math.isclose(v, value) for v in read), (form, value, read)
    for word, value in scales.items():
        if word in written:
            continue
        space = "" if unicodedata.name(word[0]).startswith("CJK") else " "
        figure = f"{format_decimal(2.5, locale=code)}{space}{word}"
        read = [v for q in find_quantities(figure, language=code) for v in q.values]
        assert any(math.isclose(v, 2.5 * value) for v in read), (figure, read)


@pytest.mark.parametrize("code", CODES)
def test_month_names_read_as_their_month(code: str) -> None:
    """Each of CLDR's wide month names of the language, in a date and alone, reads as its month after a day."""
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, locale=code).items():
            assert set(source_months(f"5 {name}", code)) == {number}, name


@pytest.mark.parametrize("code", CODES)
def test_number_words_read_as_their_values(code: str) -> None:
    """Every form of every number word of the module reads as its value, an ordinal form as an ordinal."""
    for number in language(code).number_words:
        for form, kind in [(f, "plain") for f in number.cardinal] + [(f, "ordinal") for f in number.ordinal]:
            found = [(q.values[0], q.kind) for q in find_quantities(form, language=code) if q.text.lower() == form]
            assert (float(number.value), kind) in found, (form, found)


@pytest.mark.parametrize("code", CODES)
def test_cldr_quarter_names_read_as_their_quarter(code: str) -> None:
    """CLDR's wide and abbreviated quarter names ("3e trimestre", "III kwartał", "K3") read as their quarter.

    The figures near the name are given as read_source gives them: every value of every quantity.
    """
    for number, names in enumerate(language(code).quarter_names, start=1):
        for name in names:
            near = [(q.start, v) for q in find_quantities(name, language=code) for v in q.values]
            assert number in source_quarters(name, near, code), name
