"""Generate, verify, publish: checked articles are published, failing ones rewritten, then held."""

from __future__ import annotations

import pytest
from django.test import override_settings

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json, renderings_json

pytestmark = pytest.mark.django_db

WRONG_YEAR_HEADLINE = article_json(headline="Meta plans $72 billion of spending in 2023")
WRONG_YEAR_SENTENCE = article_json(sections=[
    ("The investment", "The $14.3 billion investment is in Scale AI."),
    ("Spending plans", "Meta expects capital spending of up to $72 billion in 2023."),
])
RENDERED = renderings_json(
    "Meta invests $14.3 billion in Scale AI",
    "On October 30, Meta presented its third-quarter results and detailed an investment of $14.3 billion in Scale AI.",
    "The group expects up to $72 billion of capital spending in 2025.",
    "Its advertising revenue rose 26% year over year, to $51.24 billion.",
)


def test_checked_article_is_published(french_item: SourceItem) -> None:
    llm = ScriptedLLM(article_json(), renderings=[RENDERED])
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at is not None
    assert article.latest_verification.passed
    assert list(article.sources.all()) == [french_item]
    assert article.tokens_out == 100  # the renderings' call and the article's
    assert set(article.stage_seconds) == {"render", "generate", "verify", "publish"}


def test_the_article_is_written_from_checked_english_renderings(french_item: SourceItem) -> None:
    llm = ScriptedLLM(article_json(), renderings=[RENDERED])
    process_story(french_item.story, llm=llm)
    french_item.refresh_from_db()
    assert [s["checked"] for s in french_item.sentences] == [True, True, True, True]
    prompt = llm.calls[0]["messages"][1].content
    assert "[3] The group expects up to $72 billion of capital spending in 2025." in prompt
    assert "dépenses" not in prompt  # only renderings that passed the check stand in for their original


def test_a_rendering_that_changes_a_figure_is_not_used(french_item: SourceItem) -> None:
    wrong = RENDERED.replace("$72 billion", "$27 billion")
    llm = ScriptedLLM(article_json(), renderings=[wrong, renderings_json("The group expects $27 billion.")])
    process_story(french_item.story, llm=llm)
    french_item.refresh_from_db()
    assert [s["checked"] for s in french_item.sentences] == [True, True, False, True]
    prompt = llm.calls[0]["messages"][1].content
    assert "[3] Le groupe prévoit jusqu'à 72 milliards de dollars" in prompt  # the original, not the wrong rendering


def test_a_failing_body_sentence_is_cut_and_the_cut_recorded(french_item: SourceItem) -> None:
    llm = ScriptedLLM(WRONG_YEAR_SENTENCE, renderings=[RENDERED])
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert len(llm.calls) == 1  # no rewrite was needed
    assert "2023" not in article.plain_text()
    assert [c["text"] for c in article.cuts] == ["Meta expects capital spending of up to $72 billion in 2023."]
    assert "2023" in article.cuts[0]["why"] or "year" in article.cuts[0]["why"]
    assert [s["part"] for s in article.sentences] == ["headline", "standfirst", "body", "body"]


def test_failing_headline_is_rewritten_with_its_failures_named(french_item: SourceItem) -> None:
    llm = ScriptedLLM(WRONG_YEAR_HEADLINE, article_json(), renderings=[RENDERED])
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert article.attempts == 2
    assert "2023" in llm.calls[1]["messages"][1].content
    assert [v.passed for v in article.verifications.order_by("attempt")] == [False, True]


def test_a_cut_that_would_leave_too_little_is_not_made(french_item: SourceItem) -> None:
    short = article_json(paragraphs=[["Meta expects capital spending of up to $72 billion in 2023."],
                                     ["Meta's advertising revenue rose 26% year over year to $51.24 billion."]])
    llm = ScriptedLLM(short, article_json(), renderings=[RENDERED])
    article = process_story(french_item.story, llm=llm)
    assert article.attempts == 2 and article.cuts == []


@override_settings(NEWSDESK_REPAIR_ATTEMPTS=2)
def test_article_that_keeps_failing_is_held_never_published(french_item: SourceItem) -> None:
    llm = ScriptedLLM(WRONG_YEAR_HEADLINE, renderings=[RENDERED])
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.HELD
    assert article.published_at is None
    assert len(llm.calls) == 3
    assert "2023" in article.hold_reason


def test_running_the_pipeline_twice_publishes_once(french_item: SourceItem) -> None:
    first = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    llm = ScriptedLLM(article_json(headline="A different headline"))
    second = process_story(french_item.story, llm=llm)
    assert second.pk == first.pk
    assert llm.calls == []
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == 1
    assert second.published_at == first.published_at


def test_model_that_never_answers_in_structure_leaves_the_article_held(french_item: SourceItem) -> None:
    llm = ScriptedLLM("no json here")
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.HELD
    assert "no usable article" in article.hold_reason
    # the renderings' calls (out of form here, so each sentence asked again) and three tries, 50 tokens each
    assert article.tokens_out == 50 * (len(llm.render_calls) + 3)


def test_a_sentence_citing_the_wrong_source_sentence_is_cited_right(french_item: SourceItem) -> None:
    miscited = article_json(conclusion="", paragraphs=[
        [("Meta expects capital spending of up to $72 billion in 2025.", [3])],
        [("Meta's advertising revenue rose 26% year over year to $51.24 billion.", [2])],  # the figures are in 4
    ])
    article = process_story(french_item.story, llm=ScriptedLLM(miscited, renderings=[RENDERED]))
    assert article.status == Article.Status.PUBLISHED and article.attempts == 1
    assert article.sentences[-1]["cites"] == [2, 4]
    first = article.verifications.order_by("created").first()
    assert {c.found_in for c in first.failing_claims()} == {4}


def test_a_failing_standfirst_is_cut_and_the_first_body_sentence_takes_its_place(french_item: SourceItem) -> None:
    answer = article_json(introduction="Meta said on October 30, 2023, that it invested $14.3 billion.", paragraphs=[
        ["The $14.3 billion investment is in Scale AI."],
        ["Meta expects capital spending of up to $72 billion in 2025."],
        ["Meta's advertising revenue rose 26% year over year to $51.24 billion."],
    ])
    article = process_story(french_item.story, llm=ScriptedLLM(answer, renderings=[RENDERED]))
    assert article.status == Article.Status.PUBLISHED and article.attempts == 1
    assert [c["part"] for c in article.cuts] == ["standfirst"]
    assert article.standfirst == "The $14.3 billion investment is in Scale AI."
    assert [s["part"] for s in article.sentences] == ["headline", "standfirst", "body", "body"]
