"""Decide whether a new comment is shown at once or held, and keep readers to one comment per interval."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import urlize

from .models import Comment, CommentThrottle


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
    cannot both pass.
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
    return True
