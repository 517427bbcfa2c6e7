"""A source that names its currency once for several figures supports each of them as an amount in it."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = "Vellmar a réalisé 3,2 milliards d'euros de chiffre d'affaires et prévoit entre 12 et 21 milliards."


def verdicts(article: str) -> dict[str, str]:
    return {c.text: c.verdict for c in check_text(source=SOURCE, article=article, language="fr").claims}


def test_figures_sharing_the_sentence_currency_are_amounts_in_it() -> None:
    found = verdicts("Vellmar expects between €12 billion and €21 billion after €3.2 billion.")
    assert found["12 billion"] == found["21 billion"] == found["3.2 billion"] == "supported"


def test_another_currency_is_not_supported() -> None:
    found = verdicts("Vellmar expects between $12 billion and $21 billion.")
    assert found["12 billion"] != "supported" and found["21 billion"] != "supported"
