"""A figure is supported only by a source figure of the same kind: a percentage by a percentage,
an amount by an amount, a day of a date or a quarter's number by nothing but a date or a quarter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.factcheck.numbers import find_quantities
from newsdesk.factcheck.verify import check_text

_DEMO = Path(__file__).resolve().parents[2] / "newsdesk" / "sources" / "data" / "demo_items.jsonl"


def _meta_item() -> str:
    item = json.loads(_DEMO.read_text(encoding="utf-8").splitlines()[0])
    return f"{item['title']}. {item['summary']}"


def _verdicts(article: str, source: str, language: str, text: str) -> list[str]:
    report = check_text(source=source, article=article, language=language)
    return [c.verdict for c in report.claims if c.text == text]


@pytest.mark.parametrize("figure", ["3", "30", "72", "93", "14"])
def test_percentage_is_not_found_in_an_ordinal_a_day_or_an_amount(figure: str) -> None:
    """troisième, le 30 octobre, 72/93/14,3 milliards de dollars: none of them is a percentage."""
    article = f"Advertising revenue at Meta climbed {figure}% from a year earlier."
    assert _verdicts(article, _meta_item(), "fr", figure) == ["unsupported"]


def test_the_source_percentage_still_supports_the_article() -> None:
    article = "Advertising revenue at Meta climbed 26% from a year earlier."
    report = check_text(source=_meta_item(), article=article, language="fr")
    assert report.passed, [(c.text, c.verdict, c.note) for c in report.claims]


def test_count_is_not_found_in_a_percentage() -> None:
    report = check_text(
        source="Sales at the Kessel bakery chain grew 12% in the spring.",
        article="The Kessel bakery chain opened 12 shops in the spring.",
        language="en",
    )
    verdict = [c for c in report.claims if c.text == "12"][0]
    assert verdict.verdict == "unsupported"
    assert "percentage" in verdict.note


def test_day_of_a_date_supports_only_a_day() -> None:
    source = _meta_item()
    assert _verdicts("Meta hired 30 engineers for its labs.", source, "fr", "30") == ["unsupported"]
    assert _verdicts("Meta reported its results on October 30.", source, "fr", "30") == ["supported"]
    assert _verdicts("Meta reported its results on the 30th.", source, "fr", "30") == ["supported"]


def test_quarter_number_is_not_a_count() -> None:
    """ "troisième trimestre" gives a quarter, not three of anything."""
    assert _verdicts("Meta opened 3 new labs.", _meta_item(), "fr", "3") == ["unsupported"]


def test_amount_without_its_currency_in_the_source_is_still_supported() -> None:
    """A source that leaves the currency out (a salary of "5000多") may still be translated with one."""
    source = "Sein Monatslohn liegt inzwischen bei über 5000."
    assert _verdicts("His monthly pay is now more than 5,000 euros.", source, "de", "5,000") == ["supported"]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Der Umsatz stieg im 3. Quartal um 26 Prozent auf 51,24 Mrd. Euro.", "de", ["quarter", "percent", "currency"]),
        ("营收同比增长26%，达到143亿美元。10月30日公布。", "zh", ["percent", "currency", "date", "date"]),
        ("Zysk wzrósł o 26 proc., do 14,3 mld zł.", "pl", ["percent", "currency"]),
        ("Выручка выросла на 26 процентов в третьем квартале.", "ru", ["percent", "quarter"]),
        ("El 5 de mayo ganó el tercer puesto con 40 puntos porcentuales.", "es", ["date", "ordinal", "percent"]),
        ("Entre 20 et 25 % des salariés, soit 3 000 personnes.", "fr", ["percent", "percent", "plain"]),
    ],
)
def test_source_figures_know_their_kind(text: str, language: str, kinds: list[str]) -> None:
    found = {q.start: q for q in find_quantities(text, language=language) if q.values[0] != 1}
    assert [q.kind for q in found.values()] == kinds, [(q.text, q.kind) for q in found.values()]
