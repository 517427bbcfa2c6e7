"""Czech: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, OrdinalStem, Periods, Samples, Scale
from ._instructions import Instructions

LANGUAGE = Language(
    code="cs",
    strong_up=(
        r"vzr[ůo]st\w*|vzrostl\w*|rost(?:l|la|lo|li|ly|e|ou|oucí\w*)|růst\w*|stoup\w*|zvýš\w*|zvyš\w*|"
        r"nár[ůu]st\w*|narost\w*|narůst\w*|přibyl\w*|přibýv\w*|zdvojnásob\w*"
    ),
    strong_down=r"kles\w*|pokles\w*|sníž\w*|snižov\w*|ubyl\w*|ubýv\w*|propad\w*|zmenš\w*|úbyt\w*|zredukov\w*",
    weak_up=r"více|víc|vyšš\w*",
    weak_down=r"méně|míň|nižš\w*",
    more_than=r"více než|víc než|přes|nejméně|alespoň|minimálně",
    less_than=r"méně než|maximálně|nejvýše|necelých|necelé",
    bad_news=r"ztrát\w*|schod\w*|deficit\w*|nezaměstnanost\w*",
    negation_markers=(
        r"ne(?!j|bo\b|ž\b|moc|děl|přít|přát|ustál|daleko|boť|li\b|ho\b|mu\b|m\b)\w+|"
        r"ne|nic\w*|nikdo\w*|nikdy|žádn\w*|bez|ani"
    ),
    negations=(
        r"není|nejsou|nebyl\w*|nebud\w*|nemá\w*|nemůž\w*|nemoh\w*|nechce\w*|nechtěl\w*|nelze|neexist\w*|"
        r"nikdy|nikdo|žádn\w*"
    ),
    samples=Samples(rise="vzrostl", fall="klesl", negation="nikdy"),
    abbreviations=("mj",),
    instructions=Instructions(override_verbs=r"ignorujte", override_objects=r"pokyny"),
    more_scales=(Scale(word="miliardu", value=10**9),),
    number_words=(
        NumberWord(
            value=1,
            cardinal=("jeden", "jedna", "jedno", "jednoho", "jednom", "jedné", "prvního"),
            ordinal=("první", "prvním"),
        ),
        NumberWord(value=2, cardinal=("dva", "dvě", "dvou", "dvěma"), ordinal=("druhý", "druhá", "druhé", "druhého")),
        NumberWord(value=3, cardinal=("tři", "tří", "třech", "třem", "třemi"), ordinal=("třetí",)),
        NumberWord(
            value=4,
            cardinal=("čtyři", "čtyř", "čtyřech", "čtyřem", "čtyřmi"),
            ordinal=("čtvrtý", "čtvrtá", "čtvrté"),
        ),
        NumberWord(value=5, cardinal=("pět", "pěti"), ordinal=("pátý", "pátá", "páté")),
        NumberWord(value=6, cardinal=("šest", "šesti"), ordinal=("šestý", "šestá")),
        NumberWord(value=7, cardinal=("sedm", "sedmi"), ordinal=("sedmý", "sedmá")),
        NumberWord(value=8, cardinal=("osm", "osmi"), ordinal=("osmý", "osmá")),
        NumberWord(value=9, cardinal=("devět", "devíti"), ordinal=("devátý", "devátá")),
        NumberWord(value=10, cardinal=("deset", "deseti"), ordinal=("desátý", "desátá")),
        NumberWord(value=11, cardinal=("jedenáct",)),
        NumberWord(value=12, cardinal=("dvanáct",)),
        NumberWord(value=13, cardinal=("třináct",)),
        NumberWord(value=14, cardinal=("čtrnáct",)),
        NumberWord(value=15, cardinal=("patnáct",)),
        NumberWord(value=16, cardinal=("šestnáct",)),
        NumberWord(value=17, cardinal=("sedmnáct",)),
        NumberWord(value=18, cardinal=("osmnáct",)),
        NumberWord(value=19, cardinal=("devatenáct",)),
        NumberWord(value=20, cardinal=("dvacet", "dvaceti")),
        NumberWord(value=30, cardinal=("třicet",)),
        NumberWord(value=40, cardinal=("čtyřicet",)),
        NumberWord(value=50, cardinal=("padesát",)),
        NumberWord(value=60, cardinal=("šedesát",)),
        NumberWord(value=70, cardinal=("sedmdesát",)),
        NumberWord(value=80, cardinal=("osmdesát",)),
        NumberWord(value=90, cardinal=("devadesát",)),
        NumberWord(value=100, cardinal=("sto", "set")),
        NumberWord(value=1000, cardinal=("tisíc", "tisíce")),
    ),
    ordinal_stems=(
        OrdinalStem(value=1, stem=r"prvn"),
        OrdinalStem(value=2, stem=r"druh"),
        OrdinalStem(value=3, stem=r"třet"),
        OrdinalStem(value=4, stem=r"čtvrt"),
        OrdinalStem(value=5, stem=r"pát"),
        OrdinalStem(value=6, stem=r"šest"),
        OrdinalStem(value=7, stem=r"sedm"),
        OrdinalStem(value=8, stem=r"osm"),
        OrdinalStem(value=9, stem=r"devát"),
        OrdinalStem(value=10, stem=r"desát"),
    ),
    ordinal_endings=r"í|ý|á|é|ého|ém|ým|ou|ích|ými|ému|ím",
    ordinal_dot=True,
    quarter_words=r"čtvrtlet",
    periods=Periods(
        year_on_year=r"meziročn|loňsk|rok do roku",
        quarter_on_quarter=r"mezičtvrtletn",
        month_on_month=r"meziměsíčn",
    ),
    hour_words=r"hod(?:in[ay]?|\.)",
)
