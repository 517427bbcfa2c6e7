"""Italian: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import DayPeriod, Language, NumberWord, OrdinalStem, Periods, Samples, Scale
from ._instructions import Instructions

LANGUAGE = Language(
    code="it",
    strong_up=(
        r"aument\w*|cresc\w*|crebbe|crebbero|sal(?:ire|ito|ita|iti|ite|gono|iva|ivano|ì|irà)|rialz\w*|"
        r"rincar\w*|increment\w*|balz\w*|impenn\w*|raddoppi\w*|lievit\w*"
    ),
    strong_down=(
        r"cal(?:o|i|ano|ato|ata|ati|ate|are|ò|ava|avano|erà)|diminu\w*|scen(?:de|dono|dere|deva|dendo)|"
        r"sces[oaie]|ridu[cz]\w*|ridott\w*|ribass\w*|flession\w*|croll\w*|pers[oaie]|perd(?:e|ono|ere|eva|evano)|"
        r"contrazion\w*|dimezz\w*"
    ),
    weak_up=r"più|maggior\w*|superior\w*",
    weak_down=r"meno|minor\w*|inferior\w*",
    more_than=r"più d(?:i|el|ella|ello|ei|egli|ell')|oltre|almeno|superiore a|supera|superato",
    less_than=r"meno d(?:i|el|ella|ello|ei|egli|ell')|inferiore a|al massimo|non più di",
    bad_news=r"perdit[ae]|deficit|disoccupazione",
    negation_markers=r"non|mai|nessun\w*|niente|nulla|senza|né|neanche|nemmeno|neppure",
    negations=r"non(?!\s+solo|\s+soltanto|\s+appena|\s+solamente)|nessun[oa]?|mai più",
    samples=Samples(rise="aumentato", fall="calato", negation="non"),
    abbreviations=("pag", "n", "sigg", "dott"),
    instructions=Instructions(
        model=r"modell[oi] linguistic[oi]",
        assistant=r"assistente",
        writer=r"redattor[ei]|giornalist[ai]|traduttore",
        addressee=r"assistente|modell[oi]|redazione",
        articles=("il", "lo", "la", "l'", "gli", "i", "alla", "allo", "all'", "ai", "agli", "del", "della", "dell'"),
        to=("per", "a", "alla", "all'"),
        note=r"nota|messaggio|istruzion[ei]|promemoria|avviso|richiesta",
        attention=r"all'attenzione",
        dear=r"car[oa]|cari|care",
        sure_verbs=(
            r"scrivi|scriva|scrivete|dica|dite|affermi|affermate|indichi|riporti|menzioni|aggiungi|"
            r"aggiunga|aggiungete|includi|includa|dichiari|sostieni|ignori|ignorate|dimentichi|dimenticate"
        ),
        lead_verbs=(
            r"afferma|riporta|menziona|dichiara|dimentica|scrivere|affermare|indicare|riportare|menzionare|"
            r"aggiungere|includere|dichiarare|ignorare|dimenticare"
        ),
        please=r"per favore|per piacere|devi|ricorda di|non dimenticare di",
        adverbs=r"ora|adesso|invece",
        that=r"che|ch'",
        following=r"quanto segue|questo|il seguente",
        override_verbs=r"ignora",
        override_objects=r"istruzioni",
    ),
    more_scales=(Scale(word="mille", value=10**3), Scale(word="bilione", value=10**12)),
    number_words=(
        NumberWord(value=1, cardinal=("un", "uno", "una"), ordinal=("primo", "prima")),
        NumberWord(value=2, cardinal=("due",), ordinal=("secondo", "seconda")),
        NumberWord(value=3, cardinal=("tre",), ordinal=("terzo", "terza")),
        NumberWord(value=4, cardinal=("quattro",), ordinal=("quarto", "quarta")),
        NumberWord(value=5, cardinal=("cinque",), ordinal=("quinto", "quinta")),
        NumberWord(value=6, cardinal=("sei",), ordinal=("sesto", "sesta")),
        NumberWord(value=7, cardinal=("sette",), ordinal=("settimo", "settima")),
        NumberWord(value=8, cardinal=("otto",), ordinal=("ottavo", "ottava")),
        NumberWord(value=9, cardinal=("nove",), ordinal=("nono", "nona")),
        NumberWord(value=10, cardinal=("dieci",), ordinal=("decimo", "decima")),
        NumberWord(value=11, cardinal=("undici",)),
        NumberWord(value=12, cardinal=("dodici", "dozzina")),
        NumberWord(value=13, cardinal=("tredici",)),
        NumberWord(value=14, cardinal=("quattordici",)),
        NumberWord(value=15, cardinal=("quindici",)),
        NumberWord(value=16, cardinal=("sedici",)),
        NumberWord(value=17, cardinal=("diciassette",)),
        NumberWord(value=18, cardinal=("diciotto",)),
        NumberWord(value=19, cardinal=("diciannove",)),
        NumberWord(value=20, cardinal=("venti", "ventina")),
        NumberWord(value=30, cardinal=("trenta", "trentina")),
        NumberWord(value=40, cardinal=("quaranta",)),
        NumberWord(value=50, cardinal=("cinquanta",)),
        NumberWord(value=60, cardinal=("sessanta",)),
        NumberWord(value=70, cardinal=("settanta",)),
        NumberWord(value=80, cardinal=("ottanta",)),
        NumberWord(value=90, cardinal=("novanta",)),
        NumberWord(value=100, cardinal=("cento", "centinaio")),
        NumberWord(value=1000, cardinal=("mille",)),
    ),
    ordinal_stems=(
        OrdinalStem(value=1, stem=r"prim"),
        OrdinalStem(value=2, stem=r"second"),
        OrdinalStem(value=3, stem=r"terz"),
        OrdinalStem(value=4, stem=r"quart"),
        OrdinalStem(value=5, stem=r"quint"),
        OrdinalStem(value=6, stem=r"sest"),
        OrdinalStem(value=7, stem=r"settim"),
        OrdinalStem(value=8, stem=r"ottav"),
        OrdinalStem(value=9, stem=r"non"),
        OrdinalStem(value=10, stem=r"decim"),
    ),
    ordinal_endings=r"o|a|i|e",
    ordinal_marks=r"º|ª|o|a",
    quarter_words=r"trimestre",
    periods=Periods(
        year_on_year=r"su base annua|anno precedente|anno scorso|stesso periodo dell|anno su anno|tendenziale",
        quarter_on_quarter=r"trimestre precedente|su base trimestrale|congiuntural",
        month_on_month=r"mese precedente|su base mensile",
    ),
    more_day_periods=(
        DayPeriod(word="del mattino", period="am"),
        DayPeriod(word="della mattina", period="am"),
        DayPeriod(word="della sera", period="pm"),
    ),
    at_hour=r"alle",
)
