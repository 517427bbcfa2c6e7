"""Storing an item writes its fingerprint, keys and key counts in the same transaction, whichever way it came in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import transaction
from django.db.models import Sum

from newsdesk.sources.add import store
from newsdesk.sources.ingest import store_many
from newsdesk.sources.models import SourceItem, StoryFingerprint, StoryKey, StoryKeyCount, decode_fingerprint
from newsdesk.sources.stories import fingerprint, item_text
from tests.sources.test_story_clustering import ENGLISH, FRENCH, GERMAN, OTHER_QUARTER

pytestmark = pytest.mark.django_db
DAY = date(2025, 11, 19)  # FRENCH and ENGLISH happened that day (UTC); GERMAN and OTHER_QUARTER the next


def test_a_stored_item_has_its_figures_dates_and_names_as_keys() -> None:
    item, _ = store(FRENCH)
    keys = set(StoryKey.objects.filter(item=item).values_list("key", flat=True))
    assert keys == {"f:57000000000.0", "f:62.0%", "f:51200000000.0", "d:11-19", "n:nvidia"}
    stored = StoryFingerprint.objects.get(item=item)
    assert stored.happened == FRENCH.published
    assert stored.fingerprint() == fingerprint(item_text(item))
    assert StoryKeyCount.objects.get(key="f:57000000000.0", day=DAY).items == 1


def test_items_sharing_a_key_are_counted_together_on_their_day() -> None:
    store(FRENCH)
    assert store_many([GERMAN, ENGLISH, OTHER_QUARTER]) == 3
    counts = dict(StoryKeyCount.objects.filter(key="n:nvidia").values_list("day", "items"))
    assert counts == {DAY: 2, DAY + timedelta(days=1): 2}
    assert StoryKeyCount.objects.filter(key="f:57000000000.0").aggregate(n=Sum("items"))["n"] == 3
    assert StoryKeyCount.objects.get(key="f:35100000000.0").items == 1  # only OTHER_QUARTER gives $35.1 billion
    assert StoryKey.objects.filter(key="n:nvidia").count() == 4


def test_a_rolled_back_store_leaves_no_keys() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        store_many([FRENCH, GERMAN])
        assert StoryKey.objects.exists()
        raise RuntimeError("the database went away")
    assert not SourceItem.objects.exists()
    assert not StoryKey.objects.exists() and not StoryFingerprint.objects.exists()
    assert not StoryKeyCount.objects.exists()


def test_an_item_given_its_story_by_hand_is_found_by_the_next_one() -> None:
    first, _ = store(OTHER_QUARTER)
    by_hand = SourceItem.objects.create(
        title=FRENCH.title, summary=FRENCH.summary, url=FRENCH.url, language="fr", published=FRENCH.published,
        story=first.story,
    )
    assert StoryFingerprint.objects.filter(item=by_hand).exists()
    later, _ = store(GERMAN)
    assert later.story_id == first.story_id


def test_the_fingerprint_reads_back_as_it_was_written() -> None:
    item, _ = store(GERMAN)
    stored = StoryFingerprint.objects.get(item=item)
    again = decode_fingerprint(stored.keys, stored.grams)
    assert again == fingerprint(item_text(item))
    assert list(again.grams) == list(fingerprint(item_text(item)).grams)  # the order the weights are summed in
