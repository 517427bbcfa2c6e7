"""A follow-up item rewrites its story's published article from all items, keeping the old version."""

from __future__ import annotations

import pytest

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.sources.models import SourceItem
from tests.fakes import ScriptedLLM, article_json

pytestmark = pytest.mark.django_db

UPDATED = article_json(
    headline="Meta puts $14.3 billion into Scale AI as Alphabet plans $93 billion",
    conclusion="Alphabet plans to spend up to $93 billion in 2025.",
)


def follow_up(item: SourceItem) -> SourceItem:
    return SourceItem.objects.create(
        title="Alphabet prévoit 93 milliards de dollars", summary="Alphabet prévoit jusqu'à 93 milliards de "
        "dollars de dépenses d'investissement en 2025.", url="https://example.com/alphabet", language="fr",
        story=item.story,
    )


def test_follow_up_updates_the_published_article_and_keeps_a_revision(french_item: SourceItem) -> None:
    first = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    follow_up(french_item)
    llm = ScriptedLLM(UPDATED)
    updated = process_story(french_item.story, llm=llm)

    assert updated.pk == first.pk
    assert updated.status == Article.Status.PUBLISHED
    assert updated.published_at == first.published_at  # not re-posted
    assert updated.revised_at is not None
    assert "Alphabet plans $93 billion" in updated.headline
    assert "Alphabet prévoit jusqu'à 93 milliards" in llm.calls[0]["messages"][1].content
    [revision] = updated.revisions.all()
    assert revision.number == 1 and revision.headline == first.headline
    assert updated.sources.count() == 2


def test_failing_update_keeps_the_published_text(french_item: SourceItem) -> None:
    first = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    follow_up(french_item)
    wrong = article_json(headline="Alphabet plans $95 billion")
    updated = process_story(french_item.story, llm=ScriptedLLM(wrong))

    assert updated.status == Article.Status.PUBLISHED
    assert updated.headline == first.headline
    assert updated.revisions.count() == 0
    assert updated.latest_verification.passed
    assert "update from a follow-up item held" in updated.hold_reason


def test_no_new_item_means_no_rewrite(french_item: SourceItem) -> None:
    process_story(french_item.story, llm=ScriptedLLM(article_json()))
    llm = ScriptedLLM(UPDATED)
    process_story(french_item.story, llm=llm)
    assert llm.calls == []


@pytest.mark.django_db(transaction=True)
def test_follow_up_item_queues_the_rewrite_and_generate_picks_it_up(french_item: SourceItem) -> None:
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    from newsdesk.articles.management.commands.generate import pending_stories
    from newsdesk.sources.stories import announce_follow_up

    process_story(french_item.story, llm=ScriptedLLM(article_json()))
    assert list(pending_stories()) == []
    announce_follow_up(follow_up(french_item))
    assert DBTaskResult.objects.filter(task_path__endswith="process_story_task").count() == 1
    assert list(pending_stories()) == [french_item.story]
    llm = ScriptedLLM(UPDATED)
    from unittest.mock import patch

    with patch("newsdesk.articles.pipeline.get_llm", autospec=True, return_value=llm):
        call_command("worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    assert Article.objects.get().revisions.count() == 1


def test_page_shows_updated_and_the_earlier_version(client, french_item: SourceItem) -> None:  # noqa: ANN001
    first = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    follow_up(french_item)
    updated = process_story(french_item.story, llm=ScriptedLLM(UPDATED))
    html = client.get(updated.get_absolute_url()).content.decode()
    assert "Updated</strong>" in html
    history = html[html.index("Version history"):]
    assert "Version 1" in history and first.headline in history
    assert "Alphabet prévoit jusqu&#x27;à 93 milliards" in html  # both sources are shown


class WatchingLLM(ScriptedLLM):
    """A scripted model that, each time it is asked, notes what a reader would see as the article's check."""

    def __init__(self, article: Article, *answers: str) -> None:
        super().__init__(*answers)
        self.article = article
        self.seen: list[str] = []

    def complete(self, messages, **kwargs):  # type: ignore[no-untyped-def, override]
        self.seen.append(Article.objects.get(pk=self.article.pk).latest_verification.summary)
        return super().complete(messages, **kwargs)


def test_readers_never_see_the_verdicts_of_a_rewrite_in_progress(french_item: SourceItem) -> None:
    first = process_story(french_item.story, llm=ScriptedLLM(article_json()))
    shown = first.latest_verification.summary
    follow_up(french_item)
    wrong = article_json(headline="Alphabet plans $95 billion")
    llm = WatchingLLM(first, wrong, wrong, UPDATED)  # two failing attempts, then a passing one
    updated = process_story(french_item.story, llm=llm)

    assert len(llm.calls) == 3  # two failing attempts, then a passing one (and the follow-up's renderings)
    assert set(llm.seen) == {shown}  # mid-update, the page kept the published text's verdicts
    assert "Alphabet plans $93 billion" in updated.headline
    assert updated.verifications.count() == 2  # the first text's and the new text's, no failed attempt's
    assert updated.latest_verification.passed
    assert any(c["text"] == "93 billion" for c in updated.latest_verification.claims)
