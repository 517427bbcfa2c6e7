"""A new item finds its story among everything stored in the window, however much came in after, and from any worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.sources.add import store
from newsdesk.sources.events import Fingerprint
from newsdesk.sources.models import Placed, SourceItem, Story, content_hash, write_fingerprints
from newsdesk.sources.stories import StoryIndex, fingerprint, item_text
from tests.sources.test_story_clustering import FRENCH, GERMAN, WHEN

pytestmark = pytest.mark.django_db


def store_unrelated(count: int) -> None:
    """Store count items of other events in the same hours, each with a figure and a name of its own."""
    story = Story.objects.create(title="other events")
    rows = SourceItem.objects.bulk_create(
        SourceItem(
            title=f"Event {n}", summary=f"Acme{n} said {n + 10_000} units.", url=f"https://other.example/{n}",
            language="en", published=WHEN, story=story,
            content_hash=content_hash(title=f"Event {n}", summary="", url=f"https://other.example/{n}"),
        )
        for n in range(count)
    )
    write_fingerprints(
        [
            Placed(
                item_id=row.pk,
                happened=WHEN,
                fingerprint=Fingerprint(
                    figures=frozenset({f"{n + 10_000}.0"}), counts=frozenset(), dates=frozenset(),
                    names=frozenset({f"acme{n}"}), grams={},
                ),
            )
            for n, row in enumerate(rows)
        ]
    )


def test_an_item_finds_its_story_after_six_thousand_later_items() -> None:
    first, _ = store(FRENCH)
    store_unrelated(6000)  # more than the 5,000 latest items a fetch used to load
    second, _ = store(GERMAN)
    assert second.story_id == first.story_id


def test_an_item_stored_weeks_ago_about_the_same_days_is_found() -> None:
    first, _ = store(FRENCH)
    SourceItem.objects.filter(pk=first.pk).update(created=timezone.now() - timedelta(days=30))
    second, _ = store(GERMAN)
    assert second.story_id == first.story_id


def test_an_index_sees_what_another_worker_stored_after_it_was_made() -> None:
    index = StoryIndex()
    first, _ = store(FRENCH)  # stored elsewhere, after this index was made
    german = fingerprint(item_text(SourceItem(title=GERMAN.title, summary=GERMAN.summary)))
    assert index.match(german, GERMAN.published) == first.story_id


def test_an_item_of_the_same_event_outside_the_window_is_not_a_candidate() -> None:
    store(FRENCH)
    german = fingerprint(item_text(SourceItem(title=GERMAN.title, summary=GERMAN.summary)))
    assert StoryIndex().match(german, WHEN + timedelta(days=5)) is None
