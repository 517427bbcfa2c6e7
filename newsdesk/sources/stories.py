"""Group items about the same event into one Story, across feeds and languages (see events.py)."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from .events import THRESHOLD, EventIndex, fingerprint
from .models import SourceItem, Story

log = logging.getLogger(__name__)

#: Sent (after commit) when an item joins a story that already had items: a follow-up.
#: Receivers get story= and item=; the articles app regenerates a published article from it.
story_gained_item = Signal()

WINDOW = timedelta(days=4)  # items further apart in time are different events
RECENT = timedelta(days=14)  # how far back stored items are considered
LOADED = 5000


def item_text(item: SourceItem) -> str:
    return f"{item.title}.\n{item.summary}"


class StoryIndex(EventIndex):
    """The event index filled with the items stored recently."""

    def __init__(self, *, threshold: float = THRESHOLD, load: bool = True) -> None:
        super().__init__(threshold=threshold, window=WINDOW)
        if load:
            recent = (
                SourceItem.objects.exclude(story=None)
                .filter(created__gte=timezone.now() - RECENT)
                .only("pk", "title", "summary", "published", "created", "story_id")
                .order_by("-created")[:LOADED]
            )
            for other in recent:
                self.add(other.story_id, other.published or other.created, fingerprint(item_text(other)))  # type: ignore[arg-type]


def attach(item: SourceItem, *, index: StoryIndex | None = None) -> Story:
    """Put item into the story of its event, or a new story; announce follow-ups after commit."""
    index = index if index is not None else StoryIndex()
    fp = fingerprint(item_text(item))
    when = item.published or item.created
    story_id = index.match(fp, when)
    if story_id is None:
        story = Story.objects.create(title=item.title)
    else:
        story = Story.objects.get(pk=story_id)
        story.updated = timezone.now()
        story.save(update_fields=["updated"])
    SourceItem.objects.filter(pk=item.pk).update(story=story)
    item.story = story
    if story_id is not None:
        announce_follow_up(item)
    index.add(story.pk, when, fp)
    return story


def announce_follow_up(item: SourceItem) -> None:
    """Send story_gained_item for item's story once the transaction commits."""
    log.info("item %s joins story %s", item.pk, item.story_id)
    transaction.on_commit(lambda: story_gained_item.send(sender=Story, story=item.story, item=item))
