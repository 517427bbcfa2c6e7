"""Names in an English article, and whether the source names them too, in whatever script it uses.

Names are capitalised spans. A name is found in the source when one of its distinctive words is
there after both are transliterated to ASCII and folded to a rough phonetic key (so Каролины finds
Carolina and Argentinien finds Argentina), or when the Unicode CLDR gives the source language's
name for the same country, language or city (Allemagne, Германия and 德国 all find Germany).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anyascii import anyascii

from newsdesk.lib.sentences import ABBREVIATIONS

from .demonyms import COUNTRY_ACRONYMS, acronym_forms, people, short_form_found
from .demonyms import forms as demonym_forms
from .organisations import is_organisation, named_in

# Sentence starters and other capitalised words that are not names.
_COMMON = frozenset(
    """a about above according across after afterwards again against all almost also although always
    among an and another any anyone anything are as at back be because been before being below
    besides between both but by can could despite did do does during each either even every
    everyone everything few for from further furthermore had has have he her here hers herself him
    himself his how however i if in including instead into is it its itself just last later least
    less like many may me meanwhile more moreover most much must my neither never nevertheless
    next no nobody none nor not nothing now of off on once one only or other others otherwise our
    out over own perhaps please rather recently same several she should since so some someone
    something sometimes still such than that the their them themselves then there therefore these
    they this those though through thus to today together tomorrow too toward towards under unless
    until up upon us very was we were what whatever when whenever where whereas whether which while
    who whoever whole whom whose why will with within without would yes yesterday yet you your
    mr mrs ms dr prof st mt sir dear new old first second third last next
    let look see say says said tell told ask asked note read call come go get give make take keep
    here's there's it's that's what's let's i'm i've i'd i'll we're we've they're they've he's she's
    don't doesn't didn't can't
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    according despite nonetheless consequently similarly instead overall finally
    """.split()
)
# Words inside names that say what kind of thing it is rather than which one.
_GENERIC = frozenset(
    """group co corp corporation company companies inc ltd llc plc sa ag gmbh spa nv bank university
    college school party national international federal state states republic kingdom united
    ministry minister department agency office council committee commission association union
    federation institute centre center news service services city town county province region
    district river lake mount mountain island islands north south east west northern southern
    eastern western central new great upper lower saint st of the and de la le du der die das von
    van del di da los las al el for in on at to president prime chief general director court
    police army force forces team club league cup championship museum church hospital airport
    station street road square park world grand prix royal mr mrs ms dr prof sir lord lady
    government parliament senate house assembly congress
    celsius fahrenheit kelvin""".split()
    # acronyms of common nouns: news writes them, sources in other languages spell them out (KI, IA)
    + "ai agi ceo cfo cto coo gdp gpu gpus cpu cpus ipo etf api llm llms pc tv".split()
)
# Capital letters of the Latin script, accented ones included (Škoda, Łódź, Ørsted, Émile).
_UPPER = "".join(chr(c) for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isupper())
_NAME = re.compile(  # behind a lookahead of the letters a name can start with, so a scan skips the rest
    rf"(?=[a-z{_UPPER}])(?<![\w])(?:[a-z]?[{_UPPER}][\w'’\-\.]*|[{_UPPER}]\.)(?:(?:\s+(?:of|the|de|la|del|di|da|von|van|der|du|le|al|el|y|&)){{0,2}}"
    rf"\s+(?:(?:[{_UPPER}]\.){{2,}}|[{_UPPER}][\w'’\-]*|[{_UPPER}]\.|\d+(?=\b)))*"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\n\"“‘(]\s*|:\s+)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Name:
    text: str
    start: int
    end: int


@functools.cache
def english_words() -> frozenset[str]:
    """Return the lower-case English vocabulary (SCOWL), for telling sentence starts from names."""
    path = Path(__file__).with_name("data") / "english_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@functools.cache
def country_words() -> frozenset[str]:
    """Return CLDR's English names of countries that are one word (lower case): Japan, China, Turkey, Chad.

    Such a word starting a sentence is the country, though the dictionary has "japan" and "china".
    """
    from babel import Locale

    return frozenset(n.lower() for k, n in Locale("en").territories.items() if k.isalpha() and n.isalpha())


def country_acronym(word: str) -> str:
    """Return the ISO code of the country an acronym in capitals stands for ("U.S." US, "UK" GB), or ""."""
    letters = word.replace(".", "")
    return COUNTRY_ACRONYMS.get(letters, "") if letters.isupper() else ""


@functools.cache
def sentence_words() -> frozenset[str]:
    """Return the words that are no name at a sentence start: SCOWL's American and British lists.

    Only the American list decides what a name's dictionary words are (see match.checkable):
    "Labour" is still a party's name to check, but "Organisers said" starts with no name.
    """
    path = Path(__file__).with_name("data") / "british_words.txt"
    return english_words() | frozenset(path.read_text(encoding="utf-8").split())


# prefixes written with a hyphen before a dictionary word ("Pro-government", "Anti-war", "Ex-minister")
_PREFIXES = frozenset("pro anti non ex co self post pre neo semi multi mid quasi vice cross".split())


def _dictionary_word(token: str, plain: str, vocabulary: frozenset[str]) -> bool:
    """Tell whether a capitalised token is a word of the dictionary: listed, or a compound of listed words.

    "Pro-government", "Long-term" and "Pro-democracy" are; "Jean-Luc", "Rolls-Royce" and "Coca-Cola"
    (a capital after the hyphen, or a part no dictionary has) are not.
    """
    if plain in vocabulary:
        return True
    parts = token.strip(".,:;'’\"“”").split("-")
    if len(parts) < 2 or any(not p for p in parts) or any(p[:1].isupper() for p in parts[1:]):
        return False
    return all(p.lower() in vocabulary or p.lower() in _PREFIXES for p in [*parts[:-1], _plain(parts[-1])])


def _title_case(text: str) -> bool:
    """Tell whether text is written in title case (a headline, a section heading such as "Revenue Breakdown")."""
    words: list[str] = re.findall(r"[A-Za-z][\w'’]*", text)
    long = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long)
    return (len(long) >= 3 and capitalised >= 0.8 * len(long)) or (len(long) == 2 == capitalised == len(words))


def find_names(
    text: str, capitalised: Collection[str] = (), unused: Callable[[str], bool] | None = None
) -> list[Name]:
    """Return the capitalised spans in English text that look like names.

    A dictionary word that starts a sentence ("Revenue rose") is not a name, unless the same text
    writes it with a capital inside a sentence too, or it is in capitalised: the lower-case words
    the source writes with a capital inside a sentence ("Alphabet plans..." against "tandis
    qu'Alphabet vise"). unused tells the words an English source never uses, in any case: a lone
    singular word starting a sentence before a verb ("Apple invested") is a name when the source
    never says it, since a common noun the article writes from the source would be there.
    """
    names: list[Name] = []
    lowered = text.lower()
    vocabulary = sentence_words()
    title = _title_case(text)
    runs = _name_runs(text)
    named: set[str] = set() if title else _named_inside(text, runs)
    for tokens in runs:
        at_start = _starts_sentence(text, tokens[0][1])
        while tokens and (
            (
                tokens[0][0].lower().strip(".").replace("’", "'") in _COMMON
                and not is_organisation(tokens[0][0])
                and not _starts_place(tokens)
                and not (country_acronym(tokens[0][0].rstrip(",:;")) and not title)
            )
            or (
                (at_start or title)
                and _dictionary_word(tokens[0][0], plain := _plain(tokens[0][0]), vocabulary)
                and not _starts_place(tokens)
                and plain not in country_words()
                and not country_acronym(tokens[0][0].rstrip(",:;"))
                and (title or (plain not in named and plain not in capitalised))
                and not (at_start and not title and unused is not None and _subject_name(text, tokens, unused))
            )
        ):
            tokens.pop(0)
            at_start = False
        if title:
            tokens = [t for t in tokens if _plain(t[0]) not in vocabulary]
        while tokens and (tokens[-1][0].lower() in _CONNECTORS or tokens[-1][0].isdigit()):
            tokens.pop()
        if not tokens:
            continue
        start = tokens[0][1]
        last = re.sub(r"['’]s$", "", tokens[-1][0].rstrip(".'’-"))
        end = tokens[-1][1] + len(last)
        if end <= start:
            continue
        first = tokens[0][0].lower()
        if len(tokens) == 1 and _starts_sentence(text, start):
            # a lone capitalised word that starts a sentence is a name only if it is never written lower case
            if re.search(r"\b" + re.escape(first) + r"\b", lowered[end:]) and tokens[0][0] not in text[end:]:
                continue
            if _derived_word(first, vocabulary):
                continue  # an adverb or a gerund opening a sentence ("Worryingly", "Livestreaming"), not Boeing
        names.append(Name(text=text[start:end], start=start, end=end))
    return names


def _derived_word(word: str, vocabulary: frozenset[str]) -> bool:
    """Tell whether a word is an adverb in -ly or a gerund in -ing made from a dictionary word."""
    for suffix in ("ly", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            forms = {base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else base}
            if suffix == "ly" and base.endswith("i"):
                forms.add(base[:-1] + "y")  # happily
            if any(f in vocabulary for f in forms):
                return True
    return False


_VERB = re.compile(
    r"\s+(?:[a-z]+ed|says|said|has|had|is|was|will|would|can|could|may|might|must|should|did|does|made|won|"
    r"lost|sold|bought|paid|grew|rose|fell|saw|took|gave|began|became|hit|cut|set|put|led|left|told|got|went|"
    r"came|ran|kept|held|brought|spent|built|struck|agreed|plans|wants|invests|buys|sells|owns|makes|reports|"
    r"expects|announces|launches|hires|raises|acquires)\b"
)


def _starts_place(tokens: list[tuple[str, int]]) -> bool:
    """Tell whether a run's first two or three words are a place CLDR names in English (New York, New Zealand)."""
    for n in (2, 3):
        if len(tokens) >= n and " ".join(_plain(t) for t, _ in tokens[:n]) in _english_places():
            return True
    return False


@functools.cache
def _english_places() -> frozenset[str]:
    return frozenset(name for name in _gazetteer(None) if " " in name)


def _subject_name(text: str, tokens: list[tuple[str, int]], unused: Callable[[str], bool]) -> bool:
    """Tell whether a lone capitalised dictionary word opening a sentence before a verb is a name.

    "Apple invested $14.3 billion" names Apple when the source never says "apple"; "Thousands
    gathered" (a plural) and "Revenue rose" against a source that speaks of revenue are no names.
    """
    word, offset = tokens[0]
    plain = _plain(word)
    if len(tokens) != 1 or not word.isalpha() or len(plain) < 3:
        return False
    if plain.endswith("s") and plain[:-1] in sentence_words():
        return False  # a plural: Thousands, Tributes, Plans
    return bool(_VERB.match(text, offset + len(word))) and unused(plain)


def _named_inside(text: str, runs: list[list[tuple[str, int]]]) -> set[str]:
    """Return the dictionary words (lower case) the text writes with a capital inside a sentence."""
    return {
        _plain(word)
        for tokens in runs
        for i, (word, offset) in enumerate(tokens)
        if (i or not _starts_sentence(text, offset)) and word[:1].isupper() and _plain(word) not in _COMMON
    }


def _ends_sentence(token: str) -> bool:
    """Tell whether a capitalised token ending with a full stop ends its sentence ("Intel." in "Intel. Here")."""
    word = token[:-1]
    return token.endswith(".") and len(word) >= 2 and "." not in word and word.lower() not in ABBREVIATIONS


def _name_runs(text: str) -> list[list[tuple[str, int]]]:
    """Return runs of capitalised tokens (text, offset), split where a sentence ends inside a run."""
    runs = []
    for m in _NAME.finditer(text):
        run: list[tuple[str, int]] = []
        for t in re.finditer(r"\S+", m.group(0)):
            run.append((t.group(0), m.start() + t.start()))
            if _ends_sentence(t.group(0)):
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def _plain(word: str) -> str:
    return re.sub(r"['’]s$", "", word.strip(".,:;'’\"“”")).lower()


_CONNECTORS = frozenset(
    {"of", "the", "de", "la", "and", "&", "del", "di", "von", "van", "y", "du", "le", "al", "el", "der", "da"}
)


def _starts_sentence(text: str, i: int) -> bool:
    return (
        i == 0
        or bool(_SENTENCE_START.search(text[max(0, i - 6) : i]))
        and (i > 6 or bool(_SENTENCE_START.search(text[:i])))
    )


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


# Letters plus the combining marks that Indic scripts write vowels with.
WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963])+")

_FOLDS = (
    ("dzh", "j"),
    ("dz", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("tch", "c"),
    ("ts", "s"),
    ("tz", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("gh", "g"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "si"),
    ("c", "k"),
    ("q", "k"),
    ("w", "v"),
    ("x", "ks"),
    ("y", "i"),
    ("j", "i"),
    ("z", "s"),
    ("ou", "u"),
    ("ee", "i"),
    ("oo", "u"),
)


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    """Fold a word to a rough phonetic key that survives transliteration between scripts."""
    s = anyascii(word).lower()
    s = "".join(ch for ch in s if ch.isalpha())
    for a, b in _FOLDS:
        s = s.replace(a, b)
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _stem(k: str) -> str:
    """Cut a key to the part inflection leaves alone (Argentinien/Argentina, Каролины/Carolina)."""
    if len(k) >= 6:
        return k[: max(4, len(k) - 2)]
    if len(k) >= 4:
        return k[: max(3, len(k) - 1)]
    return k


def _inflected(word: str, k: str) -> bool:
    """Tell whether a source word's key is the key k with another ending (stanov for stani, Stanów for Stany)."""
    prefix = k[: len(k) - 2] if len(k) >= 6 else k[: max(3, len(k) - 1)]
    return word.startswith(prefix) and len(word) <= len(k) + 3


_PLACE_ENDINGS = re.compile(r"(?:land|ien|ija|ia|ja)$")
_VOWELS_AT_END = re.compile(r"[aeiouyąęéíáóúàèìòù]+$")


def _name_stem(name: str, people: bool) -> str:
    """Return what inflection leaves of a place's name: its final vowels go (Włochy, Włoch).

    For its people the ending that says "country" goes too: Russland gives Russ (Russen),
    Tschechien Tschech (Tschechen), Litwa Litw (Litwini).
    """
    stem = name.lower()
    if people:
        stem = _PLACE_ENDINGS.sub("", stem)
    return _VOWELS_AT_END.sub("", stem)


@functools.lru_cache(maxsize=65536)
def skeleton(k: str) -> str:
    """Keep a key's first letter and its consonants: vowels and h are what transliteration changes most."""
    return k[:1] + "".join(ch for ch in k[1:] if ch not in "aeiouh")


def _latin_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


@functools.lru_cache(maxsize=8)
def words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """Return (start, end, word) for every word of a text, read once for all the source readers."""
    return tuple((m.start(), m.end(), m.group(0)) for m in WORD.finditer(text))


class SourceNames:
    """What a source calls things, folded and indexed for matching English names against it."""

    def __init__(self, source: str, language: str | None = None) -> None:
        self.source = source
        self.language = language
        self.lowered = source.lower()
        self.keys: set[str] = set()
        self.by_key: dict[str, list[int]] = {}
        self.by_skeleton: dict[str, list[int]] = {}
        self.ideographic: list[tuple[int, str]] = []
        self._positions: dict[str, list[int]] = {}
        self._name_positions: dict[str, list[int]] = {}
        self._has: dict[str, bool] = {}
        self._places: dict[str, bool] = {}
        self._acronyms: dict[str, bool] = {}
        # source sentence numbers of a name's positions, by the positions (see match._sentence_numbers)
        self.sentence_cache: dict[tuple[int, ...], set[int]] = {}
        # Words in another alphabet (Cyrillic, Devanagari...), alone and joined to the next one
        # ("स्नो डेन" is Snowden), by their loose consonant skeleton.
        self.foreign: list[tuple[int, str]] = []
        # where those words are one or two letters long: particles and postpositions (पर, на), not names
        self.particles: set[int] = set()
        self.cognates: list[tuple[int, str]] = []
        self.capitalised: set[str] = set()
        runs: list[tuple[int, str]] = []
        previous: tuple[int, int, str] | None = None
        for start, end, w in words_of(source):
            k, script = _word_facts(w)
            if script == "ideographic":
                runs.append((start, w))
                if k:
                    self.ideographic.append((start, k))
                previous = None
                continue
            if k:
                self.keys.add(k)
                self.by_key.setdefault(k, []).append(start)
            if script == "latin":
                previous = None
                if language not in (None, "en") and w[:1].isupper() and not _starts_sentence(source, start):
                    # a name in the source (a capital mid-sentence): its own language's form of a
                    # first name (Jan, Paweł)
                    self.capitalised.add(k[:1] + loose_skeleton(w))
                if language not in (None, "en") and len(w) >= 7:
                    # cognates spelled the source language's way (antykorupcyjne, Anticorruption)
                    self.cognates.append((start, loose_skeleton(w)))
                continue
            roman = romanise_word(w)
            self.foreign.append((start, loose_skeleton(roman)))
            if len(w) <= 2:
                self.particles.add(start)
            if previous is not None and source[previous[1] : start].strip(" -") == "":
                self.foreign.append((previous[0], loose_skeleton(previous[2] + roman)))
            previous = (start, end, roman)
        for k, at in self.by_key.items():
            self.by_skeleton.setdefault(skeleton(k), []).extend(at)
        self.sorted_keys = sorted(self.keys)
        self.sorted_skeletons = sorted(self.by_skeleton)
        self.concat = "".join(k for _, k in self.ideographic)
        # Han and kana runs read aloud: Japanese readings (pykakasi) or pinyin (pypinyin).
        self.spoken: list[tuple[int, str, str]] = [
            (start, soft_key(reading), loose_skeleton(reading))
            for start, run in runs
            for reading in romanise(run, language)
        ]
        # Chinese transliterations: runs of the characters Chinese writes foreign names with (惠特默)
        self.transliterated: list[tuple[int, str]] = (
            _transliterations(runs) if language in ("zh", None) and runs else []
        )
        # Japanese words read one by one (安倍 abe, 晋三 shinzo): a short name is matched whole
        self.japanese_words: list[tuple[int, str]] = (
            _japanese_words(runs) if language == "ja" or (language is None and _has_kana(source)) else []
        )

    def name_positions(self, name: str, connectors: frozenset[str]) -> list[int]:
        """Return where any telling word of a multi-word name occurs in the source."""
        if (cached := self._name_positions.get(name)) is not None:
            return cached
        positions: list[int] = []
        for word in re.split(r"[\s\-]+", name):
            word = re.sub(r"['’]s$", "", word.strip(".,'’"))
            if len(word) >= 2 and word.lower() not in connectors:
                positions += self.positions(word)
        self._name_positions[name] = positions
        return positions

    def _foreign_match(self, word: str) -> list[int]:
        """Return where a word written in another script sounds like word, by consonant skeleton."""
        found: list[int] = []
        if not (self.foreign or self.spoken):
            return found
        k = key(word)
        soft = soft_key(word)
        loose = loose_skeleton(word)
        for start, spoken_key, spoken in self.spoken:
            # vowels kept: kana and pinyin spell them, so a slip or two is all a reading may differ by
            if (len(soft) >= 4 and soft in spoken_key) or (len(soft) >= 5 and _partial(soft, spoken_key) >= 80):
                found.append(start)
            elif len(loose) >= 3 and loose in spoken:
                found.append(start)
        if len(loose) >= 2 and self.transliterated:
            wanted = _transliteration_skeletons(word)
            found += [start for start, other in self.transliterated if other in wanted]
        if len(soft) >= 2 and self.japanese_words:
            found += [start for start, other in self.japanese_words if other == soft]
        if len(loose) >= 3:
            found += [start for start, other in self.foreign if _similar(loose, other)]
        elif len(loose) == 2 and len(k) >= 4:
            # a short skeleton (Singh, Lewis) must be a whole word's
            found += [start for start, other in self.foreign if loose == other and start not in self.particles]
        return found

    @functools.cached_property
    def latin(self) -> bool:
        """Tell whether the source is written mostly in Latin letters."""
        if _OTHER_LETTER.search(self.source) is None:
            return True
        return len(_LATIN_LETTER.findall(self.source)) >= len(_OTHER_LETTER.findall(self.source))

    @functools.cached_property
    def translates_acronyms(self) -> bool:
        """Tell whether the source is in another script and writes no acronym in Latin letters.

        Such a source translates an organisation's initials (联合国 for UN), so an English acronym
        cannot be looked up in it.
        """
        if self.latin:
            return False
        return not re.search(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])", unicodedata.normalize("NFKC", self.source))

    @functools.cached_property
    def _undotted(self) -> str:
        # a Latin-script source's diacritics go (ČEZ is CEZ); other scripts keep theirs
        text = anyascii(self.source) if self.latin else unicodedata.normalize("NFKC", self.source)
        return re.sub(r"(?<=[A-Z])\.(?=[A-Z])|(?<=\b[A-Z])\.", "", text)

    @functools.cached_property
    def _dotted(self) -> frozenset[str]:
        """Return the abbreviations the source writes letter by letter with full stops, in capitals (K.o.: KO)."""
        return frozenset(
            m.group(0).replace(".", "").upper() for m in re.finditer(r"(?<![\w.])(?:[^\W\d_]\.){2,}", self.source)
        )

    @functools.cached_property
    def _source_acronyms(self) -> tuple[str, ...]:
        return tuple(re.findall(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])", self._undotted))

    def has_acronym(self, acronym: str) -> bool:
        """Tell whether the source writes the acronym: in Latin letters, or spelled out in Devanagari."""
        if (known := self._acronyms.get(acronym)) is None:
            known = self._acronyms[acronym] = self._has_acronym(acronym)
        return known

    def _has_acronym(self, acronym: str) -> bool:
        letters = acronym.replace(".", "").upper()
        if named_in(letters, self.source):
            return True  # the source's own acronym or name for the organisation (OTAN, ONZ, 联合国)
        if letters in self._dotted:
            return True  # written with full stops and small letters: K.o. is KO
        undotted = self._undotted
        if re.search(r"(?<![A-Za-z])" + re.escape(letters) + r"(?![A-Za-z])", undotted):
            return True
        if len(letters) >= 4 and re.search(r"\b" + re.escape(letters) + r"\b", undotted, re.IGNORECASE):
            return True  # Nato, Covid, Unesco
        if len(letters) == 3 and re.search(r"\b" + re.escape(letters.capitalize()) + r"\b", undotted):
            return True  # a short acronym written as a name: Dax for DAX, Fiat for FIAT
        if self.language not in (None, "en") and len(letters) >= 3:
            # Romance and Slavic languages put the noun first: NGO is ONG, HIV is VIH, ECHR is CEDH
            if any(sorted(other) == sorted(letters) for other in self._source_acronyms):
                return True
        spelled = "".join(_DEVANAGARI_LETTERS.get(ch, "?") for ch in letters)
        return "?" not in spelled and spelled in re.sub(r"[\s.]", "", self.source)

    def _with_prefix(self, prefix: str) -> list[str]:
        """Return the source keys that start with prefix."""
        i = bisect.bisect_left(self.sorted_keys, prefix)
        out = []
        while i < len(self.sorted_keys) and self.sorted_keys[i].startswith(prefix):
            out.append(self.sorted_keys[i])
            i += 1
        return out

    def _has_skeleton_prefix(self, prefix: str, longest: int) -> bool:
        """Tell whether a source skeleton starts with prefix and is at most longest letters long."""
        i = bisect.bisect_left(self.sorted_skeletons, prefix)
        while i < len(self.sorted_skeletons) and self.sorted_skeletons[i].startswith(prefix):
            if len(self.sorted_skeletons[i]) <= longest:
                return True
            i += 1
        return False

    def has_word(self, word: str) -> bool:
        """Tell whether the source spells word, allowing for inflection and transliteration."""
        if (known := self._has.get(word)) is None:
            known = self._has[word] = self._has_word(word)
        return known

    def has_joined(self, words: list[str]) -> bool:
        """Tell whether the source writes a name's words as one word (श्रीलंकाई is Sri Lankan).

        Only a close spelling counts: a run of several words has a long skeleton that a loose
        match would find by chance in some other long word.
        """
        return self._has_close("".join(words))

    def has_close(self, word: str) -> bool:
        """Tell whether the source spells word closely: the same key, or its stem with another ending."""
        return self._has_close(word)

    def _has_close(self, word: str) -> bool:
        k = key(word)
        if len(k) < 2:
            return False
        if k in self.keys or (len(k) >= 4 and self._with_prefix(_stem(k))):
            return True
        if len(k) >= 3 and k in self.concat:
            return True
        return bool(self._foreign_match(word))

    def _has_word(self, word: str) -> bool:
        if self._has_close(word):
            return True
        k = key(word)
        if len(k) < 2:
            return False
        if self.cognates and len(word) >= 7 and len(loose := loose_skeleton(word)) >= 5:
            # the same stem with another ending (Organisation, Organizace)
            if any(
                _similar(loose, other) or (len(other) >= 4 and loose.startswith(other) and len(loose) - len(other) <= 2)
                for _, other in self.cognates
            ):
                return True
        if len(loose := loose_skeleton(word)) >= 2 and k[:1] + loose in self.capitalised:
            return True
        sk = skeleton(k)
        # an inflected ending adds a consonant or two (Grazer, Trumpem), not a whole other word
        prefix = sk[: max(3, len(sk) - 1)] if len(sk) >= 4 else sk
        # a skeleton of two consonants gets one more at most (Neva is not návrh)
        return len(sk) >= 2 and self._has_skeleton_prefix(prefix, len(sk) + (2 if len(sk) >= 3 else 1))

    def positions(self, word: str) -> list[int]:
        """Return where in the source the word (or its local name) occurs; strict matches only."""
        if (cached := self._positions.get(word)) is not None:
            return cached
        k = key(word)
        found: list[int] = []
        if len(k) >= 2:
            for match in self._with_prefix(_stem(k)) if len(k) >= 4 else [k]:
                found += self.by_key.get(match, [])
            sk = skeleton(k)
            if len(sk) >= 3:
                found += self.by_skeleton.get(sk, [])
            if len(k) >= 3:
                found += [start for start, wk in self.ideographic if k in wk]
            found += self._foreign_match(word)
            for local in gazetteer_names(word, self.language):
                local = local.lower()
                i = self.lowered.find(local)
                while i >= 0:
                    found.append(i)
                    i = self.lowered.find(local, i + 1)
        found = sorted(set(found))
        self._positions[word] = found
        return found

    def has_place(self, word: str) -> bool:
        """Tell whether the source uses its own language's name for the place, language or people word."""
        if (known := self._places.get(word)) is None:
            known = self._places[word] = self._has_place(word)
        return known

    def _has_place(self, word: str) -> bool:
        # a people or adjective ("Russians", "Czechs") rather than the place's own name
        derived = word.lower() not in _gazetteer(self.language)
        if any(self._has_local_name(local, derived) for local in gazetteer_names(word, self.language)):
            return True
        return self._has_form(word)

    def has_country(self, acronym: str) -> bool:
        """Tell whether the source names the country an acronym stands for (US: США, 美方, amerykański, USA)."""
        if not (code := country_acronym(acronym)):
            return False
        from babel import Locale

        letters = acronym.replace(".", "")
        names = _gazetteer(self.language).get(Locale("en").territories[code].lower(), ())
        if self.has_place(letters) or any(self._has_local_name(local) for local in names):
            return True
        if self._has_stems(acronym_forms(code)):
            return True
        return any(self.has_acronym(other) for other, c in COUNTRY_ACRONYMS.items() if c == code)

    def _has_local_name(self, local: str, derived: bool = False) -> bool:
        """Tell whether the source writes a gazetteer name, in any of its inflected forms."""
        if local.lower() in self.lowered or short_form_found(local, self.source, self.language):
            return True
        if _is_ideographic(local):
            return False
        k = key(local)
        if len(k) >= 6 and self._with_prefix(k[: len(k) - 2]):
            return True
        # a short name's last vowel is its ending (Азия, в Азии; Kuba, na Kubie)
        if len(k) >= 4 and self._has_key_prefix(k[: 4 if len(k) >= 5 else 3], len(k) + 2):
            return True
        if " " in local:
            return self._has_inflected(local)
        # Włochy, z Włoch; Litwa, Litwinami; Russland, Russen (its people)
        letters = _name_stem(local, derived)
        stem = key(letters)
        return len(letters) >= 4 and len(stem) >= 3 and self._has_key_prefix(stem, len(stem) + 6)

    def _has_inflected(self, phrase: str) -> bool:
        """Tell whether the source writes a name of several words with each word inflected, in order.

        Slavic and German sources decline every word: Stany Zjednoczone is "Stanów Zjednoczonych",
        Соединённые Штаты "Соединённых Штатов", Vereinigtes Königreich "im Vereinigten Königreich".
        """
        wanted = [key(w) for w in re.findall(r"[^\W\d_]+", phrase)]
        if len(wanted) < 2 or any(len(k) < 3 for k in wanted):
            return False
        words = [key(w) for _, _, w in words_of(self.source)]
        return any(
            all(_inflected(words[i + j], k) for j, k in enumerate(wanted)) for i in range(len(words) - len(wanted) + 1)
        )

    def _has_key_prefix(self, prefix: str, longest: int) -> bool:
        """Tell whether a source key starts with prefix and is at most longest letters long."""
        return any(len(k) <= longest for k in self._with_prefix(prefix))

    def _has_form(self, word: str) -> bool:
        """Tell whether the source writes a demonym, religion or people the way demonyms.py lists it."""
        return self._has_stems(demonym_forms(word))

    def _has_stems(self, stems: tuple[str, ...]) -> bool:
        """Tell whether a source word starts with one of the stems, or the source holds a stem of several words."""
        for stem in stems:
            if " " in stem or (not stem.isascii() and (_is_ideographic(stem) or "\u0900" <= stem[0] <= "\u097f")):
                if stem in self.lowered:  # a phrase ("la haye"), or a script without word breaks
                    return True
            elif any(w.lower().startswith(stem) for _, _, w in words_of(self.source)):
                return True
        return False


# How Hindi spells the letters of an English acronym (एनएसए, एच.टी.सी.).
_DEVANAGARI_LETTERS = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड".split(),
        strict=True,
    )
)


@functools.lru_cache(maxsize=65536)
def romanise_word(word: str) -> str:
    """Write a word of an alphabetic script in Latin letters the way English spells such names.

    Devanagari needs three fixes to anyascii: the nasal mark is n (m before p, b, m), the flapped
    ड़/ढ़ is r (Mahendragarh) and च is ch.
    """
    if any("\u0900" <= ch <= "\u097f" for ch in word):
        word = re.sub("\u0902(?=[\u092a-\u092e])", "\u092e\u094d", word).replace("\u0902", "\u0928\u094d")
        for flap in ("\u0921\u093c", "\u095c", "\u0922\u093c", "\u095d"):
            word = word.replace(flap, "\u0930")
        return anyascii(word).replace("c", "ch")
    return anyascii(word)


def _is_latin(word: str) -> bool:
    return _NOT_LATIN.search(word) is None


_LOOSE = str.maketrans(
    {
        **dict.fromkeys("aeiouyhw'", ""),
        **dict.fromkeys("bpvf", "p"),
        **dict.fromkeys("kgcq", "k"),
        **dict.fromkeys("sxzj", "s"),
        **dict.fromkeys("td", "t"),
        **dict.fromkeys("lr", "r"),
    }
)


@functools.lru_cache(maxsize=65536)
def loose_skeleton(text: str) -> str:
    """Fold romanised text to the consonants transliteration keeps, in broad classes.

    l/r, b/p/v/f/w, k/g/c/q, s/z/x/j/ch/sh and t/d fall together and vowels go: Houston and
    xiusidun (休斯敦), Petersburg and Peterburge (Петербурге) come out alike.
    """
    s = "".join(ch for ch in anyascii(text).lower() if ch.isalpha())
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"x(?![iu])", "ks", s)  # English x is ks; pinyin x (xi, xu) is s
    for a, b in (("ph", "f"), ("th", "t"), ("ck", "k"), ("ch", "s"), ("sh", "s"), ("ts", "s"), ("ng", "n")):
        s = s.replace(a, b)
    s = s.translate(_LOOSE).replace("mp", "np")  # m before b/p is written n in kana and pinyin
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


_SOFT = str.maketrans({"l": "r", "v": "b", "w": "b", "z": "s", "j": "s", "y": "i", "q": "k", "d": "t", "g": "k"})


@functools.lru_cache(maxsize=65536)
def soft_key(text: str) -> str:
    """Fold romanised text with its vowels, merging what Japanese and Chinese readings merge (l/r, v/b)."""
    s = "".join(ch for ch in anyascii(text).lower() if ch.isalpha())
    s = re.sub(r"c(?=[eiy])", "s", s)
    for a, b in (
        ("ph", "f"),
        ("th", "t"),
        ("ck", "k"),
        ("sh", "s"),
        ("ch", "s"),
        ("ts", "s"),
        ("x", "ks"),
        ("ou", "o"),
        ("c", "k"),
        ("h", ""),
    ):
        s = s.replace(a, b)
    s = s.translate(_SOFT)
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _similar(word: str, other: str) -> bool:
    """Tell whether two loose skeletons are the same name, allowing one slip or an inflected ending."""
    if word == other or (len(word) >= 4 and other.startswith(word) and len(other) - len(word) <= 2):
        return True
    if len(word) < 4 or abs(len(word) - len(other)) > 2:
        return False
    return _distance(word, other[: len(word) + 1]) <= 1 or _distance(word, other) <= 1


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (rapidfuzz when installed)."""
    try:
        from rapidfuzz.distance import Levenshtein
    except ImportError:
        row = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            prev, row[0] = row[0], i
            for j, cb in enumerate(b, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        return row[-1]
    return Levenshtein.distance(a, b)


def _partial(word: str, text: str) -> float:
    """Best similarity (0-100) of word to a stretch of text; 0 without rapidfuzz."""
    try:
        from rapidfuzz import fuzz
    except ImportError:
        return 0.0
    return fuzz.partial_ratio(word, text)


@functools.cache
def _kakasi() -> Any:
    """Return the Japanese reader (pykakasi), or None when it is not installed."""
    try:
        import pykakasi
    except ImportError:
        return None
    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _japanese_reading(run: str) -> str:
    kakasi = _kakasi()
    if kakasi is None:
        return ""
    reading = "".join(part["hepburn"] for part in kakasi.convert(run))
    # English spellings of Japanese names drop long vowels: Ōtani, Kyushu, Tokai
    return re.sub(r"([aeiou])\1|(o)u", r"\1\2", reading)


def _pinyin(run: str) -> str:
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return ""
    return "".join(lazy_pinyin(run))


# The characters Chinese writes foreign names with (the Xinhua transliteration table's most used).
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴拔柏班邦保鲍贝本比彼毕宾波伯博布查察楚茨达戴黛丹道德登迪蒂丁杜多厄恩尔法凡范菲费芬丰佛夫"
    "弗福富盖甘冈戈哥格根贡古瓜圭哈汉豪赫亨洪胡怀惠霍基吉加贾杰捷津居喀卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒"
    "雷蕾黎里利莉丽连列林琳刘留隆卢鲁伦罗洛玛迈麦曼梅蒙米敏摩莫墨默姆穆纳娜奈内尼妮涅宁纽努诺欧帕潘庞佩彭皮普齐"
    "奇契恰乔切钦琴丘萨塞赛桑瑟森沙莎舍申施什舒斯松苏索塔泰坦汤唐特提廷图托瓦旺威韦维温沃乌伍西希锡夏谢辛欣休"
    "雅亚扬耶叶伊依易因尤约扎泽詹哲珍兹祖佐翰逊顿琼茜娅芙迦嘉歇拿惠那堡治华滕丝露薇拜勃"
)


@functools.lru_cache(maxsize=65536)
def _transliteration_skeletons(word: str) -> frozenset[str]:
    """Return the loose skeletons a Chinese transliteration of word may have.

    Chinese drops an r or l that closes a syllable (Whitmer 惠特默, Merkel 默克尔, Bolsonaro 博索纳罗).
    """
    plain = "".join(ch for ch in anyascii(word).lower() if ch.isalpha())
    # each r or l closing a syllable is dropped or kept (尔 writes it: 斯托尔滕贝格 is Stoltenberg)
    closing = [m.start() for m in re.finditer(r"(?<=[aeiouy])[rl](?=[^aeiouy])", plain)][:3]
    variants = set()
    for n in range(2 ** len(closing)):
        gone = {p for i, p in enumerate(closing) if n >> i & 1}
        kept = "".join(ch for i, ch in enumerate(plain) if i not in gone)
        variants |= {kept, re.sub(r"r$", "", kept)}
    # a final d after n goes (Portland 波特兰), and an initial j is a vowel (Johnson 约翰逊, Jordan 约旦)
    variants |= {re.sub(r"(?<=n)d$", "", v) for v in variants}
    variants |= {v[1:] for v in variants if v.startswith("j")}
    # a soft g is a j (Georgia 佐治亚), a v a w (Nevada 内华达), and consonants after the last vowel go
    # (Hamburg 汉堡, Frankfurt 法兰克福)
    variants |= {re.sub(r"g(?=[eiy])", "j", v).replace("v", "w") for v in variants}
    variants |= {re.sub(r"(?<=[aeiou])[^aeioun]+$", "", v) for v in variants}
    return frozenset(k for k in (loose_skeleton(v) for v in variants) if len(k) >= 2)


def _has_kana(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" for ch in text)


def _japanese_words(runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return (start, soft key of its reading) of each word pykakasi finds in the Han and kana runs."""
    kakasi = _kakasi()
    if kakasi is None:
        return []
    found = []
    for start, run in runs:
        at = start
        for part in kakasi.convert(run):
            reading = re.sub(r"([aeiou])\1|(o)u", r"\1\2", part["hepburn"])
            if len(part["orig"]) >= 2 or _IDEOGRAPHIC.search(part["orig"]):
                found.append((at, soft_key(reading)))
            at += len(part["orig"])
    return found


def _transliterations(runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return (start, loose skeleton) of each stretch of transliteration characters two long or more.

    A stretch is read whole, and so is each of its beginnings and ends of two characters or more
    (密歇根 and 格雷琴 in "密歇根州州长格雷琴" are stretches of their own; "惠特默是" ends at 是).
    Pinyin q is written ch for the skeleton (格雷琴 gelei-qin is Gretchen).
    """
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return []
    found: list[tuple[int, str]] = []
    for start, run in runs:
        i = 0
        while i < len(run):
            if run[i] not in _TRANSLITERATION:
                i += 1
                continue
            j = i
            while j < len(run) and run[j] in _TRANSLITERATION:
                j += 1
            if j - i >= 2:
                syllables = [re.sub(r"^q", "ch", p) for p in lazy_pinyin(run[i:j])]
                # 基 and 吉 (ji) write a k or g too: -sky is 斯基 (泽连斯基, Zelensky)
                hard = [re.sub(r"^j(?=i)", "k", p) for p in syllables]
                spans = {(i, j)} | {(i, e) for e in range(i + 2, j)} | {(b, j) for b in range(i + 1, j - 1)}
                for a, b in sorted(spans):
                    for reading in {"".join(syllables[a - i : b - i]), "".join(hard[a - i : b - i])}:
                        found.append((start + a, loose_skeleton(reading)))
            i = j
    return found


@functools.lru_cache(maxsize=4096)
def romanise(run: str, language: str | None) -> tuple[str, ...]:
    """Return how a run of Han or kana may be read in Latin letters: Japanese readings, pinyin, anyascii.

    pykakasi and pypinyin give the readings; without them only anyascii's is used.
    """
    readings = [anyascii(run).lower()]
    kana = any("\u3040" <= ch <= "\u30ff" for ch in run)
    if language == "ja" or (language is None and kana):
        readings.append(_japanese_reading(run))
    elif not kana:
        readings.append(_pinyin(run))
        if language == "zh":
            # Japanese places and people keep their characters in Chinese (大阪 is Osaka)
            readings.append(_japanese_reading(run))
    return tuple(dict.fromkeys(r for r in readings if r))


_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
_IDEOGRAPHIC = re.compile("[\u3040-\u9fff\uf900-\ufaff]")
_NOT_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff]")


def _is_ideographic(word: str) -> bool:
    return _IDEOGRAPHIC.search(word) is not None


@functools.lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[str, str]:
    """Return a word's key and its script: "latin", "ideographic" or "other"."""
    if _IDEOGRAPHIC.search(word):
        return key(word), "ideographic"
    return key(word), "latin" if _NOT_LATIN.search(word) is None else "other"


@functools.cache
def _gazetteer(language: str | None) -> dict[str, tuple[str, ...]]:
    """Map English place, language and city names (lower case) to their names in language."""
    from babel import Locale

    english = Locale("en")
    codes = [language] if language else ["fr", "de", "es", "it", "cs", "pl", "ru", "hi", "zh", "ja"]
    table: dict[str, set[str]] = {}
    for code in codes:
        try:
            local = Locale.parse(code)
        except (ValueError, LookupError):
            continue
        for attr in ("territories", "languages"):
            ours = getattr(english, attr)
            theirs = getattr(local, attr)
            for k, name in ours.items():
                if k in theirs and name:
                    table.setdefault(name.lower(), set()).add(theirs[k])
        for code_, name in local.territories.items():
            if len(code_) == 2 and code_.isalpha():
                table.setdefault(code_.lower(), set()).add(name)
                if code_ == "GB":
                    table.setdefault("uk", set()).add(name)
        for tz in _zone_ids():
            info = local.time_zones.get(tz)
            other = info.get("city") if info is not None else None
            if other:
                table.setdefault(tz.rsplit("/", 1)[-1].replace("_", " ").lower(), set()).add(other)
        # a long name's own word stands for it ("des Malouines" for Îles Malouines, Falklands)
        telling = _telling_words(tuple(local.territories.values()))
        for k, name in english.territories.items():
            if k in local.territories:
                ours = table.setdefault(name.lower(), set())
                ours.update(telling.get(local.territories[k], ()))
        # demonyms CLDR gives in currency names: "Swiss Franc" / "franc suisse", "Mexican Peso" / "peso mexicain"
        for adjective, theirs in _currency_adjectives(local).items():
            table.setdefault(adjective, set()).update(theirs)
    return {k: tuple(v) for k, v in table.items()}


def _name_words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", name)]


def _telling_words(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Map each name of several words to its words of five letters or more that no other name has."""
    counts: dict[str, int] = {}
    for name in names:
        for w in set(_name_words(name)):
            counts[w] = counts.get(w, 0) + 1
    out = {}
    for name in names:
        words = _name_words(name)
        if len(words) > 1:
            out[name] = tuple(w for w in words if len(w) >= 5 and counts[w] == 1 and w not in _GENERIC)
    return out


def _currency_adjectives(local: object) -> dict[str, set[str]]:
    """Map English demonyms in CLDR's currency names to the source language's ("swiss": {"suisse"}).

    "Swiss Franc" gives "swiss"; the French name "franc suisse" less its unit (a word the names of
    three countries' currencies or more share: franc, peso, dollar) gives "suisse".
    """
    from babel import Locale

    english = Locale("en")
    names: dict[str, str] = getattr(local, "currencies", {})
    places = {w for name in getattr(local, "territories", {}).values() for w in _name_words(name)}
    units: dict[str, set[str]] = {}
    for code, name in names.items():
        for w in _name_words(name):
            units.setdefault(w, set()).add(code[:2])
    out: dict[str, set[str]] = {}
    for code, name in english.currencies.items():
        words = name.split()
        theirs = names.get(code)
        if len(words) < 2 or not theirs or code[:2] not in english.territories:
            continue
        adjective = " ".join(words[:-1]).lower()
        found = {w for w in _name_words(theirs) if len(w) >= 5 and len(units[w]) < 3 and w not in places}
        if any(ch.isdigit() or ch == "(" for ch in name):
            continue  # "Mexican Investment Unit", "Bolivian Mvdol (1988)"...
        if country := getattr(local, "territories", {}).get(code[:2]):
            found.add(country)  # "franc suisse" says Suisse: Swiss is the country's
        out.setdefault(adjective, set()).update(found)
    return out


@functools.cache
def _zone_ids() -> tuple[str, ...]:
    import zoneinfo

    return tuple(sorted(zoneinfo.available_timezones()))


@functools.cache
def _gazetteer_stems(language: str | None) -> dict[str, tuple[tuple[str, str], ...]]:
    """Index the gazetteer by the first four letters so demonyms find their country.

    Each entry is (the word compared with the English word, the gazetteer's name): a name's first
    word compared as the whole name, and a long English name's own word ("falkland" in Falkland
    Islands, "palestinian" in Palestinian Territories) compared alone.
    """
    from babel import Locale

    index: dict[str, list[tuple[str, str]]] = {}
    table = _gazetteer(language)
    for name in table:
        first = name.split()[0] if " " in name else name
        index.setdefault(first[:4], []).append((name, name))
    for name, words in _telling_words(tuple(Locale("en").territories.values())).items():
        if name.lower() in table:
            for w in words:
                index.setdefault(w[:4], []).append((w, name.lower()))
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=65536)
def gazetteer_names(word: str, language: str | None) -> tuple[str, ...]:
    """Return the source-language names of the place, language or people that the English word points at."""
    table = _gazetteer(language)
    w = word.lower()
    names: list[str] = list(table.get(w, ()))
    if len(w) >= 4:
        for compared, name in _gazetteer_stems(language).get(w[:4], ()):
            if abs(len(compared) - len(w)) <= 4 and (len(w) >= 5 or compared.startswith(w)):
                # a demonym keeps its country's first five letters (or all of a short one: Peru, Peruvian);
                # Anticorruption is not Antigua
                first = compared.split()[0]
                if w.startswith(first[: min(5, len(first))]):
                    names += table[name]
    return tuple(names)


@functools.cache
def _language_words() -> frozenset[str]:
    from babel import Locale

    return frozenset(n.lower() for n in Locale("en").languages.values() if n.isalpha())


@functools.lru_cache(maxsize=65536)
def is_demonym(word: str) -> bool:
    """Tell whether a word is an adjective of a place, a language or a people (European, French, Muslim)."""
    w = word.lower()
    if " " in w or w in country_words():
        return False
    if people(w) or w in _language_words():
        return True
    return bool(re.search(r"(?:an|ese|ish|ic|i)s?$", w)) and bool(gazetteer_names(word, None))


def is_generic(word: str) -> bool:
    """Tell whether a word inside a name only says what kind of thing it is."""
    return word.lower().strip(".,") in _GENERIC
