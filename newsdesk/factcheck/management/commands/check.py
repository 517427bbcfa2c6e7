"""`newsdesk check`: Django's system checks, or a fact check of any text against any source."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser
from django.core.management.commands.check import Command as SystemCheckCommand

from newsdesk.factcheck.check import add_judgement
from newsdesk.factcheck.verdicts import FAILING, Policy
from newsdesk.factcheck.verify import Section, check_sections
from newsdesk.llm import LLMError, get_llm
from newsdesk.sources.language import is_known_code


class Command(SystemCheckCommand):
    help = (
        "With --source and --article, check every figure, date, name and quotation in the article against the source "
        "(exit 0 passed, 1 failed, 2 bad input). Without them, run Django's system checks."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--source", help="file holding the source text, in any language")
        parser.add_argument("--article", help="file holding the English article to check")
        parser.add_argument("--language", help="ISO 639-1 code of the source (detected when left out)")
        parser.add_argument(
            "--policy", default=Policy.STRICT.value, choices=[p.value for p in Policy],
            help="strict (default) or background",
        )
        parser.add_argument("--json", action="store_true", help="print the verdicts as JSON")
        parser.add_argument(
            "--judge", action="store_true",
            help="also ask the configured model about sentences with no figure, date or name",
        )

    # django-stubs types the check command's labels as *app_labels: list[str]; each one is a str
    def handle(self, *app_labels: str, **options: Any) -> None:  # type: ignore[override]
        if not (options.get("source") or options.get("article")):
            return super().handle(*app_labels, **options)  # type: ignore[arg-type]
        code = fact_check(options, self.stdout.write, self.stderr.write)
        sys.exit(code)


def fact_check(options: dict[str, Any], out: Any, err: Any) -> int:
    """Run the fact check the options describe; return the exit code."""
    if not options.get("source") or not options.get("article"):
        err("error: give both --source SOURCE_FILE and --article ARTICLE_FILE")
        return 2
    language = (options.get("language") or "").strip().lower() or None
    if language and not is_known_code(language):
        err(f"error: --language {language!r} is not an ISO 639-1 code")
        return 2
    texts = []
    for flag in ("source", "article"):
        path = Path(options[flag])
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            err(
                f"error: cannot read --{flag} {path}: "
                f"{exc.__class__.__name__}: {getattr(exc, 'strerror', None) or exc}"
            )
            return 2
    source, article = texts
    for flag, text in (("source", source), ("article", article)):
        if not text.strip():
            err(f"error: --{flag} {options[flag]} is empty")
            return 2
    sections = sections_of(article)
    report = check_sections(
        source=source, sections=sections, language=language, policy=Policy.read(options.get("policy", Policy.STRICT))
    )
    if options.get("judge"):
        try:
            llm = get_llm()
        except LLMError as exc:
            err(f"error: no model for --judge: {exc}")
            return 2
        report = add_judgement(report, source=source, sections=sections, llm=llm)
        if report.checker.endswith("-unavailable"):
            err("warning: the judge was unavailable; only figures, dates and names were checked")
    if options.get("json"):
        out(
            json.dumps(
                {
                    "passed": report.passed,
                    "claims": [
                        {"text": c.text, "kind": c.kind, "verdict": c.verdict, "evidence": c.evidence}
                        for c in report.claims
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        for c in report.claims:
            line = f"{c.verdict:<12} {c.kind:<8} {c.text}"
            if c.evidence:
                line += f"  <- {c.evidence}"
            if c.note and c.verdict in FAILING:
                line += f"  ({c.note})"
            out(line)
        out(("PASSED: " if report.passed else "FAILED: ") + report.summary())
    return 0 if report.passed else 1


_CONTEXT_HEADINGS = frozenset({"context", "background"})


def sections_of(article: str) -> list[Section]:
    """Split a plain-text article into sections at its headings.

    A heading is a paragraph of one short line without a full stop ("Context", "## Background").
    The section under a heading "Context" or "Background" is the context section, where the
    background policy allows new names and dates.
    """
    sections: list[Section] = []
    heading, kind = "", "body"
    body: list[str] = []
    for paragraph in (p.strip() for p in article.replace("\r\n", "\n").split("\n\n")):
        if not paragraph:
            continue
        if "\n" not in paragraph and len(paragraph.split()) <= 6 and not paragraph.endswith((".", "!", "?")):
            if heading or body:
                sections.append(Section(heading=heading, body="\n\n".join(body), kind=kind))
            heading, body = paragraph, []
            kind = "context" if paragraph.strip("#*: ").lower() in _CONTEXT_HEADINGS else "body"
        else:
            body.append(paragraph)
    sections.append(Section(heading=heading, body="\n\n".join(body), kind=kind))
    return sections
