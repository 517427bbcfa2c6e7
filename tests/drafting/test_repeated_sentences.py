"""A draft says each thing once: repeated and unfinished sentences go, a draft left with too little is retried."""

from __future__ import annotations

from newsdesk.drafting.generate import generate_draft
from newsdesk.lib.sentences import sentences
from tests.fakes import ScriptedLLM, article_json

from .sources import SOURCE

INTRO = "Meta said on October 30 that it invested $14.3 billion in Scale AI."
SPENDING = "Meta expects capital spending of up to $72 billion in 2025."


def test_sentences_split_at_sentence_ends_not_at_decimal_points() -> None:
    assert sentences("Meta put $14.3 billion into Scale AI. It expects more. Is it enough?") == [
        "Meta put $14.3 billion into Scale AI.", "It expects more.", "Is it enough?"]


def test_a_sentence_said_again_later_is_dropped() -> None:
    answer = article_json(introduction=INTRO, paragraphs=[["The investment is in Scale AI.", INTRO], [SPENDING]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert [s.text for s in draft.sentences if s.part == "body"] == ["The investment is in Scale AI.", SPENDING]
    assert draft.repeats_dropped == 1
    assert draft.tries == 1


def test_a_sentence_reworded_by_a_word_counts_as_said() -> None:
    answer = article_json(introduction=INTRO, paragraphs=[
        ["Meta said on October 30 it invested $14.3 billion in Scale AI."], [SPENDING]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert [s.text for s in draft.sentences if s.part == "body"] == [SPENDING]


def test_an_unfinished_sentence_is_dropped() -> None:
    answer = article_json(introduction=INTRO, paragraphs=[["Meta also said that the"], [SPENDING]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert [s.text for s in draft.sentences if s.part == "body"] == [SPENDING]


def test_a_heading_stays_with_its_paragraph_when_the_first_sentence_goes() -> None:
    answer = article_json(introduction=INTRO, headings=True, sections=[("Investment", ""), ("Spending", "")],
                          paragraphs=[[INTRO, "The investment is in Scale AI."], [SPENDING]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    body = [(s.heading, s.text) for s in draft.sentences if s.part == "body"]
    assert body == [("Investment", "The investment is in Scale AI."), ("Spending", SPENDING)]


def test_a_draft_that_only_repeats_is_retried() -> None:
    repeats = article_json(introduction=INTRO, paragraphs=[[INTRO], [INTRO]])
    llm = ScriptedLLM(repeats, article_json())
    draft = generate_draft(llm, SOURCE)
    assert draft.tries == 2
    assert "no body sentence left" in draft.rejected[0]


def test_a_sentence_that_only_says_part_of_an_earlier_one_again_is_dropped() -> None:
    quote = "Mohamed, a student in southern Algeria, says the exam is a passport for a better life."
    answer = article_json(introduction=INTRO, paragraphs=[[quote], ["The exam is a passport for a better life.",
                                                                     SPENDING]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert [s.text for s in draft.sentences if s.part == "body"] == [quote, SPENDING]


def test_distinct_sentences_about_one_story_are_kept() -> None:
    answer = article_json(introduction=INTRO, paragraphs=[
        ["The COVID-19 pandemic has reinforced inequalities in education in the Maghreb."],
        ["In the Maghreb, the exam reveals inequalities."]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert len([s for s in draft.sentences if s.part == "body"]) == 2


def test_a_sentence_that_repeats_the_headline_is_dropped() -> None:
    answer = article_json(headline="Meta expects capital spending of up to $72 billion in 2025",
                          introduction=INTRO, paragraphs=[[SPENDING], ["The investment is in Scale AI."]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert [s.text for s in draft.sentences if s.part == "body"] == ["The investment is in Scale AI."]


def test_several_sentences_written_as_one_are_split_and_each_checked_on_its_own() -> None:
    answer = article_json(introduction=INTRO, paragraphs=[[(f"The investment is in Scale AI. {SPENDING}", [2, 3])],
                                                          ["Meta said more."]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    body = [(s.text, s.cites, s.paragraph) for s in draft.sentences if s.part == "body"]
    assert body[:2] == [("The investment is in Scale AI.", (2, 3), 1), (SPENDING, (2, 3), 1)]


def test_a_standfirst_that_only_repeats_the_headline_gives_way_to_the_first_body_sentence() -> None:
    answer = article_json(headline="Meta puts $14.3 billion into Scale AI",
                          introduction="Meta puts $14.3 billion into Scale AI.",
                          paragraphs=[["The investment is in Scale AI's data business."], [SPENDING]])
    draft = generate_draft(ScriptedLLM(answer), SOURCE)
    assert [(s.part, s.text) for s in draft.sentences[1:]] == [
        ("standfirst", "The investment is in Scale AI's data business."), ("body", SPENDING)]
    assert draft.tries == 1
