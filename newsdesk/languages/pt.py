"""Portuguese: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples

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
)
