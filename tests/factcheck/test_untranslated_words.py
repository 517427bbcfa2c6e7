"""A word of the source's language left in an English sentence fails it; names and loanwords do not."""

from __future__ import annotations

from newsdesk.drafting.generate import render_sentences
from newsdesk.factcheck.grounded import ArticleSentence, check_grounded
from newsdesk.factcheck.untranslated import untranslated_words
from newsdesk.sources.sentences import SourceSentence
from tests.fakes import ScriptedLLM, renderings_json

TITLE = "Attentat à la préfecture de police de Paris : 7 policiers ont été désarmés"
MARSEILLE = "Quartiers nord de Marseille : mort d'un jeune homme de 17 ans, tué par balle"


def test_a_common_word_of_the_source_left_in_english_is_found() -> None:
    assert untranslated_words(TITLE, "Attentat at the Paris police prefecture: 7 officers were disarmed",
                              "fr") == ["Attentat"]
    assert untranslated_words(MARSEILLE, "The northern quartiers of Marseille: a man of 17 was shot dead",
                              "fr") == ["quartiers"]


def test_names_places_and_words_english_shares_are_not_untranslated() -> None:
    original = "Le préfet de police Didier Lallement était auditionné à Nantes, selon la police nationale."
    english = "Nantes: the police prefect Didier Lallement was questioned, according to the national police."
    assert untranslated_words(original, english, "fr") == []
    assert untranslated_words(TITLE, "Attack on the Paris police prefecture: 7 officers were disarmed", "fr") == []
    assert untranslated_words("Vojtěch řekl, že ceny porostou.", "Vojtěch said prices would rise.", "cs") == []


def test_a_german_noun_left_in_english_is_found_though_german_capitalises_every_noun() -> None:
    original = "Abkommen: Die Krise zwischen den Partnern trifft die Autobauer."
    assert untranslated_words(original, "Abkommen: The Krise between the partners hits the carmakers.",
                              "de") == ["Abkommen", "Krise"]
    assert untranslated_words(original, "Agreement: the crisis between the partners hits the carmakers.",
                              "de") == []
    # names stay names: English knows them, or German does not use them as words
    assert untranslated_words("Angela Merkel besuchte am Montag Hamburg und die Deutsche Bahn.",
                              "Angela Merkel visited Hamburg and Deutsche Bahn on Monday.", "de") == []


def test_an_article_sentence_that_leaves_a_word_untranslated_fails() -> None:
    source = [SourceSentence(n=1, text=MARSEILLE, english="", language="fr", part="title")]
    report = check_grounded(source=source, sentences=[
        ArticleSentence(text="A 17-year-old was shot dead in the northern quartiers of Marseille", part="headline",
                        cites=(1,))])
    assert [(c.text, c.kind, c.verdict) for c in report.failing()] == [("quartiers", "untranslated", "unsupported")]


def test_a_rendering_that_leaves_a_word_untranslated_is_asked_for_again() -> None:
    llm = ScriptedLLM(renderings=[
        renderings_json("The northern quartiers of Marseille: a young man of 17 was shot dead."),
        renderings_json("Northern Marseille: a young man of 17 was shot dead."),
    ])
    out, _ = render_sentences(llm, [MARSEILLE], language="fr")
    assert [(r.english, r.checked) for r in out] == [("Northern Marseille: a young man of 17 was shot dead.", True)]
