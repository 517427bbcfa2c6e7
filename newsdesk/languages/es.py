"""Spanish: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, OrdinalStem, Periods, Samples, Scale
from ._instructions import Instructions

LANGUAGE = Language(
    code="es",
    strong_up=(
        r"aument\w*|sub(?:e|en|ió|ieron|ir|ido|ida|idos|idas|ía|ían|iendo)|crec\w*|increment\w*|alza\w*|"
        r"elev(?:ó|aron|ar|ando)|dispar(?:ó|aron)|duplic\w*|repunt\w*"
    ),
    strong_down=(
        r"ca(?:e|en|ía|ían|er|yó|yeron|ído|ída|ídos|ídas|yendo)|caída\w*|baj(?:ó|aron|ar|an|ada|ado|ando)|"
        r"descen\w*|descend\w*|disminu\w*|redu[cjz]\w*|recort\w*|desplom\w*|retroced\w*|retroceso|"
        r"perd(?:ió|ieron|ido|ida|er)|merm\w*|contracción|abarat\w*"
    ),
    weak_up=r"más|mayor\w*|superior\w*",
    weak_down=r"menos|menor\w*|inferior\w*",
    more_than=r"más del?|más de la|más que|al menos|por lo menos|superior a|supera|superó|superan|superaron",
    less_than=r"menos del?|menos de la|inferior a|como máximo|no más de",
    bad_news=r"pérdidas?|déficits?|desempleo|paro",
    negation_markers=r"no|nunca|jamás|ningun\w*|ningún|nada|nadie|sin|ni|tampoco",
    negations=r"no(?!\s+s[óo]lo|\s+solamente|\s+obstante)|(?<!que\s)nunca|(?<!que\s)jamás|ningún|ninguna?|nadie",
    samples=Samples(rise="subieron", fall="cayeron", negation="no"),
    abbreviations=("dres", "dra", "sres", "sras", "dña", "aprox"),
    instructions=Instructions(
        model=r"modelos? de lenguaje",
        assistant=r"asistente",
        writer=r"redactor(?:es|a)?|editor(?:es|a)?|periodistas?|traductor",
        addressee=r"asistente|modelos?|redacción",
        articles=("el", "la", "los", "las", "al", "del"),
        to=("a", "para", "al"),
        note=r"nota|notas|mensaje|instrucci[oó]n(?:es)?|aviso|recordatorio",
        attention=r"a la atención",
        dear=r"querid[oa]s?|estimad[oa]s?",
        sure_verbs=(
            r"diga|decid|digan|escriba|escribid|escriban|afirme|afirmad|afirmen|indique|indicad|indiquen|"
            r"mencione|mencionad|añada|añadid|incluya|incluid|declare|declarad|asegure|sostenga|ignorad|"
            r"olvide|olvidad|redacte"
        ),
        lead_verbs=(
            r"escribe|afirma|indica|informa|informe|menciona|añade|incluye|declara|asegura|ignora|olvida|redacta|"
            r"escribir|decir|afirmar|indicar|informar|mencionar|añadir|incluir|declarar|asegurar|ignorar|olvidar"
        ),
        please=r"por favor|debes|no olvides",
        adverbs=r"ahora|en cambio|en su lugar",
        that=r"que",
        following=r"lo siguiente|esto",
        override_verbs=r"ignora|ignorad",
        override_objects=r"instrucciones",
    ),
    more_scales=(
        Scale(word="millon", value=10**6),
        Scale(word="millardo", value=10**9),
        Scale(word="millardos", value=10**9),
    ),
    number_words=(
        NumberWord(value=1, cardinal=("un", "uno", "una"), ordinal=("primer", "primero", "primera")),
        NumberWord(value=2, cardinal=("dos",), ordinal=("segundo", "segunda")),
        NumberWord(value=3, cardinal=("tres", "tercio"), ordinal=("tercer", "tercero", "tercera")),
        NumberWord(value=4, cardinal=("cuatro",), ordinal=("cuarto", "cuarta")),
        NumberWord(value=5, cardinal=("cinco",), ordinal=("quinto", "quinta")),
        NumberWord(value=6, cardinal=("seis",), ordinal=("sexto", "sexta")),
        NumberWord(value=7, cardinal=("siete",), ordinal=("séptimo", "séptima")),
        NumberWord(value=8, cardinal=("ocho",), ordinal=("octavo", "octava")),
        NumberWord(value=9, cardinal=("nueve",), ordinal=("noveno", "novena")),
        NumberWord(value=10, cardinal=("diez",), ordinal=("décimo", "décima")),
        NumberWord(value=11, cardinal=("once",)),
        NumberWord(value=12, cardinal=("doce", "docena")),
        NumberWord(value=13, cardinal=("trece",)),
        NumberWord(value=14, cardinal=("catorce",)),
        NumberWord(value=15, cardinal=("quince",)),
        NumberWord(value=16, cardinal=("dieciséis",)),
        NumberWord(value=17, cardinal=("diecisiete",)),
        NumberWord(value=18, cardinal=("dieciocho",)),
        NumberWord(value=19, cardinal=("diecinueve",)),
        NumberWord(value=20, cardinal=("veinte",)),
        NumberWord(value=30, cardinal=("treinta",)),
        NumberWord(value=40, cardinal=("cuarenta",)),
        NumberWord(value=50, cardinal=("cincuenta",)),
        NumberWord(value=60, cardinal=("sesenta",)),
        NumberWord(value=70, cardinal=("setenta",)),
        NumberWord(value=80, cardinal=("ochenta",)),
        NumberWord(value=90, cardinal=("noventa",)),
        NumberWord(value=100, cardinal=("cien", "ciento", "centenar")),
        NumberWord(value=1000, cardinal=("mil",)),
    ),
    ordinal_stems=(
        OrdinalStem(value=1, stem=r"primer"),
        OrdinalStem(value=2, stem=r"segund"),
        OrdinalStem(value=3, stem=r"tercer"),
        OrdinalStem(value=4, stem=r"cuart"),
        OrdinalStem(value=5, stem=r"quint"),
        OrdinalStem(value=6, stem=r"sext"),
        OrdinalStem(value=7, stem=r"séptim"),
        OrdinalStem(value=8, stem=r"octav"),
        OrdinalStem(value=9, stem=r"noven"),
        OrdinalStem(value=10, stem=r"décim"),
    ),
    ordinal_endings=r"o|a|os|as|",  # "primer", "tercer" with no ending too
    ordinal_marks=r"º|ª|\.º|\.ª|o|a",
    quarter_words=r"trimestre",
    periods=Periods(
        year_on_year=r"interanual|año anterior|año pasado|mismo periodo del año|mismo período del año",
        quarter_on_quarter=r"trimestre anterior|intertrimestral",
        month_on_month=r"mes anterior|intermensual",
    ),
    hour_words=r"horas?",
    at_hour=r"a|las|entre",
)
