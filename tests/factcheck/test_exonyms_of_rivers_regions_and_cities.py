"""Rivers, lakes, regions and cities that each language names its own way (Donau, Bodensee, Breslau, 长江)."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("de", "Der Pegel der Donau steigt weiter.", "The level of the Danube keeps rising."),
        ("pl", "Poziom Dunaju wciąż rośnie.", "The level of the Danube keeps rising."),
        ("de", "Am Bodensee ist es so warm wie selten.", "It is unusually warm on Lake Constance."),
        ("de", "In Breslau wurde am Montag demonstriert.", "There was a demonstration in Wroclaw on Monday."),
        ("pl", "W Bombaju spadł rekordowy deszcz.", "Record rain fell in Mumbai."),
        ("cs", "V Praze se sešli ministři.", "The ministers met in Prague."),
        ("pl", "W Pradze spotkali się ministrowie.", "The ministers met in Prague."),
        ("zh", "长江中下游地区遭遇洪水。", "Floods hit the lower reaches of the Yangtze."),
        ("zh", "呼和浩特发生地震。", "An earthquake struck Hohhot."),
    ],
)
def test_the_local_name_is_found(language: str, source: str, article: str) -> None:
    """The English name is found by the name the source's language gives the place."""
    report = check_text(source=source, article=article, language=language)
    assert report.passed, [(c.text, c.note) for c in report.failing()]


def test_another_place_is_not_found_by_the_local_name() -> None:
    """Donau is the Danube, not the Rhine... though both are rivers of Germany."""
    report = check_text(source="Der Pegel der Donau steigt weiter.", article="The level of the Vistula keeps rising.",
                        language="de")
    assert [(c.text, c.verdict) for c in report.failing()] == [("Vistula", "unsupported")]
