"""Russian: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

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
    more_scales=(Scale(word="тысячу", value=10**3),),
)
