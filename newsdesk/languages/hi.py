"""Hindi: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import DayName, DayPeriod, Language, NumberWord, Periods, Samples, Scale

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
    abbreviations=("मि", "डॉ", "प्रो", "श्री", "नं", "सं", "रु"),
    # spelt without the nukta as often as with it, and the English words
    more_scales=(
        Scale(word="हजार", value=10**3),
        Scale(word="करोड", value=10**7),
        Scale(word="मिलियन", value=10**6),
        Scale(word="बिलियन", value=10**9),
    ),
    number_words=(
        NumberWord(value=1, cardinal=("एक",), ordinal=("पहला", "पहली", "पहले")),
        NumberWord(value=2, cardinal=("दो",), ordinal=("दूसरा", "दूसरी", "दूसरे")),
        NumberWord(value=3, cardinal=("तीन",), ordinal=("तीसरा", "तीसरी", "तीसरे")),
        NumberWord(value=4, cardinal=("चार",), ordinal=("चौथा", "चौथी")),
        NumberWord(value=5, cardinal=("पांच", "पाँच"), ordinal=("पांचवां", "पाँचवाँ")),
        NumberWord(value=6, cardinal=("छह", "छः"), ordinal=("छठा",)),
        NumberWord(value=7, cardinal=("सात", "सातवां")),
        NumberWord(value=8, cardinal=("आठ",), ordinal=("आठवां",)),
        NumberWord(value=9, cardinal=("नौ", "नौवां")),
        NumberWord(value=10, cardinal=("दस",), ordinal=("दसवां",)),
        NumberWord(value=11, cardinal=("ग्यारह",)),
        NumberWord(value=12, cardinal=("बारह",)),
        NumberWord(value=13, cardinal=("तेरह",)),
        NumberWord(value=14, cardinal=("चौदह",)),
        NumberWord(value=15, cardinal=("पंद्रह",)),
        NumberWord(value=16, cardinal=("सोलह",)),
        NumberWord(value=17, cardinal=("सत्रह",)),
        NumberWord(value=18, cardinal=("अठारह",)),
        NumberWord(value=19, cardinal=("उन्नीस",)),
        NumberWord(value=20, cardinal=("बीस",)),
        NumberWord(value=30, cardinal=("तीस",)),
        NumberWord(value=40, cardinal=("चालीस",)),
        NumberWord(value=50, cardinal=("पचास",)),
        NumberWord(value=60, cardinal=("साठ",)),
        NumberWord(value=70, cardinal=("सत्तर",)),
        NumberWord(value=80, cardinal=("अस्सी",)),
        NumberWord(value=90, cardinal=("नब्बे",)),
        NumberWord(value=100, cardinal=("सौ",)),
    ),
    quarter_words=r"तिमाही",
    periods=Periods(
        year_on_year=r"पिछले साल|पिछले वर्ष",
        quarter_on_quarter=r"पिछली तिमाही",
        month_on_month=r"पिछले महीने",
    ),
    more_day_names=(DayName(word="बृहस्पतिवार", day=3),),  # Thursday, beside CLDR's गुरुवार
    more_day_periods=(DayPeriod(word="तड़के", period="am"),),
    hour_words=r"बजे",
)
