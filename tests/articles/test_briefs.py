"""A short source in another language is published as its checked English renderings, each citing its original."""

from __future__ import annotations

import json

import pytest
from django.test import Client, override_settings

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.drafting.generate import brief_sentences
from newsdesk.sources.add import store, validate
from newsdesk.sources.models import SourceItem
from newsdesk.sources.sentences import SourceSentence
from tests.drafting.sources import SOURCE
from tests.fakes import ScriptedLLM, article_json, renderings_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("briefs_on")]

RENDERED = renderings_json(
    "Meta invests $14.3 billion in Scale AI.",
    "On October 30, Meta presented its third-quarter results and detailed an investment of $14.3 billion in Scale AI.",
    "The group expects up to $72 billion of capital spending in 2025.",
    "Its advertising revenue rose 26% year over year, to $51.24 billion.",
)


@pytest.fixture
def briefs_on(settings: object) -> None:
    settings.NEWSDESK_BRIEFS = True  # type: ignore[attr-defined]


SUPPORTED = {"SUPPORTED": 0.0}  # the judge's first answer token, with probability 1
UNSUPPORTED = {"UNSUPPORTED": 0.0}


def written(llm: ScriptedLLM) -> list[dict[str, object]]:
    """Return the calls that asked for an article (not a rendering, not a judgement)."""
    return [c for c in llm.calls if c["json_schema"]]


def test_the_brief_is_the_checked_renderings_in_source_order(french_item: SourceItem) -> None:
    llm = ScriptedLLM(article_json(), renderings=[RENDERED]).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert written(llm) == []  # nothing was asked but the renderings and their judgements
    assert len(llm.calls) == 4  # each rendering judged against its original
    assert [(s["part"], s["text"], s["cites"]) for s in article.sentences] == [
        ("headline", "Meta invests $14.3 billion in Scale AI", [1]),
        ("standfirst", "On October 30, Meta presented its third-quarter results and detailed an investment of "
                       "$14.3 billion in Scale AI.", [2]),
        ("body", "The group expects up to $72 billion of capital spending in 2025.", [3]),
        ("body", "Its advertising revenue rose 26% year over year, to $51.24 billion.", [4]),
    ]
    assert article.latest_verification.passed


def test_a_rendering_the_judge_fails_twice_is_left_out_of_the_brief(french_item: SourceItem) -> None:
    retry = renderings_json("Its advertising revenue rose 26% year over year, to $51.24 billion.")
    llm = ScriptedLLM(article_json(), renderings=[RENDERED, retry]).with_logprobs(
        SUPPORTED, SUPPORTED, SUPPORTED, UNSUPPORTED, UNSUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert [s["cites"] for s in article.sentences] == [[1], [2], [3]]  # the fourth sentence is not in it
    french_item.refresh_from_db()
    assert [s["checked"] for s in french_item.sentences] == [True, True, True, False]
    html = " ".join(Client().get(article.get_absolute_url()).content.decode().split())
    assert "did not pass its check against the original, so the article leaves this sentence out" in html


def test_a_sentence_whose_rendering_failed_is_left_out() -> None:
    sentences = brief_sentences(SOURCE)
    assert sentences is not None
    assert [(s.part, s.text) for s in sentences] == [
        ("headline", "Meta invests in Scale AI"), ("standfirst", "Meta invested $14.3 billion."),
    ]  # sentence 3's rendering changed a figure


def headline_json(text: str, cites: list[int]) -> str:
    return json.dumps({"headline": {"text": text, "cites": cites}})


WRONG_TITLE = [RENDERED.replace("Meta invests $14.3 billion", "Meta invests $41.3 billion"),
               renderings_json("Meta invests $41.3 billion.")]


def test_a_title_whose_rendering_failed_gets_a_headline_from_the_checked_renderings(french_item: SourceItem) -> None:
    llm = ScriptedLLM(headline_json("Meta detailed a $14.3 billion investment in Scale AI", [2]),
                      renderings=WRONG_TITLE).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert [c["messages"][0].content.split("\n")[0] for c in written(llm)] == [
        "You write the headline of a short English news brief from its numbered sentences."]
    assert (article.sentences[0]["text"], article.sentences[0]["cites"]) == (
        "Meta detailed a $14.3 billion investment in Scale AI", [2])
    assert [s["cites"] for s in article.sentences[1:]] == [[2], [3], [4]]


def test_a_short_source_whose_renderings_make_no_brief_is_held_not_written(french_item: SourceItem) -> None:
    wrong = headline_json("Meta detailed a $41.3 billion investment in Scale AI", [2])
    llm = ScriptedLLM(wrong, wrong, article_json(), renderings=WRONG_TITLE).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert len(written(llm)) == 2  # two headlines refused, and no article written freely
    assert article.status == Article.Status.HELD
    assert "no brief" in article.hold_reason and "source sentence 1 did not pass" in article.hold_reason


def test_an_english_source_is_written_not_copied(db: None) -> None:
    item, _ = store(validate(title="Meta invests $14.3 billion in Scale AI",
                             summary="Meta detailed a $14.3 billion investment in Scale AI on October 30. "
                                     "The group expects up to $72 billion of capital spending in 2025.",
                             url="https://example.com/meta-en", language="en"))
    llm = ScriptedLLM(article_json(paragraphs=[["The group expects up to $72 billion of capital spending in 2025."],
                                               ["Meta detailed the investment on October 30."]]))
    process_story(item.story, llm=llm)
    assert len(llm.calls) == 1  # written, and nothing judged


@override_settings(NEWSDESK_BRIEFS=False)
def test_with_briefs_off_the_model_writes_the_article(french_item: SourceItem) -> None:
    llm = ScriptedLLM(article_json(), renderings=[RENDERED])
    process_story(french_item.story, llm=llm)
    assert len(llm.calls) == 1  # written, and the renderings not judged (the judge is off)


def test_the_page_says_the_brief_is_a_checked_and_judged_translation(french_item: SourceItem, client: Client) -> None:
    llm = ScriptedLLM(article_json(), renderings=[RENDERED]).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    html = " ".join(client.get(article.get_absolute_url()).content.decode().split())
    assert "Translated sentence by sentence by <strong>scripted-model</strong> from the source above, in French" in html
    assert "checked against it and judged by the model to say what it says." in html
    assert "Written by <strong>" not in html and "Translated by a language model" in html


@override_settings(NEWSDESK_BRIEFS=False)
def test_the_page_of_a_written_article_says_it_was_written(french_item: SourceItem, client: Client) -> None:
    article = process_story(french_item.story, llm=ScriptedLLM(article_json(), renderings=[RENDERED]))
    html = " ".join(client.get(article.get_absolute_url()).content.decode().split())
    assert "Written by <strong>scripted-model</strong> from the source above, in French." in html
    assert "Translated sentence by sentence" not in html


def test_a_rendering_left_without_its_full_stop_is_published_as_a_whole_sentence() -> None:
    def said(english: str) -> str:
        return SourceSentence(n=2, text="…", english=english, language="fr", part="summary").english_sentence

    assert said("Sales fell 7% in March") == "Sales fell 7% in March."
    assert said("He confides: 'I don't know if I'll succeed.',") == "He confides: 'I don't know if I'll succeed.'"
    assert said("Sales fell 7% in March.") == "Sales fell 7% in March."


def test_a_written_headline_that_the_article_check_fails_is_not_used(french_item: SourceItem) -> None:
    praised = headline_json("Meta detailed a record $14.3 billion investment in Scale AI", [2])
    plain = headline_json("Meta detailed a $14.3 billion investment in Scale AI", [2])
    llm = ScriptedLLM(praised, plain, renderings=WRONG_TITLE).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert article.headline == "Meta detailed a $14.3 billion investment in Scale AI"  # "record": the check's word


def test_a_title_whose_rendering_failed_gives_way_to_a_short_first_sentence(french_item: SourceItem) -> None:
    long_lede = ("On October 30, Meta presented its third-quarter results and detailed an investment of "
                 "$14.3 billion in Scale AI.")
    short_lede = RENDERED.replace(long_lede, "Meta detailed a $14.3 billion investment in Scale AI on October 30.")
    wrong_title = [short_lede.replace("Meta invests $14.3 billion", "Meta invests $41.3 billion"),
                   renderings_json("Meta invests $41.3 billion.")]
    llm = ScriptedLLM(article_json(), renderings=wrong_title).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert article.status == Article.Status.PUBLISHED
    assert written(llm) == []  # no headline asked of the model: the checked first sentence is it
    assert [(s["part"], s["text"], s["cites"]) for s in article.sentences] == [
        ("headline", "Meta detailed a $14.3 billion investment in Scale AI on October 30", [2]),
        ("standfirst", "The group expects up to $72 billion of capital spending in 2025.", [3]),
        ("body", "Its advertising revenue rose 26% year over year, to $51.24 billion.", [4]),
    ]


def test_a_later_sentence_is_never_the_headline(french_item: SourceItem) -> None:
    # the title's and the lede's renderings both fail: the short third sentence leans on the lede
    wrong = RENDERED.replace("Meta invests $14.3 billion", "Meta invests $41.3 billion").replace(
        "an investment of $14.3 billion", "an investment of $41.3 billion")
    llm = ScriptedLLM(headline_json("The group expects up to $72 billion of capital spending", [3]),
                      renderings=[wrong, renderings_json("Meta invests $41.3 billion."),
                                  renderings_json("Meta detailed an investment of $41.3 billion.")],
                      ).with_logprobs(SUPPORTED)
    article = process_story(french_item.story, llm=llm)
    assert len(written(llm)) == 1  # the headline was asked of the model, not taken from sentence 3
    assert article.sentences[0]["text"] == "The group expects up to $72 billion of capital spending"


def test_the_summary_of_a_brief_does_not_say_its_sentences_twice(french_item: SourceItem, client: Client) -> None:
    retry = renderings_json("Its advertising revenue rose 26% year over year, to $51.24 billion.")
    llm = ScriptedLLM(article_json(), renderings=[RENDERED, retry]).with_logprobs(
        SUPPORTED, SUPPORTED, SUPPORTED, UNSUPPORTED, UNSUPPORTED)
    article = process_story(french_item.story, llm=llm)
    html = " ".join(client.get(article.get_absolute_url()).content.decode().split())
    summary = html[html.index('<section class="source"'):html.index('aria-label="Article"')]
    # the article under the summary is the renderings that passed: the summary shows only their originals
    assert "The group expects up to $72 billion" not in summary
    assert "Le groupe prévoit jusqu&#x27;à 72 milliards" in summary
    # a rendering left out is still shown there, with why it is not in the article
    assert "Its advertising revenue rose 26% year over year, to $51.24 billion. <em class=\"unverified\">" in summary
