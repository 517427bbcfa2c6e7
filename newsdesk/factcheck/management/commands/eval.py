"""`newsdesk eval demetr|frank|xsumfaith FILE`: measure the checker on benchmark data."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from newsdesk.factcheck import evaluate
from newsdesk.llm import LLMError, get_llm

SETS: dict[str, Callable[[Iterable[dict[str, Any]]], dict[str, Any]]] = {
    "demetr": evaluate.demetr, "frank": evaluate.frank, "xsumfaith": evaluate.xsumfaith,
}


class Command(BaseCommand):
    help = "Measure the fact checker on DEMETR, FRANK or XSumFaith JSONL data."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dataset", choices=sorted(SETS))
        parser.add_argument("file", help="JSONL file in the dataset's format")
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")
        parser.add_argument(
            "--judge", action="store_true", help="frank only: add the LLM judge, with the configured model"
        )
        parser.add_argument("--limit", type=int, metavar="N", help="read only the first N rows of the file")
        parser.add_argument(
            "--half",
            choices=evaluate.HALVES,
            help="measure one half of the documents only (by a hash of each sentence's or article's id)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["judge"] and options["dataset"] != "frank":
            raise CommandError("--judge is measured on frank only")
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        try:
            rows = list(itertools.islice(evaluate.read_jsonl(options["file"]), options["limit"]))
            rows = list(evaluate.in_half(rows, options["half"], options["dataset"]))
        except OSError as exc:
            raise CommandError(f"cannot read {options['file']}: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise CommandError(f"{options['file']} is not JSONL: {exc}") from None
        judge = None
        if options["judge"]:
            try:
                judge = evaluate.JudgeRun(get_llm())
            except LLMError as exc:
                raise CommandError(f"no model for the judge: {exc}") from None
        try:
            figures = evaluate.frank(rows, judge=judge) if judge else SETS[options["dataset"]](rows)
        except (KeyError, TypeError) as exc:
            raise CommandError(f"{options['file']} is not {options['dataset']} data: missing {exc}") from None
        if judge:  # on stderr, so that --json prints exactly the figures
            self.stderr.write("judge: " + json.dumps(judge.tally()))
        if options["json"]:
            self.stdout.write(json.dumps(figures))
            return
        self.stdout.write(render(figures))


def render(figures: dict[str, Any]) -> str:
    """Return the figures as an aligned plain-text table."""
    lines = []
    for key, value in figures.items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines.append(f"  {'':<34} {'detected':>9} {'false_alarm':>12} {'n':>6}")
            for name, t in value.items():
                lines.append(f"  {name:<34} {t['detected']:>9.3f} {t['false_alarm']:>12.3f} {t['n']:>6}")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines)
