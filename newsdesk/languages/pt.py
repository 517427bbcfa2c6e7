"""Portuguese: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, Periods, Samples
from ._instructions import Instructions

LANGUAGE = Language(
    code="pt",
    strong_up=(
        r"aument\w*|sub(?:iu|iram|ir|ido|ida|idos|idas|ia|iam|indo|irá|irão)|sob(?:e|em)|cresc\w*|cresç\w*|"
        r"increment\w*|elev(?:ou|aram|ar|ando)|dispar(?:ou|aram)|duplic\w*|valoriz\w*"
    ),
    strong_down=(
        r"ca(?:i|em|iu|íram|ir|ído|ída|ídos|ídas|indo|ía|íam)|quedas?|baix(?:ou|aram|ar|ando)|diminu\w*|"
        r"recu(?:ou|aram|ar|a|am|ando|o)|reduz\w*|reduç\w*|decresc\w*|despenc\w*|perd(?:eu|eram|ido|ida|er)|"
        r"encolh\w*|contra[cç]?ção|retra(?:ção|ções|iu|íram)|tomb(?:ou|aram)|desvaloriz\w*"
    ),
    weak_up=r"mais|maior\w*|superior\w*",
    weak_down=r"menos|menor\w*|inferior\w*",
    more_than=(
        r"mais d[eoa]s?|mais do que|mais que|pelo menos|no mínimo|acima d[eoa]s?|superior a|supera|superou|superam"
    ),
    less_than=r"menos d[eoa]s?|menos do que|abaixo d[eoa]s?|inferior a|no máximo|não mais d[eoa]s?",
    bad_news=r"perdas?|prejuízos?|défices?|déficits?|desemprego",
    negation_markers=r"não|nunca|jamais|nenhum\w*|nada|ninguém|sem|nem|tampouco",
    negations=(
        r"não(?!\s+só|\s+apenas|\s+somente|\s+obstante)|(?<!que\s)nunca|(?<!que\s)jamais|nenhum|nenhuma|ninguém"
    ),
    samples=Samples(rise="subiram", fall="caíram", negation="não"),
    instructions=Instructions(
        model=r"modelos? de linguagem",
        assistant=r"assistente",
        writer=r"redator(?:es|a)?|editor(?:es|a)?|jornalistas?|tradutor",
        addressee=r"assistente|modelos?|redação",
        articles=("o", "a", "os", "as", "ao", "à", "do", "da"),
        to=("para", "ao", "à"),
        note=r"notas?|mensagem|instruç(?:ão|ões)|aviso|lembrete",
        attention=r"à atenção",
        dear=r"car[oa]s?|prezad[oa]s?",
        sure_verbs=r"escreva|escrevam|diga|digam|afirme|afirmem|indique|mencione|acrescente|inclua|ignore|esqueça|redija",
        lead_verbs=(
            r"escreve|afirma|indica|informa|menciona|acrescenta|inclui|declara|ignora|esquece|escrever|dizer|"
            r"afirmar|indicar|mencionar|acrescentar|incluir|declarar|ignorar|esquecer"
        ),
        please=r"por favor|você deve|deves|não se esqueça de",
        adverbs=r"agora|em vez disso",
        that=r"que",
        following=r"o seguinte|isto",
        override_verbs=r"ignore|ignora|ignorem|esqueça",
        override_objects=r"instruç(?:ão|ões)|acima",
    ),
    number_words=(
        NumberWord(value=1, cardinal=("um", "uma"), ordinal=("primeiro", "primeira")),
        NumberWord(value=2, cardinal=("dois", "duas"), ordinal=("segundo", "segunda")),
        NumberWord(value=3, cardinal=("três",), ordinal=("terceiro", "terceira")),
        NumberWord(value=4, cardinal=("quatro",), ordinal=("quarto", "quarta")),
        NumberWord(value=5, cardinal=("cinco",), ordinal=("quinto", "quinta")),
        NumberWord(value=6, cardinal=("seis",), ordinal=("sexto", "sexta")),
        NumberWord(value=7, cardinal=("sete",), ordinal=("sétimo", "sétima")),
        NumberWord(value=8, cardinal=("oito",), ordinal=("oitavo", "oitava")),
        NumberWord(value=9, cardinal=("nove",), ordinal=("nono", "nona")),
        NumberWord(value=10, cardinal=("dez",), ordinal=("décimo", "décima")),
        NumberWord(value=11, cardinal=("onze",)),
        NumberWord(value=12, cardinal=("doze", "dúzia")),
        NumberWord(value=13, cardinal=("treze",)),
        NumberWord(value=14, cardinal=("catorze", "quatorze")),
        NumberWord(value=15, cardinal=("quinze",)),
        NumberWord(value=16, cardinal=("dezesseis", "dezasseis")),
        NumberWord(value=17, cardinal=("dezessete", "dezassete")),
        NumberWord(value=18, cardinal=("dezoito",)),
        NumberWord(value=19, cardinal=("dezenove", "dezanove")),
        NumberWord(value=20, cardinal=("vinte",)),
        NumberWord(value=30, cardinal=("trinta",)),
        NumberWord(value=40, cardinal=("quarenta",)),
        NumberWord(value=50, cardinal=("cinquenta",)),
        NumberWord(value=60, cardinal=("sessenta",)),
        NumberWord(value=70, cardinal=("setenta",)),
        NumberWord(value=80, cardinal=("oitenta",)),
        NumberWord(value=90, cardinal=("noventa",)),
        NumberWord(value=100, cardinal=("cem", "cento", "centena")),
        NumberWord(value=1000, cardinal=("mil",)),
    ),
    ordinal_marks=r"º|ª|\.º|\.ª|o|a",
    quarter_words=r"trimestre",
    periods=Periods(
        year_on_year=(
            r"ano anterior|ano passado|mesmo período do ano|em termos homólogos|interanual|na comparação anual"
        ),
        quarter_on_quarter=r"trimestre anterior|em cadeia",
        month_on_month=r"mês anterior|na comparação mensal",
    ),
    hour_words=r"horas?",
    at_hour=r"às|as|a|entre",
)
