"""A draft says each thing once: repeated sentences are dropped, a draft that only repeats is retried."""

from __future__ import annotations

from newsdesk.drafting.generate import generate_draft
from newsdesk.drafting.prompts import SourceDoc
from newsdesk.lib.sentences import sentences
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


def test_a_required_part_that_only_repeats_keeps_its_text() -> None:
    """A conclusion made only of earlier sentences stays as written: better repeated than no article."""
    draft = generate_draft(ScriptedLLM(article_json(introduction=INTRO, conclusion=INTRO)), [DOC])
    assert draft.tries == 1
    assert draft.conclusion == INTRO


def test_every_section_repeating_keeps_the_first() -> None:
    answer = article_json(introduction=INTRO, sections=[("Again", INTRO), ("Once more", INTRO)])
    draft = generate_draft(ScriptedLLM(answer), [DOC])
    assert draft.sections == (("Again", INTRO),)
