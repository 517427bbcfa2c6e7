"""Fetch followed feeds and store their new items: conditional GET, backoff, dedup, stories.

The network part (`download`) touches no database, so many feeds can be fetched at once in
threads; the database part (`record`) runs where the caller is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from newsdesk.cli import database_problem
from newsdesk.lib.http import FetchError, fetch

from .add import InvalidItem, NewItem, store, validate, without_nul
from .canonical import canonical_url
from .extract import ExtractionError, extract_page
from .feeds import Entry, FeedError, ParsedFeed, parse_feed
from .language import detect_many
from .models import Feed, SourceItem, Story, content_hash
from .stories import StoryIndex, announce_follow_up, fingerprint

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Download:
    """What one fetch of a feed gave: a parsed feed, 'not modified', or an error."""

    feed_id: int
    parsed: ParsedFeed | None = None
    not_modified: bool = False
    etag: str = ""
    last_modified: str = ""
    error: str = ""


@dataclass(slots=True, kw_only=True)
class Report:
    feed: Feed
    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    filtered: int = 0
    pages: int = 0
    not_modified: bool = False
    error: str = ""
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.error:
            return f"{self.feed.url}: failed ({self.error}); next try {self.feed.next_fetch:%Y-%m-%d %H:%M}"
        if self.not_modified:
            return f"{self.feed.url}: not modified"
        line = f"{self.feed.url}: {self.added} added, {self.duplicates} already stored"
        if self.pages:
            line += f", {self.pages} written from their pages"
        if self.filtered:
            line += f", {self.filtered} left out by its keywords"
        if self.skipped:
            line += f", {self.skipped} skipped"
        return line


def download(feed: Feed) -> Download:
    """Fetch and parse feed with a conditional GET; never raise for network or format problems."""
    headers = {
        "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
        "application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
    }
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = fetch(feed.url, kind="feed", headers=headers)
        if response.not_modified:
            return Download(
                feed_id=feed.pk, not_modified=True, etag=feed.etag, last_modified=feed.last_modified
            )
        parsed = parse_feed(
            response.body, content_type=response.headers.get("content-type", ""), url=response.url
        )
    except (FetchError, FeedError) as exc:
        return Download(feed_id=feed.pk, error=str(exc))
    except Exception as exc:  # a feed must never take the worker down
        log.exception("feed %s: unexpected error", feed.url)
        return Download(feed_id=feed.pk, error=f"unexpected {type(exc).__name__}: {exc}")
    return Download(
        feed_id=feed.pk,
        parsed=parsed,
        etag=without_nul(response.headers.get("etag", ""))[:500],
        last_modified=without_nul(response.headers.get("last-modified", ""))[:100],
    )


def _detection_text(entry: Entry) -> str:
    return f"{entry.title}\n{entry.summary or entry.text[:2000]}"


def to_item(entry: Entry, *, language: str | None) -> NewItem:
    """Turn a feed entry into a validated item in language (else its own); fill a missing title or summary."""
    summary = entry.summary or entry.text[:2000] or entry.title
    title = entry.title or " ".join(summary.split()[:14])
    return validate(
        title=title[:500],
        summary=summary[:20_000],
        url=entry.url,
        language=language or entry.language,
        published=entry.published,
        text=entry.text[:1_000_000],
        author=entry.author,
    )


def new_items(items: Sequence[NewItem]) -> tuple[list[NewItem], int]:
    """Drop items already stored or repeated in the batch (same canonical URL or content); count them."""
    keyed = [
        (item, canonical_url(item.url), content_hash(title=item.title, summary=item.summary, url=item.url))
        for item in items
    ]
    seen_urls: set[str] = set()
    seen_hashes: set[str] = set()
    for start in range(0, len(keyed), 500):
        batch = keyed[start : start + 500]
        seen_urls.update(
            SourceItem.objects.filter(canonical_url__in=[u for _, u, _ in batch]).values_list(
                "canonical_url", flat=True
            )
        )
        seen_hashes.update(
            SourceItem.objects.filter(content_hash__in=[h for _, _, h in batch]).values_list(
                "content_hash", flat=True
            )
        )
    fresh = []
    for item, url, digest in keyed:
        if url in seen_urls or digest in seen_hashes:
            continue
        seen_urls.add(url)
        seen_hashes.add(digest)
        fresh.append(item)
    return fresh, len(items) - len(fresh)


def store_many(items: Sequence[NewItem], *, feed: Feed | None = None) -> int:
    """Store deduplicated items, each in its event's story, in one transaction; return the count.

    Falls back to storing one by one if another process stored some of them meanwhile.
    """
    index = StoryIndex()
    try:
        with transaction.atomic():
            return _store_many(items, feed, index)
    except IntegrityError:
        index = StoryIndex()
        with transaction.atomic():
            return sum(store(item, feed=feed, by_url=True, index=index)[1] for item in items)


def _store_many(items: Sequence[NewItem], feed: Feed | None, index: StoryIndex) -> int:
    now = timezone.now()
    placements: list[int] = []  # story id (> 0) or -(position of a new story in `new_stories`) - 1
    new_stories: list[Story] = []
    followed: set[int] = set()
    for item in items:
        fp = fingerprint(f"{item.title}.\n{item.summary}")
        when = item.published or now
        story_id = index.match(fp, when)
        if story_id is None:
            new_stories.append(Story(title=item.title))
            story_id = -len(new_stories)
        elif story_id > 0:
            followed.add(story_id)
        placements.append(story_id)
        index.add(story_id, when, fp)
    Story.objects.bulk_create(new_stories, batch_size=500)
    rows = [
        SourceItem(
            **item.model_fields(),
            feed=feed,
            content_hash=content_hash(title=item.title, summary=item.summary, url=item.url),
            canonical_url=canonical_url(item.url),
            story_id=placement if placement > 0 else new_stories[-placement - 1].pk,
        )
        for item, placement in zip(items, placements, strict=True)
    ]
    SourceItem.objects.bulk_create(rows, batch_size=500)
    index.write(rows)
    if followed:
        Story.objects.filter(pk__in=followed).update(updated=now)
        for row in rows:
            if row.story_id in followed:
                announce_follow_up(row)
    return len(rows)


def item_languages(feed: Feed, parsed: ParsedFeed, entries: Sequence[Entry]) -> list[str]:
    """Return each entry's language: the operator's for the feed, else detected, else as the feed declares.

    A feed's declared language (its own, or an entry's) is only a fallback: feeds often declare one
    language for everything they carry, so detection wins where it can tell.
    """
    if feed.language:
        return [feed.language] * len(entries)
    detected = detect_many([_detection_text(e) for e in entries])
    return [found or e.language or parsed.language or "en" for e, found in zip(entries, detected, strict=True)]


def with_page_text(items: Sequence[NewItem], report: Report) -> list[NewItem]:
    """Return items with the text of their pages, fetched side by side; an item whose page fails keeps its own.

    Only the first NEWSDESK_FEED_PAGES_PER_FETCH items are fetched: a feed's first fetch may carry a
    backlog of thousands of entries.
    """
    limit = max(0, settings.NEWSDESK_FEED_PAGES_PER_FETCH)
    chosen = list(items[:limit])
    if not chosen:
        return list(items)
    with ThreadPoolExecutor(max_workers=min(len(chosen), max(1, settings.NEWSDESK_INGEST_WORKERS))) as pool:
        pages = list(pool.map(_page_text, chosen))
    filled = []
    for item, (text, problem) in zip(chosen, pages, strict=True):
        if problem:
            report.problems.append(f"{item.url}: page not used ({problem})")
        if len(text) > len(item.text):
            item = replace(item, text=text)
            report.pages += 1
        filled.append(item)
    return filled + list(items[limit:])


def _page_text(item: NewItem) -> tuple[str, str]:
    """Return the article text of item's page and "", or "" and why there is none."""
    try:
        return extract_page(item.url, language=item.language).text, ""
    except (ExtractionError, InvalidItem) as exc:
        return "", str(exc)
    except Exception as exc:  # a page must never take the worker down
        log.exception("page %s: unexpected error", item.url)
        return "", f"unexpected {type(exc).__name__}: {exc}"


# What a fetch that stores its items sets on the feed.
FETCHED = ["title", "failures", "last_error", "last_success", "etag", "last_modified", "next_fetch", "last_fetched"]


def record(feed: Feed, result: Download, *, now: datetime | None = None) -> Report:
    """Store a download's new items and schedule the feed's next fetch (backing off after failures).

    A database error while storing (a connection lost to a restart) fails the fetch like a network
    error: the batch's one transaction is rolled back, and the feed keeps its old ETag, so its next
    fetch stores every entry missed, once, and skips those stored before.
    """
    now = now or timezone.now()
    if not result.error:
        try:
            return _store_download(feed, result, now)
        except DatabaseError as exc:
            log.warning("feed %s: database error while storing its items", feed.url, exc_info=True)
            result = replace(result, error=database_problem(exc))
            if not connection.in_atomic_block:  # a broken connection is dropped, and the next query reconnects
                connection.close_if_unusable_or_obsolete()
            feed.refresh_from_db(fields=FETCHED)  # what the failed attempt set is not what is stored
    feed.last_fetched = now
    feed.failures += 1
    feed.last_error = without_nul(result.error)[:2000]
    feed.next_fetch = now + feed.backoff()
    feed.save(update_fields=["last_fetched", "failures", "last_error", "next_fetch"])
    log.warning("feed %s failed (%s in a row): %s", feed.url, feed.failures, result.error)
    return Report(feed=feed, error=result.error)


def _store_download(feed: Feed, result: Download, now: datetime) -> Report:
    """Store a download's new items, then the feed's title, ETag and schedule."""
    report = Report(feed=feed, not_modified=result.not_modified)
    if result.parsed is not None:
        entries = [e for e in result.parsed.entries if feed.takes(f"{e.title}\n{e.summary}\n{e.text}")]
        report.filtered = len(result.parsed.entries) - len(entries)
        items: list[NewItem] = []
        for entry, language in zip(entries, item_languages(feed, result.parsed, entries), strict=True):
            try:
                items.append(to_item(entry, language=language))
            except InvalidItem as exc:
                report.skipped += 1
                report.problems.append(f"{entry.url or entry.title!r}: {exc}")
        fresh, report.duplicates = new_items(items)
        if fresh and feed.fetch_pages:
            fresh = with_page_text(fresh, report)
        if fresh:
            added = store_many(fresh, feed=feed)
            report.added += added
            report.duplicates += len(fresh) - added
        if not feed.title and result.parsed.title:
            feed.title = without_nul(result.parsed.title)[:500]
    feed.last_fetched = now
    feed.failures = 0
    feed.last_error = ""
    feed.last_success = now
    feed.etag, feed.last_modified = result.etag, result.last_modified
    feed.next_fetch = now + feed.interval
    feed.save(update_fields=FETCHED)
    return report


def ingest_feed(feed: Feed) -> Report:
    """Fetch one feed and store what is new."""
    return record(feed, download(feed))


def due_feeds(now: datetime | None = None) -> QuerySet[Feed]:
    return Feed.objects.filter(active=True, next_fetch__lte=now or timezone.now()).order_by("next_fetch")


def ingest_all(feeds: Iterable[Feed], *, workers: int | None = None) -> list[Report]:
    """Fetch feeds side by side (a slow one does not hold up the others) and store each as it arrives."""
    feeds = list(feeds)
    workers = max(1, workers or settings.NEWSDESK_INGEST_WORKERS)
    by_id = {feed.pk: feed for feed in feeds}
    reports = []
    with ThreadPoolExecutor(max_workers=min(workers, max(1, len(feeds)))) as pool:
        futures = [pool.submit(download, feed) for feed in feeds]
        for future in as_completed(futures):
            result = future.result()
            reports.append(record(by_id[result.feed_id], result))
    return reports


def claim_due(now: datetime | None = None) -> list[Feed]:
    """Return due feeds and push their next fetch one interval on, so no two schedulers queue one twice."""
    now = now or timezone.now()
    claimed = []
    for feed in due_feeds(now):
        lease = now + feed.interval
        if Feed.objects.filter(pk=feed.pk, next_fetch=feed.next_fetch).update(next_fetch=lease):
            feed.next_fetch = lease
            claimed.append(feed)
    return claimed
