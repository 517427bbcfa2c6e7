"""Dutch: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, Periods, Samples
from ._instructions import Instructions

LANGUAGE = Language(
    code="nl",
    strong_up=(
        r"stijg\w*|steeg|stegen|gestegen|groei\w*|gegroeid|toegenomen|toename|toenemen|(?:neemt|nemen|nam|namen)\s+toe|"
        r"verhoog\w*|verhoging\w*|verhogen|verdubbel\w*|opgelopen|(?:loopt|lopen|liep|liepen)\s+op"
    ),
    strong_down=(
        r"daal\w*|dalen|daling\w*|gedaald|zakt|zakte|zakten|gezakt|afgenomen|afname|afnemen|"
        r"(?:neemt|nemen|nam|namen)\s+af|krimp\w*|kromp\w*|gekrompen|inkrimp\w*|verlaag\w*|verlaging\w*|verlagen|"
        r"verminder\w*|halver\w*|gehalveerd|teruggelopen|(?:loopt|lopen|liep|liepen)\s+terug|terugval\w*|"
        r"teruggevallen|kelder(?:t|de|den)|gekelderd|verloor|verloren|bezuinig\w*"
    ),
    weak_up=r"meer|hoger\w*",
    weak_down=r"minder|lager\w*",
    more_than=r"meer dan|ruim|minstens|ten minste|tenminste|boven de",
    less_than=r"minder dan|ten hoogste|hoogstens|maximaal|nog geen|onder de",
    or_more=r"of meer",
    or_less=r"of minder",
    bad_news=r"\w*verlie[sz]\w*|\w*tekort\w*|werkloosheid|werkloz\w*",
    negation_markers=r"niet|geen|nooit|niets|niks|niemand|nergens|zonder|noch|evenmin",
    negations=r"niet(?!\s+alleen|\s+enkel|\s+slechts)|geen|nooit|niets|niemand",
    samples=Samples(rise="steeg", fall="daalde", negation="niet"),
    instructions=Instructions(
        model=r"taalmodel(?:len)?",
        assistant=r"assistent",
        writer=r"redacteur(?:en)?|journalist(?:en)?|vertaler",
        addressee=r"assistent|model(?:len)?|redactie",
        articles=("de", "het", "je", "uw"),
        to=("aan", "voor"),
        note=r"notitie|bericht|instructies?|opmerking|mededeling",
        attention=r"ter attentie van",
        dear=r"beste|lieve|geachte",
        sure_verbs=r"schrijf|zeg|vermeld|voeg|negeer|vergeet|noem",
        lead_verbs=r"schrijven|zeggen|vermelden|melden|noemen",
        please=r"alsjeblieft|alstublieft|je moet|u moet",
        adverbs=r"nu|in plaats daarvan|gewoon",
        that=r"dat",
        following=r"het volgende|dit",
        override_verbs=r"negeer|vergeet",
        override_objects=r"instructies|bovenstaande|hierboven",
    ),
    number_words=(
        NumberWord(value=1, cardinal=("één", "een"), ordinal=("eerste",)),
        NumberWord(value=2, cardinal=("twee",), ordinal=("tweede",)),
        NumberWord(value=3, cardinal=("drie",), ordinal=("derde",)),
        NumberWord(value=4, cardinal=("vier",), ordinal=("vierde",)),
        NumberWord(value=5, cardinal=("vijf",), ordinal=("vijfde",)),
        NumberWord(value=6, cardinal=("zes",), ordinal=("zesde",)),
        NumberWord(value=7, cardinal=("zeven",), ordinal=("zevende",)),
        NumberWord(value=8, cardinal=("acht",), ordinal=("achtste",)),
        NumberWord(value=9, cardinal=("negen",), ordinal=("negende",)),
        NumberWord(value=10, cardinal=("tien",), ordinal=("tiende",)),
        NumberWord(value=11, cardinal=("elf",), ordinal=("elfde",)),
        NumberWord(value=12, cardinal=("twaalf", "dozijn"), ordinal=("twaalfde",)),
        NumberWord(value=13, cardinal=("dertien",)),
        NumberWord(value=14, cardinal=("veertien",)),
        NumberWord(value=15, cardinal=("vijftien",)),
        NumberWord(value=16, cardinal=("zestien",)),
        NumberWord(value=17, cardinal=("zeventien",)),
        NumberWord(value=18, cardinal=("achttien",)),
        NumberWord(value=19, cardinal=("negentien",)),
        NumberWord(value=20, cardinal=("twintig",), ordinal=("twintigste",)),
        NumberWord(value=30, cardinal=("dertig",)),
        NumberWord(value=40, cardinal=("veertig",)),
        NumberWord(value=50, cardinal=("vijftig",)),
        NumberWord(value=60, cardinal=("zestig",)),
        NumberWord(value=70, cardinal=("zeventig",)),
        NumberWord(value=80, cardinal=("tachtig",)),
        NumberWord(value=90, cardinal=("negentig",)),
        NumberWord(value=100, cardinal=("honderd",)),
        NumberWord(value=1000, cardinal=("duizend",)),
    ),
    ordinal_marks=r"e|ste|de",
    quarter_words=r"kwarta",
    periods=Periods(
        year_on_year=r"vorig jaar|een jaar eerder|jaar op jaar|op jaarbasis|dezelfde periode vorig",
        quarter_on_quarter=r"vorig kwartaal|kwartaal op kwartaal",
        month_on_month=r"vorige maand|maand op maand",
    ),
    hour_words=r"uur",
    at_hour=r"om",
)
