"""English: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, Periods, Samples, Scale
from ._instructions import Instructions

LANGUAGE = Language(
    code="en",
    strong_up=(
        r"ris(?:e|es|ing|en)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|grow(?:s|n|ing|th)?|grew|"
        r"gain(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|"
        r"boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|rall(?:y|ies|ied|ying)|rebound(?:s|ed|ing)?|"
        r"spik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|widen(?:s|ed|ing)?|"
        r"deepen(?:s|ed|ing)?|upturn"
    ),
    strong_down=(
        r"fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
        r"cut(?:s|ting)?|slash(?:es|ed|ing)?|lower(?:s|ed|ing)|shr(?:ink|inks|ank|unk|inking)|"
        r"slump(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tions?)|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|"
        r"slid(?:e|es|ing)?|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|contraction|narrow(?:s|ed|ing)|lost|"
        r"los(?:e|es|ing)|halv(?:e|es|ed|ing)|sank|sink(?:s|ing)?|sunk|downturn|plummet(?:s|ed|ing)?"
    ),
    weak_up=r"more|higher|up",
    weak_down=r"less|fewer|lower|down",
    more_than=(
        r"more than|over|above|at least|upwards of|in excess of|exceeding|exceeded|topped|not less than|"
        r"no (?:less|fewer) than"
    ),
    less_than=r"less than|fewer than|under|below|at most|up to|no more than|not more than|a maximum of",
    or_more=r"or more|and more|-plus",
    or_less=r"or less|or fewer",
    bad_news=r"loss(?:es)?|deficits?|unemployment|jobless\w*|shortfalls?",
    negation_markers=r"not|n't|no|never|none|nothing|nobody|neither|nor|without|cannot",
    negations=r"not(?!\s+only|\s+just|\s+least|\s+to\s+mention)|n't|never|nobody|nothing|neither|none|cannot",
    samples=Samples(rise="rose", fall="fell", negation="not"),
    abbreviations=("ms",),
    instructions=Instructions(
        model=r"language models?|large language models?",
        assistant=r"assistant",
        writer=r"editors?|copy ?editors?|writers?|journalists?|reporters?|summari[sz]er|translator",
        addressee=r"assistant|models?|newsroom",
        articles=("the", "a", "an", "your", "our"),
        to=("to", "for"),
        note=r"notes?|messages?|instructions?|reminder|request|memo",
        dear=r"dear",
        sure_verbs=(
            r"write|say|state|report|claim|mention|add|include|assert|tell|print|output|pretend|insist|"
            r"ignore|disregard|forget"
        ),
        please=(
            r"please|kindly|you (?:must|should|need to|have to|are to)|be sure to|make sure to|remember to|"
            r"do not forget to|don't forget to"
        ),
        adverbs=r"now|instead|also|just|simply|then|finally|always",
        that=r"that",
        following=r"the following|this|as follows",
        override_verbs=r"ignore|disregard|forget",
        override_objects=r"above|previous|prior|earlier|instructions?|rules?|text",
        override_phrases=r"you are now|new instructions?|system prompt|instead,? (?:write|say|report|state)",
    ),
    more_scales=(
        Scale(word="millions", value=10**6),
        Scale(word="mn", value=10**6),
        Scale(word="billions", value=10**9),
        Scale(word="bn", value=10**9),
        Scale(word="bln", value=10**9),
        Scale(word="trillions", value=10**12),
    ),
    number_words=(
        NumberWord(value=1, ordinal=("first",)),
        NumberWord(value=2, cardinal=("two",)),
        NumberWord(value=3, cardinal=("three",), ordinal=("third",)),
        NumberWord(value=4, cardinal=("four",), ordinal=("fourth",)),
        NumberWord(value=5, cardinal=("five",), ordinal=("fifth",)),
        NumberWord(value=6, cardinal=("six",), ordinal=("sixth",)),
        NumberWord(value=7, cardinal=("seven",), ordinal=("seventh",)),
        NumberWord(value=8, cardinal=("eight",), ordinal=("eighth",)),
        NumberWord(value=9, cardinal=("nine",), ordinal=("ninth",)),
        NumberWord(value=10, cardinal=("ten",), ordinal=("tenth",)),
        NumberWord(value=11, cardinal=("eleven",), ordinal=("eleventh",)),
        NumberWord(value=12, cardinal=("twelve", "dozen"), ordinal=("twelfth",)),
        NumberWord(value=13, cardinal=("thirteen",)),
        NumberWord(value=14, cardinal=("fourteen",)),
        NumberWord(value=15, cardinal=("fifteen",), ordinal=("fifteenth",)),
        NumberWord(value=16, cardinal=("sixteen",)),
        NumberWord(value=17, cardinal=("seventeen",)),
        NumberWord(value=18, cardinal=("eighteen",)),
        NumberWord(value=19, cardinal=("nineteen",)),
        NumberWord(value=20, cardinal=("twenty",), ordinal=("twentieth",)),
        NumberWord(value=30, cardinal=("thirty",)),
        NumberWord(value=40, cardinal=("forty",)),
        NumberWord(value=50, cardinal=("fifty",)),
        NumberWord(value=60, cardinal=("sixty",)),
        NumberWord(value=70, cardinal=("seventy",)),
        NumberWord(value=80, cardinal=("eighty",)),
        NumberWord(value=90, cardinal=("ninety",)),
        NumberWord(value=100, cardinal=("hundred",)),
    ),
    ordinal_marks=r"st|nd|rd|th",
    quarter_words=r"quarter",
    periods=Periods(
        year_on_year=r"year[- ](?:over|on)[- ]year|a year (?:earlier|ago)|previous year|prior year|last year",
        quarter_on_quarter=r"quarter[- ](?:over|on)[- ]quarter|previous quarter|prior quarter|sequential",
        month_on_month=r"month[- ](?:over|on)[- ]month|previous month|prior month",
    ),
    hour_words=r"hrs?\.?",
)
