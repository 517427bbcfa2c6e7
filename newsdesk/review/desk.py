"""What an editor does to an article on the desk: edit its sentences, check, publish, unpublish, reject, restore.

Edits never touch the text readers see: each is a new version, checked at once. Publishing applies
the desk's text to the article (for a live article, as a correction with the editor's note).
"""

from __future__ import annotations

import copy
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.factcheck.check import check_article
from newsdesk.factcheck.models import Verification
from newsdesk.sources.sentences import of_story

from .history import desk_text, editors, note, record_text
from .models import Event, Version

MAX_SENTENCE = 1000
PARTS = ("headline", "standfirst", "body")


class DeskError(ValueError):
    """An editor's request that cannot be carried out, with why in words the desk shows."""


def with_text(article: Article, sentences: list[dict[str, Any]]) -> Article:
    """Return an unsaved copy of the article holding another text, for checking and previewing it."""
    shadow = copy.copy(article)
    shadow.set_sentences([dict(s) for s in sentences])
    return shadow


def check_text(article: Article, sentences: list[dict[str, Any]]) -> Verification:
    """Check a text of the article against its story's sources, without storing the verdicts."""
    return check_article(with_text(article, sentences), attempt=article.attempts + 1, store=False)


def _clean_text(text: str) -> str:
    cleaned = " ".join(text.replace("\x00", "").split())
    if not cleaned:
        raise DeskError("A sentence cannot be empty: remove it instead.")
    if len(cleaned) > MAX_SENTENCE:
        raise DeskError(f"A sentence can have at most {MAX_SENTENCE} characters; this one has {len(cleaned)}.")
    return cleaned


def parse_cites(article: Article, cites: str) -> list[int]:
    """Return the source sentence numbers an editor typed ("2, 5"); each must be one of the story's sentences."""
    numbers: list[int] = []
    known = len(of_story(article.story))
    for part in cites.replace(";", ",").replace(" ", ",").split(","):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= known:
            raise DeskError(f"Cites must be numbers of source sentences, from 1 to {known}; {part!r} is not one.")
        numbers.append(int(part))
    return list(dict.fromkeys(numbers))


def _save_edit(article: Article, user: User, sentences: list[dict[str, Any]], what: str) -> Version:
    verification = check_text(article, sentences)
    version = record_text(article, made=Version.Made.EDITOR, sentences=sentences, author=user,
                          verification=verification)
    note(article, Event.Action.EDITED, user=user, text=what, version=version)
    note(article, Event.Action.CHECKED, user=user, text=verification.summary, version=version)
    return version


def current_text(article: Article, base: int | None) -> Version:
    """Return the text on the desk, refusing an edit made on an older one (another editor's change came first)."""
    text = desk_text(article)
    if base is not None and base != text.number:
        by = text.author.get_username() if text.author else "the model"
        raise DeskError(f"The text changed while you had it open (it is now version {text.number}, by {by}): "
                        "look at it again and make your change on it.")
    return text


def _sentences(text: Version, index: int) -> list[dict[str, Any]]:
    sentences = [dict(s) for s in text.sentences]
    if not 0 <= index < len(sentences):
        raise DeskError(f"There is no sentence {index + 1}: the text has {len(sentences)}.")
    return sentences


def edit_sentence(article: Article, user: User, index: int, *, text: str, cites: str,
                  base: int | None = None) -> Version:
    """Change one sentence's text and citations; the new text is checked at once.

    base is the version the editor saw: an edit of an older one is refused, so no change is lost.
    """
    sentences = _sentences(current_text(article, base), index)
    new_text, new_cites = _clean_text(text), parse_cites(article, cites)
    if sentences[index]["part"] != "headline" and not new_cites and sentences[index]["part"] != "background":
        raise DeskError("Say which source sentences this sentence comes from (cites), so it can be checked.")
    if sentences[index]["text"] == new_text and list(sentences[index].get("cites", [])) == new_cites:
        return desk_text(article)  # nothing changed: saving again makes no new version
    sentences[index] = {**sentences[index], "text": new_text, "cites": new_cites}
    return _save_edit(article, user, sentences, f"sentence {index + 1} ({sentences[index]['part']})")


def remove_sentence(article: Article, user: User, index: int, *, base: int | None = None) -> Version:
    """Remove one sentence; the headline and the last standfirst sentence stay."""
    sentences = _sentences(current_text(article, base), index)
    part = sentences[index]["part"]
    if part == "headline":
        raise DeskError("The headline cannot be removed: edit it instead.")
    if part == "standfirst" and sum(1 for s in sentences if s["part"] == "standfirst") == 1:
        raise DeskError("The standfirst needs at least one sentence: edit it instead.")
    removed = sentences.pop(index)
    return _save_edit(article, user, sentences, f"removed sentence {index + 1} ({part}): {removed['text']}")


def add_sentence(article: Article, user: User, after: int, *, text: str, cites: str,
                 new_paragraph: bool = False, base: int | None = None) -> Version:
    """Add a sentence after another one, in its paragraph or as a new paragraph after it."""
    sentences = _sentences(current_text(article, base), after)
    new_text, new_cites = _clean_text(text), parse_cites(article, cites)
    if not new_cites:
        raise DeskError("Say which source sentences the new sentence comes from (cites), so it can be checked.")
    before = sentences[after]
    part = "body" if new_paragraph or before["part"] == "headline" else before["part"]
    paragraph = int(before.get("paragraph", 0))
    if new_paragraph or part != before["part"]:
        paragraph = 1 + max((int(s.get("paragraph", 0)) for s in sentences[: after + 1]), default=0)
        for s in sentences[after + 1:]:
            if s["part"] in {"body", "background"}:
                s["paragraph"] = int(s.get("paragraph", 0)) + 1
    added = {"text": new_text, "part": part, "cites": new_cites, "paragraph": paragraph, "heading": ""}
    sentences.insert(after + 1, added)
    return _save_edit(article, user, sentences, f"added sentence {after + 2} ({part})")


def start_from_renderings(article: Article, user: User, *, base: int | None = None) -> Version:
    """Put a text made of the source's sentences in English on the desk, for an article held with none.

    The title's rendering is the headline, the first sentence's the standfirst and each further one a
    paragraph, each citing its own source sentence; a sentence with no rendering is given in its own
    language. The text is checked at once, so the editor sees which sentences to fix.
    """
    if current_text(article, base).sentences:
        raise DeskError("The article already has a text: edit its sentences instead.")
    source = of_story(article.story)
    title = [s for s in source if s.part == "title"]
    rest = [s for s in source if s.part != "title"]
    if not title or not rest:
        raise DeskError("The source has no title and sentence to start from: regenerate, or reject it.")
    sentences: list[dict[str, Any]] = [{
        "text": " ".join((s.english or s.text).strip() for s in title).rstrip("."), "part": "headline",
        "cites": [s.n for s in title], "paragraph": 0, "heading": "",
    }]
    for k, s in enumerate(rest):
        sentences.append({"text": s.english_sentence or s.text, "part": "standfirst" if k == 0 else "body",
                          "cites": [s.n], "paragraph": k, "heading": ""})
    return _save_edit(article, user, sentences, "started from the source's sentences in English")


def restore(article: Article, user: User, number: int) -> Version:
    """Put an earlier version's text back on the desk (checked again); publish it to show it."""
    earlier = Version.objects.filter(article=article, number=number).first()
    if earlier is None:
        raise DeskError(f"This article has no version {number}.")
    verification = check_text(article, earlier.sentences)
    version = record_text(article, made=Version.Made.RESTORED, sentences=earlier.sentences, author=user,
                          verification=verification)
    note(article, Event.Action.RESTORED, user=user, text=f"version {number} put back on the desk", version=version)
    return version


def publish(article: Article, user: User, *, reason: str = "", correction: str = "",
            base: int | None = None) -> Event | None:
    """Publish the desk's text; with a failing check only with the editor's reason, which the page then shows.

    A live article's changed text is published as a correction: it needs a note, which the page shows
    after "Updated"; the original publication date stays. Publishing what is already live does nothing.
    """
    reason, correction = " ".join(reason.split())[:500], " ".join(correction.split())[:500]
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        text = current_text(article, base)
        live = article.status == Article.Status.PUBLISHED
        if article.status == Article.Status.REJECTED:
            raise DeskError("This article was rejected: reopen it before publishing.")
        if live and text.sentences == article.sentences:
            return None
        parts = {s["part"] for s in text.sentences}
        if not {"headline", "standfirst"} <= parts:  # a brief of a two-sentence source has no more
            raise DeskError("The text needs a headline and a standfirst sentence before it can be published.")
        if live and not correction:
            raise DeskError("Say what the correction changes: readers see the note after \u201cUpdated\u201d.")
        article.set_sentences(text.sentences)
        verification = check_article(article, attempt=article.attempts + 1)  # the verdicts readers will see
        if not verification.passed and not reason:
            raise DeskError(f"The text fails the check ({verification.summary}). Fix the failing sentences, or "
                            "give a reason to publish it despite that; the page will show it.")
        now = timezone.now()
        article.check_label = verification.label if verification.passed else "Did not pass the automatic check"
        article.override_note = "" if verification.passed else reason
        article.edited_by = ", ".join(editors(article))
        article.hold_reason = ""
        if live or article.published_at is not None and correction:
            article.revised_at, article.update_note = now, correction
        if not live:
            article.status = Article.Status.PUBLISHED
            article.published_at = article.published_at or now  # republishing keeps the first date
        article.save()
        article.sources.set(article.story.items.all())  # the page shows and links what it was checked against
        action = (Event.Action.OVERRIDDEN if not verification.passed
                  else Event.Action.CORRECTED if live else Event.Action.PUBLISHED)
        words = "; ".join(w for w in (verification.summary, correction and f"note: {correction}",
                                      reason and f"despite the check: {reason}") if w)
        return note(article, action, user=user, text=words, version=text)


def unpublish(article: Article, user: User, *, reason: str = "") -> bool:
    """Take a live article off the site and hold it; publishing it again brings it back with its first date."""
    reason = " ".join(reason.split())[:500]
    name = user.get_username()
    held = Article.objects.filter(pk=article.pk, status=Article.Status.PUBLISHED).update(
        status=Article.Status.HELD, hold_reason=f"unpublished by {name}" + (f": {reason}" if reason else ""),
        updated=timezone.now(),
    )
    if held:
        note(article, Event.Action.UNPUBLISHED, user=user, text=reason)
    return bool(held)


def reject(article: Article, user: User, *, reason: str = "") -> bool:
    """Reject a held or draft article (never published while rejected); a live one must be unpublished first."""
    if Article.objects.filter(pk=article.pk, status=Article.Status.PUBLISHED).exists():
        raise DeskError("A live article cannot be rejected: unpublish it first.")
    done = Article.objects.filter(pk=article.pk, status__in=[Article.Status.HELD, Article.Status.DRAFT]).update(
        status=Article.Status.REJECTED, updated=timezone.now()
    )
    if done:
        note(article, Event.Action.REJECTED, user=user, text=" ".join(reason.split())[:500])
    return bool(done)


def reopen(article: Article, user: User) -> bool:
    """Bring a rejected article back to the desk as held."""
    done = Article.objects.filter(pk=article.pk, status=Article.Status.REJECTED).update(
        status=Article.Status.HELD, hold_reason=f"reopened by {user.get_username()}", updated=timezone.now()
    )
    if done:
        note(article, Event.Action.REOPENED, user=user)
    return bool(done)


def ask_for_draft(article: Article, user: User) -> None:
    """Queue a new draft from the story's items; it comes to the desk as a new version, never published by itself."""
    from .tasks import redraft_task

    redraft_task.enqueue(article.pk)
    note(article, Event.Action.REGENERATE, user=user, text="queued")


def redraft(article: Article) -> Version | None:
    """Write a new draft of the article from its story's items and put it on the desk, checked; None if none came."""
    from newsdesk.articles.pipeline import write_checked_draft

    desk_text(article)  # the text it had is kept before anything else happens
    shadow, verification = write_checked_draft(article)
    Article.objects.filter(pk=article.pk).update(
        tokens_in=F("tokens_in") + shadow.tokens_in - article.tokens_in,
        tokens_out=F("tokens_out") + shadow.tokens_out - article.tokens_out,
    )
    if verification is None:
        note(article, Event.Action.DRAFTED, text=f"no new draft: {shadow.hold_reason}")
        return None
    version = record_text(article, made=Version.Made.MODEL, sentences=shadow.sentences, verification=verification,
                          model_id=shadow.model_id)
    note(article, Event.Action.DRAFTED, text=f"new draft by {shadow.model_id}: {verification.summary}",
         version=version)
    return version
