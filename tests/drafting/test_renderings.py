"""Each source sentence is rendered in English one for one, and a rendering is used only once it is checked."""

from __future__ import annotations

import math

from newsdesk.drafting.generate import render_sentences
from newsdesk.factcheck.numbers import figures_repeated
from tests.fakes import ScriptedLLM, renderings_json

ORIGINALS = ["Le groupe relève ses dépenses de 10 %.", "Les ventes ont reculé de 7 % en mars."]


def test_renderings_that_keep_figures_and_direction_are_checked() -> None:
    llm = ScriptedLLM(renderings=[renderings_json("The group raises its spending by 10%.", "Sales fell 7% in March.")])
    out, usage = render_sentences(llm, ORIGINALS, language="fr")
    assert [(r.english, r.checked) for r in out] == [
        ("The group raises its spending by 10%.", True), ("Sales fell 7% in March.", True)]
    assert len(llm.render_calls) == 1 and usage.tokens_out == 50


def test_a_rendering_that_loses_the_direction_is_asked_for_again_then_left_unchecked() -> None:
    llm = ScriptedLLM(renderings=[
        renderings_json("The group released its spending by 10%.", "Sales fell 7% in March."),
        renderings_json("The group reveals its spending of 10%."),
    ])
    out, _ = render_sentences(llm, ORIGINALS, language="fr")
    assert [r.checked for r in out] == [False, True]
    assert len(llm.render_calls) == 2  # the failing one alone, once more


def test_with_the_judge_a_rendering_must_also_be_judged_to_say_what_its_original_says() -> None:
    fine = renderings_json("The group raises its spending by 10%.", "Sales fell 7% in March.")
    doubting = ScriptedLLM("UNSUPPORTED").with_logprobs({"UNS": math.log(0.9), "SUP": math.log(0.1)})
    out, _ = render_sentences(ScriptedLLM(renderings=[fine, fine, fine]), ORIGINALS, language="fr", judge=doubting)
    assert [r.checked for r in out] == [False, False]
    agreeing = ScriptedLLM("SUPPORTED").with_logprobs({"SUP": math.log(0.95), "UNS": math.log(0.05)})
    out, _ = render_sentences(ScriptedLLM(renderings=[fine]), ORIGINALS, language="fr", judge=agreeing)
    assert [r.checked for r in out] == [True, True]


def test_a_rendering_that_gives_a_figure_twice_where_its_original_gives_it_once_is_not_checked() -> None:
    original = "Le préfet était auditionné mercredi au sujet de l'attaque du 3 octobre."
    twice = renderings_json("The prefect was questioned on October 3 about the attack of October 3.")
    once = renderings_json("The prefect was questioned on Wednesday about the attack of October 3.")
    out, _ = render_sentences(ScriptedLLM(renderings=[twice, twice]), [original], language="fr")
    assert [r.checked for r in out] == [False]
    out, _ = render_sentences(ScriptedLLM(renderings=[once]), [original], language="fr")
    assert [r.checked for r in out] == [True]


def test_figures_written_differently_are_the_same_figures() -> None:
    assert figures_repeated("Il a investi 11.700 millones y 2 000 euros el 2 de marzo.",
                            "He invested 11.7 billion and 2,000 euros on March 2.") == []
    assert figures_repeated("甲府市は３０代の男性", "a man in his 30s") == []
    assert figures_repeated("le 3 octobre", "on October 3 and 3") == ["3"]


def test_a_rendering_asked_for_again_is_told_what_was_wrong() -> None:
    llm = ScriptedLLM(renderings=[
        renderings_json("The northern quartiers of Marseille: a young man was shot dead."),
        renderings_json("Northern Marseille: a young man was shot dead."),
    ])
    out, _ = render_sentences(llm, ["Quartiers nord de Marseille : un jeune homme tué par balle"], language="fr")
    assert out[0].checked
    retry = llm.render_calls[1]["messages"][1].content
    assert 'Your last translation of this was wrong: it left "quartiers" untranslated: write it in English.' in retry
    assert "wrong" not in llm.render_calls[0]["messages"][1].content
