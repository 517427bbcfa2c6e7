"""The stored story index puts items in the stories the in-memory index of events.py does, one by one or in batches."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.sources.add import NewItem, store
from newsdesk.sources.events import EventIndex, fingerprint
from newsdesk.sources.ingest import store_many
from newsdesk.sources.models import SourceItem
from newsdesk.sources.stories import WINDOW

pytestmark = pytest.mark.django_db
START = datetime(2025, 10, 30, 6, 0, tzinfo=UTC)
FIRMS = ["Nvidia", "Alphabet", "Mistral", "ASML", "Siemens", "Airbus", "Renault", "Bayer"]
PLACES = ["Paris", "Berlin", "Madrid", "Rome"]


def wire(seed: int = 3, events: int = 30) -> list[NewItem]:
    """Return items about events in English, French and German; firms, places and figures recur across events."""
    rng = random.Random(seed)
    items = []
    for event in range(events):
        firm, place = rng.choice(FIRMS), rng.choice(PLACES)
        amount = rng.choice([1.2, 3.4, 14.3, 57.0, 72.5, 93.1])
        percent = rng.choice([2, 5, 26, 62])
        day = rng.randint(1, 28)
        when = START + timedelta(minutes=40 * event)
        comma = f"{amount:g}".replace(".", ",")
        texts = [
            (f"{firm} signs ${amount:g} billion deal in {place}",
             f"{firm} said on October {day} that it signed a ${amount:g} billion deal in {place}, up {percent}%."),
            (f"{firm} signe un accord de {comma} milliards de dollars à {place}",
             f"Le {day} octobre, {firm} a signé à {place} un accord de {comma} milliards de dollars, "
             f"en hausse de {percent} %."),
            (f"{firm} unterzeichnet Vertrag über {comma} Milliarden Dollar",
             f"{firm} hat am {day}. Oktober in {place} einen Vertrag über {comma} Milliarden Dollar "
             f"unterzeichnet, ein Plus von {percent} Prozent."),
        ]
        for n in range(rng.randint(1, 3)):
            title, summary = texts[(event + n) % 3]
            items.append(
                NewItem(title=title, summary=summary, url=f"https://wire.example/{event}/{n}", language="en",
                        published=when + timedelta(minutes=7 * n))
            )
    rng.shuffle(items)
    return items


def in_memory(items: list[NewItem]) -> list[int]:
    index = EventIndex(window=WINDOW)
    stories: list[int] = []
    for item in items:
        fp = fingerprint(f"{item.title}.\n{item.summary}")
        story = index.match(fp, item.published)
        stories.append(len(stories) if story is None else story)
        index.add(stories[-1], item.published, fp)
    return stories


def partition(stories: list[int]) -> list[int]:
    """Number stories by first appearance, so two placements compare whatever their ids."""
    first: dict[int, int] = {}
    return [first.setdefault(story, len(first)) for story in stories]


def stored(items: list[NewItem]) -> list[int]:
    story_of = dict(SourceItem.objects.values_list("url", "story_id"))
    return [story_of[item.url] for item in items]


def test_one_by_one_the_stories_are_those_of_the_in_memory_index() -> None:
    items = wire()
    for item in items:
        store(item)
    expected = partition(in_memory(items))
    assert partition(stored(items)) == expected
    assert 10 < len(set(expected)) < len(items)  # some joined, some kept apart


def test_in_feed_batches_the_stories_are_those_of_the_in_memory_index() -> None:
    items = wire(seed=4)
    for start in range(0, len(items), 7):
        store_many(items[start : start + 7])
    expected = partition(in_memory(items))
    assert partition(stored(items)) == expected
    assert 10 < len(set(expected)) < len(items)
