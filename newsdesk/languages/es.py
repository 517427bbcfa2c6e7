"""Spanish: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

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
    more_scales=(
        Scale(word="millon", value=10**6),
        Scale(word="millardo", value=10**9),
        Scale(word="millardos", value=10**9),
    ),
)
