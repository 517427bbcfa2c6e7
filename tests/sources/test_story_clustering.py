"""Items about one event join one story across feeds and languages; a similar-sounding event does not."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from django.test import TestCase

from newsdesk.sources.add import NewItem, store, validate
from newsdesk.sources.events import fingerprint, same_event
from newsdesk.sources.ingest import store_many
from newsdesk.sources.models import SourceItem, Story
from newsdesk.sources.stories import story_gained_item

pytestmark = pytest.mark.django_db
WHEN = datetime(2025, 11, 19, 22, 0, tzinfo=UTC)

FRENCH = validate(
    title="Nvidia : chiffre d'affaires record de 57 milliards de dollars",
    summary="Le 19 novembre, Nvidia a annoncé un chiffre d'affaires trimestriel de 57 milliards de dollars, "
    "en hausse de 62 %, porté par les centres de données (51,2 milliards de dollars).",
    url="https://depeches.example/nvidia",
    language="fr",
    published=WHEN,
)
GERMAN = validate(
    title="Nvidia meldet Rekordumsatz von 57 Milliarden Dollar",
    summary="Nvidia hat am 19. November einen Quartalsumsatz von 57 Milliarden Dollar gemeldet, ein Plus von "
    "62 Prozent. Das Rechenzentrumsgeschäft brachte 51,2 Milliarden Dollar.",
    url="https://nachrichten.example/nvidia",
    language="de",
    published=WHEN + timedelta(hours=3),
)
ENGLISH = validate(
    title="Nvidia posts record $57 billion quarter",
    summary="Nvidia said on November 19 that quarterly revenue rose 62% to $57 billion, with data centres "
    "contributing $51.2 billion.",
    url="https://wire.example/nvidia",
    language="en",
    published=WHEN + timedelta(hours=1),
)
# Same company, same words, another quarter: a different event.
OTHER_QUARTER = validate(
    title="Nvidia posts record $35.1 billion quarter",
    summary="Nvidia said on November 20 that quarterly revenue rose 94% to $35.1 billion, with data centres "
    "contributing $30.8 billion.",
    url="https://wire.example/nvidia-2024",
    language="en",
    published=WHEN + timedelta(hours=2),
)
# Same sentence, one figure changed: a different (or contradicting) report, not a follow-up.
CHANGED_FIGURE = validate(
    title="Nvidia posts record $57 billion quarter",
    summary="Nvidia said on November 19 that quarterly revenue rose 48% to $57 billion, with data centres "
    "contributing $51.2 billion.",
    url="https://other.example/nvidia",
    language="en",
    published=WHEN + timedelta(hours=2),
)


def test_same_event_in_french_german_and_english_is_one_story() -> None:
    stories = {store(item)[0].story_id for item in (FRENCH, GERMAN, ENGLISH)}
    assert len(stories) == 1
    assert Story.objects.get().items.count() == 3


def test_a_different_event_with_similar_words_gets_its_own_story() -> None:
    first, _ = store(ENGLISH)
    other, _ = store(OTHER_QUARTER)
    assert first.story_id != other.story_id


def test_the_same_sentence_with_another_figure_is_not_joined() -> None:
    assert not same_event(
        fingerprint(f"{ENGLISH.title}.\n{ENGLISH.summary}"),
        fingerprint(f"{CHANGED_FIGURE.title}.\n{CHANGED_FIGURE.summary}"),
    )


def test_the_same_event_a_month_later_is_a_new_story() -> None:
    store(ENGLISH)
    later = NewItem(
        **{**{f: getattr(GERMAN, f) for f in GERMAN.__slots__}, "published": WHEN + timedelta(days=30)}
    )
    store(later)
    assert Story.objects.count() == 2


def test_demo_items_about_six_events_stay_six_stories() -> None:
    path = Path(__file__).resolve().parents[2] / "newsdesk" / "sources" / "data" / "demo_items.jsonl"
    for line in path.read_text().splitlines():
        store(validate(**json.loads(line)))
    assert Story.objects.count() == 6


def test_feed_batches_join_stories_too() -> None:
    store(FRENCH)
    assert store_many([GERMAN, OTHER_QUARTER, ENGLISH]) == 3
    assert Story.objects.count() == 2
    assert Story.objects.get(items__url=FRENCH.url).items.count() == 3


class FollowUpSignalTests(TestCase):
    def test_an_item_joining_a_story_announces_a_follow_up_after_commit(self) -> None:
        receiver = MagicMock()
        story_gained_item.connect(receiver, dispatch_uid="test-follow-up")
        self.addCleanup(story_gained_item.disconnect, dispatch_uid="test-follow-up")
        with self.captureOnCommitCallbacks(execute=True):
            store(FRENCH)
        receiver.assert_not_called()
        with self.captureOnCommitCallbacks(execute=True):
            item, _ = store(GERMAN)
        receiver.assert_called_once()
        kwargs = receiver.call_args.kwargs
        assert kwargs["story"] == item.story and kwargs["item"] == item
        assert SourceItem.objects.get(pk=item.pk).story.updated is not None
