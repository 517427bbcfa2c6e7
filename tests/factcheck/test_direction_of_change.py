"""A sentence that says a figure rose where its source says it fell (or the other way) is a conflict."""

from __future__ import annotations

import pytest

from newsdesk.factcheck.direction import meaning_conflicts

# (language, source saying the figure fell, the source's words for it)
FELL = [
    ("en", "Sales fell 7% to $14.3 billion in the third quarter.", "fell"),
    ("fr", "Les ventes ont reculé de 7 % au troisième trimestre, à 14,3 milliards de dollars.", "ont reculé"),
    ("de", "Der Umsatz sank im dritten Quartal um 7 Prozent auf 14,3 Milliarden Dollar.", "sank"),
    ("es", "Las ventas cayeron un 7 % en el tercer trimestre, hasta 14.300 millones de dólares.", "cayeron"),
    ("it", "Le vendite sono calate del 7% nel terzo trimestre, a 14,3 miliardi di dollari.", "sono calate"),
    ("cs", "Tržby ve třetím čtvrtletí klesly o 7 % na 14,3 miliardy dolarů.", "klesly"),
    ("pl", "Sprzedaż spadła w trzecim kwartale o 7 proc. do 14,3 mld dolarów.", "spadła"),
    ("ru", "Продажи в третьем квартале снизились на 7% до 14,3 млрд долларов.", "снизились"),
    ("hi", "तीसरी तिमाही में बिक्री 7 प्रतिशत घटकर 14.3 अरब डॉलर रह गई।", "घटकर"),
    ("zh", "第三季度销售额下降7%至143亿美元。", "下降"),
    ("ja", "第3四半期の売上高は7％減少し、143億ドルとなった。", "減少"),
]
# (language, source saying the figure rose, the source's words for it)
ROSE = [
    ("en", "Exports increased 12% last month.", "increased"),
    ("fr", "Le chiffre d'affaires a progressé de 12 % sur un an.", "a progressé"),
    ("de", "Der Gewinn stieg um 12 Prozent.", "stieg"),
    ("es", "Las exportaciones aumentaron un 12 % en marzo.", "aumentaron"),
    ("it", "Le esportazioni sono cresciute del 12% a marzo.", "sono cresciute"),
    ("cs", "Vývoz v březnu vzrostl o 12 %.", "vzrostl"),
    ("pl", "Eksport wzrósł w marcu o 12 proc.", "wzrósł"),
    ("ru", "Экспорт в марте вырос на 12%.", "вырос"),
    ("hi", "मार्च में निर्यात 12 प्रतिशत बढ़ा।", "बढ़ा"),
    ("zh", "3月份出口增长12%。", "增长"),
    ("ja", "3月の輸出は12％増加した。", "増加"),
]


@pytest.mark.parametrize(("language", "source", "evidence"), FELL, ids=[row[0] for row in FELL])
def test_rose_against_a_source_that_fell_is_a_direction_conflict(language: str, source: str, evidence: str) -> None:
    """ "Sales rose 7%" against a source that says sales fell 7% is a direction conflict on "rose"."""
    sentence = "Sales rose 7% to $14.3 billion in the third quarter."
    conflicts = meaning_conflicts(sentence, source, language)
    assert [(c.kind, c.text, c.evidence) for c in conflicts] == [("direction", "rose", evidence)]
    c = conflicts[0]
    assert sentence[c.start : c.end] == "rose"
    assert "fell" in c.note and evidence in c.note


@pytest.mark.parametrize(("language", "source", "evidence"), FELL, ids=[row[0] for row in FELL])
def test_fell_against_a_source_that_fell_passes(language: str, source: str, evidence: str) -> None:
    """The faithful sentence, "Sales fell 7%", has no conflict with the same source."""
    assert meaning_conflicts("Sales fell 7% to $14.3 billion in the third quarter.", source, language) == []


@pytest.mark.parametrize(("language", "source", "evidence"), ROSE, ids=[row[0] for row in ROSE])
def test_dropped_against_a_source_that_rose_is_a_direction_conflict(language: str, source: str, evidence: str) -> None:
    """ "dropped 12%" against a source that says the figure rose 12% is a direction conflict on "dropped"."""
    sentence = "Exports dropped 12%."
    conflicts = meaning_conflicts(sentence, source, language)
    assert [(c.kind, c.text, c.evidence) for c in conflicts] == [("direction", "dropped", evidence)]
    assert "rose" in conflicts[0].note


@pytest.mark.parametrize(("language", "source", "evidence"), ROSE, ids=[row[0] for row in ROSE])
def test_rose_against_a_source_that_rose_passes(language: str, source: str, evidence: str) -> None:
    """The faithful sentence, "Exports rose 12%", has no conflict with the same source."""
    assert meaning_conflicts("Exports rose 12%.", source, language) == []


def test_a_change_word_without_a_figure_conflicts_when_the_source_only_goes_the_other_way() -> None:
    """Without a shared figure, "prices climbed" against a source where prices only fell is a conflict."""
    conflicts = meaning_conflicts("Oil prices climbed on Monday.", "Les cours du pétrole ont chuté lundi.", "fr")
    assert [(c.kind, c.text, c.evidence) for c in conflicts] == [("direction", "climbed", "ont chuté")]


def test_a_source_with_both_senses_is_left_alone() -> None:
    """A source that has words of both senses gives no figure-less conflict: the rule cannot tell which is meant."""
    source = "Les ventes ont baissé en Europe mais augmenté en Asie."
    assert meaning_conflicts("Sales increased in Asia.", source, "fr") == []


def test_a_narrowing_loss_is_not_a_fall_in_profit() -> None:
    """A clause about a loss on one side only is left alone: a loss that shrinks is good news."""
    source = "La perte nette s'est réduite à 5 millions d'euros."
    assert meaning_conflicts("Net results improved as the company grew to €5 million in profit.", source, "fr") == []
    assert meaning_conflicts("The net loss narrowed to €5 million.", source, "fr") == []


def test_a_loss_compared_with_a_loss_must_agree() -> None:
    """When both sides speak of the loss, their directions are compared like any other figure's."""
    conflicts = meaning_conflicts(
        "The net loss widened to €5 million.", "Der Nettoverlust sank auf 5 Millionen Euro.", "de"
    )
    assert [(c.kind, c.text, c.evidence) for c in conflicts] == [("direction", "widened", "sank")]


def test_job_cuts_that_rose_are_not_a_fall() -> None:
    """ "Job cuts rose" has words of both senses in one clause, so it is not read as a fall."""
    assert (
        meaning_conflicts("Job cuts rose 10% in May.", "Les suppressions d'emplois ont augmenté de 10 % en mai.", "fr")
        == []
    )


def test_up_to_is_a_bound_not_a_rise() -> None:
    """ "up to 7%" is a bound, not a rise, and gives no conflict against a source figure that fell."""
    assert meaning_conflicts("Fees could reach up to 7%.", "Les frais ont baissé de 7 %.", "fr") == []


def test_a_negated_change_word_is_not_a_change() -> None:
    """ "did not rise" says nothing about a rise: no direction conflict against a source that fell."""
    found = meaning_conflicts("Sales did not rise 7%.", "Les ventes ont reculé de 7 %.", "fr")
    assert [c for c in found if c.kind == "direction"] == []


@pytest.mark.parametrize(
    ("language", "source", "evidence"),
    [
        ("de", "Bisher wurden mehr als 45.000 Anträge gestellt.", "mehr als"),
        ("zh", "迄今已提交4.5万余份申请。", "余"),
        ("ru", "На сегодня подано более 45 тысяч заявок.", "более"),
    ],
)
def test_less_than_against_more_than_is_a_direction_conflict(language: str, source: str, evidence: str) -> None:
    """ "less than 45,000" against a source that says more than 45,000 is a direction conflict on the bound."""
    conflicts = meaning_conflicts("So far, less than 45,000 applications have been filed.", source, language)
    assert [(c.kind, c.text, c.evidence) for c in conflicts] == [("direction", "less than", evidence)]
    assert meaning_conflicts("So far, more than 45,000 applications have been filed.", source, language) == []


def test_a_rendering_that_drops_the_sources_direction_does_not_keep_it() -> None:
    """A one-for-one rendering must say the rise its original says ("relève" is not "released")."""
    from newsdesk.factcheck.direction import direction_kept

    original = "Le groupe relève ses dépenses d'investissement."
    assert not direction_kept(original, "The group released its capital spending.", "fr")
    assert not direction_kept(original, "The group cut its capital spending.", "fr")
    assert direction_kept(original, "The group raises its capital spending.", "fr")
    assert direction_kept("Le groupe prévoit 72 milliards.", "The group expects 72 billion.", "fr")
