"""Decide whether a new comment is shown at once or held, keep readers to one comment per interval, moderate."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.html import urlize

from .models import Comment, CommentThrottle

log = logging.getLogger(__name__)


def count_links(text: str) -> int:
    """Count what would be rendered as links (so `example.com` counts as well as `https://…`)."""
    return urlize(text, autoescape=True).count("<a ")


def initial_status(*, reader: str, text: str) -> tuple[str, str]:
    """Return (status, hold reason) for a new comment."""
    if count_links(text) >= settings.NEWSDESK_COMMENT_HOLD_LINKS:
        return Comment.Status.PENDING, f"{settings.NEWSDESK_COMMENT_HOLD_LINKS} or more links"
    if not Comment.objects.filter(reader=reader, status=Comment.Status.APPROVED).exists():
        return Comment.Status.PENDING, "first comment from this reader"
    return Comment.Status.APPROVED, ""


def claim_comment_slot(key: str) -> bool:
    """Record a comment from `key` now, or return False if its last one was too recent.

    One conditional UPDATE or one INSERT against a unique key, so parallel posts from one reader
    cannot both pass. Each claim is its own transaction holding one row, so claims and the pruning
    of old rows never wait on each other in a circle.
    """
    now = timezone.now()
    interval = timedelta(seconds=settings.NEWSDESK_COMMENT_INTERVAL_SECONDS)
    with transaction.atomic():
        if CommentThrottle.objects.filter(key=key, last_at__lte=now - interval).update(last_at=now):
            return True
        try:
            with transaction.atomic():
                CommentThrottle.objects.create(key=key, last_at=now)
        except IntegrityError:
            return False
    _prune(now - interval)
    return True


def claim_comment_slots(*, address: str, reader: str) -> bool:
    """Claim the address's slot, then the reader's: one comment per interval from each.

    The address is claimed first, so readers taking fresh cookies at one address are refused
    without writing anything; a reader refused after their address was claimed (they posted
    from another address within the interval) holds up that address for one interval.
    """
    return claim_comment_slot(f"ip:{address}") and claim_comment_slot(f"reader:{reader}")


def _prune(before: datetime) -> None:
    """Delete throttle rows older than the interval (run when a row is added, the only way rows grow)."""
    try:
        with transaction.atomic():
            CommentThrottle.objects.filter(last_at__lt=before).delete()
    except DatabaseError:  # housekeeping: losing a race to another prune is harmless, the next one catches up
        log.warning("pruning comment throttle rows failed; will retry on the next new row", exc_info=True)


def pending_comments_count() -> int:
    """Return how many comments await moderation."""
    return Comment.objects.filter(status=Comment.Status.PENDING).count()


class Moderation(StrEnum):
    APPROVE = "approve"
    SPAM = "spam"
    DELETE = "delete"


@dataclass(frozen=True, slots=True, kw_only=True)
class Moderated:
    """What one bulk action did: comments changed, those already so (or gone), and replies deleted with them."""

    action: Moderation
    changed: int
    unchanged: int
    replies_deleted: int = 0


def moderate(action: Moderation, ids: Iterable[int]) -> Moderated:
    """Approve, mark as spam or delete the comments with these ids; doing it again changes nothing more."""
    wanted = set(ids)
    with transaction.atomic():
        chosen = Comment.objects.filter(pk__in=wanted)
        if action == Moderation.DELETE:
            found = set(chosen.values_list("pk", flat=True))
            replies = Comment.objects.filter(parent__in=found).exclude(pk__in=found).count()
            chosen.delete()  # a deleted comment's replies go with it (they answer nothing once it is gone)
            return Moderated(action=action, changed=len(found), unchanged=len(wanted) - len(found),
                             replies_deleted=replies)
        status = Comment.Status.APPROVED if action == Moderation.APPROVE else Comment.Status.SPAM
        # `updated` moves only for a comment that changes, so the cached pages it is on are rendered again
        changed = chosen.exclude(status=status).update(status=status, updated=timezone.now())
    return Moderated(action=action, changed=changed, unchanged=len(wanted) - changed)


class ReplyRefused(ValueError):  # noqa: N818
    """A reply as the site that cannot be posted; the message says why."""


def reply_as_site(comment: Comment, text: str, *, editor: Any) -> Comment:
    """Post an editor's reply to a comment as the site: approved, under the site's name, one level deep.

    Replying to a comment awaiting moderation approves it, as the reply answers it in public.
    """
    top = comment.parent or comment
    if Comment.Status.SPAM in {comment.status, top.status}:
        raise ReplyRefused("That comment is marked as spam; approve it before replying.")
    name = settings.NEWSDESK_SITE_NAME[: Comment._meta.get_field("name").max_length]
    try:
        with transaction.atomic():
            if comment.status == Comment.Status.PENDING:
                Comment.objects.filter(pk=comment.pk, status=Comment.Status.PENDING).update(
                    status=Comment.Status.APPROVED, updated=timezone.now()
                )
            return Comment.objects.create(
                article=comment.article, parent=top, name=name, text=text, status=Comment.Status.APPROVED,
                from_site=True, editor=editor,
            )
    except IntegrityError:  # the same words are already on the article (a second click on Reply, say)
        raise ReplyRefused("That reply is already on this article.") from None
