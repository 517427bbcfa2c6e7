"""Decide whether a new comment is shown at once or held, and keep readers to one comment per interval."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

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
