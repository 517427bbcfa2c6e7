from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from newsdesk.llm.pinned import DEFAULT_MODEL, PINNED
from newsdesk.sources.add import InvalidItem, read_file, store

from .generate import pending_stories, run_with_progress
from .serve import serve


def demo_items_path() -> Path:
    return Path(str(resources.files("newsdesk.sources") / "data" / "demo_items.jsonl"))


class Command(BaseCommand):
    help = "Set up, load the demo items, write and check their articles, then serve the site."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="stop after generating")

    def handle(self, *args: Any, **opts: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("database ready")
        model = settings.NEWSDESK_LLM_MODEL or DEFAULT_MODEL
        if settings.NEWSDESK_LLM_BACKEND == "embedded" and model in PINNED:
            call_command("model", "fetch", model, stdout=self.stdout)
        try:
            items = [item for _, item in read_file(demo_items_path())]
        except InvalidItem as exc:
            raise CommandError(str(exc)) from None
        added = sum(1 for item in items if store(item)[1])
        self.stdout.write(f"demo items: {added} added, {len(items) - added} already there")
        stories = list(pending_stories())
        if stories:
            run_with_progress(self, stories)
        else:
            self.stdout.write("every demo item already has its article")
        if not opts["no_serve"]:
            self.stdout.write(f"serving on http://127.0.0.1:{opts['port']}/ (Ctrl-C to stop)")
            serve(host="127.0.0.1", port=opts["port"])
