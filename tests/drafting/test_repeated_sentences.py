"""A draft says each thing once: repeated sentences are dropped, a draft that only repeats is retried."""

from __future__ import annotations

from newsdesk.drafting.generate import generate_draft
from newsdesk.drafting.prompts import SourceDoc
from newsdesk.drafting.repeats import sentences
from tests.fakes import ScriptedLLM, article_json

DOC = SourceDoc(title="Meta investit", summary="Meta a investi 14,3 milliards de dollars.", language="fr")
INTRO = "Meta said on October 30 that it invested $14.3 billion in Scale AI."
SPENDING = "Meta expects capital spending of up to $72 billion in 2025."


def test_sentences_split_at_sentence_ends_not_at_decimal_points() -> None:
    assert sentences("Meta put $14.3 billion into Scale AI. It expects more. Is it enough?") == [
        "Meta put $14.3 billion into Scale AI.", "It expects more.", "Is it enough?"]


def test_a_sentence_said_again_later_is_dropped() -> None:
    answer = article_json(
        introduction=INTRO,
        sections=[("The investment", f"The deal reorganises Meta's AI teams. {INTRO}"),
                  ("Spending plans", SPENDING)],
        context=f"Large technology companies are spending heavily on computing power. {SPENDING}",
    )
    draft = generate_draft(ScriptedLLM(answer), [DOC])
    assert draft.sections[0] == ("The investment", "The deal reorganises Meta's AI teams.")
    assert draft.context == "Large technology companies are spending heavily on computing power."
    assert draft.repeats_dropped == 2
    assert draft.tries == 1


def test_a_sentence_reworded_by_a_word_counts_as_said() -> None:
    answer = article_json(
        introduction=INTRO,
        sections=[("The investment", "Meta said on October 30 it invested $14.3 billion in Scale AI."),
                  ("Spending plans", SPENDING)],
    )
    draft = generate_draft(ScriptedLLM(answer), [DOC])
    assert [h for h, _ in draft.sections] == ["Spending plans"]  # the section said nothing new


def test_a_conclusion_that_only_repeats_is_retried() -> None:
    repetitive = article_json(introduction=INTRO, conclusion=INTRO)
    llm = ScriptedLLM(repetitive, article_json())
    draft = generate_draft(llm, [DOC])
    assert draft.tries == 2
    assert "the conclusion only repeats" in draft.rejected[0]
    assert draft.conclusion == "Meta's advertising revenue rose 26% year over year to $51.24 billion."
