"""Italian: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

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
    more_scales=(Scale(word="mille", value=10**3), Scale(word="bilione", value=10**12)),
)
