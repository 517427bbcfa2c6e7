"""French: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, Periods, Samples, Scale
from ._instructions import Instructions

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
    abbreviations=("m", "mm", "mme", "mmes", "mlle", "mgr", "dr", "pr", "st", "ste", "av", "bd", "n°"),
    instructions=Instructions(
        model=r"modèles? de langage",
        assistant=r"assistant",
        writer=r"rédact(?:eur|eurs|rice|rices)|éditeurs?|journalistes?|traducteur",
        addressee=r"assistant|modèles?|rédaction",
        articles=("le", "la", "les", "l'", "du", "des", "de l'", "de la", "au", "aux", "à la", "à l'"),
        to=("pour", "à"),
        note=r"notes?|messages?|instructions?|remarque|consignes?|rappel|avis",
        attention=r"à l'attention",
        dear=r"cher|chère|chers|chères",
        sure_verbs=(
            r"écris|écrivez|dis|dites|indiquez|affirmez|déclarez|rapportez|mentionnez|ajoutez|incluez|précisez|"
            r"signalez|annoncez|prétendez|soutenez|ignorez|oubliez|rédigez|expliquez"
        ),
        lead_verbs=(
            r"indique|affirme|déclare|rapporte|mentionne|ajoute|précise|signale|annonce|oublie|explique|rédige|"
            r"écrire|dire|indiquer|affirmer|déclarer|rapporter|mentionner|ajouter|inclure|préciser|signaler|"
            r"annoncer|prétendre|ignorer|oublier|rédiger"
        ),
        please=r"s'il (?:te|vous) plaît|veuillez|merci de|merci d'|vous devez|tu dois|n'oubliez pas de",
        adverbs=r"maintenant|désormais|plutôt",
        that=r"que|qu'",
        following=r"ceci|ce qui suit",
        override_verbs=r"ignorez|ignorer|oubliez",
        override_objects=r"consignes?|instructions?|ci-dessus",
    ),
    more_scales=(Scale(word="milliers", value=10**3),),
    number_words=(
        NumberWord(value=1, cardinal=("un", "une"), ordinal=("premier", "première")),
        NumberWord(value=2, cardinal=("deux",), ordinal=("deuxième", "second", "seconde")),
        NumberWord(value=3, cardinal=("trois",), ordinal=("troisième",)),
        NumberWord(value=4, cardinal=("quatre",), ordinal=("quatrième",)),
        NumberWord(value=5, cardinal=("cinq",), ordinal=("cinquième",)),
        NumberWord(value=6, cardinal=("six",), ordinal=("sixième",)),
        NumberWord(value=7, cardinal=("sept",), ordinal=("septième",)),
        NumberWord(value=8, cardinal=("huit",), ordinal=("huitième",)),
        NumberWord(value=9, cardinal=("neuf",), ordinal=("neuvième",)),
        NumberWord(value=10, cardinal=("dix",), ordinal=("dixième",)),
        NumberWord(value=11, cardinal=("onze",)),
        NumberWord(value=12, cardinal=("douze", "douzaine")),
        NumberWord(value=13, cardinal=("treize",)),
        NumberWord(value=14, cardinal=("quatorze",)),
        NumberWord(value=15, cardinal=("quinze", "quinzaine")),
        NumberWord(value=16, cardinal=("seize",)),
        NumberWord(value=17, cardinal=("dix-sept",)),
        NumberWord(value=18, cardinal=("dix-huit",)),
        NumberWord(value=19, cardinal=("dix-neuf",)),
        NumberWord(value=20, cardinal=("vingt", "vingtaine")),
        NumberWord(value=30, cardinal=("trente", "trentaine")),
        NumberWord(value=40, cardinal=("quarante",)),
        NumberWord(value=50, cardinal=("cinquante",)),
        NumberWord(value=60, cardinal=("soixante",)),
        NumberWord(value=70, cardinal=("soixante-dix",)),
        NumberWord(value=80, cardinal=("quatre-vingts", "quatre-vingt")),
        NumberWord(value=90, cardinal=("quatre-vingt-dix",)),
        NumberWord(value=100, cardinal=("cent", "centaine")),
        NumberWord(value=1000, cardinal=("mille",)),
    ),
    ordinal_marks=r"e|er|re|ère|ème|eme|è",
    quarter_words=r"trimestre",
    periods=Periods(
        year_on_year=(
            r"sur un an|d'une année (?:sur|à) l'autre|d'un an sur l'autre|glissement annuel|"
            r"(?:l'|un )an(?:née)? (?:dernier|dernière|précédent|précédente)|même période (?:de|l)"
        ),
        quarter_on_quarter=(
            r"trimestre précédent|trimestre dernier|d'un trimestre (?:sur|à) l'autre|glissement trimestriel"
        ),
        month_on_month=r"mois précédent|mois dernier|d'un mois (?:sur|à) l'autre|glissement mensuel",
    ),
    hour_words=r"heures?",
    at_hour=r"à|vers|dès|avant|après|jusqu'à|entre|et|de",
)
