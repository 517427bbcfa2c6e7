"""A place, a people or a religion named in the source's own language supports the English name; another one fails."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.entities import gazetteer_names
from newsdesk.factcheck.verify import check_text


def name_verdicts(source: str, article: str, language: str) -> dict[str, str]:
    report = check_text(source=source, article=article, language=language)
    return {c.text: c.verdict for c in report.claims if c.kind == "name"}


@pytest.mark.parametrize(
    ("language", "source", "article", "name"),
    [
        # CLDR territories, languages and cities
        ("fr", "Le ministre allemand est arrivé à Londres.", "The German minister arrived in London.", "German"),
        ("fr", "Le ministre allemand est arrivé à Londres.", "The German minister arrived in London.", "London"),
        ("pl", "Premier przyleciał do Moskwy.", "The prime minister flew to Moscow.", "Moscow"),
        # a long CLDR name's own word: "Malouines" for Îles Malouines, Falklands for Falkland Islands
        ("fr", "Les navires ont quitté les Malouines à l'aube.", "The ships left the Falklands at dawn.",
         "Falklands"),
        ("fr", "Les autorités palestiniennes ont protesté.", "The Palestinian authorities protested.",
         "Palestinian"),
        # an ending on a short name: Азия, в Восточной Азии
        ("ru", "Он отвечал за Восточную Азию и Тихий океан.", "He was in charge of East Asian affairs.",
         "East Asian"),
        # demonyms CLDR gives in currency names
        ("fr", "Le groupe suisse a racheté son concurrent.", "The Swiss group bought its rival.", "Swiss"),
        ("de", "Die mexikanische Regierung hat reagiert.", "The Mexican government has responded.", "Mexican"),
        ("ru", "Российский посол выступил в Варшаве.", "The Russian ambassador spoke in Warsaw.", "Russian"),
        # demonyms, religions and peoples CLDR lacks (demonyms.py)
        ("fr", "Le gouvernement britannique a répondu.", "The British government responded.", "British"),
        ("es", "La embajada estadounidense cerró.", "The American embassy closed.", "American"),
        ("pl", "Muzułmanie i chrześcijanie modlili się razem.", "Muslims and Christians prayed together.",
         "Muslims"),
        ("pl", "Muzułmanie i chrześcijanie modlili się razem.", "Muslims and Christians prayed together.",
         "Christians"),
        ("ru", "Католики собрались на площади.", "Catholics gathered in the square.", "Catholics"),
        ("zh", "穆斯林社区举行了集会。", "The Muslim community held a rally.", "Muslim"),
        # places CLDR lacks (demonyms.py): its cities are its time-zone cities
        ("fr", "Le sommet s'est tenu à Pékin.", "The summit was held in Beijing.", "Beijing"),
        ("de", "Das Treffen fand in Genf statt.", "The meeting took place in Geneva.", "Geneva"),
        ("fr", "La Cour siège à La Haye.", "The court sits in The Hague.", "Hague"),
        ("pl", "Hotele na Majorce były pełne.", "Hotels in Mallorca were full.", "Mallorca"),
        ("ru", "Лидеры встретились в Великобритании.", "The leaders met in Britain.", "Britain"),
        ("ja", "月曜日、キエフで会議が開かれた。", "A meeting was held in Kyiv on Monday.", "Kyiv"),
        # a city's adjective, where it does not start like the city's name
        ("cs", "Pražská policie zadržela dva muže.", "Prague police detained two men.", "Prague"),
        ("es", "La policía neoyorquina detuvo a dos hombres.", "New York police arrested two men.", "New York"),
    ],
)
def test_name_in_the_source_language_supports_the_english_name(
    language: str, source: str, article: str, name: str
) -> None:
    assert name_verdicts(source, article, language)[name] == "supported"


@pytest.mark.parametrize(
    ("language", "source", "article", "wrong"),
    [
        ("fr", "Le ministre allemand est arrivé à Londres.", "The Spanish minister arrived in London.", "Spanish"),
        ("fr", "Le ministre allemand est arrivé à Londres.", "The German minister arrived in Madrid.", "Madrid"),
        ("fr", "Les navires ont quitté les Malouines à l'aube.", "The ships left the Bahamas at dawn.", "Bahamas"),
        ("de", "Die mexikanische Regierung hat reagiert.", "The Brazilian government has responded.", "Brazilian"),
        ("fr", "Le gouvernement britannique a répondu.", "The Irish government responded.", "Irish"),
        ("pl", "Muzułmanie modlili się w meczecie.", "Buddhists prayed in the mosque.", "Buddhists"),
        ("ru", "Католики собрались на площади.", "Hundreds of Protestants gathered in the square.", "Protestants"),
        ("fr", "Le sommet s'est tenu à Pékin.", "The summit was held in Geneva.", "Geneva"),
        ("de", "Das Treffen fand in Genf statt.", "The meeting took place in Munich.", "Munich"),
    ],
)
def test_another_country_people_or_religion_fails(language: str, source: str, article: str, wrong: str) -> None:
    report = check_text(source=source, article=article, language=language)
    assert wrong in [c.text for c in report.failing()]


def test_names_come_from_cldr_in_the_source_language() -> None:
    """The gazetteer is CLDR's: territory names, language names and currency adjectives, per locale."""
    assert "Londres" in gazetteer_names("London", "fr")
    assert "allemand" in gazetteer_names("German", "fr")
    assert "mexicain" in gazetteer_names("Mexican", "fr")
    assert "malouines" in gazetteer_names("Falklands", "fr")
