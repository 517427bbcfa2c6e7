"""Upgrading puts the items already stored in stories into the story index, so new items still find their stories."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from newsdesk.sources.add import store
from newsdesk.sources.models import SourceItem, Story, StoryFingerprint, StoryKey, StoryKeyCount, content_hash
from newsdesk.sources.stories import fill_index
from tests.sources.test_story_clustering import ENGLISH, FRENCH, GERMAN, OTHER_QUARTER


def stored_before_the_index(*items: object) -> list[SourceItem]:
    """Store items in stories of their own as a release without the index did: rows only, no signals."""
    rows = []
    for item in items:
        story = Story.objects.create(title=item.title)  # type: ignore[attr-defined]
        fields = item.model_fields()  # type: ignore[attr-defined]
        rows.append(SourceItem(**fields, story=story, content_hash=content_hash(
            title=fields["title"], summary=fields["summary"], url=fields["url"])))
    return SourceItem.objects.bulk_create(rows)


@pytest.mark.django_db(transaction=True)
def test_migrating_fills_the_index_for_items_already_stored() -> None:
    call_command("migrate", "sources", "0003", verbosity=0)
    try:
        french, other = stored_before_the_index(FRENCH, OTHER_QUARTER)
    finally:
        call_command("migrate", "sources", verbosity=0)
    assert set(StoryFingerprint.objects.values_list("item_id", flat=True)) == {french.pk, other.pk}
    assert StoryKey.objects.filter(item=french, key="n:nvidia").exists()
    assert sum(StoryKeyCount.objects.filter(key="n:nvidia").values_list("items", flat=True)) == 2
    german, _ = store(GERMAN)
    assert german.story_id == french.story_id


@pytest.mark.django_db
def test_filling_again_adds_only_what_is_missing() -> None:
    store(ENGLISH)
    [french] = stored_before_the_index(FRENCH)
    SourceItem.objects.bulk_create([SourceItem(title="No story", summary="Nvidia", url="https://x.example/")])
    assert fill_index() == 1
    assert fill_index() == 0
    assert StoryFingerprint.objects.count() == 2
    assert sum(StoryKeyCount.objects.filter(key="n:nvidia").values_list("items", flat=True)) == 2
    assert StoryFingerprint.objects.filter(item=french).exists()
