from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q

from newsdesk.lib.query import BadNumber, whole_number
from newsdesk.sources.add import InvalidItem, checked_url, without_nul
from newsdesk.sources.feeds import FeedError
from newsdesk.sources.ingest import download
from newsdesk.sources.language import is_known_code
from newsdesk.sources.models import Feed
from newsdesk.sources.opml import read_opml, write_opml

_EVERY = re.compile(r"^\s*(\S+?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "": 60, "h": 3600, "d": 86400}
LONGEST_EVERY = timedelta(days=365)


def parse_every(text: str) -> timedelta:
    """Read an interval such as 30m, 2h, 1d or 90s (a bare number is minutes); from 1m to 365d."""
    match = _EVERY.match(text)
    try:
        number = whole_number(match.group(1) if match else "", name="--every", low=0, high=10**20)
    except BadNumber:
        raise CommandError(f"--every {text!r}: give a number with s, m, h or d, such as 30m or 2h") from None
    seconds = number * _UNIT_SECONDS[match.group(2).lower()]  # type: ignore[union-attr]
    if seconds < 60:
        raise CommandError(f"--every {text!r}: the shortest interval is 1m")
    if seconds > LONGEST_EVERY.total_seconds():
        raise CommandError(f"--every {text!r}: the longest interval is {describe_every(LONGEST_EVERY)}")
    return timedelta(seconds=seconds)


def describe_every(every: timedelta) -> str:
    seconds = int(every.total_seconds())
    for size, unit in ((86400, "d"), (3600, "h"), (60, "m")):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def describe_choices(feed: Feed) -> str:
    """Describe how a feed is followed: interval, language, pages, topic, keywords, hold."""
    parts = [f"every {describe_every(feed.interval)}"]
    if feed.language:
        parts.append(f"language {feed.language}")
    parts.append("pages fetched" if feed.fetch_pages else "feed text only")
    if feed.topic:
        parts.append(f"topic {feed.topic}")
    if feed.include:
        parts.append(f"only entries naming {feed.include}")
    if feed.exclude:
        parts.append(f"not entries naming {feed.exclude}")
    parts.append("held for an editor" if feed.hold else "published when checked")
    return ", ".join(parts)


def check_feed_url(url: str) -> str:
    """Return url stripped, or raise CommandError if fetching it would be refused (as `add --url` says)."""
    try:
        return checked_url(url)
    except InvalidItem as exc:
        raise CommandError(str(exc)) from None


class Command(BaseCommand):
    help = "Follow feeds: add, list, remove, and import or export them as OPML."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="{add,list,remove,import,export}")
        add = sub.add_parser("add", help="follow a feed (RSS, Atom or JSON Feed)")
        add.add_argument("url")
        add.add_argument("--every", help="how often to fetch it, e.g. 30m, 2h, 1d (default 30m)")
        add.add_argument(
            "--language",
            help="ISO 639-1 code of all its items; when omitted, detected per item (the feed's own is a fallback)",
        )
        add.add_argument(
            "--no-fetch-pages", action="store_false", dest="fetch_pages",
            help="write from the feed's own text; by default each new entry's page is fetched and its text used",
        )
        add.add_argument("--topic", default="", help="file its articles under this topic")
        add.add_argument("--include", default="", help="comma-separated keywords: take only entries naming one")
        add.add_argument("--exclude", default="", help="comma-separated keywords: skip entries naming one")
        add.add_argument("--hold", action="store_true", help="hold every article from it for an editor")
        sub.add_parser("list", help="show followed feeds, their schedule and last error")
        remove = sub.add_parser("remove", help="stop following a feed (its items stay)")
        remove.add_argument("feed", help="the feed's id or URL")
        opml_in = sub.add_parser("import", help="follow every feed in an OPML file")
        opml_in.add_argument("file", type=Path)
        opml_in.add_argument("--every", help="interval for the imported feeds (default 30m)")
        opml_out = sub.add_parser("export", help="write followed feeds as OPML (to stdout without a file)")
        opml_out.add_argument("file", type=Path, nargs="?")

    def handle(self, *args: Any, **opts: Any) -> None:
        getattr(self, f"_{opts['action']}")(opts)

    def _default_every(self, opts: dict[str, Any]) -> timedelta:
        if opts.get("every"):
            return parse_every(opts["every"])
        return timedelta(minutes=max(1, settings.NEWSDESK_FEED_INTERVAL_MINUTES))

    def _add(self, opts: dict[str, Any]) -> None:
        url = check_feed_url(opts["url"])
        language = (opts["language"] or "").strip().lower()
        if language and not is_known_code(language):
            raise CommandError(
                f"unknown language code {language!r}: give an ISO 639-1 code such as en, fr or de"
            )
        choices = {
            "interval": self._default_every(opts),
            "language": language,
            "fetch_pages": opts["fetch_pages"],
            "topic": without_nul(opts["topic"]).strip()[:100],
            "include": without_nul(opts["include"]).strip(),
            "exclude": without_nul(opts["exclude"]).strip(),
            "hold": opts["hold"],
        }
        feed, created = Feed.objects.get_or_create(url=url, defaults=choices)
        if not created:
            for name, value in choices.items():
                setattr(feed, name, value)
            feed.active = True
            feed.save(update_fields=[*choices, "active"])
        verb = "following" if created else "updated"
        self.stdout.write(f"{verb}: feed {feed.pk} {url} {describe_choices(feed)}")
        self._try(feed)

    def _try(self, feed: Feed) -> None:
        """Fetch the feed once and say what it holds or why it failed; its first real fetch is the worker's."""
        result = download(feed)
        if result.error:
            self.stderr.write(
                f"could not fetch it now: {result.error}\n"
                "still following it: the worker retries with backoff (see `newsdesk feeds list`)"
            )
            return
        parsed = result.parsed
        if parsed is None:  # not modified: nothing to say about its entries
            return
        declared = f", declared language {parsed.language}" if parsed.language else ""
        title = f" “{parsed.title}”" if parsed.title else ""
        taken = sum(feed.takes(f"{e.title}\n{e.summary}\n{e.text}") for e in parsed.entries)
        kept = f", {taken} pass its keywords" if taken != len(parsed.entries) else ""
        self.stdout.write(f"found {len(parsed.entries)} entries in{title}{declared}{kept}; "
                          "`newsdesk worker` fetches and writes them")

    def _list(self, opts: dict[str, Any]) -> None:
        feeds = list(Feed.objects.all())
        if not feeds:
            self.stdout.write("no feeds: add one with `newsdesk feeds add URL`")
            return
        for feed in feeds:
            state = "paused" if not feed.active else f"next {feed.next_fetch:%Y-%m-%d %H:%M}"
            line = (
                f"{feed.pk:>4}  {feed.url}  every {describe_every(feed.interval)}"
                f"  {feed.language or '--'}  {state}  {feed.items.count()} items"
            )
            if feed.title:
                line += f"  “{feed.title}”"
            self.stdout.write(line)
            if feed.failures:
                self.stdout.write(f"      failing ({feed.failures} in a row): {feed.last_error}")
            if feed.writing_error:
                self.stdout.write(f"      articles not written: {feed.writing_error}")

    def _remove(self, opts: dict[str, Any]) -> None:
        key = opts["feed"].strip()
        query = Q(url=key)
        try:
            query |= Q(pk=whole_number(key, name="a feed id"))
        except BadNumber:
            pass  # not an id: a URL
        feed = Feed.objects.filter(query).first()
        if feed is None:
            raise CommandError(f"no feed {key!r}: see `newsdesk feeds list`")
        feed.delete()
        self.stdout.write(f"removed: feed {key} {feed.url}")

    def _import(self, opts: dict[str, Any]) -> None:
        path: Path = opts["file"]
        try:
            subscriptions = read_opml(path.read_bytes())
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from None
        except FeedError as exc:
            raise CommandError(f"{path}: {exc}") from None
        every = self._default_every(opts)
        added = 0
        for sub in subscriptions:
            try:
                url = check_feed_url(sub.url)
            except CommandError as exc:
                self.stderr.write(f"skipped: {exc}")
                continue
            _, created = Feed.objects.get_or_create(
                url=url,
                defaults={"title": without_nul(sub.title), "language": sub.language or "", "interval": every},
            )
            added += created
        self.stdout.write(
            f"{added} feeds added, {len(subscriptions) - added} already followed or skipped, from {path}"
        )

    def _export(self, opts: dict[str, Any]) -> None:
        data = write_opml(list(Feed.objects.all()))
        if opts["file"] is None:
            self.stdout.write(data.decode())
            return
        opts["file"].write_bytes(data)
        self.stdout.write(f"{Feed.objects.count()} feeds written to {opts['file']}")
