"""Background tasks: thin wrappers that take ids and call the ingestion steps."""

from __future__ import annotations

from django_tasks import task

from .ingest import ingest_feed
from .models import Feed


@task()
def ingest_feed_task(feed_id: int) -> str:
    """Fetch one feed and store its new items."""
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return "feed removed or paused"
    return ingest_feed(feed).line()
