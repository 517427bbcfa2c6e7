"""A deleted item leaves the story index: its keys go and the day counts drop."""

from __future__ import annotations

import pytest
from django.db.models import Sum

from newsdesk.sources.add import store
from newsdesk.sources.models import StoryFingerprint, StoryKey, StoryKeyCount
from tests.sources.test_story_clustering import ENGLISH, FRENCH, GERMAN

pytestmark = pytest.mark.django_db


def carried(key: str) -> int:
    return StoryKeyCount.objects.filter(key=key).aggregate(n=Sum("items"))["n"] or 0


def test_deleting_an_item_takes_its_keys_and_counts_away() -> None:
    french, _ = store(FRENCH)
    english, _ = store(ENGLISH)
    assert carried("n:nvidia") == 2
    french.delete()
    assert carried("n:nvidia") == 1 and carried("f:57000000000.0") == 1
    assert not StoryKey.objects.filter(item_id=french.pk).exists()
    assert list(StoryFingerprint.objects.values_list("item_id", flat=True)) == [english.pk]


def test_a_new_item_does_not_join_the_story_of_a_deleted_item() -> None:
    french, _ = store(FRENCH)
    french.delete()
    german, _ = store(GERMAN)
    assert german.story_id != french.story_id
