"""Take items in by hand or from a file: validate, normalise, store without duplicates."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from newsdesk.lib.http import Refused, check_url

from .canonical import canonical_url
from .language import detect, is_known_code
from .models import Feed, SourceItem, content_hash
from .stories import StoryIndex, attach

MAX_SUMMARY_BYTES = 100_000
MAX_TEXT_BYTES = 2_000_000
MAX_URL_CHARS = 2000  # SourceItem.url and Feed.url
FILE_FIELDS = ("title", "summary", "url", "language", "published", "text")


class InvalidItem(ValueError):  # noqa: N818
    """An item that cannot be stored; the message says why."""


def without_nul(text: str) -> str:
    """Return text without NUL characters, which PostgreSQL cannot store in text columns.

    Stripped rather than refused: a NUL is never part of what a reader would read, and refusing
    would drop a whole item from a feed for one stray byte.
    """
    return text.replace("\x00", "")


def checked_url(url: str) -> str:
    """Return url stripped if it is one newsdesk could fetch (scheme, host, port, address), or raise InvalidItem.

    Feeds are fetched from such URLs, and items link to them, so neither may name a private address
    (unless NEWSDESK_ALLOW_PRIVATE_NETWORKS says so), a port out of range or a malformed host.
    """
    url = (url or "").strip()
    if len(url) > MAX_URL_CHARS:
        raise InvalidItem(f"the URL is {len(url):,} characters long; the limit is {MAX_URL_CHARS:,}")
    try:
        check_url(url)
    except Refused as exc:
        raise InvalidItem(str(exc)) from None
    return url


@dataclass(frozen=True, slots=True, kw_only=True)
class NewItem:
    title: str
    summary: str
    url: str
    language: str
    published: datetime | None = None
    text: str = ""
    author: str = ""

    def model_fields(self) -> dict[str, object]:
        """Return the SourceItem fields this item fills."""
        return {f: getattr(self, f) for f in ("title", "summary", "url", "language", "published", "text", "author")}


def validate(
    *,
    title: str,
    summary: str,
    url: str,
    language: str | None = None,
    published: str | datetime | None = None,
    text: str = "",
    author: str = "",
) -> NewItem:
    """Check one item's fields and return it normalised, or raise InvalidItem."""
    title = " ".join(without_nul(title or "").split())
    summary = without_nul(summary or "").strip()
    text = without_nul(text or "").strip()
    if not title:
        raise InvalidItem("the title is empty")
    if len(title) > 500:
        raise InvalidItem(f"the title is {len(title)} characters long; the limit is 500")
    if not summary:
        raise InvalidItem("the summary is empty")
    if (size := len(summary.encode())) > MAX_SUMMARY_BYTES:
        raise InvalidItem(f"the summary is {size:,} bytes; the limit is {MAX_SUMMARY_BYTES:,} bytes (100 kB)")
    if (size := len(text.encode())) > MAX_TEXT_BYTES:
        raise InvalidItem(f"the text is {size:,} bytes; the limit is {MAX_TEXT_BYTES:,} bytes")
    url = checked_url(url)
    if language:
        language = language.strip().lower()
        if not is_known_code(language):
            raise InvalidItem(
                f"unknown language code {language!r}: give an ISO 639-1 code such as en, fr or de"
            )
    else:
        language = detect(f"{title}\n{summary}") or "en"
    when: datetime | None
    if isinstance(published, str) and published.strip():
        try:
            when = parse_datetime(published.strip()) or datetime.fromisoformat(published.strip())
        except ValueError:
            raise InvalidItem(f"published {published!r} is not an ISO 8601 date") from None
        if timezone.is_naive(when):
            when = timezone.make_aware(when, timezone.get_default_timezone())
    else:
        when = published if isinstance(published, datetime) else None
    author = " ".join(without_nul(author or "").split())[:300]
    return NewItem(
        title=title,
        summary=summary,
        url=url,
        language=language,
        published=when,
        text=text,
        author=author,
    )


def store(
    item: NewItem,
    *,
    feed: Feed | None = None,
    by_url: bool = False,
    index: StoryIndex | None = None,
) -> tuple[SourceItem, bool]:
    """Save item into the story of its event (a new one if none matches), or return the stored duplicate.

    The bool says whether it is new. Duplicates are found by content hash, and also by canonical URL
    when by_url is set (feeds and fetched pages, where the URL names the item).
    """
    digest = content_hash(title=item.title, summary=item.summary, url=item.url)
    if existing := SourceItem.objects.filter(content_hash=digest).first():
        return existing, False
    if by_url and (existing := SourceItem.objects.filter(canonical_url=canonical_url(item.url)).first()):
        return existing, False
    try:
        with transaction.atomic():
            stored = SourceItem.objects.create(**item.model_fields(), feed=feed)
            attach(stored, index=index)
    except IntegrityError:  # added concurrently
        return SourceItem.objects.get(content_hash=digest), False
    return stored, True


def read_file(path: Path) -> Iterator[tuple[int, NewItem]]:
    """Yield (line number, item) from a .jsonl or .csv file; raise InvalidItem naming the bad line."""
    suffix = path.suffix.lower()
    if suffix not in {".jsonl", ".csv"}:
        raise InvalidItem(f"{path}: use a .jsonl or .csv file")
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InvalidItem(f"{path}: {exc.strerror}") from None
    with handle:
        rows = _jsonl_rows(handle) if suffix == ".jsonl" else _csv_rows(handle)
        try:
            for line, row in rows:
                try:
                    item = validate(**{k: row.get(k) or "" for k in FILE_FIELDS})
                except InvalidItem as exc:
                    raise InvalidItem(f"line {line}: {exc}") from None
                yield line, item
        except InvalidItem as exc:
            raise InvalidItem(f"{path}, {exc}") from None
        except UnicodeDecodeError:
            raise InvalidItem(f"{path}: not UTF-8 text") from None


def _jsonl_rows(handle: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    for line, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InvalidItem(f"line {line}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InvalidItem(f"line {line}: expected a JSON object with title, summary and url")
        yield line, {k: v if isinstance(v, str) else ("" if v is None else str(v)) for k, v in row.items()}


def _csv_rows(handle: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(handle)
    missing = {"title", "summary", "url"} - set(reader.fieldnames or [])
    if missing:
        raise InvalidItem(f"line 1: the CSV header lacks {', '.join(sorted(missing))}")
    for row in reader:
        if None in row:
            raise InvalidItem(f"line {reader.line_num}: more fields than the header names")
        yield reader.line_num, row
