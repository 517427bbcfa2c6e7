"""A source in a language with no module in newsdesk/languages is read by every language's rules, and it is said."""

from __future__ import annotations

from newsdesk.factcheck.grounded import ArticleSentence, check_grounded
from newsdesk.factcheck.source import read_source, source_language
from newsdesk.factcheck.verify import check_text
from newsdesk.sources.sentences import SourceSentence

SWEDISH = "Volvo Cars sålde 12 procent fler bilar i mars, meddelade företaget i Göteborg på tisdagen."


def test_a_swedish_source_is_checked_and_the_summary_says_how() -> None:
    report = check_text(source=SWEDISH, article="Volvo Cars sold 12% more cars in March.", language="sv")
    assert report.passed
    assert "Swedish" in report.summary()
    assert "no reading rules" in report.summary()
    wrong = check_text(source=SWEDISH, article="Volvo Cars sold 21% more cars in March.", language="sv-SE")
    assert not wrong.passed
    assert "Swedish" in wrong.summary()


def test_a_detected_language_with_no_module_is_named_too() -> None:
    assert source_language(None, SWEDISH) == (None, "sv")
    assert read_source(SWEDISH, None).unregistered == "sv"
    assert "Swedish" in check_text(source=SWEDISH, article="Volvo Cars sold more cars.", language=None).summary()


def test_a_registered_language_adds_no_note() -> None:
    source = "Volvo Cars a vendu 12 % de voitures de plus en mars, a annoncé l'entreprise mardi."
    assert source_language("fr-CA", source) == ("fr", None)
    report = check_text(source=source, article="Volvo Cars sold 12% more cars in March.", language="fr")
    assert report.passed
    assert "reading rules" not in report.summary()


def test_a_grounded_check_names_each_unread_language_once() -> None:
    source = [
        SourceSentence(n=1, text=SWEDISH, english="", language="sv", part="summary"),
        SourceSentence(n=2, text="Volvo Cars verkocht in maart 12 procent meer auto's.", english="", language="nl",
                       part="summary"),
    ]
    sentences = [
        ArticleSentence(text="Volvo Cars sold 12% more cars in March.", part="body", cites=(1,)),
        ArticleSentence(text="The carmaker sold 12% more cars.", part="body", cites=(1, 2)),
    ]
    summary = check_grounded(sentences=sentences, source=source).summary()
    assert summary.count("Swedish") == 1
    assert "Dutch" not in summary
