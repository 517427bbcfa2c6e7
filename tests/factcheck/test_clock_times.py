"""A clock time in the article is found in the source however that language writes it, and a wrong hour fails."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.clock import english_times, source_times
from newsdesk.factcheck.verify import check_text


def time_claims(source: str, article: str, language: str) -> list[tuple[str, str, str]]:
    report = check_text(source=source, article=article, language=language)
    return [(c.text, c.verdict, c.evidence) for c in report.claims if c.kind == "time"]


@pytest.mark.parametrize(
    ("language", "source", "article", "evidence"),
    [
        ("fr", "Le conseil se réunira à 14 h 30 à la mairie.", "The council will meet at 2:30 pm at the town hall.",
         "14 h 30"),
        ("fr", "Le train part à 9h15 de la gare.", "The train leaves the station at 9:15 am.", "9h15"),
        ("fr", "Le concert commence à 20 heures.", "The concert begins at 8 pm.", "20 heures"),
        ("de", "Die Sitzung beginnt um 14.30 Uhr im Rathaus.", "The session starts at 2.30pm in the town hall.",
         "14.30 Uhr"),
        ("de", "Der Zug fährt um 8 Uhr abends ab.", "The train leaves at 8 in the evening.", "8 Uhr abends"),
        ("es", "El partido empieza a las 8 de la tarde.", "The match starts at 8 pm.", "8 de la tarde"),
        ("it", "La riunione è fissata alle ore 15.", "The meeting is set for 3 pm.", "alle ore 15"),
        ("pl", "Spotkanie zacznie się o godz. 17.", "The meeting will begin at 5 pm.", "o godz. 17"),
        ("ru", "Заседание начнётся в 14:30.", "The session will begin at 14:30.", "14:30"),
        ("zh", "会议于下午3点开始。", "The meeting began at 3 pm.", "下午3点"),
        ("zh", "会议于晚上八点半结束。", "The meeting ended at 8:30 pm.", "晚上八点半"),
        ("ja", "会見は午後3時30分に始まった。", "The press conference began at 3:30 pm.", "午後3時30分"),
        ("hi", "बैठक दोपहर 3 बजे शुरू हुई।", "The meeting started at 3 pm.", "दोपहर 3 बजे"),
    ],
)
def test_time_in_the_source_language_supports_the_english_time(
    language: str, source: str, article: str, evidence: str
) -> None:
    [(text, verdict, found)] = time_claims(source, article, language)
    assert (verdict, found) == ("supported", evidence), text


def test_twelve_hour_time_without_morning_or_evening_fits_either_reading() -> None:
    """"3点半" says no morning or afternoon, so both 3:30 am and 3:30 pm are what it may mean."""
    assert set(source_times("会议3点半开始。")) == {(3, 30), (15, 30)}
    assert time_claims("会议3点半开始。", "The meeting started at 3:30 pm.", "zh")[0][1] == "supported"


@pytest.mark.parametrize(
    ("language", "source", "article"),
    [
        ("fr", "Le conseil se réunira à 14 h 30 à la mairie.", "The council will meet at 3:30 pm at the town hall."),
        ("de", "Die Sitzung beginnt um 14.30 Uhr im Rathaus.", "The session starts at 2.30am in the town hall."),
        ("zh", "会议于下午3点开始。", "The meeting began at 3 am."),
        ("es", "El partido empieza a las 8 de la tarde.", "The match starts at 8 am."),
    ],
)
def test_wrong_hour_is_contradicted(language: str, source: str, article: str) -> None:
    report = check_text(source=source, article=article, language=language)
    [claim] = [c for c in report.claims if c.kind == "time"]
    assert claim.verdict == "contradicted"
    assert "not" in claim.note and claim.text in claim.note
    assert not report.passed


def test_time_the_source_never_gives_is_unsupported() -> None:
    report = check_text(source="Le conseil se réunira jeudi à la mairie.", article="The council meets at 6 pm.",
                        language="fr")
    [claim] = [c for c in report.claims if c.kind == "time"]
    assert claim.verdict == "unsupported"


def test_a_time_is_one_claim_not_an_hour_and_a_count_of_minutes() -> None:
    assert [(t.text, sorted(t.readings)) for t in english_times("It opened at 2:30 pm and closed at 21:15.")] == [
        ("2:30 pm", [(14, 30)]),
        ("21:15", [(21, 15)]),
    ]
    claims = check_text(source="Ouvert à 14 h 30.", article="It opened at 2:30 pm.", language="fr").claims
    assert [c.kind for c in claims] == ["time"]


def test_figures_that_are_not_times_are_left_alone() -> None:
    """A percentage, a score and a duration are no clock times."""
    assert english_times("Shares rose 2.30% after a 2:1 win.") == []
    assert source_times("Die Arbeit dauerte 14 ore, pendant 24 h.") == {}
    assert source_times("Sprzedaż wzrosła o 14 proc.") == {}
