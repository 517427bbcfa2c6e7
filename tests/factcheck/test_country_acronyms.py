"""A country's acronym (US, USA, UK) is a name to check: the source must name that country, in its own words."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text


def test_us_in_capitals_is_read_as_a_name_wherever_it_stands() -> None:
    """"US" in capitals is the country, not the pronoun, at a sentence start, after "According to" or "the"."""
    assert [n.text for n in find_names("According to US, the rate is rising.")] == ["US"]
    assert [n.text for n in find_names("US officials denied it.")] == ["US"]
    assert [n.text for n in find_names("Let us see what the UK does.")] == ["UK"]


def test_dotted_initials_after_the_stay_one_name() -> None:
    """"The U.S. Embassy" is one name, not "U" and "S. Embassy"."""
    assert [n.text for n in find_names("The U.S. Embassy issued a warning.")] == ["U.S. Embassy"]


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("pl", "Prezydent Stanów Zjednoczonych spotkał się wczoraj z premierem.", "The US president met the premier."),
        ("pl", "Eksport do USA spadł w marcu.", "Exports to the US fell in March."),
        ("ru", "По числу заражений лидируют США.", "The US leads in the number of infections."),
        ("ru", "Посол Соединённых Штатов покинул Москву.", "The US ambassador left Moscow."),
        ("de", "Die Lage im Vereinigten Königreich bleibt ernst.", "The situation in the UK remains serious."),
        ("es", "Los EE. UU. exigieron el cierre del consulado.", "The US demanded that the consulate close."),
        ("zh", "美方要求关闭总领事馆。", "The US demanded that the consulate be closed."),
        ("cs", "Americká armáda zahájila cvičení.", "The US army began an exercise."),
    ],
)
def test_a_country_acronym_is_found_by_the_names_the_source_gives_the_country(
    language: str, source: str, article: str
) -> None:
    """The source's name of the country, declined or not, its acronym or its people's adjective all count."""
    report = check_text(source=source, article=article, language=language)
    assert report.passed, [(c.text, c.note) for c in report.failing()]


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("ru", "В Сиэтле полиция задержала сорок человек.", "In USA, police detained forty people."),
        ("de", "Die Lage in Frankreich bleibt ernst.", "The situation in the UK remains serious."),
        ("hi", "चुनाव आयोग ने एक पत्र जारी किया है।", "The U.S. Embassy has issued a paper."),
    ],
)
def test_a_country_acronym_the_source_does_not_name_fails(language: str, source: str, article: str) -> None:
    """A source in another script does not translate "US" away: it names the United States or it does not."""
    report = check_text(source=source, article=article, language=language)
    assert [c.kind for c in report.failing()] == ["name"]
    assert report.failing()[0].text.replace(".", "").startswith(("US", "UK"))


def test_a_country_acronym_used_as_an_adjective_is_not_paired_with_other_names() -> None:
    """"US colleges" says where, like "American": it is not tied to Seoul in the same clause."""
    source = "Students in Seoul who hope to study at American colleges must retake the exam. The US board said so."
    report = check_text(source=source, article="Students in Seoul hoping to study at US colleges must retake the exam.",
                        language="en")
    assert report.passed, [(c.text, c.note) for c in report.failing()]
