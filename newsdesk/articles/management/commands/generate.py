from __future__ import annotations

from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q, QuerySet
from tqdm import tqdm

from newsdesk.articles.models import Article
from newsdesk.articles.pipeline import process_story
from newsdesk.articles.tasks import process_story_task
from newsdesk.llm import LLMError, get_llm
from newsdesk.sources.models import Story


def pending_stories() -> QuerySet[Story]:
    """Return stories whose article is missing, still a draft, or older than one of their items."""
    return (
        Story.objects.filter(items__isnull=False)
        .exclude(article__status=Article.Status.REJECTED)
        .filter(Q(article__isnull=True) | Q(article__status=Article.Status.DRAFT) | Q(items__articles__isnull=True))
        .distinct()
        .order_by("created")
    )


class Command(BaseCommand):
    help = "Write, check and publish (or hold) articles for stories that have none yet."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--limit", type=int, default=None, help="at most this many stories")
        parser.add_argument("--enqueue", action="store_true", help="queue tasks for `newsdesk worker` instead")

    def handle(self, *args: Any, **opts: Any) -> None:
        if opts["limit"] is not None and opts["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        stories = list(pending_stories()[: opts["limit"]])
        if not stories:
            self.stdout.write("nothing to generate: every story has an article")
            return
        if opts["enqueue"]:
            for story in stories:
                process_story_task.enqueue(story.pk)
            self.stdout.write(f"queued {len(stories)} stories for the worker")
            return
        run_with_progress(self, stories)


def run_with_progress(command: BaseCommand, stories: list[Story]) -> list[Article]:
    """Process stories in this process, showing item, stage and tokens/s."""
    try:
        llm = get_llm()
    except LLMError as exc:
        raise CommandError(str(exc)) from None
    done: list[Article] = []
    stderr = cast(TextIO, command.stderr._out)  # the stream itself: tqdm redraws its line with \r
    with tqdm(total=len(stories), unit="item", dynamic_ncols=True, file=stderr) as bar:
        for n, story in enumerate(stories, start=1):
            def on_stage(article: Article, stage: str, rate: float, n: int = n) -> None:
                speed = f" {rate:.1f} tok/s" if rate else ""
                bar.set_description(f"item {n}/{len(stories)} {stage}{speed}")

            bar.set_description(f"item {n}/{len(stories)} generate")
            try:
                article = process_story(story, llm=llm, on_stage=on_stage)
            except LLMError as exc:
                raise CommandError(str(exc)) from None
            done.append(article)
            bar.update(1)
    for article in done:
        line = f"{article.status:9} {article.headline or article.story.title}"
        if article.status == Article.Status.HELD:
            line += f"\n          held because: {article.hold_reason}"
        command.stdout.write(line)
    return done
