"""German: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

LANGUAGE = Language(
    code="de",
    strong_up=(
        r"stieg\w*|steig(?:t|en|ende\w*|erung\w*)|gestiegen\w*|anstieg\w*|wachs(?:en|t|end\w*)|wuchs\w*|"
        r"gewachsen|wachstum\w*|zuwachs\w*|erhöh\w*|zugelegt|kletter\w*|geklettert|sprang|verdoppel\w*|"
        r"anheb\w*|angehoben|aufschwung\w*|aufgestockt|aufstock\w*|plus"
    ),
    strong_down=(
        r"sank\w*|sink(?:t|en|end\w*)|gesunken\w*|fiel\w*|fällt|gefallen|fallen|rückgang\w*|rückläufig\w*|"
        r"zurückgegangen|verringer\w*|senk(?:t|en|te|ten|ung\w*)|gesenkt|reduzier\w*|minus|verlor\w*|"
        r"einbruch\w*|eingebrochen|schrumpf\w*|geschrumpft|abgenommen|abnahme|gekürzt|kürz(?:t|en|te|ung\w*)|"
        r"halbiert\w*"
    ),
    weak_up=r"mehr|höher\w*|über",
    weak_down=r"weniger|niedriger\w*|geringer\w*",
    more_than=r"mehr als|über|mindestens",
    less_than=r"weniger als|unter|höchstens|bis zu|maximal",
    bad_news=r"\w*verlust\w*|\w*defizit\w*|arbeitslos\w*",
    negation_markers=r"nicht\w*|kein\w*|nie|niemals|nichts|ohne|weder|niemand\w*",
    negations=r"nicht(?!\s+nur)|kein(?:e|en|er|em|es)?|nie|niemals|nichts",
    samples=Samples(rise="stiegen", fall="sanken", negation="nicht"),
    capitalises_nouns=True,
    regional_locales=("de_AT",),
    more_scales=(Scale(word="Tsd.", value=10**3),),
)
