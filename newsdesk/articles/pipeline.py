"""The stages from story to page: generate, verify, publish, with a repair loop between them."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from newsdesk.drafting.generate import Draft, DraftError, generate_draft
from newsdesk.drafting.prompts import SourceDoc
from newsdesk.factcheck.check import check_article, describe_failures
from newsdesk.factcheck.models import Verification
from newsdesk.llm import LLM, get_llm
from newsdesk.sources.models import Story

from .models import Article

log = logging.getLogger(__name__)

StageCallback = Callable[[Article, str, float], None]
DONE = (Article.Status.PUBLISHED, Article.Status.HELD, Article.Status.REJECTED)


def _docs(story: Story) -> list[SourceDoc]:
    items = story.items.order_by("created")
    return [SourceDoc(title=i.title, summary=i.summary, language=i.language, text=i.text) for i in items]


def _add_seconds(article: Article, stage: str, seconds: float) -> None:
    article.stage_seconds = {**article.stage_seconds, stage: round(article.stage_seconds.get(stage, 0) + seconds, 3)}


def generate(article: Article, *, llm: LLM, failures: list[str]) -> Draft:
    """Write (or rewrite) the article's text from its story's items."""
    started = time.perf_counter()
    draft = generate_draft(
        llm, _docs(article.story), failures=failures,
        max_tokens=settings.NEWSDESK_LLM_MAX_TOKENS, temperature=settings.NEWSDESK_LLM_TEMPERATURE,
    )
    article.headline = draft.headline[:300]
    article.slug = ""
    article.standfirst = draft.introduction
    article.sections = [
        *({"heading": h, "body": b, "kind": "body"} for h, b in draft.sections),
        {"heading": "Context", "body": draft.context, "kind": "context"},
        {"heading": "Conclusion", "body": draft.conclusion, "kind": "conclusion"},
    ]
    article.model_id = draft.model
    article.tokens_in += draft.tokens_in
    article.tokens_out += draft.tokens_out
    _add_seconds(article, "generate", time.perf_counter() - started)
    article.save()
    article.sources.set(article.story.items.all())
    return draft


def verify(article: Article, *, attempt: int) -> Verification:
    """Check the article against its sources and record the verdicts."""
    started = time.perf_counter()
    verification = check_article(article, attempt=attempt)
    _add_seconds(article, "verify", time.perf_counter() - started)
    article.save(update_fields=["stage_seconds"])
    return verification


def publish(article: Article) -> bool:
    """Publish a draft whose latest check passed, or hold it; never publish twice."""
    started = time.perf_counter()
    latest = article.latest_verification
    if latest is not None and latest.passed:
        changed = Article.objects.filter(pk=article.pk, status=Article.Status.DRAFT).update(
            status=Article.Status.PUBLISHED, published_at=timezone.now(), hold_reason=""
        )
    else:
        reason = article.hold_reason or (latest.summary if latest else "not checked")
        changed = Article.objects.filter(pk=article.pk, status=Article.Status.DRAFT).update(
            status=Article.Status.HELD, hold_reason=reason
        )
    article.refresh_from_db()
    _add_seconds(article, "publish", time.perf_counter() - started)
    article.save(update_fields=["stage_seconds"])
    return bool(changed) and article.status == Article.Status.PUBLISHED


def process_story(story: Story, *, llm: LLM | None = None, on_stage: StageCallback | None = None) -> Article:
    """Take a story to a published or held article; a finished article is left as it is."""
    with transaction.atomic():
        article, _ = Article.objects.get_or_create(story=story)
    if article.status in DONE:
        return article
    llm = llm or get_llm()
    failures: list[str] = []
    attempts = 1 + max(0, settings.NEWSDESK_REPAIR_ATTEMPTS)
    for attempt in range(1, attempts + 1):
        article.attempts = attempt
        try:
            draft = generate(article, llm=llm, failures=failures)
        except DraftError as exc:
            article.hold_reason = str(exc)[:2000]
            article.save(update_fields=["hold_reason", "attempts"])
            break
        if on_stage:
            on_stage(article, "generate", draft.tokens_out / draft.seconds if draft.seconds else 0.0)
        verification = verify(article, attempt=attempt)
        if on_stage:
            on_stage(article, "verify", 0.0)
        if verification.passed:
            article.hold_reason = ""
            article.save(update_fields=["hold_reason"])
            break
        failures = describe_failures(verification)
        article.hold_reason = f"still failing after {attempt} attempt(s): " + "; ".join(failures)[:1800]
        article.save(update_fields=["hold_reason"])
        log.info("article %s failed check (attempt %s): %s", article.pk, attempt, failures)
    publish(article)
    if on_stage:
        on_stage(article, article.status, 0.0)
    return article


def recheck(article: Article) -> bool:
    """Check an edited held article again and publish it if it now passes."""
    verification = verify(article, attempt=article.attempts + 1)
    if not verification.passed:
        Article.objects.filter(pk=article.pk).update(hold_reason=verification.summary)
        return False
    Article.objects.filter(pk=article.pk, status=Article.Status.HELD).update(status=Article.Status.DRAFT)
    article.refresh_from_db()
    return publish(article)
