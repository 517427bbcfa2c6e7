"""French: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

LANGUAGE = Language(
    code="fr",
    strong_up=(
        r"hausses?|hauss(?:e|é|ée|és|ées|er|ent)|augment\w*|progress(?:e|ent|er|é|ée|ait|aient|ion|ant)|"
        r"relèvement|relev(?:er|é|ée|és|ées|ant)(?!\s+qu)|relèv(?:e|es|ent|era|eront)(?!\s+qu)|rehauss\w*|"
        r"croissance|cro[iî]t|croissent|croîtr\w*|"
        r"accr(?:u|ue|us|ues|oissement|oît|oître|oîtra)|grimp\w*|bond(?:i|it|ir|issent|é)|envol\w*|"
        r"major(?:é|ée|és|er|ation)|flamb(?:é|ée|er|ent|ait)|doubl(?:é|ée|er|ement)|tripl(?:é|ée|er)"
    ),
    strong_down=(
        r"baiss\w*|recul\w*|diminu\w*|chut\w*|repli\w*|effondr\w*|plong(?:é|ée|er|ent|e)|rédui\w*|"
        r"réduct\w*|abaiss\w*|perd(?:u|ue|us|ues|ent|ait|aient|re|ra)?|décro\w*|dégringol\w*|fléchi\w*|"
        r"contraction|régress\w*|divis(?:é|ée)s?\s+par"
    ),
    weak_up=r"plus|davantage|supérieur\w*",
    weak_down=r"moins|inférieur\w*",
    more_than=r"plus de|plus d'|au moins|plus que|au-delà de|supérieure? à|dépassant|dépassé|dépasse",
    less_than=r"moins de|moins d'|au plus|au maximum|inférieure? à|pas plus de",
    bad_news=r"pertes?|déficits?|chômage",
    negation_markers=r"ne|n'|sans|ni|non|nul\w*",
    negations=r"(?:ne|n')(?=[^.;:!?]{0,40}?\b(?:pas|jamais|rien|aucun\w*|personne|guère)\b)",
    samples=Samples(rise="augmenté", fall="reculé", negation="ne"),
    more_scales=(Scale(word="milliers", value=10**3),),
)
