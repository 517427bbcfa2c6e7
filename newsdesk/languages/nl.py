"""Dutch: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples

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
)
