"""Polish: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import DayPeriod, Language, NumberWord, OrdinalStem, Periods, Samples
from ._instructions import Instructions

LANGUAGE = Language(
    code="pl",
    strong_up=(
        r"wzr[oó]s\w*|wzrast\w*|rosn\w*|rośnie|rosł\w*|zwiększ\w*|podwyż\w*|podni[oóe]s\w*|przyr[oó]st\w*|"
        r"podwoi\w*"
    ),
    strong_down=(
        r"spad(?!kob)\w*|zmniejsz\w*|obniż\w*|male(?:je|ją|ć)|malał\w*|zmal\w*|redukc\w*|zreduk\w*|"
        r"ograniczon\w*|skurcz\w*|zmalał\w*"
    ),
    weak_up=r"więcej|wyższ\w*|ponad",
    weak_down=r"mniej|niższ\w*",
    more_than=r"ponad|więcej niż|co najmniej|przeszło|powyżej",
    less_than=r"mniej niż|poniżej|maksymalnie|niespełna|nie więcej niż",
    bad_news=r"strat(?:a|y|ę|ą|ami)?|deficyt\w*|bezroboci\w*",
    negation_markers=r"nie|nigdy|żad\w*|nic\w*|nikt\w*|nigdzie|bez|ani",
    negations=r"nie(?!\s+tylko|\s+tylko)|nigdy|żaden|żadn\w*|nikt",
    samples=Samples(rise="wzrósł", fall="spadł", negation="nie"),
    abbreviations=(
        "nr", "ok", "al", "ul", "pl", "dr", "inż", "mgr", "gen", "płk", "św", "ks", "prof", "tzw", "m.in", "np",
    ),
    instructions=Instructions(override_verbs=r"zignoruj", override_objects=r"instrukcje"),
    number_words=(
        NumberWord(
            value=1,
            cardinal=("jeden", "jedna", "jedno", "jednego", "jednej"),
            ordinal=("pierwszy", "pierwsza", "pierwsze", "pierwszego"),
        ),
        NumberWord(
            value=2,
            cardinal=("dwa", "dwie", "dwóch", "dwoje", "dwoma", "drugie"),
            ordinal=("drugi", "druga", "drugiego"),
        ),
        NumberWord(value=3, cardinal=("trzy", "trzech", "trzema", "troje", "trzecia"), ordinal=("trzeci",)),
        NumberWord(value=4, cardinal=("cztery", "czterech"), ordinal=("czwarty", "czwarta")),
        NumberWord(value=5, cardinal=("pięć", "pięciu"), ordinal=("piąty", "piąta")),
        NumberWord(value=6, cardinal=("sześć", "sześciu"), ordinal=("szósty", "szósta")),
        NumberWord(value=7, cardinal=("siedem", "siedmiu"), ordinal=("siódmy", "siódma")),
        NumberWord(value=8, cardinal=("osiem", "ośmiu"), ordinal=("ósmy", "ósma")),
        NumberWord(value=9, cardinal=("dziewięć", "dziewięciu"), ordinal=("dziewiąty",)),
        NumberWord(value=10, cardinal=("dziesięć", "dziesięciu"), ordinal=("dziesiąty",)),
        NumberWord(value=11, cardinal=("jedenaście",)),
        NumberWord(value=12, cardinal=("dwanaście",)),
        NumberWord(value=13, cardinal=("trzynaście",)),
        NumberWord(value=14, cardinal=("czternaście",)),
        NumberWord(value=15, cardinal=("piętnaście",)),
        NumberWord(value=16, cardinal=("szesnaście",)),
        NumberWord(value=17, cardinal=("siedemnaście",)),
        NumberWord(value=18, cardinal=("osiemnaście",)),
        NumberWord(value=19, cardinal=("dziewiętnaście",)),
        NumberWord(value=20, cardinal=("dwadzieścia", "dwudziestu")),
        NumberWord(value=30, cardinal=("trzydzieści",)),
        NumberWord(value=40, cardinal=("czterdzieści",)),
        NumberWord(value=50, cardinal=("pięćdziesiąt",)),
        NumberWord(value=60, cardinal=("sześćdziesiąt",)),
        NumberWord(value=70, cardinal=("siedemdziesiąt",)),
        NumberWord(value=80, cardinal=("osiemdziesiąt",)),
        NumberWord(value=90, cardinal=("dziewięćdziesiąt",)),
        NumberWord(value=100, cardinal=("sto", "stu")),
        NumberWord(value=1000, cardinal=("tysiąc",)),
    ),
    ordinal_stems=(
        OrdinalStem(value=1, stem=r"pierwsz"),
        OrdinalStem(value=2, stem=r"drug"),
        OrdinalStem(value=3, stem=r"trzec"),
        OrdinalStem(value=4, stem=r"czwart"),
        OrdinalStem(value=5, stem=r"piąt"),
        OrdinalStem(value=6, stem=r"szóst"),
        OrdinalStem(value=7, stem=r"siódm"),
        OrdinalStem(value=8, stem=r"ósm"),
        OrdinalStem(value=9, stem=r"dziewiąt"),
        OrdinalStem(value=10, stem=r"dziesiąt"),
    ),
    ordinal_endings=r"y|a|e|ego|ej|ym|im|ą|i|ich|ymi|iej|iego",
    ordinal_dot=True,
    quarter_words=r"kwarta",
    periods=Periods(
        year_on_year=r"rok do roku|r/r|rdr|ubiegłego roku|poprzedniego roku",
        quarter_on_quarter=r"kwartał do kwartału|k/k|kdk|poprzedniego kwartału",
        month_on_month=r"miesiąc do miesiąca|m/m|mdm|poprzedniego miesiąca",
    ),
    more_day_periods=(DayPeriod(word="z rana", period="am"),),
    hour_words=r"godz(?:\.|in[aiy]?)",
)
