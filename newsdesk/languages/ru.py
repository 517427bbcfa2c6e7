"""Russian: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, NumberWord, OrdinalStem, Periods, Samples, Scale
from ._instructions import Instructions

LANGUAGE = Language(
    code="ru",
    strong_up=(
        r"вырос\w*|выраст\w*|рост(?!ов)\w*|раст(?:ёт|ет|ут|и|ущ\w*)|рос|росл[аио]|увелич\w*|повыс\w*|"
        r"повыш\w*|подорож\w*|прирост\w*|возрос\w*|возраст\w*|подскоч\w*|удво\w*"
    ),
    strong_down=(
        r"сниз\w*|сниж\w*|упал\w*|упад\w*|пада\w*|падени\w*|уменьш\w*|сократ\w*|сокращ\w*|спад\w*|"
        r"обвал\w*|подешев\w*|рухнул\w*|потерял\w*"
    ),
    weak_up=r"больше|более|выше|свыше",
    weak_down=r"меньше|менее|ниже",
    more_than=r"более|больше|свыше|по меньшей мере|не менее|минимум|более чем|больше чем",
    less_than=r"менее|меньше|не более|не больше|максимум|менее чем",
    bad_news=r"убыт\w*|дефицит\w*|безработиц\w*|потер[ья]\w*",
    negation_markers=r"не|нет|ни|нельзя|никогда|никто|ничего|ничто|нигде|никак\w*|без\w*",
    negations=r"не(?!\s+только|\s+менее|\s+более|\s+раз|\s+так\s+давно)|нет|никогда|нельзя|никто|ничего",
    samples=Samples(rise="выросли", fall="снизились", negation="не"),
    abbreviations=("им", "ст"),
    instructions=Instructions(override_verbs=r"игнорируй", override_objects=r"инструкции"),
    more_scales=(Scale(word="тысячу", value=10**3),),
    number_words=(
        NumberWord(
            value=1,
            cardinal=("один", "одна", "одно", "одного", "одной", "одному"),
            ordinal=("первый", "первая", "первое", "первого", "первой", "первом"),
        ),
        NumberWord(
            value=2,
            cardinal=("два", "две", "двух", "двум", "двумя"),
            ordinal=("второй", "вторая", "второе", "второго"),
        ),
        NumberWord(
            value=3,
            cardinal=("три", "трех", "трёх", "тремя", "трем"),
            ordinal=("третий", "третья", "третье", "третьего"),
        ),
        NumberWord(
            value=4,
            cardinal=("четыре", "четырех", "четырёх", "четырьмя"),
            ordinal=("четвертый", "четвёртый"),
        ),
        NumberWord(value=5, cardinal=("пять", "пяти"), ordinal=("пятью", "пятый", "пятая")),
        NumberWord(value=6, cardinal=("шесть", "шести"), ordinal=("шестой",)),
        NumberWord(value=7, cardinal=("семь", "семи"), ordinal=("седьмой",)),
        NumberWord(value=8, cardinal=("восемь", "восьми"), ordinal=("восьмой",)),
        NumberWord(value=9, cardinal=("девять", "девяти"), ordinal=("девятый",)),
        NumberWord(value=10, cardinal=("десять", "десяти"), ordinal=("десятый",)),
        NumberWord(value=11, cardinal=("одиннадцать",)),
        NumberWord(value=12, cardinal=("двенадцать",)),
        NumberWord(value=13, cardinal=("тринадцать",)),
        NumberWord(value=14, cardinal=("четырнадцать",)),
        NumberWord(value=15, cardinal=("пятнадцать",)),
        NumberWord(value=16, cardinal=("шестнадцать",)),
        NumberWord(value=17, cardinal=("семнадцать",)),
        NumberWord(value=18, cardinal=("восемнадцать",)),
        NumberWord(value=19, cardinal=("девятнадцать",)),
        NumberWord(value=20, cardinal=("двадцать", "двадцати")),
        NumberWord(value=30, cardinal=("тридцать", "тридцати")),
        NumberWord(value=40, cardinal=("сорок",)),
        NumberWord(value=50, cardinal=("пятьдесят",)),
        NumberWord(value=60, cardinal=("шестьдесят",)),
        NumberWord(value=70, cardinal=("семьдесят",)),
        NumberWord(value=80, cardinal=("восемьдесят",)),
        NumberWord(value=90, cardinal=("девяносто",)),
        NumberWord(value=100, cardinal=("сто", "сотни")),
        NumberWord(value=1000, cardinal=("тысяча",)),
    ),
    ordinal_stems=(
        OrdinalStem(value=1, stem=r"перв"),
        OrdinalStem(value=2, stem=r"втор"),
        OrdinalStem(value=3, stem=r"трет"),
        OrdinalStem(value=4, stem=r"четв[её]рт"),
        OrdinalStem(value=5, stem=r"пят"),
        OrdinalStem(value=6, stem=r"шест"),
        OrdinalStem(value=7, stem=r"седьм"),
        OrdinalStem(value=8, stem=r"восьм"),
        OrdinalStem(value=9, stem=r"девят"),
        OrdinalStem(value=10, stem=r"десят"),
    ),
    ordinal_endings=r"ый|ая|ое|ого|ой|ом|ому|ые|ых|ий|ья|ье|ьего|ьем|ьей|ей|ем|ую|ью|ым",
    ordinal_marks=r"-?й|-?го|-?м|-?е|-?я",
    quarter_words=r"квартал",
    periods=Periods(
        year_on_year=r"годовом выражении|прошлым годом|прошлого года|год к году|аналогичным периодом",
        quarter_on_quarter=r"предыдущим кварталом|квартал к кварталу|прошлым кварталом",
        month_on_month=r"предыдущим месяцем|прошлым месяцем|месяц к месяцу",
    ),
    hour_words=r"час(?:а|ов)?|ч\.",
)
