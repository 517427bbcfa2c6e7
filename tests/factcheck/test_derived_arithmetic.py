"""A derived figure combines two source figures of one kind, close together, as the article says."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.factcheck.verify import check_text

_DEMO = Path(__file__).resolve().parents[2] / "newsdesk" / "sources" / "data" / "demo_items.jsonl"


def _meta_item() -> str:
    item = json.loads(_DEMO.read_text(encoding="utf-8").splitlines()[0])
    return f"{item['title']}. {item['summary']}"


def _verdict(article: str, text: str, source: str | None = None, language: str = "fr") -> str:
    report = check_text(source=source or _meta_item(), article=article, language=language)
    [claim] = [c for c in report.claims if c.text == text]
    return claim.verdict


def test_invented_earlier_guidance_range_fails() -> None:
    """The seed's error in our words: a lower bound the source never gives is not 14,3 + 51,24."""
    article = "Meta had earlier told investors to expect between $66 billion and $72 billion of capital spending."
    report = check_text(source=_meta_item(), article=article, language="fr")
    assert not report.passed
    assert [c.verdict for c in report.claims if c.text == "66 billion"] == ["unsupported"]


def test_amount_without_a_cue_is_not_arithmetic() -> None:
    """$86 billion is 14,3 + 72 milliards, but nothing in the article says it adds anything up."""
    assert _verdict("Meta will spend $86 billion on new data centres.", "86 billion") == "unsupported"


def test_combined_amount_of_one_sentence_is_derived() -> None:
    article = "Meta and Alphabet together plan up to $165 billion of capital spending in 2025."
    assert _verdict(article, "165 billion") == "derived"


def test_sum_of_figures_far_apart_in_the_source_is_not_derived() -> None:
    """14,3 milliards and 51,24 milliards are three sentences apart: "combined" does not join them."""
    assert _verdict("Meta's figures add up to a combined $66 billion.", "66 billion") == "unsupported"


def test_percentage_is_not_computed_from_percentages_or_dates() -> None:
    source = "Le chiffre d'affaires de Kessel a progressé de 12 % en 2024 et de 30 % le 3 mars."
    assert _verdict("Kessel's revenue rose 18% over the period.", "18", source) == "unsupported"
    assert _verdict("Kessel's revenue rose 250% over the period.", "250", source) == "unsupported"


def test_growth_rate_from_two_amounts_of_one_currency_is_derived() -> None:
    source = "Le chiffre d'affaires de Kessel est passé de 40 millions d'euros en 2023 à 50 millions d'euros en 2024."
    assert _verdict("Kessel's revenue rose 25% in 2024.", "25", source) == "derived"


def test_growth_rate_needs_amounts_in_one_currency() -> None:
    source = "Kessel a vendu pour 40 millions d'euros en France et pour 50 millions de dollars aux États-Unis."
    assert _verdict("Kessel's sales rose 25%.", "25", source) == "unsupported"


def test_share_needs_the_article_to_speak_of_a_share() -> None:
    source = "Kessel a vendu pour 40 millions d'euros en France, sur un total de 160 millions d'euros."
    assert _verdict("France accounts for 25% of Kessel's sales.", "25", source) == "derived"
    assert _verdict("Kessel's sales in France reached 25% margins.", "25", source) == "unsupported"


def test_amount_in_another_currency_is_neither_supported_nor_derived() -> None:
    source = "Le groupe Ardent a levé 40 millions d'euros auprès de ses actionnaires."
    assert _verdict("Ardent raised $40 million from its shareholders.", "40 million", source) == "contradicted"
    assert _verdict("Ardent raised €40 million from its shareholders.", "40 million", source) == "supported"


def test_few_percentages_pass_as_derived_against_the_meta_item() -> None:
    """Of 1% to 100%, only the source's 26% and growth rates of amounts in neighbouring sentences pass."""
    articles = {figure: f"Meta expects its capital spending to rise {figure}% next year." for figure in range(1, 101)}
    source = _meta_item()
    passing = [f for f, article in articles.items() if check_text(source=source, article=article, language="fr").passed]
    assert passing == [26, 29, 41, 81]
