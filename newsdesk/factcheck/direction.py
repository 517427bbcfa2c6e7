"""Where an English sentence says the opposite of its source: a rise for a fall, or a negation added or dropped.

The rules are word lists by language, written as stems with the inflections news uses, read in the
source's own language. They stay strict on purpose: a rule that cannot tell by words alone keeps quiet.

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
from collections.abc import Iterator
from dataclasses import dataclass

from .claims import clause_around
from .entities import english_words
from .numbers import Quantity, digit_runs, find_quantities, matches
from .source import KNOWN, SourceFacts, normalise_language, read_source

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
_HI_FLAT = r"[\u0900-\u0963\u0966-\u097F]*"

# Change words by language: (strong up, strong down, weak up, weak down). Strong words name a change
# ("rose", "recul"); weak ones only compare ("more", "plus", "höher") and count in the figure rule and as
# the source's "same sense" evidence. Stems are written with the endings they take.
_CHANGE: dict[str, tuple[str, str, str, str]] = {
    "en": (
        r"ris(?:e|es|ing|en)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|grow(?:s|n|ing|th)?|grew|"
        r"gain(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|"
        r"boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|rall(?:y|ies|ied|ying)|rebound(?:s|ed|ing)?|"
        r"spik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|widen(?:s|ed|ing)?|"
        r"deepen(?:s|ed|ing)?|upturn",
        r"fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
        r"cut(?:s|ting)?|slash(?:es|ed|ing)?|lower(?:s|ed|ing)|shr(?:ink|inks|ank|unk|inking)|"
        r"slump(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tions?)|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|"
        r"slid(?:e|es|ing)?|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|contraction|narrow(?:s|ed|ing)|lost|"
        r"los(?:e|es|ing)|halv(?:e|es|ed|ing)|sank|sink(?:s|ing)?|sunk|downturn|plummet(?:s|ed|ing)?",
        r"more|higher|up",
        r"less|fewer|lower|down",
    ),
    "fr": (
        r"hausses?|hauss(?:e|é|ée|és|ées|er|ent)|augment\w*|progress(?:e|ent|er|é|ée|ait|aient|ion|ant)|"
        r"relèvement|relev(?:er|é|ée|és|ées|ant)(?!\s+qu)|relèv(?:e|es|ent|era|eront)(?!\s+qu)|rehauss\w*|"
        r"croissance|cro[iî]t|croissent|croîtr\w*|"
        r"accr(?:u|ue|us|ues|oissement|oît|oître|oîtra)|grimp\w*|bond(?:i|it|ir|issent|é)|envol\w*|"
        r"major(?:é|ée|és|er|ation)|flamb(?:é|ée|er|ent|ait)|doubl(?:é|ée|er|ement)|tripl(?:é|ée|er)",
        r"baiss\w*|recul\w*|diminu\w*|chut\w*|repli\w*|effondr\w*|plong(?:é|ée|er|ent|e)|rédui\w*|"
        r"réduct\w*|abaiss\w*|perd(?:u|ue|us|ues|ent|ait|aient|re|ra)?|décro\w*|dégringol\w*|fléchi\w*|"
        r"contraction|régress\w*|divis(?:é|ée)s?\s+par",
        r"plus|davantage|supérieur\w*",
        r"moins|inférieur\w*",
    ),
    "de": (
        r"stieg\w*|steig(?:t|en|ende\w*|erung\w*)|gestiegen\w*|anstieg\w*|wachs(?:en|t|end\w*)|wuchs\w*|"
        r"gewachsen|wachstum\w*|zuwachs\w*|erhöh\w*|zugelegt|kletter\w*|geklettert|sprang|verdoppel\w*|"
        r"anheb\w*|angehoben|aufschwung\w*|aufgestockt|aufstock\w*|plus",
        r"sank\w*|sink(?:t|en|end\w*)|gesunken\w*|fiel\w*|fällt|gefallen|fallen|rückgang\w*|rückläufig\w*|"
        r"zurückgegangen|verringer\w*|senk(?:t|en|te|ten|ung\w*)|gesenkt|reduzier\w*|minus|verlor\w*|"
        r"einbruch\w*|eingebrochen|schrumpf\w*|geschrumpft|abgenommen|abnahme|gekürzt|kürz(?:t|en|te|ung\w*)|"
        r"halbiert\w*",
        r"mehr|höher\w*|über",
        r"weniger|niedriger\w*|geringer\w*",
    ),
    "es": (
        r"aument\w*|sub(?:e|en|ió|ieron|ir|ido|ida|idos|idas|ía|ían|iendo)|crec\w*|increment\w*|alza\w*|"
        r"elev(?:ó|aron|ar|ando)|dispar(?:ó|aron)|duplic\w*|repunt\w*",
        r"ca(?:e|en|ía|ían|er|yó|yeron|ído|ída|ídos|ídas|yendo)|caída\w*|baj(?:ó|aron|ar|an|ada|ado|ando)|"
        r"descen\w*|descend\w*|disminu\w*|redu[cjz]\w*|recort\w*|desplom\w*|retroced\w*|retroceso|"
        r"perd(?:ió|ieron|ido|ida|er)|merm\w*|contracción|abarat\w*",
        r"más|mayor\w*|superior\w*",
        r"menos|menor\w*|inferior\w*",
    ),
    "it": (
        r"aument\w*|cresc\w*|crebbe|crebbero|sal(?:ire|ito|ita|iti|ite|gono|iva|ivano|ì|irà)|rialz\w*|"
        r"rincar\w*|increment\w*|balz\w*|impenn\w*|raddoppi\w*|lievit\w*",
        r"cal(?:o|i|ano|ato|ata|ati|ate|are|ò|ava|avano|erà)|diminu\w*|scen(?:de|dono|dere|deva|dendo)|"
        r"sces[oaie]|ridu[cz]\w*|ridott\w*|ribass\w*|flession\w*|croll\w*|pers[oaie]|perd(?:e|ono|ere|eva|evano)|"
        r"contrazion\w*|dimezz\w*",
        r"più|maggior\w*|superior\w*",
        r"meno|minor\w*|inferior\w*",
    ),
    "cs": (
        r"vzr[ůo]st\w*|vzrostl\w*|rost(?:l|la|lo|li|ly|e|ou|oucí\w*)|růst\w*|stoup\w*|zvýš\w*|zvyš\w*|"
        r"nár[ůu]st\w*|narost\w*|narůst\w*|přibyl\w*|přibýv\w*|zdvojnásob\w*",
        r"kles\w*|pokles\w*|sníž\w*|snižov\w*|ubyl\w*|ubýv\w*|propad\w*|zmenš\w*|úbyt\w*|zredukov\w*",
        r"více|víc|vyšš\w*",
        r"méně|míň|nižš\w*",
    ),
    "pl": (
        r"wzr[oó]s\w*|wzrast\w*|rosn\w*|rośnie|rosł\w*|zwiększ\w*|podwyż\w*|podni[oóe]s\w*|przyr[oó]st\w*|"
        r"podwoi\w*",
        r"spad(?!kob)\w*|zmniejsz\w*|obniż\w*|male(?:je|ją|ć)|malał\w*|zmal\w*|redukc\w*|zreduk\w*|"
        r"ograniczon\w*|skurcz\w*|zmalał\w*",
        r"więcej|wyższ\w*|ponad",
        r"mniej|niższ\w*",
    ),
    "ru": (
        r"вырос\w*|выраст\w*|рост(?!ов)\w*|раст(?:ёт|ет|ут|и|ущ\w*)|рос|росл[аио]|увелич\w*|повыс\w*|"
        r"повыш\w*|подорож\w*|прирост\w*|возрос\w*|возраст\w*|подскоч\w*|удво\w*",
        r"сниз\w*|сниж\w*|упал\w*|упад\w*|пада\w*|падени\w*|уменьш\w*|сократ\w*|сокращ\w*|спад\w*|"
        r"обвал\w*|подешев\w*|рухнул\w*|потерял\w*",
        r"больше|более|выше|свыше",
        r"меньше|менее|ниже",
    ),
    "hi": (
        r"ब[ढढ़]" + _HI_FLAT + r"|वृद्धि|इ[जज़]ाफ" + _HI_FLAT + r"|उछाल|च[ढढ़](?:ा|ी|े|कर|ने)",
        r"घट(?!ना|ि)" + _HI_FLAT + r"|गिराव" + _HI_FLAT + r"|गिर(?:ा|ी|े|कर|ने|ता|ती|ते|ाया)?|कटौती|कमी",
        r"अधिक|ज़्यादा|ज्यादा|ऊपर",
        r"कम|नीचे",
    ),
    "zh": (
        r"增长|增加|上升|上涨|提高|提升|攀升|扩大|飙升|大涨|涨|增幅|猛增|回升|走高|升高|激增|增至|增逾|翻番|翻倍",
        r"下降|下跌|减少|降低|下滑|回落|缩小|暴跌|大跌|跌|降至|降幅|萎缩|削减|缩减|减至|减幅|减弱|下调",
        r"更多|超过|高于|以上",
        r"更少|低于|以下|不到|不足",
    ),
    "ja": (
        r"増加|上昇|増え|伸び|拡大|上回|急増|急騰|高騰|値上げ|引き上げ|上が[っりる]|増収|増益|倍増",
        r"減少|低下|下落|減っ|減ら|減り|減る|下回|縮小|下が[っりる]|引き下げ|値下げ|急落|落ち込|減収|減益|削減",
        r"以上|超|多く",
        r"以下|未満|少な",
    ),
}

# Bounds written next to a figure, by language: (before, up), (before, down), (after, up), (after, down).
# "more than 100" and "moins de 100" bound the figure from opposite sides; a longer match wins ("no
# more than", "не менее").
_BOUNDS: dict[str, tuple[str, str, str, str]] = {
    "en": (
        r"more than|over|above|at least|upwards of|in excess of|exceeding|exceeded|topped|not less than|"
        r"no (?:less|fewer) than",
        r"less than|fewer than|under|below|at most|up to|no more than|not more than|a maximum of",
        r"or more|and more|-plus",
        r"or less|or fewer",
    ),
    "fr": (
        r"plus de|plus d'|au moins|plus que|au-delà de|supérieure? à|dépassant|dépassé|dépasse",
        r"moins de|moins d'|au plus|au maximum|inférieure? à|pas plus de",
        r"",
        r"",
    ),
    "de": (r"mehr als|über|mindestens", r"weniger als|unter|höchstens|bis zu|maximal", r"", r""),
    "es": (
        r"más del?|más de la|más que|al menos|por lo menos|superior a|supera|superó|superan|superaron",
        r"menos del?|menos de la|inferior a|como máximo|no más de",
        r"",
        r"",
    ),
    "it": (
        r"più d(?:i|el|ella|ello|ei|egli|ell')|oltre|almeno|superiore a|supera|superato",
        r"meno d(?:i|el|ella|ello|ei|egli|ell')|inferiore a|al massimo|non più di",
        r"",
        r"",
    ),
    "cs": (r"více než|víc než|přes|nejméně|alespoň|minimálně", r"méně než|maximálně|nejvýše|necelých|necelé", r"", r""),
    "pl": (
        r"ponad|więcej niż|co najmniej|przeszło|powyżej",
        r"mniej niż|poniżej|maksymalnie|niespełna|nie więcej niż",
        r"",
        r"",
    ),
    "ru": (
        r"более|больше|свыше|по меньшей мере|не менее|минимум|более чем|больше чем",
        r"менее|меньше|не более|не больше|максимум|менее чем",
        r"",
        r"",
    ),
    "hi": (r"कम से कम", r"अधिकतम", r"से (?:भी )?(?:अधिक|ज़्यादा|ज्यादा|ऊपर)", r"से (?:भी )?(?:कम|नीचे)"),
    "zh": (
        r"超过|逾|多于|高于|至少|最少|突破",
        r"不到|不足|少于|低于|至多|最多",
        r"余|多|以上|出头",
        r"以下|以内|之内",
    ),
    "ja": (r"超", r"最大", r"以上|超|余り|余|強|を超え|を上回", r"以下|未満|足らず|弱|を下回|以内"),
}

# A loss, a deficit or unemployment that falls is good news: such clauses are compared only with each other.
_BAD: dict[str, str] = {
    "en": r"loss(?:es)?|deficits?|unemployment|jobless\w*|shortfalls?",
    "fr": r"pertes?|déficits?|chômage",
    "de": r"\w*verlust\w*|\w*defizit\w*|arbeitslos\w*",
    "es": r"pérdidas?|déficits?|desempleo|paro",
    "it": r"perdit[ae]|deficit|disoccupazione",
    "cs": r"ztrát\w*|schod\w*|deficit\w*|nezaměstnanost\w*",
    "pl": r"strat(?:a|y|ę|ą|ami)?|deficyt\w*|bezroboci\w*",
    "ru": r"убыт\w*|дефицит\w*|безработиц\w*|потер[ья]\w*",
    "hi": r"घाट[ाे]|नुकसान|बेरो[जज़]गारी",
    "zh": r"亏损|赤字|失业|逆差",
    "ja": r"赤字|損失|失業",
}

# Negation markers a source sentence may use, counted to compare with the article's negations. Broad
# on purpose (every marker lowers the count of negations the article may add) but not words that only
# start like one (Czech "nemocnice", Russian "несколько").
_ANY_NEGATION: dict[str, str] = {
    "en": r"not|n't|no|never|none|nothing|nobody|neither|nor|without|cannot",
    "fr": r"ne|n'|sans|ni|non|nul\w*",
    "de": r"nicht\w*|kein\w*|nie|niemals|nichts|ohne|weder|niemand\w*",
    "es": r"no|nunca|jamás|ningun\w*|ningún|nada|nadie|sin|ni|tampoco",
    "it": r"non|mai|nessun\w*|niente|nulla|senza|né|neanche|nemmeno|neppure",
    "cs": r"ne(?!j|bo\b|ž\b|moc|děl|přít|přát|ustál|daleko|boť|li\b|ho\b|mu\b|m\b)\w+|"
    r"ne|nic\w*|nikdo\w*|nikdy|žádn\w*|bez|ani",
    "pl": r"nie|nigdy|żad\w*|nic\w*|nikt\w*|nigdzie|bez|ani",
    "ru": r"не|нет|ни|нельзя|никогда|никто|ничего|ничто|нигде|никак\w*|без\w*",
    "hi": r"नहीं|नही|न|मत|बिना|ना",
    "zh": r"不(?![同断少久过仅论管错如])|没|沒|无(?!论)|無|未(?!来)|非(?!常)|(?<![分区特告类级个性识差派])别|莫|否|勿",
    "ja": r"ない|なく|なかっ|ず|ぬ|ません|無|不|非|未|否|せん|なし",
}

# A negation that can be told by rule; idioms that only look negative ("non seulement") are left out.
_NEGATION: dict[str, str] = {
    "fr": r"(?:ne|n')(?=[^.;:!?]{0,40}?\b(?:pas|jamais|rien|aucun\w*|personne|guère)\b)",
    "de": r"nicht(?!\s+nur)|kein(?:e|en|er|em|es)?|nie|niemals|nichts",
    "es": r"no(?!\s+s[óo]lo|\s+solamente|\s+obstante)|(?<!que\s)nunca|(?<!que\s)jamás|ningún|ninguna?|nadie",
    "it": r"non(?!\s+solo|\s+soltanto|\s+appena|\s+solamente)|nessun[oa]?|mai più",
    "cs": r"není|nejsou|nebyl\w*|nebud\w*|nemá\w*|nemůž\w*|nemoh\w*|nechce\w*|nechtěl\w*|nelze|neexist\w*|"
    r"nikdy|nikdo|žádn\w*",
    "pl": r"nie(?!\s+tylko|\s+tylko)|nigdy|żaden|żadn\w*|nikt",
    "ru": r"не(?!\s+только|\s+менее|\s+более|\s+раз|\s+так\s+давно)|нет|никогда|нельзя|никто|ничего",
    "hi": r"नहीं(?!\s+तो|\s+बल्कि)",
    "zh": r"不(?=[是会能要可愿想肯准该应需必敢让在])|没有|没|並未|并未|尚未|从未|未能|未曾|无法",
    "ja": r"(?<![少危切汚])ない|なかった|ません|ず(?=[にとも、。])|なく(?!て)",
    "en": r"not(?!\s+only|\s+just|\s+least|\s+to\s+mention)|n't|never|nobody|nothing|neither|none|cannot",
}

# Idioms written with a negation that do not negate: Japanese "かもしれません" (may), "なければならない"
# (must), "に違いない" (must be), "ざるを得ない" (cannot but); Chinese "不得不" (have to). A source's
# dropped negation is looked for with them blanked out.
_NOT_NEGATING = re.compile(
    r"かもしれ(?:ない|ません|なかった)|かも知れ(?:ない|ません)|(?:なければ|なくては|ねば|なくちゃ)(?:ならない|なりません|いけない|いけません)"
    r"|に違いない|に違いありません|ざるを得ない|ざるをえない|ざるを得ません|不得不|不得已"
)

# English words that negate or carry a negative affix: a sentence with none of them drops the source's negation.
_ENGLISH_TRACE = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|fail\w*|lack\w*|refus\w*|den(?:y|ies|ied)|"
    r"reject\w*|declin\w*|instead|rather|absen\w*|free|only|few|little|hardly|barely|scarcely|yet|avoid\w*|"
    r"stop(?:s|ped|ping)?|prevent\w*|ban(?:s|ned|ning)?|unable|impossible|except|other\s+than|but|still|remain\w*|ignor\w*|miss(?:es|ed|ing)?|"
    r"longer|less|against|neglect\w*|refrain\w*|forbid\w*|prohibit\w*|any\w*|either|unless|until|deni\w*|"
    r"\w+n't)\b|n't",
    re.IGNORECASE,
)
_NEGATIVE_PREFIX = re.compile(r"(?:un|in|im|il|ir|dis|non|mis|a)(?=[a-z]{4})")
# English negations the added-negation rule reads: idioms that negate nothing are left out.
_ENGLISH_NEGATION = re.compile(
    r"\b(?:not(?!\s+only|\s+just|\s+least|\s+to\s+mention|\s+(?:more|less|fewer)\s+than)|never|"
    r"no(?!\s+(?:doubt|matter|longer|more\s+than|less\s+than|fewer\s+than|sooner)\b)(?![.\-]\s?\d)|"
    r"none(?!\s+other)|nothing(?!\s+but)|nobody|neither|nor|cannot)\b|n't",
    re.IGNORECASE,
)
_IDIOM_AROUND = re.compile(r"\b(?:whether\s+or\s+not|if\s+not|or\s+not|not\s+yet)\b", re.IGNORECASE)
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
    # a fragment may end with an apostrophe ("n'"): a letter may follow it
    return re.compile(rf"(?<!{letter})(?:{fragments})(?:(?!{letter})|(?<='))", re.IGNORECASE)


def _languages(language: str | None) -> tuple[str, ...]:
    return (language,) if language in KNOWN else tuple(sorted(KNOWN))


def _change_words(text: str, language: str | None, start: int = 0, end: int | None = None) -> list[_Word]:
    """Return the change words of text[start:end], each with its sense and strength."""
    end = len(text) if end is None else end
    english = language == "en"
    found: list[_Word] = []
    for code in _languages(language):
        up, down, weak_up, weak_down = _CHANGE[code]
        for fragments, sense, strong in (
            (up, UP, True),
            (down, DOWN, True),
            (weak_up, UP, False),
            (weak_down, DOWN, False),
        ):
            for m in _pattern(fragments, code).finditer(text, start, end):
                word = m.group(0).lower()
                if english and not _counts_in_english(text, m, word):
                    continue
                found.append(_Word(sense=sense, strong=strong, start=m.start(), end=m.end(), text=m.group(0)))
    return found


def _counts_in_english(text: str, m: re.Match[str], word: str) -> bool:
    before = text[max(0, m.start() - 30) : m.start()]
    if word in ("up", "down"):
        return bool(_UP_DOWN_OK.match(text, m.end()))
    if word == "fall" and _SEASON_FALL.search(before):
        return False
    if word == "lower" and (m.group(0)[0].isupper() or re.match(r"\s+(?:court|house|chamber)", text[m.end() :])):
        return False
    return not _NEGATED_BEFORE.search(before)


def _has(fragments: dict[str, str], text: str, language: str | None, start: int = 0, end: int | None = None) -> bool:
    end = len(text) if end is None else end
    return any(_pattern(fragments[code], code).search(text, start, end) for code in _languages(language))


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
    if not q.scaled and value.is_integer() and 1800 <= value <= 2100:
        return False  # a year
    return q.kind in ("percent", "currency") or q.scaled or value >= 10 or not value.is_integer()


def _shared_figures(sentence: str, facts: SourceFacts) -> Iterator[tuple[Quantity, Quantity]]:
    for q in find_quantities(sentence, english=True):
        if not _figure_checked(q):
            continue
        for s in facts.quantities:
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
    for code in _languages(language):
        for i, sense in enumerate((UP, DOWN, UP, DOWN)):
            fragments = _BOUNDS[code][i]
            if not fragments:
                continue
            if i < 2:
                gap = r"\s*(?:US|A|C|HK)?[$€£¥₹]?\s*$"
                m = re.search(rf"(?<![^\W\d_])(?:{fragments}){gap}", before, re.IGNORECASE)
                if m and (best is None or offset + m.start() < best[1]):
                    best = (sense, offset + m.start(), offset + m.end() - len(re.search(gap, m.group(0)).group(0)))
            else:
                gap = r"[^\d\s，。、,.]{0,3}?" if cjk else r"\s?"
                m = re.match(rf"\s?{gap}(?:{fragments})", text[q.end : q.end + 16], re.IGNORECASE)
                if m and best is None:
                    tail = re.search(rf"(?:{fragments})$", m.group(0), re.IGNORECASE)
                    begin = q.end + (tail.start() if tail else 0)
                    best = (sense, begin, q.end + m.end())
    return best


def _direction_conflicts(sentence: str, facts: SourceFacts, language: str | None) -> list[MeaningConflict]:
    conflicts: list[MeaningConflict] = []
    compared: set[tuple[int, int]] = set()  # article clauses already judged by a shared figure
    source = facts.text
    for q, s in _shared_figures(sentence, facts):
        lo, hi = clause_around(sentence, q.start, q.end)
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
        a_words = _change_words(sentence, "en", lo, hi)
        a = _sense(a_words)
        if a is None:
            continue
        s_lo, s_hi = facts.clause(s.start)
        s_words = _change_words(source, language, s_lo, s_hi)
        s_found = _sense(s_words)
        if s_found is None:
            continue
        compared.add((lo, hi))
        if _has(_BAD, sentence, "en", lo, hi) != _has(_BAD, source, language, s_lo, s_hi):
            continue
        if _has(_NEGATION, source, language, s_lo, s_hi):
            continue
        if a[0] != s_found[0]:
            word = _nearest(a_words, a[0], q.start)
            evidence = _nearest(s_words, s_found[0], s.start)
            conflicts.append(_conflict(sentence, word, source, evidence, language, figure=q.text))
    words = [
        w for w in _change_words(sentence, "en") if w.strong and not any(lo <= w.start < hi for lo, hi in compared)
    ]
    senses = {w.sense for w in words}
    if len(senses) != 1 or _has(_BAD, sentence, "en") != _has(_BAD, source, language):
        return conflicts
    sense = senses.pop()
    s_words = _change_words(source, language)
    opposite = [w for w in s_words if w.strong and w.sense != sense]
    if opposite and not any(w.sense == sense for w in s_words) and not _has(_NEGATION, source, language):
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
    in_source = _count(_ANY_NEGATION, source, language)
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
    for code in _languages(language):
        if (m := _pattern(_NEGATION[code], code).search(negating)) and _about(sentence, facts, m.start()):
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


def _count(fragments: dict[str, str], text: str, language: str | None) -> int:
    return max(
        len(_pattern(fragments[code], code).findall(text)) + _french_pas(text, code) for code in _languages(language)
    )


def _french_pas(text: str, language: str) -> int:
    """Count the French negations written without "ne" ("je les vois pas"), beyond those "ne" counts."""
    if language != "fr":
        return 0
    ne = len(_pattern(r"ne|n'", "fr").findall(text))
    second = len(_pattern(r"pas|jamais|rien|aucun\w*|guère", "fr").findall(text))
    return max(0, second - ne)


def _has_trace(sentence: str) -> bool:
    """Tell whether an English sentence negates anything: a negative word, or an affix on a dictionary word."""
    if _ENGLISH_TRACE.search(sentence):
        return True
    words = english_words()
    for m in re.finditer(r"[A-Za-z]+", sentence):
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
    language = normalise_language(language, source)
    facts = read_source(source, language)
    found = _direction_conflicts(sentence, facts, language) + _negation_conflicts(sentence, facts, language)
    seen: set[tuple[str, int]] = set()
    out: list[MeaningConflict] = []
    for c in sorted(found, key=lambda c: c.start):
        if (c.kind, c.start) not in seen:
            seen.add((c.kind, c.start))
            out.append(c)
    return out
