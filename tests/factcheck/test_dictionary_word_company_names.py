"""Company names that are ordinary English words (Apple, Alphabet, Scale, Meta) are checked too."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.factcheck.entities import find_names
from newsdesk.factcheck.verify import check_text

_DEMO = Path(__file__).resolve().parents[2] / "newsdesk" / "sources" / "data" / "demo_items.jsonl"


def _meta_item() -> str:
    item = json.loads(_DEMO.read_text(encoding="utf-8").splitlines()[0])
    return f"{item['title']}. {item['summary']}"


def _verdicts(article: str, source: str, language: str) -> dict[str, str]:
    report = check_text(source=source, article=article, language=language)
    return {c.text: c.verdict for c in report.claims}


def test_company_the_english_source_never_names_fails() -> None:
    source = "Meta put $14.3 billion into Scale AI during the third quarter."
    verdicts = _verdicts("Apple invested $14.3 billion in Scale AI.", source, "en")
    assert verdicts["Apple"] == "unsupported"
    report = check_text(source=source, article="Meta invested $14.3 billion in Scale AI.", language="en")
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_a_common_noun_the_english_source_uses_is_still_no_name() -> None:
    source = "Meta's advertising revenue rose 26% from a year earlier."
    report = check_text(source=source, article="Revenue rose 26% from a year earlier.", language="en")
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_figure_moved_to_scale_ai_is_contradicted() -> None:
    """The source ties 26 % to Meta's advertising revenue, not to Scale AI."""
    verdicts = _verdicts("Scale AI's revenue rose 26% year over year.", _meta_item(), "fr")
    assert verdicts["Scale AI"] == "supported"
    assert verdicts["26"] == "contradicted"


def test_meta_figure_moved_to_alphabet_is_contradicted() -> None:
    """72 milliards is Meta's plan; the source gives Alphabet 93 milliards in the next clause."""
    verdicts = _verdicts("Alphabet plans up to $72 billion in capital spending in 2025.", _meta_item(), "fr")
    assert verdicts["72 billion"] == "contradicted"
    report = check_text(
        source=_meta_item(), article="Alphabet plans up to $93 billion in capital spending in 2025.", language="fr"
    )
    assert report.passed, [c.as_dict() for c in report.failing()]


def test_alphabet_figure_moved_to_meta_is_contradicted() -> None:
    verdicts = _verdicts("Meta plans up to $93 billion in capital spending.", _meta_item(), "fr")
    assert verdicts["Meta"] == "supported"
    assert verdicts["93 billion"] == "contradicted"


def test_dictionary_word_names_are_checked_against_a_source_that_capitalises_them() -> None:
    """"Alphabet" is a dictionary word, but the French source writes it as a name: it can be looked up.

    "Oracle", which this source never writes, is still left unchecked: a French source would
    translate a name made of dictionary words ("Tax Office"), so its absence proves nothing.
    """
    report = check_text(source=_meta_item(), article="Analysts said Oracle and Alphabet raised budgets.", language="fr")
    assert {c.text: c.verdict for c in report.claims} == {"Alphabet": "supported"}
    report = check_text(source=_meta_item(), article="Analysts said Alphabet and Meta raised budgets.", language="fr")
    assert {c.text: c.verdict for c in report.claims} == {"Alphabet": "supported", "Meta": "supported"}


def test_sentence_start_is_a_name_when_the_text_capitalises_it_elsewhere() -> None:
    text = "Shell sold three tankers last year. The buyer paid Shell in cash."
    assert [n.text for n in find_names(text)] == ["Shell", "Shell"]
    assert [n.text for n in find_names("Revenue rose. The buyer paid in cash.")] == []


def test_sentence_start_is_a_name_when_the_source_capitalises_it() -> None:
    assert [n.text for n in find_names("Alphabet plans more spending.", capitalised={"alphabet"})] == ["Alphabet"]
    assert [n.text for n in find_names("Alphabet plans more spending.")] == []


def test_plural_or_word_before_a_noun_is_not_taken_for_a_name() -> None:
    source = "Meta's advertising revenue rose 26% from a year earlier, the company said."
    for article in ("Thousands gathered as Meta reported revenue.", "Unidentified investors bought Meta shares."):
        report = check_text(source=source, article=article, language="en")
        assert [c.text for c in report.claims if c.kind == "name"] == ["Meta"], article
