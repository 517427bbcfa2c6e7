"""The stages from story to page: generate, verify, publish, with a repair loop between them."""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from newsdesk.drafting.generate import (
    Draft,
    DraftError,
    Usage,
    can_be_brief,
    generate_draft,
    render_sentences,
    write_brief,
)
from newsdesk.factcheck.check import check_article, describe_failures
from newsdesk.factcheck.grounded import ArticleSentence, regroup
from newsdesk.factcheck.models import Verification
from newsdesk.factcheck.verify import ClaimVerdict
from newsdesk.llm import LLM, get_llm
from newsdesk.review.history import record_pipeline_text
from newsdesk.sources.models import Feed, SourceItem, Story
from newsdesk.sources.sentences import of_story

from .models import Article, ArticleRevision
from .signals import article_held

log = logging.getLogger(__name__)

StageCallback = Callable[[Article, str, float], None]
DONE = (Article.Status.PUBLISHED, Article.Status.HELD, Article.Status.REJECTED)


def _add_seconds(article: Article, stage: str, seconds: float) -> None:
    article.stage_seconds = {**article.stage_seconds, stage: round(article.stage_seconds.get(stage, 0) + seconds, 3)}


def _apply(article: Article, draft: Draft) -> None:
    article.set_sentences([sentence.as_dict() for sentence in draft.sentences])
    article.slug = ""
    article.cuts = []
    article.model_id = draft.model
    article.tokens_in += draft.tokens_in
    article.tokens_out += draft.tokens_out


def render(article: Article, *, llm: LLM) -> Usage:
    """Give every sentence of the story's items its English rendering, checked against the original; once per item.

    A story that can be a brief has each rendering judged too (and one rendered before without the
    judge is rendered again), since a brief publishes the renderings as they are.
    """
    started = time.perf_counter()
    usage = Usage()
    # a brief publishes its renderings as they are, so each is also judged against its original
    judged = settings.NEWSDESK_CHECK_JUDGE or (settings.NEWSDESK_BRIEFS and can_be_brief(of_story(article.story)))
    for item in article.story.items.order_by("created", "pk"):
        if not item.sentences:
            item.save(update_fields=["sentences"])  # an item stored before sentences were kept
        todo = [i for i, s in enumerate(item.sentences)
                if not s.get("english") or (judged and item.language != "en" and not s.get("judged"))]
        if not todo:
            continue
        renderings, used = render_sentences(
            llm, [item.sentences[i]["text"] for i in todo], language=item.language,
            max_tokens=settings.NEWSDESK_LLM_MAX_TOKENS, judge=llm if judged else None,
        )
        usage += used
        sentences = list(item.sentences)
        for i, rendering in zip(todo, renderings, strict=True):
            sentences[i] = {**sentences[i], "english": rendering.english, "checked": rendering.checked,
                            "judged": judged}
        SourceItem.objects.filter(pk=item.pk).update(sentences=sentences)
    article.tokens_in += usage.tokens_in
    article.tokens_out += usage.tokens_out
    _add_seconds(article, "render", time.perf_counter() - started)
    return usage


def generate(article: Article, *, llm: LLM, failures: list[str], save: bool = True) -> Draft:
    """Write (or rewrite) the article's text from the numbered sentences of all of its story's items.

    A short source in another language is published as its checked English renderings (a brief), or
    held when they make none; with NEWSDESK_BRIEFS off, or from a longer or English source, the
    model writes the article from them.
    """
    started = time.perf_counter()
    sentences = of_story(article.story)
    if settings.NEWSDESK_BRIEFS and can_be_brief(sentences):
        if failures:  # a brief is the renderings as they are: there is nothing to write it again from
            raise DraftError("the brief failed its check")
        draft = write_brief(llm, sentences, judge=llm)
    else:
        draft = generate_draft(
            llm, sentences, failures=failures,
            max_tokens=settings.NEWSDESK_LLM_MAX_TOKENS, temperature=settings.NEWSDESK_LLM_TEMPERATURE,
            background=settings.NEWSDESK_CHECK_POLICY == "background",
        )
    _apply(article, draft)
    _add_seconds(article, "generate", time.perf_counter() - started)
    if save:
        article.save()
        article.sources.set(article.story.items.all())
    return draft


def recite(article: Article, verification: Verification) -> bool:
    """Cite the right source sentence for a sentence whose only failures are figures or names found there.

    Every failing claim of the sentence must be one the source gives in a sentence it does not cite;
    those sentences are added to its citations (and the sentence is checked again against all of them).
    """
    failing: dict[int, list[ClaimVerdict]] = {}
    for claim in verification.failing_claims():
        failing.setdefault(claim.sentence, []).append(claim)
    sentences = [dict(s) for s in article.sentences]
    changed = False
    for i, claims in failing.items():
        if 0 <= i < len(sentences) and all(c.found_in for c in claims):
            found = [c.found_in for c in claims]
            sentences[i]["cites"] = list(dict.fromkeys([*sentences[i]["cites"], *found]))
            changed = True
    if changed:
        article.set_sentences(sentences)
    return changed


def cut_failing(article: Article, verification: Verification) -> bool:
    """Drop the failing sentences when what remains is still an article; record each cut.

    What remains must keep its headline, a standfirst sentence and at least two body sentences; a
    failing headline is never cut (the article is then rewritten).
    """
    notes: dict[int, list[str]] = {}
    for claim in verification.failing_claims():
        notes.setdefault(claim.sentence, []).append(claim.note or claim.verdict)
    sentences = list(article.sentences)
    if not notes or -1 in notes or any(sentences[i]["part"] == "headline" for i in notes if i < len(sentences)):
        return False
    whole = [ArticleSentence.from_dict(s) for s in sentences]
    # a cut standfirst gives way to the first body sentence, when two body sentences still remain
    kept = regroup(whole, [s for i, s in enumerate(whole) if i not in notes], body_left=2)
    parts = [s.part for s in kept]
    if "standfirst" not in parts or parts.count("body") < 2:
        return False
    article.cuts = [*article.cuts, *({"text": sentences[i]["text"], "part": sentences[i]["part"],
                                      "why": "; ".join(why)[:500]} for i, why in sorted(notes.items()))]
    article.set_sentences([s.as_dict() for s in kept])
    return True


def verify(article: Article, *, attempt: int, save: bool = True, llm: LLM | None = None) -> Verification:
    """Check the article against its story's items and record the verdicts (llm: for the optional judge)."""
    started = time.perf_counter()
    # an unsaved text (a follow-up rewrite) gets an unsaved verification: readers never see verdicts of another text
    verification = check_article(article, attempt=attempt, llm=llm, store=save)
    _add_seconds(article, "verify", time.perf_counter() - started)
    if save:
        article.save(update_fields=["stage_seconds"])
    return verification


def publish(article: Article) -> bool:
    """Publish a draft whose latest check passed, or hold it; never publish twice.

    A story from a feed that holds every article for an editor is held even when it passes (an
    editor publishes it from the desk).
    """
    started = time.perf_counter()
    latest = article.latest_verification
    holding = Feed.objects.filter(items__story_id=article.story_id, hold=True).first()
    if latest is not None and latest.passed and holding is not None:
        changed = Article.objects.filter(pk=article.pk, status=Article.Status.DRAFT).update(
            status=Article.Status.HELD, hold_reason=f"feed {holding} holds every article for an editor"
        )
    elif latest is not None and latest.passed:
        changed = Article.objects.filter(pk=article.pk, status=Article.Status.DRAFT).update(
            status=Article.Status.PUBLISHED, published_at=timezone.now(), hold_reason="", check_label=latest.label
        )
    else:
        reason = article.hold_reason or (latest.summary if latest else "not checked")
        changed = Article.objects.filter(pk=article.pk, status=Article.Status.DRAFT).update(
            status=Article.Status.HELD, hold_reason=reason
        )
    article.refresh_from_db()
    if changed and article.status == Article.Status.HELD:
        article_held.send(sender=Article, article=article)
    _add_seconds(article, "publish", time.perf_counter() - started)
    article.save(update_fields=["stage_seconds"])
    return bool(changed) and article.status == Article.Status.PUBLISHED


def _write_until_checked(
    article: Article, *, llm: LLM, on_stage: StageCallback | None, save: bool
) -> Verification | None:
    """Draft and check up to 1 + NEWSDESK_REPAIR_ATTEMPTS times; return the last verification."""
    failures: list[str] = []
    verification = None
    used = render(article, llm=llm)
    if on_stage:
        on_stage(article, "render", used.tokens_out / used.seconds if used.seconds else 0.0)
    for attempt in range(1, 2 + max(0, settings.NEWSDESK_REPAIR_ATTEMPTS)):
        article.attempts = attempt
        try:
            draft = generate(article, llm=llm, failures=failures, save=save)
        except DraftError as exc:
            article.tokens_in += exc.tokens_in
            article.tokens_out += exc.tokens_out
            _add_seconds(article, "generate", exc.seconds)
            last = f"; the last checked draft failed on: {'; '.join(failures)}" if failures else ""
            article.hold_reason = f"{exc}{last}"[:2000]
            return verification
        if on_stage:
            on_stage(article, "generate", draft.tokens_out / draft.seconds if draft.seconds else 0.0)
        verification = verify(article, attempt=attempt, save=save, llm=llm)
        if on_stage:
            on_stage(article, "verify", 0.0)
        for repair in (recite, cut_failing):  # each, when it applies, is followed by a fresh check
            if not verification.passed and repair(article, verification):
                if save:
                    article.save()
                verification = verify(article, attempt=attempt, save=save, llm=llm)
        if verification.passed:
            article.hold_reason = ""
            return verification
        failures = describe_failures(verification)
        article.hold_reason = f"still failing after {attempt} attempt(s): " + "; ".join(failures)[:1800]
        log.info("article %s failed check (attempt %s): %s", article.pk, attempt, failures)
    return verification


def process_story(story: Story, *, llm: LLM | None = None, on_stage: StageCallback | None = None) -> Article:
    """Take a story to a published or held article, or update its article after a follow-up item.

    Safe to run again: a finished article whose story has no new items is left as it is.
    """
    with transaction.atomic():
        article, _ = Article.objects.get_or_create(story=story)
    has_new_items = story.items.exclude(pk__in=article.sources.values("pk")).exists()
    if article.status == Article.Status.REJECTED or (article.status in DONE and not has_new_items):
        return article
    llm = llm or get_llm()
    if article.status == Article.Status.PUBLISHED:
        update_published(article, llm=llm, on_stage=on_stage)
        return article
    if article.status == Article.Status.HELD:  # a follow-up gives a held story another chance
        Article.objects.filter(pk=article.pk, status=Article.Status.HELD).update(status=Article.Status.DRAFT)
        article.refresh_from_db()
    verification = _write_until_checked(article, llm=llm, on_stage=on_stage, save=True)
    article.save(update_fields=["hold_reason", "attempts", "tokens_in", "tokens_out", "stage_seconds"])
    publish(article)
    record_pipeline_text(article, verification)
    if on_stage:
        on_stage(article, article.status, 0.0)
    return article


def update_published(article: Article, *, llm: LLM, on_stage: StageCallback | None = None) -> bool:
    """Rewrite a published article from all its story's items; replace it only if the new text passes."""
    kept = {f: getattr(article, f) for f in ("headline", "slug", "standfirst", "sections", "sentences", "cuts",
                                             "model_id")}
    kept_check = article.latest_verification
    verification = _write_until_checked(article, llm=llm, on_stage=on_stage, save=False)
    with transaction.atomic():
        if verification is not None and verification.passed:
            ArticleRevision.objects.create(
                article=article, number=article.revisions.count() + 1,
                headline=kept["headline"], standfirst=kept["standfirst"], sections=kept["sections"],
                model_id=kept["model_id"], check_summary=kept_check.summary if kept_check else "",
                published_at=article.revised_at or article.published_at,
            )
            article.revised_at = timezone.now()
            article.update_note = ""  # an editor's note was about the text this one replaces
            article.override_note = ""
            article.check_label = verification.label
            verification.save()  # the verdicts of the text now shown, stored with it
        else:
            # the published text stays, with its own verdicts; the failed rewrite's were never stored
            for field, value in kept.items():
                setattr(article, field, value)
            article.hold_reason = f"update from a follow-up item held: {article.hold_reason}"[:2000]
        article.save()
        article.sources.set(article.story.items.all())
        if verification is not None and verification.passed:
            record_pipeline_text(article, verification)
    if on_stage:
        on_stage(article, "updated" if article.revised_at and not article.hold_reason else "update held", 0.0)
    return not article.hold_reason


def write_checked_draft(article: Article, *, llm: LLM | None = None) -> tuple[Article, Verification | None]:
    """Write and check a new draft from the story's items without touching the article; return it unsaved.

    The draft is an unsaved copy of the article holding the new text (and the tokens it cost), with
    its last verification, or None when no draft could be written (the copy's hold_reason says why).
    """
    shadow = copy.copy(article)
    shadow.hold_reason = ""
    verification = _write_until_checked(shadow, llm=llm or get_llm(), on_stage=None, save=False)
    return shadow, verification
