"""Hindi: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

_HI_FLAT = r"[\u0900-\u0963\u0966-\u097F]*"  # the rest of a Devanagari word

LANGUAGE = Language(
    code="hi",
    strong_up=r"ब[ढढ़]" + _HI_FLAT + r"|वृद्धि|इ[जज़]ाफ" + _HI_FLAT + r"|उछाल|च[ढढ़](?:ा|ी|े|कर|ने)",
    strong_down=r"घट(?!ना|ि)" + _HI_FLAT + r"|गिराव" + _HI_FLAT + r"|गिर(?:ा|ी|े|कर|ने|ता|ती|ते|ाया)?|कटौती|कमी",
    weak_up=r"अधिक|ज़्यादा|ज्यादा|ऊपर",
    weak_down=r"कम|नीचे",
    more_than=r"कम से कम",
    less_than=r"अधिकतम",
    or_more=r"से (?:भी )?(?:अधिक|ज़्यादा|ज्यादा|ऊपर)",
    or_less=r"से (?:भी )?(?:कम|नीचे)",
    bad_news=r"घाट[ाे]|नुकसान|बेरो[जज़]गारी",
    negation_markers=r"नहीं|नही|न|मत|बिना|ना",
    negations=r"नहीं(?!\s+तो|\s+बल्कि)",
    samples=Samples(rise="बढ़ा", fall="घटा", negation="नहीं"),
    # spelt without the nukta as often as with it, and the English words
    more_scales=(
        Scale(word="हजार", value=10**3),
        Scale(word="करोड", value=10**7),
        Scale(word="मिलियन", value=10**6),
        Scale(word="बिलियन", value=10**9),
    ),
)
