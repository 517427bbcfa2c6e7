"""German: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import DayPeriod, Language, NumberWord, OrdinalStem, Periods, Samples, Scale
from ._instructions import Instructions

LANGUAGE = Language(
    code="de",
    strong_up=(
        r"stieg\w*|steig(?:t|en|ende\w*|erung\w*)|gestiegen\w*|anstieg\w*|wachs(?:en|t|end\w*)|wuchs\w*|"
        r"gewachsen|wachstum\w*|zuwachs\w*|erhöh\w*|zugelegt|kletter\w*|geklettert|sprang|verdoppel\w*|"
        r"anheb\w*|angehoben|aufschwung\w*|aufgestockt|aufstock\w*|plus"
    ),
    strong_down=(
        r"sank\w*|sink(?:t|en|end\w*)|gesunken\w*|fiel\w*|fällt|gefallen|fallen|rückgang\w*|rückläufig\w*|"
        r"zurückgegangen|verringer\w*|senk(?:t|en|te|ten|ung\w*)|gesenkt|reduzier\w*|minus|verlor\w*|"
        r"einbruch\w*|eingebrochen|schrumpf\w*|geschrumpft|abgenommen|abnahme|gekürzt|kürz(?:t|en|te|ung\w*)|"
        r"halbiert\w*"
    ),
    weak_up=r"mehr|höher\w*|über",
    weak_down=r"weniger|niedriger\w*|geringer\w*",
    more_than=r"mehr als|über|mindestens",
    less_than=r"weniger als|unter|höchstens|bis zu|maximal",
    bad_news=r"\w*verlust\w*|\w*defizit\w*|arbeitslos\w*",
    negation_markers=r"nicht\w*|kein\w*|nie|niemals|nichts|ohne|weder|niemand\w*",
    negations=r"nicht(?!\s+nur)|kein(?:e|en|er|em|es)?|nie|niemals|nichts",
    samples=Samples(rise="stiegen", fall="sanken", negation="nicht"),
    abbreviations=("abs", "bd", "tel", "dipl.-ing"),
    before_ordinal=(
        "am", "im", "zum", "zur", "vom", "beim", "ins", "der", "die", "das", "dem", "den", "des", "ab", "bis", "seit",
    ),
    instructions=Instructions(
        model=r"Sprachmodell(?:e|s)?",
        assistant=r"assistent",
        writer=r"Redakteur(?:in|e|en)?|Journalist(?:en|in)?|Übersetzer",
        addressee=r"assistent(?:en|in)?|Modell(?:e|s)?|Redaktion|Autor(?:en|in)?",
        articles=("die", "der", "den", "das", "dem"),
        to=("an", "für"),
        note=r"hinweise?|nachricht|anweisungen?|mitteilung",
        attention=r"zu Händen",
        dear=r"liebe|lieber|liebes",
        sure_verbs=(
            r"schreib|schreibe|sag|sage|behaupte|erwähne|ergänze|füge|gib|nenne|melde|erkläre|ignoriere|vergiss|"
            r"stelle (?:fest|klar)|"
            r"schreiben Sie|sagen Sie|behaupten Sie|berichten Sie|erwähnen Sie|ergänzen Sie|fügen Sie|"
            r"geben Sie|nennen Sie|melden Sie|erklären Sie|ignorieren Sie|vergessen Sie|stellen Sie"
        ),
        lead_verbs=r"berichte|schreiben|sagen|behaupten|berichten|erwähnen|ergänzen|nennen|melden|erklären",
        please=r"bitte|du musst",
        adverbs=r"jetzt|nun|stattdessen|einfach",
        that=r"dass|daß",
        following=r"folgendes",
        override_verbs=r"ignoriere|ignorieren",
        override_objects=r"Anweisungen|oben",
    ),
    capitalises_nouns=True,
    regional_locales=("de_AT",),
    more_scales=(Scale(word="Tsd.", value=10**3),),
    number_words=(
        NumberWord(
            value=1,
            cardinal=("ein", "eine", "einen", "einem", "einer", "eines"),
            ordinal=("erste", "ersten", "erster", "erstes"),
        ),
        NumberWord(value=2, cardinal=("zwei",), ordinal=("zweite", "zweiten", "zweiter")),
        NumberWord(value=3, cardinal=("drei",), ordinal=("dritte", "dritten", "dritter")),
        NumberWord(value=4, cardinal=("vier",), ordinal=("vierte", "vierten")),
        NumberWord(value=5, cardinal=("fünf",), ordinal=("fünfte", "fünften")),
        NumberWord(value=6, cardinal=("sechs",), ordinal=("sechste", "sechsten")),
        NumberWord(value=7, cardinal=("sieben",), ordinal=("siebte", "siebten")),
        NumberWord(value=8, cardinal=("acht",), ordinal=("achte", "achten")),
        NumberWord(value=9, cardinal=("neun",), ordinal=("neunte", "neunten")),
        NumberWord(value=10, cardinal=("zehn",), ordinal=("zehnte", "zehnten")),
        NumberWord(value=11, cardinal=("elf",)),
        NumberWord(value=12, cardinal=("zwölf", "dutzend")),
        NumberWord(value=13, cardinal=("dreizehn",)),
        NumberWord(value=14, cardinal=("vierzehn",)),
        NumberWord(value=15, cardinal=("fünfzehn",)),
        NumberWord(value=16, cardinal=("sechzehn",)),
        NumberWord(value=17, cardinal=("siebzehn",)),
        NumberWord(value=18, cardinal=("achtzehn",)),
        NumberWord(value=19, cardinal=("neunzehn",)),
        NumberWord(value=20, cardinal=("zwanzig",)),
        NumberWord(value=30, cardinal=("dreißig",)),
        NumberWord(value=40, cardinal=("vierzig",)),
        NumberWord(value=50, cardinal=("fünfzig",)),
        NumberWord(value=60, cardinal=("sechzig",)),
        NumberWord(value=70, cardinal=("siebzig",)),
        NumberWord(value=80, cardinal=("achtzig",)),
        NumberWord(value=90, cardinal=("neunzig",)),
        NumberWord(value=100, cardinal=("hundert",)),
        NumberWord(value=1000, cardinal=("tausend",)),
    ),
    ordinal_stems=(
        OrdinalStem(value=1, stem=r"erst"),
        OrdinalStem(value=3, stem=r"dritt"),
        OrdinalStem(value=4, stem=r"viert"),
        OrdinalStem(value=5, stem=r"fünft"),
        OrdinalStem(value=6, stem=r"sechst"),
        OrdinalStem(value=7, stem=r"siebt"),
        OrdinalStem(value=8, stem=r"acht"),
        OrdinalStem(value=9, stem=r"neunt"),
        OrdinalStem(value=10, stem=r"zehnt"),
    ),
    ordinal_endings=r"e|en|er|es|em",
    ordinal_dot=True,
    quarter_words=r"quartal",
    periods=Periods(
        year_on_year=r"vorjahr|im jahresvergleich|zum vorjahreszeitraum",
        quarter_on_quarter=r"vorquartal",
        month_on_month=r"vormonat",
    ),
    more_day_periods=(
        DayPeriod(word="am Morgen", period="am"),
        DayPeriod(word="am Vormittag", period="am"),
        DayPeriod(word="in der Früh", period="am"),
        DayPeriod(word="früh", period="am"),
        DayPeriod(word="am Abend", period="pm"),
        DayPeriod(word="am Nachmittag", period="pm"),
    ),
    hour_words=r"Uhr",
)
