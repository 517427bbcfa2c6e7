"""Judge one claim against what the source says: the verdict, its evidence and why."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from .claims import FIGURE_KINDS, Claim, ClaimKind
from .clock import describe as describe_times
from .dates import PERIOD_WORDS
from .demonyms import people
from .entities import country_acronym, country_words, english_words, gazetteer_names, is_demonym, is_generic
from .numbers import DAY_KINDS, Quantity, QuantityKind, is_year, matches, roman_value, same_currency
from .organisations import is_organisation, named_in
from .quotes import judge_quote
from .source import SourceFacts
from .verdicts import Verdict

Judged = tuple[Verdict, str, str]  # (verdict, evidence, note)
T = TypeVar("T")
_MAX_DERIVED_OPERANDS = 40


def judge(claim: Claim, claims: list[Claim], text: str, facts: SourceFacts) -> Judged:
    """Return (verdict, evidence, note) for claim, made in text alongside claims."""
    if claim.quantity is not None:
        return _judge_quantity(claim, claims, text, facts)
    if claim.kind == ClaimKind.NAME:
        verdict = _judge_name(claim, facts)
        if verdict[0] == Verdict.SUPPORTED and (apart := _apart_from(claim, claims, text, facts)):
            return Verdict.CONTRADICTED, verdict[1], apart
        return verdict
    if claim.kind == ClaimKind.QUOTE:
        return judge_quote(claim.text, facts)
    if claim.kind == ClaimKind.MONTH:
        return _judge_listed(claim, facts.months, "month")
    if claim.kind == ClaimKind.WEEKDAY:
        return _judge_listed(claim, facts.weekdays, "day of the week")
    if claim.kind == ClaimKind.QUARTER:
        return _judge_listed(claim, facts.quarters, "quarter")
    if claim.kind == ClaimKind.PERIOD:
        return _judge_listed(claim, facts.periods, "comparison period", english=PERIOD_WORDS)
    if claim.kind == ClaimKind.TIME:
        return _judge_time(claim, facts)
    if claim.kind == ClaimKind.DATE:
        return _judge_numeric_date(claim, facts)
    return Verdict.UNSUPPORTED, "", "the checker cannot read this claim"


def _judge_listed(claim: Claim, found: Mapping[Any, str], what: str, english: dict[str, str] | None = None) -> Judged:
    if claim.value in found:
        return Verdict.SUPPORTED, str(found[claim.value]), ""
    if found:
        evidence = "; ".join(str(v) for v in found.values())
        said = "; ".join(f"{english[k]} (\"{v}\")" for k, v in found.items()) if english else f'"{evidence}"'
        return (
            Verdict.CONTRADICTED,
            evidence,
            f'the source gives a different {what}: {said}, not "{claim.text}"',
        )
    return Verdict.UNSUPPORTED, "", f'the source names no {what}: remove "{claim.text}" or use what the source says'


def _judge_time(claim: Claim, facts: SourceFacts) -> Judged:
    """Support a clock time the source gives in any of its forms ("14 h 30", "下午2点半" for "2:30 pm")."""
    readings = claim.value if isinstance(claim.value, frozenset) else frozenset()
    if said := [facts.times[r] for r in sorted(readings) if r in facts.times]:
        return Verdict.SUPPORTED, said[0], ""
    if facts.times:
        given = "; ".join(dict.fromkeys(facts.times.values()))
        return (
            Verdict.CONTRADICTED,
            given,
            f'the source gives the time "{given}" ({describe_times(frozenset(facts.times))}), '
            f'not {claim.text} ({describe_times(readings)})',
        )
    # a time written in a way the reader does not know: its hour and minutes as figures of the source
    for hour, minute in sorted(readings):
        hours = facts.near(float(hour), 0.0) or facts.near(float(hour % 12 or 12), 0.0)
        if hours and (not minute or facts.near(float(minute), 0.0)):
            return Verdict.SUPPORTED, _span(facts, hours[0].start), ""
    return Verdict.UNSUPPORTED, "", f'the source gives no time of day "{claim.text}": use the source\'s or remove it'


def _judge_numeric_date(claim: Claim, facts: SourceFacts) -> Judged:
    """Support a date written in digits ("26/07/2020") by the source's, in words or digits ("26 juillet 2020")."""
    readings = claim.value if isinstance(claim.value, tuple) else ()
    for day, month, year in readings:
        days = [q for q in facts.near(float(day), 0.0) if q.kind in DAY_KINDS]
        if month in facts.months and days and (not year or facts.near(float(year), 0.0)):
            return Verdict.SUPPORTED, f"{_span(facts, days[0].start)}", ""
    if facts.months:
        said = "; ".join(dict.fromkeys(facts.months.values()))
        return Verdict.CONTRADICTED, said, f'the source gives the date "{said}", not {claim.text}'
    return Verdict.UNSUPPORTED, "", f'the source gives no date "{claim.text}": use the source\'s or remove it'


def checkable(claim: Claim, facts: SourceFacts) -> bool:
    """Tell whether the checker can judge the claim against this source.

    A name made only of dictionary words ("Tax Office", "Labor Party") is translated, not
    transliterated, in a source in another language, so it cannot be looked up there.
    """
    if claim.kind != ClaimKind.NAME:
        return True
    words = [w for w in distinctive_words(claim.text) if len(w.strip(".")) >= 2]
    if re.search(r"\d", claim.text):
        return True  # a code's number (F-16) is checked like a figure
    if not words:
        return False
    if claim.text.upper() in currency_codes():
        return False
    # an organisation's acronym is known in every language (OTAN, ООН, 联合国 for NATO, UN): see organisations.py
    known = [w for w in words if _ACRONYM.fullmatch(w) and is_organisation(w)]
    # so is a religion or people of demonyms.py, though it is a dictionary word (catholic, orthodox)
    known += [w for w in words if people(w)]
    # and a country's acronym (US, UK) is looked up by the country's own names there (США, 美国)
    known += [w for w in words if country_acronym(w) or w.lower() in country_words()]
    # a source in Latin letters writes an acronym as it is, though it spells a word (PAP, DAX)
    known += [w for w in words if _written_acronym(w, facts)]
    if facts.names.translates_acronyms and all(_ACRONYM.fullmatch(w) for w in words) and not known:
        return False
    if facts.language not in (None, "en"):
        vocabulary = english_words()
        capitalised = source_capitalised(facts) if facts.names.latin else frozenset()
        # a word the source itself writes with a capital is a name there too (Alphabet, Scale AI)
        return bool(known) or not all(w.lower() in vocabulary and w.lower() not in capitalised for w in words)
    return True


def source_unused(facts: SourceFacts) -> Callable[[str], bool]:
    """Return a test for the words (lower case) the source never uses, in any form (apple, not apples)."""

    def make() -> Callable[[str], bool]:
        words = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", facts.text)})

        def unused(word: str) -> bool:
            stem = word[: max(4, len(word) - 2)]
            i = bisect.bisect_left(words, stem)
            return not (i < len(words) and words[i].startswith(stem))

        return unused

    return _per_source(facts, "unused", make)


def source_capitalised(facts: SourceFacts) -> frozenset[str]:
    """Return the words (lower case) a source in a cased script writes with a capital inside a sentence."""

    def make() -> frozenset[str]:
        words = {w.lower() for a, b in facts.proper for w in re.findall(r"[^\W\d_]+", facts.text[a:b])}
        return frozenset(w for w in words if len(w) >= 2)

    return _per_source(facts, "capitalised", make)


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def distinctive_words(name: str) -> list[str]:
    """Return the words of a name that say which one it is."""
    words = [re.sub(r"['’]s$", "", w.strip(".,'’")) for w in re.split(r"[\s\-]+", name)]
    # O'Toole is written O'Toole, O’Toole or OToole: its telling part is Toole
    words = [max(re.split(r"['’]", w), key=len) if re.search(r"\w['’]\w", w) else w for w in words]
    return [w for w in words if w and not is_generic(w) and any(ch.isalpha() for ch in w)]


@functools.cache
def currency_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").currencies)


def _judge_name(claim: Claim, facts: SourceFacts) -> Judged:
    words = [w.strip(".,'’") for w in re.split(r"[\s\-]+", claim.text)]
    distinctive = distinctive_words(claim.text)
    if len(words) > 1 and facts.names.has_place(claim.text):
        return Verdict.SUPPORTED, claim.text, ""
    if (
        len(distinctive) > 1
        and not any(ch.isdigit() for ch in claim.text)
        and not any(w.replace(".", "").isupper() for w in distinctive)  # an acronym is not run into a word
        and facts.names.has_joined(distinctive)
    ):
        # written as one word in the source (श्रीलंकाई is Sri Lankan)
        return Verdict.SUPPORTED, claim.text, ""
    # words inside a place name the source gives in its own language ("Hong Kong's ...")
    in_places = {
        w
        for i in range(len(words))
        for j in range(i + 2, min(len(words), i + 4) + 1)
        if facts.names.has_place(" ".join(words[i:j]))
        for w in words[i:j]
    }
    # every word that says which one it is must be in the source ("John Oliver" is not "John Smith");
    # dictionary words beside them ("Admiral", "Russian") may be translated or left out
    for letters, number in re.findall(r"\b([A-Za-z]+)[- ]?(\d+)\b", claim.text):
        # the source writes the same code with another number (F-16, not F-35)
        theirs = set(re.findall(r"\b" + re.escape(letters) + r"[- ]?(\d+)\b", facts.text, re.IGNORECASE))
        if theirs and number not in theirs:
            given = ", ".join(f"{letters}-{n}" for n in sorted(theirs))
            return Verdict.UNSUPPORTED, given, f'the source gives {given}, not "{claim.text}"'
    if said := named_in(claim.text.upper(), facts.text):
        return Verdict.SUPPORTED, said, ""  # Covid-19 is 新冠 and коронавирус: a name with a number CLDR lacks
    if mismatch := _regnal_mismatch(words, facts):
        return mismatch
    # initials and regnal numbers ("H.", "II") say little on their own
    vocabulary = english_words()
    telling = [w for w in distinctive if len(w) >= 2 and not _ROMAN.fullmatch(w)] or distinctive
    # a country's acronym is a dictionary word ("us") but says which country
    required = [
        w
        for w in telling
        if w.lower() not in vocabulary
        or country_acronym(w)
        or w.lower() in country_words()
        or _written_acronym(w, facts)
    ] or telling
    required += [w for w in words if w.isdigit()]  # the number of a code: Covid-19, F-16
    evidence = ""
    found = 0
    for i, word in enumerate(required):
        if said := named_in(word.upper(), facts.text):
            found += 1
            evidence = evidence or said
            continue
        if facts.names.ideographic and is_organisation(word.upper()) and not _ACRONYM.fullmatch(word):
            # a company Chinese or Japanese name in words of their own (微软, トヨタ): by that name only
            if i == len(required) - 1:
                return Verdict.UNSUPPORTED, "", f'the source does not name "{word}" ("{claim.text}")'
            continue
        if country_acronym(word):
            if facts.names.has_country(word):
                found += 1
                evidence = evidence or word
            elif i == len(required) - 1:
                return Verdict.UNSUPPORTED, "", f'the source does not name "{word}" ("{claim.text}")'
            continue
        translated = _ACRONYM.fullmatch(word) and facts.names.translates_acronyms and not is_organisation(word)
        if word in in_places or translated:
            found += 1
            continue
        if _ACRONYM.fullmatch(word) and facts.names.has_acronym(word):
            found += 1
            evidence = evidence or word
            continue
        if _ACRONYM.fullmatch(word) and word.isupper() and facts.names.latin:
            # a source in Latin letters writes the acronym itself: sounding alike is not enough
            if facts.names.has_place(word):
                found += 1
            elif i == len(required) - 1:
                return Verdict.UNSUPPORTED, "", f'the source does not name "{word}" ("{claim.text}")'
            continue
        if word.isdigit():
            # the number of a code (Covid-19, F-16) must be a number of the source, not part of one
            if facts.near(float(word), 0.0):
                evidence = evidence or word
                found += 1
            elif i == len(required) - 1:
                return Verdict.UNSUPPORTED, "", f'the source has no "{word}" ("{claim.text}")'
            continue
        if any(ch.isdigit() for ch in word) and _folded(word) in _folded(facts.text):
            evidence = evidence or word
            found += 1
            continue
        if facts.names.latin and gazetteer_names(word, facts.language) and not word.isupper():
            # in Latin letters, a country, language or demonym CLDR knows is found by its local name or its
            # own spelling, not by a loose likeness ("Chinese" is not "sans"); another script may spell
            # a namesake (Джорджия is the state of Georgia, Грузия the country)
            known = facts.names.has_place(word) or facts.names.has_close(word)
        else:
            known = facts.names.has_word(word) or facts.names.has_place(word)
        if not known:
            if i == len(required) - 1:
                # the last word (a surname, the head of a place name) must always be there
                return Verdict.UNSUPPORTED, "", f'the source does not name "{word}" ("{claim.text}")'
            if i == len(required) - 2 and _given_name_written(required[-1], facts):
                # the source gives the person's first name too, and it is another one
                return Verdict.UNSUPPORTED, "", f'the source does not name "{word}" ("{claim.text}")'
            continue
        found += 1
        if not evidence:
            positions = facts.names.positions(word)
            evidence = _span(facts, positions[0]) if positions else word
    if 2 * found < len(required):
        return Verdict.UNSUPPORTED, "", f'the source does not name "{claim.text}"'
    return Verdict.SUPPORTED, evidence or claim.text, ""


def _written_acronym(word: str, facts: SourceFacts) -> bool:
    """Tell whether a word in capitals is an acronym a source in Latin letters would write as it is."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and facts.names.latin and not _ROMAN.fullmatch(word)


def _given_name_written(surname: str, facts: SourceFacts) -> bool:
    """Tell whether a Chinese or Japanese source writes a foreign name whole, first name · surname (格雷琴·惠特默)."""
    if not facts.names.ideographic:
        return False
    return any(p > 0 and facts.text[p - 1] in "·・•‧" for p in facts.names.positions(surname))


_ROMAN = re.compile(r"[IVXLC]+")
_NUMERAL_AFTER = re.compile(r"[^\W\d_][\w'’\-]*\s+(?P<numeral>[IVXLC]+)(?![^\W\d_])")


def _regnal_mismatch(words: list[str], facts: SourceFacts) -> Judged | None:
    """Fail "Louis XVI" against a source that names Louis only with another numeral ("Louis XIV").

    A monarch's or pope's numeral is checked only where the source writes one after a name: after
    the same name when the source spells it alike, else after any capitalised word (Jan Paweł II
    for John Paul II).
    """
    for before, numeral in itertools.pairwise(words):
        if not (ours := roman_value(numeral)) or _ROMAN.fullmatch(before):
            continue
        positions = facts.names.positions(before) or [a for a, _ in facts.proper]
        theirs = {
            m.group("numeral")
            for p in positions
            if (m := _NUMERAL_AFTER.match(facts.text, p)) and roman_value(m.group("numeral"))
        }
        if theirs and not any(roman_value(t) == ours for t in theirs):
            given = ", ".join(sorted(theirs))
            return Verdict.UNSUPPORTED, given, f'the source gives the numeral {given} with this name, not {numeral}'
    return None


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _span(facts: SourceFacts, position: int, width: int = 40) -> str:
    start, end = facts.clause(position)
    if end - start > 2 * width:
        start, end = max(start, position - width), min(end, position + width)
    return facts.text[start:end].strip()


def _judge_quantity(claim: Claim, claims: list[Claim], text: str, facts: SourceFacts) -> Judged:
    q = claim.quantity
    if q is None:
        return Verdict.UNSUPPORTED, "", "the checker cannot read this figure"
    found = [s for s in facts.near(q.values[0], q.unit) if any(matches(q, v) for v in s.values)]
    hits = [s for s in found if same_kind(claim, s, facts, text)]
    if hits:
        return _attribution(claim, claims, text, facts, hits)
    if claim.kind in FIGURE_KINDS and (how := _derivation(claim, text, facts)):
        return Verdict.DERIVED, how, ""
    if claim.kind == ClaimKind.YEAR and (decade := _decade(claim, text, facts)):
        return Verdict.SUPPORTED, decade, ""
    if claim.kind == ClaimKind.YEAR and facts.years:
        evidence = ", ".join(dict.fromkeys(y.text for y in facts.years))
        return Verdict.CONTRADICTED, evidence, f"the source gives the year(s) {evidence}, not {claim.text}"
    if claim.kind in {ClaimKind.AMOUNT, ClaimKind.NUMBER} and (rescaled := _rescaled(claim, text, facts)):
        source, value = rescaled
        return (
            Verdict.CONTRADICTED,
            _span(facts, source.start),
            f'the source says "{source.text}", which is {english_figure(value)}, not {claim.text}',
        )
    if found and found[0].kind == QuantityKind.CURRENCY == _wanted(claim) and claim.quantity is not None:
        other = found[0]
        return (
            Verdict.CONTRADICTED,
            _span(facts, other.start),
            f'the source gives "{other.text}" in {_money_name(other.currency)}, '
            f"not in {_money_name(claim.quantity.currency)}: keep the source's currency",
        )
    if found:
        other = found[0]
        return (
            Verdict.UNSUPPORTED,
            _span(facts, other.start),
            f'the source\'s "{other.text}" is {_KIND_WORDS[other.kind]}, not {_KIND_WORDS[_wanted(claim)]}: '
            f'"{claim.text}" is not in the source',
        )
    return (
        Verdict.UNSUPPORTED,
        "",
        f'the source has no figure "{claim.text}": use the source\'s figure or remove it',
    )


_MONEY_NAMES = {"EUR": "euros (€)", "USD": "US dollars ($)", "$": "dollars ($)", "GBP": "pounds (£)",
                "JPY": "yen (¥)", "CNY": "yuan", "¥": "yen or yuan (¥)", "CHF": "Swiss francs"}


def _money_name(currency: str) -> str:
    return _MONEY_NAMES.get(currency, currency or "an unstated currency")


_KIND_WORDS = {
    "percent": "a percentage",
    "currency": "an amount of money",
    "date": "a day or month of a date",
    "quarter": "a quarter's number",
    "ordinal": "an ordinal (a rank)",
    "plain": "a plain number",
    "year": "a year",
}


def _wanted(claim: Claim) -> str:
    """Return the kind of figure the claim is: percent, currency, date, ordinal, year or plain."""
    q = claim.quantity
    if q is not None and q.kind == QuantityKind.PERCENT:
        return "percent"  # "points" alone (a score) is a plain number; "51 to 79 per cent" a percentage
    if claim.kind == ClaimKind.AMOUNT or (q is not None and q.kind == QuantityKind.CURRENCY):
        return "currency"
    if claim.kind == ClaimKind.YEAR:
        return "year"
    if q is not None and q.kind in (QuantityKind.DATE, QuantityKind.ORDINAL):
        return q.kind
    return "plain"


def same_kind(claim: Claim, source: Quantity, facts: SourceFacts, text: str) -> bool:
    """Tell whether a source figure counts the same kind of thing as the claim.

    A percentage is supported only by a source percentage, an amount only by a source amount (in the
    same currency when both say one), or by a bare figure in a source sentence that gives no amount
    of money ("5000多的工资", a salary of 5,000 without its currency). A day of a date supports only
    a day ("the 24th", "October 24"), and a quarter's number nothing but a quarter (checked on its
    own): "le 30 octobre" is no source for "rose 30%", "troisième trimestre" none for "3 stores". An
    ordinal supports an ordinal or a number word ("at number three" for "तीसरे नंबर पर").
    """
    q = claim.quantity
    wanted = _wanted(claim)
    if wanted == "year":
        return source.kind not in ("percent", "currency")
    if wanted == "percent":
        return source.kind == QuantityKind.PERCENT
    if wanted == "currency":
        if source.kind == QuantityKind.PLAIN:
            # a bare figure in a sentence with no money, or in one that names the currency once for
            # several figures ("3 milliards d'euros ... entre 12 et 21 milliards"): the same currency
            currencies = _money_sentences(facts).get(facts.sentence_number(source.start))
            return currencies is None or (
                source.scaled and any(same_currency(q.currency if q else "", c) for c in currencies)
            )
        return source.kind == QuantityKind.CURRENCY and same_currency(q.currency if q else "", source.currency)
    if wanted == "date":
        return source.kind in DAY_KINDS
    if wanted == "ordinal":
        day = q is not None and not q.word and q.values[0] <= 31
        return source.kind in (QuantityKind.ORDINAL, QuantityKind.PLAIN) or (day and source.kind == QuantityKind.DATE)
    if source.kind in (QuantityKind.PERCENT, QuantityKind.DATE):
        # words out of order ("21 more percent", "July on 26") still say what the figure is
        before, after = text[max(0, claim.start - 30) : claim.start], text[claim.end : claim.end + 30]
        return bool(_NEAR_BEFORE[source.kind].search(before) or _NEAR_AFTER[source.kind].match(after))
    if source.kind == QuantityKind.ORDINAL:
        return q is not None and q.word
    return source.kind in (QuantityKind.PLAIN, QuantityKind.CURRENCY)


def _per_source(facts: SourceFacts, what: str, make: Callable[[], T]) -> T:
    """Return what was worked out once for this source, kept with its facts (make() the first time)."""
    if what not in facts.derived:
        facts.derived[what] = make()
    return cast(T, facts.derived[what])  # each key is only ever stored by make() of its one type


def _money_sentences(facts: SourceFacts) -> dict[int, set[str]]:
    """Return the source sentences that give an amount of money, each with the currencies it names."""

    def make() -> dict[int, set[str]]:
        found: dict[int, set[str]] = {}
        for o in facts.quantities:
            if o.kind == QuantityKind.CURRENCY:
                found.setdefault(facts.sentence_number(o.start), set()).add(o.currency)
        return found

    return _per_source(facts, "money", make)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_NEAR_BEFORE = {
    "percent": re.compile(r"\b(?:percent|per cent)\s+(?:\w+\s+)?$", re.IGNORECASE),
    "date": re.compile(r"\b" + _MONTHS + r"\.?\s+(?:\w+\s+)?$"),
}
_NEAR_AFTER = {
    "percent": re.compile(r"\s+(?:\w+\s+)?(?:percent|per cent)\b", re.IGNORECASE),
    "date": re.compile(r"\s+(?:\w+\s+)?" + _MONTHS + r"\b"),
}


_SCALES = (1e3, 1e6, 1e9, 1e12)


def _rescaled(claim: Claim, text: str, facts: SourceFacts) -> tuple[Quantity, float] | None:
    """Find the source figure of the same kind with the same digits at another scale (millions for billions)."""
    value = claim.quantity.values[0] if claim.quantity else 0.0
    if not value:
        return None
    for quantity in facts.quantities:
        for v in quantity.values[:1] if quantity.scaled else quantity.values:
            ratio = abs(v / value)
            if any(abs(ratio - f) <= 1e-9 * f or abs(ratio * f - 1) <= 1e-9 for f in _SCALES):
                if same_kind(claim, quantity, facts, text):
                    return quantity, v
    return None


def english_figure(value: float) -> str:
    """Write a value as English news does: 593 billion, 14.3 million, 1,200."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.6g} {word}"
    return f"{value:,.6g}"


def _decade(claim: Claim, text: str, facts: SourceFacts) -> str:
    """Support "the 1970s" by a source that writes the decade short ("les années 70", "70er Jahre")."""
    q = claim.quantity
    if q is None or q.values[0] % 10 or not text[claim.end : claim.end + 1] == "s":
        return ""
    short = q.values[0] % 100
    return next((s.text for s in facts.quantities if short in s.values and len(s.text) == 2), "")


def _start(claim: Claim) -> int:
    return claim.start


def _attribution(claim: Claim, claims: list[Claim], text: str, facts: SourceFacts, hits: list[Quantity]) -> Judged:
    """Support a figure found in the source, unless the article ties it to another entity or period."""
    lo, hi = claim.clause
    # claims are in text order: the clause's claims are a slice of them
    first_in, after = bisect.bisect_left(claims, lo, key=_start), bisect.bisect_right(claims, hi, key=_start)
    near = [c for c in claims[first_in:after] if c is not claim and c.end <= hi]
    # the name a figure belongs to is the last one before it in its clause ("Scale AI's revenue rose 26%"),
    # or else one right after it ("revenue rose 26% at Scale AI")
    names = [c for c in near if c.kind == ClaimKind.NAME and c.end <= claim.start][-1:] or [
        c for c in near if c.kind == ClaimKind.NAME and c.start >= claim.end and _right_after(text[claim.end : c.start])
    ][:1]
    first = hits[0]
    evidence = _span(facts, first.start)
    # the day of a date ("January 27", "27 January") belongs to the date, not to an entity or period
    if any(c.kind == ClaimKind.MONTH and min(abs(c.end - claim.start), abs(claim.end - c.start)) <= 2 for c in near):
        return Verdict.SUPPORTED, evidence, ""
    for name in names:
        own = _name_positions(name, facts)
        if not own:
            continue  # an unknown name fails on its own
        others = [c for c in claims if c.kind == ClaimKind.NAME and not (lo <= c.start and c.end <= hi)]
        rivals = [(o, _name_positions(o, facts)) for o in others if o.text != name.text]
        rival = _rival_for_every_hit(own, rivals, facts, hits, lambda o: _same_measure(claim, o, facts, text))
        if rival:
            return Verdict.CONTRADICTED, evidence, f"the source gives {claim.text} for {rival}, not for {name.text}"
    for name in names:
        own = _name_positions(name, facts)
        if own and not _named_before(own, [h.start for h in hits], facts):
            return (
                Verdict.CONTRADICTED,
                evidence,
                f"the source never gives {claim.text} in the same sentence as {name.text}",
            )
    for other in near:
        if other.kind not in {ClaimKind.YEAR, ClaimKind.QUARTER, ClaimKind.PERIOD}:
            continue
        if verdict := _period_mismatch(claim, other, facts, hits):
            return verdict
    return Verdict.SUPPORTED, evidence, ""


_RIGHT_AFTER = re.compile(r"(?:\s*[\w%.\-]+){0,2}\s+(?:at|for|in|of|from|by|on|with|into)\s+(?:the\s+)?", re.IGNORECASE)


def _right_after(gap: str) -> bool:
    """Tell whether a name after a figure belongs to it: joined by a preposition, a word or two apart.

    "26% at Scale AI" and "$2bn in sales for Vellmar" do; "45 people after protests in Portland" and
    "the 27-year-old could move to Porto" do not.
    """
    return bool(_RIGHT_AFTER.fullmatch(gap)) and not _JOINED.search(gap)


def _rival_for_every_hit(
    own: list[int],
    rivals: list[tuple[Claim, list[int]]],
    facts: SourceFacts,
    hits: list[Quantity],
    alike: Callable[[Quantity], bool],
) -> str:
    """Return the other entity the source ties the figure to at every occurrence, or ""."""
    rival = ""
    for hit in hits:
        c_lo, c_hi = facts.clause(hit.start)
        s_lo, s_hi = facts.sentence(hit.start)
        found = ""
        if not any(c_lo <= p < c_hi for p in own):
            # another name from the article stands in the source's clause
            found = next((o.text for o, pos in rivals if any(c_lo <= p < c_hi for p in pos)), "")
            if not found:
                found = _own_figure_later(own, facts, hit, alike)
        if not found and not any(s_lo <= p < s_hi for p in own):
            # the source's sentence names someone else before the figure, or in its clause after it
            # ("26 % chez Vellmar"), and never this entity
            found = next((o.text for o, pos in rivals if any(s_lo <= p < hit.start for p in pos)), "") or next(
                (
                    facts.text[a:b]
                    for a, b in facts.proper
                    if ((s_lo <= a and b <= hit.start) or (hit.end <= a and b <= c_hi))
                    and not any(a <= p < b for p in own)
                ),
                "",
            )
        if not found:
            return ""
        rival = rival or found
    return rival


def _same_measure(claim: Claim, source: Quantity, facts: SourceFacts, text: str) -> bool:
    """Tell whether a source figure could be the entity's own value of what the claim measures."""
    return _wanted(claim) in ("percent", "currency", "plain") and same_kind(claim, source, facts, text)


def _own_figure_later(own: list[int], facts: SourceFacts, hit: Quantity, alike: Callable[[Quantity], bool]) -> str:
    """Describe the entity's own figure when the source names it only in a later clause that gives one.

    "Le groupe prévoit 72 milliards, tandis qu'Alphabet vise 93 milliards": 72 is not Alphabet's.
    """
    s_lo, s_hi = facts.sentence(hit.start)
    _, c_hi = facts.clause(hit.start)
    mine = [p for p in own if s_lo <= p < s_hi]
    if not mine or any(p < c_hi for p in mine):
        return ""
    for p in mine:
        o_lo, o_hi = facts.clause(p)
        for other in facts.quantities:
            if o_lo <= other.start < o_hi and other.start != hit.start and other.kind == hit.kind and alike(other):
                return f'another entity: the source\'s figure for it is "{other.text}"'
    return ""


def _period_mismatch(claim: Claim, other: Claim, facts: SourceFacts, hits: list[Quantity]) -> Judged | None:
    """Contradict a figure whose source sentence names a different year, quarter or comparison period."""
    mismatched = []
    for hit in hits:
        s_lo, s_hi = facts.sentence(hit.start)
        sentence = facts.text[s_lo:s_hi]
        if other.kind == ClaimKind.YEAR:
            years = {y.values[0] for y in facts.years if s_lo <= y.start < s_hi}
            if other.quantity is None or not years or other.quantity.values[0] in years:
                return None
            mismatched.append(", ".join(str(int(y)) for y in sorted(years)))
        elif other.kind == ClaimKind.QUARTER:
            quarters = {k for k, v in facts.quarters.items() if v in sentence}
            if not quarters or other.value in quarters:
                return None
            mismatched.append(", ".join(f"Q{k}" for k in sorted(quarters)))
        else:
            periods = {k for k, v in facts.periods.items() if v in sentence}
            if not periods or other.value in periods:
                return None
            mismatched.append(", ".join(PERIOD_WORDS.get(k, k) for k in sorted(periods)))
    return (
        Verdict.CONTRADICTED,
        _span(facts, hits[0].start),
        f"the source gives {claim.text} for {mismatched[0]}, not for {other.text}",
    )


_JOINED = re.compile(r"\b(?:and|as|while|whereas|but|after|before|when|since|because|amid|or)\b")


def _together(a: list[int], b: list[int], facts: SourceFacts, *, window: int = 1) -> bool:
    """Tell whether some source sentence (or, with window 1, its neighbour) holds a position of each list.

    A figure's subject may be named in the sentence before it ("Vellmar published. Revenue rose 26%.").
    """
    near_a = {n + d for n in _sentence_numbers(a, facts) for d in range(-window, window + 1)}
    return any(n in near_a for n in _sentence_numbers(b, facts))


def _named_before(names: list[int], figures: list[int], facts: SourceFacts, *, back: int = 3) -> bool:
    """Tell whether a figure's subject may be the name: named in its sentence, the next, or up to three before.

    News names its subject once and carries it on with a pronoun ("Meta ... Le groupe prévoit ...
    Ses revenus ont augmenté de 26 %"), so the figure's own sentence often names nobody.
    """
    named = _sentence_numbers(names, facts)
    return any(n - back <= m <= n + 1 for n in _sentence_numbers(figures, facts) for m in named)


def _sentence_numbers(positions: list[int], facts: SourceFacts) -> set[int]:
    """Return the source sentences the positions fall in (remembered, by the positions, for a name's list)."""
    if len(positions) < 4:
        return {facts.sentence_number(p) for p in positions}
    key = tuple(positions)
    cache = facts.names.sentence_cache
    if (known := cache.get(key)) is None:
        known = cache[key] = {facts.sentence_number(p) for p in positions}
    return known


def _apart_from(claim: Claim, claims: list[Claim], text: str, facts: SourceFacts) -> str:
    """Return why a name is tied to another name in its clause that the source never puts near it, or "".

    Names joined by "and", "as", "while"... may come from different sentences of the source
    ("Meta invests in Scale AI as Alphabet plans..."); only names in one statement are paired.
    """
    lo, hi = claim.clause
    if is_demonym(claim.text) or country_acronym(claim.text):
        return ""  # "European" in "the European elections", "US" in "US colleges" say what, not who
    own = _name_positions(claim, facts)
    if not own:
        return ""
    # claims are in text order: the clause's claims are a slice of them (as in _attribution)
    first_in, after = bisect.bisect_left(claims, lo, key=_start), bisect.bisect_right(claims, hi, key=_start)
    for other in claims[first_in:after]:
        if other is claim or other.kind != ClaimKind.NAME or other.end > hi:
            continue
        if is_demonym(other.text) or country_acronym(other.text):
            continue
        if other.text == claim.text:
            continue
        between = text[min(claim.end, other.end) : max(claim.start, other.start)]
        if _JOINED.search(between):
            continue
        theirs = _name_positions(other, facts)
        if theirs and not _together(own, theirs, facts, window=0):
            return f"the source never names {claim.text} and {other.text} together"
    return ""


def _name_positions(name: Claim, facts: SourceFacts) -> list[int]:
    return facts.names.name_positions(name.text, _CONNECTORS)


_CONNECTORS = frozenset(
    {"of", "the", "de", "la", "del", "di", "da", "von", "van", "der", "du", "le", "al", "el", "and"}
)


def _derivation(claim: Claim, text: str, facts: SourceFacts) -> str:
    """Return how the figure follows from two source figures, or "" when it does not.

    Only figures of one kind and currency are combined, from one source sentence or two next to each
    other, and only as the article's clause says: a sum needs "combined", "in total", "together"...
    (or two parts the source lists together: "70 ouvriers et 50 techniciens"), a difference "up
    from", "more than ... last year", "of which"..., a growth rate "rose", "fell"..., a share "share",
    "of the", "accounts for"... A percentage is computed from two amounts of one currency or two
    plain counts, never from other percentages, dates or ordinals.
    """
    q = claim.quantity
    if q is None:
        return ""
    value = q.values[0]
    if value.is_integer() and abs(value) < 10 and not q.scaled:
        return ""
    wanted = _wanted(claim)
    if wanted not in ("percent", "currency", "plain"):
        return ""
    lo, hi = claim.clause
    clause = text[lo:hi]
    cues = {name: bool(pattern.search(clause)) for name, pattern in _CUES.items()}
    if wanted == "percent" and not (cues["growth"] or cues["share"]):
        return ""
    if wanted != "percent" and not (cues["sum"] or cues["difference"]) and not _listed_pairs(facts):
        return ""
    operands = _operands(facts, wanted, q.currency)
    for (a, qa, na), (b, qb, nb) in itertools.permutations(operands, 2):
        if a == b or qa.start == qb.start or abs(na - nb) > 1:
            continue
        ta, tb = qa.text, qb.text
        if wanted == "percent":
            if qa.kind != qb.kind or not same_currency(qa.currency, qb.currency):
                continue
            candidates = [((a - b) / b * 100, f"({ta} - {tb}) / {tb}")] if cues["growth"] else []
            candidates += [(a / b * 100, f"{ta} / {tb}")] if cues["share"] and a < b else []
        elif min(abs(a), abs(b)) < 10 and not q.scaled:
            continue  # 17 - 1 = 16 is a changed figure far more often than a computed one
        else:
            listed = qa.start < qb.start and _listed(facts, qa, qb)
            candidates = [(a + b, f"{ta} + {tb}")] if cues["sum"] or listed else []
            candidates += [(a - b, f"{ta} - {tb}")] if cues["difference"] else []
        for result, how in candidates:
            if abs(result - value) < q.unit and result > 0 and matches(q, result):
                return f"{how} = {q.text}"
    return ""


def _operands(facts: SourceFacts, wanted: str, currency: str) -> list[tuple[float, Quantity, int]]:
    """Return (value, figure, sentence number) of the source figures a figure of the wanted kind may come from."""

    def make() -> list[tuple[float, Quantity, int]]:
        operands: list[tuple[float, Quantity, int]] = []
        for s in facts.quantities:
            if s.word or not _operand(s, wanted, currency):
                continue  # "un", "ein", "una" are mostly articles, and nobody computes with number words
            # a scaled figure counts at its scale only ("72 milliards" is not also 72)
            for v in s.values[:1] if s.scaled else s.values:
                if v and all(v != w or s.start != o.start for w, o, _ in operands):
                    operands.append((v, s, facts.sentence_number(s.start)))
        return operands[:_MAX_DERIVED_OPERANDS]

    return _per_source(facts, f"operands {wanted} {currency}", make)


def _listed_pairs(facts: SourceFacts) -> bool:
    """Tell whether the source lists any two figures as parts of one whole."""
    pairs = zip(facts.quantities, facts.quantities[1:], strict=False)
    return _per_source(facts, "listed", lambda: any(_listed(facts, a, b) for a, b in pairs))


def _operand(source: Quantity, wanted: str, currency: str) -> bool:
    """Tell whether a source figure may be an operand of a figure of the wanted kind."""
    if wanted == "currency":
        return source.kind == QuantityKind.CURRENCY and same_currency(currency, source.currency)
    if is_year(source):
        return False  # a year is no operand
    if wanted == "percent":
        return source.kind in (QuantityKind.CURRENCY, QuantityKind.PLAIN)
    return source.kind == QuantityKind.PLAIN


def _listed(facts: SourceFacts, a: Quantity, b: Quantity) -> bool:
    """Tell whether the source lists two figures as parts of one whole ("70 ouvriers et 50 techniciens")."""
    gap = facts.text[a.end : b.start]
    return len(gap) <= 40 and not re.search(r"[,;:.!?]", gap) and bool(_AND.search(gap))


_AND = re.compile(r"(?<![^\W\d_])(?:and|et|und|y|e|i|a|и|та|और|和|与|及|と)(?![^\W\d_])|[和与及と]")
_CUES = {
    "sum": re.compile(
        r"\b(?:combined|in total|a total|totall?ing|total of|together|in all|altogether|overall|aggregate|"
        r"jointly|sum of|between them|plus|bringing (?:the |its |their )?total)\b",
        re.IGNORECASE,
    ),
    "difference": re.compile(
        r"\b(?:difference|gap|up from|down from|compared with|compared to|versus|vs|more than\b.*\b(?:last|previous|"
        r"earlier|before|a year ago)|less than\b.*\b(?:last|previous|earlier|before|a year ago)|fewer than|"
        r"(?:increase|decrease|rise|drop|fall|jump|decline) of|(?:rose|grew|climbed|increased|jumped|fell|dropped|"
        r"declined|decreased|slipped|shrank|gained|lost|cut|added) by|remaining|the rest|remainder|of which|net|minus|"
        r"excluding|surplus|deficit|shortfall|widened|narrowed|left)\b",
        re.IGNORECASE,
    ),
    "growth": re.compile(
        r"\b(?:rose|rise|rises|rising|grew|grow|grows|growth|increased?|increases|increasing|up|jump(?:ed|s)?|"
        r"climb(?:ed|s)?|gain(?:ed|s)?|fell|fall(?:s|ing)?|drop(?:ped|s)?|declin(?:e|ed|es|ing)|down|slump(?:ed)?|"
        r"shr[au]nk|higher|lower|change[ds]?|surg(?:e|ed)|soar(?:ed)?|plunged?|tumbled?)\b",
        re.IGNORECASE,
    ),
    "share": re.compile(
        r"\b(?:share|shares|of (?:the|its|their|all|total)|accounts? for|accounted for|represent(?:s|ed|ing)?|"
        r"proportion|portion|stake|fraction|per ?cent of)\b|% of",
        re.IGNORECASE,
    ),
}
