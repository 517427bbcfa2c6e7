from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from newsdesk.sources.add import InvalidItem, read_file, store, validate
from newsdesk.sources.extract import ExtractionError, extract_page


class Command(BaseCommand):
    help = (
        "Add a news item (title, summary, original URL), fetch and extract one article page (--url alone), "
        "or add every item in a .jsonl or .csv file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--title")
        parser.add_argument("--summary")
        parser.add_argument("--url", help="the original link")
        parser.add_argument("--language", help="ISO 639-1 code of the summary; detected when omitted")
        parser.add_argument("--published", help="ISO 8601 time of publication")
        parser.add_argument("--text", default="", help="the full source text, if you have it")
        parser.add_argument("--file", type=Path, help="a .jsonl or .csv file of items")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["file"]:
            if opts["title"] or opts["summary"]:
                raise CommandError("give either --file or --title/--summary/--url, not both")
            self._add_file(opts["file"])
            return
        if opts["url"] is not None and opts["title"] is None and opts["summary"] is None:
            self._add_page(opts["url"], opts["language"])
            return
        if opts["title"] is None or opts["summary"] is None or opts["url"] is None:
            raise CommandError("give --title, --summary and --url (or --file)")
        try:
            item = validate(
                title=opts["title"],
                summary=opts["summary"],
                url=opts["url"],
                language=opts["language"],
                published=opts["published"],
                text=opts["text"],
            )
        except InvalidItem as exc:
            raise CommandError(str(exc)) from None
        stored, created = store(item)
        verb = "added" if created else "already stored"
        self.stdout.write(f"{verb}: item {stored.pk} ({stored.language}) {stored.title}")

    def _add_page(self, url: str, language: str | None) -> None:
        if language:
            language = language.strip().lower()
        try:
            item = extract_page(url, language=language)
        except (ExtractionError, InvalidItem) as exc:
            raise CommandError(str(exc)) from None
        stored, created = store(item, by_url=True)
        verb = "added" if created else "already stored"
        words = len(stored.text.split())
        self.stdout.write(
            f"{verb}: item {stored.pk} ({stored.language}) {stored.title} [{words} words of text]"
        )

    def _add_file(self, path: Path) -> None:
        try:
            items = [item for _, item in read_file(path)]  # validate the whole file before storing any
        except InvalidItem as exc:
            raise CommandError(str(exc)) from None
        added = sum(1 for item in items if store(item)[1])
        self.stdout.write(f"{added} added, {len(items) - added} already stored, from {path}")
