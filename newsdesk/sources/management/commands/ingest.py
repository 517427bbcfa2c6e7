from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from newsdesk.sources.ingest import claim_due, due_feeds, ingest_all
from newsdesk.sources.models import Feed
from newsdesk.sources.tasks import ingest_feed_task


class Command(BaseCommand):
    help = (
        "Fetch followed feeds: once now (--once), or keep queueing each feed for `newsdesk worker` when due."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--once", action="store_true",
            help="fetch the due feeds now, in this process, and stop; exit non-zero if any failed",
        )
        parser.add_argument(
            "--all", action="store_true", help="with --once: fetch every active feed, due or not"
        )
        parser.add_argument(
            "--rounds", type=int, default=0, help="stop after this many scheduling rounds (0: never)"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["once"]:
            feeds = Feed.objects.filter(active=True) if opts["all"] else due_feeds()
            reports = ingest_all(feeds)
            for report in sorted(reports, key=lambda r: r.feed.pk):
                self.stdout.write(report.line())
            if not reports:
                self.stdout.write("no feed is due")
            if failed := [r for r in reports if r.error]:
                raise CommandError(f"{len(failed)} of {len(reports)} feeds failed (see above)")
            return
        rounds = 0
        while True:
            claimed = claim_due()
            for feed in claimed:
                ingest_feed_task.enqueue(feed.pk)
            if claimed:
                self.stdout.write(f"queued {len(claimed)} feeds for the worker")
            rounds += 1
            if opts["rounds"] and rounds >= opts["rounds"]:
                return
            upcoming = (
                Feed.objects.filter(active=True).order_by("next_fetch").values_list("next_fetch", flat=True)
            )
            first = upcoming.first()
            wait = (first - timezone.now()).total_seconds() if first else 60.0
            time.sleep(min(60.0, max(1.0, wait)))
