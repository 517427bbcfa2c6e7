"""Tell the editors by email when an article is newly held for them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction

from newsdesk.articles.models import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Announcement:
    subject: str
    body: str
    to: tuple[str, ...]


def editor_addresses() -> tuple[str, ...]:
    """Return NEWSDESK_EDITOR_EMAILS, or when it is empty the email of every active staff user who has one."""
    if settings.NEWSDESK_EDITOR_EMAILS:
        return tuple(settings.NEWSDESK_EDITOR_EMAILS)
    staff = get_user_model().objects.filter(is_staff=True, is_active=True).exclude(email="")
    return tuple(sorted(set(staff.values_list("email", flat=True))))


def desk_link(article: Article) -> str:
    """Return the article's page on the desk: absolute under NEWSDESK_SITE_URL, else a path."""
    return f"{settings.NEWSDESK_SITE_URL}/desk/articles/{article.pk}/"


def announcement(article: Article, to: tuple[str, ...]) -> Announcement:
    """Return the email that says the article is held, why, and where to review it."""
    headline = " ".join(article.headline.split()) or f"article {article.pk} (no headline)"
    body = "\n".join([
        f"An article is held for an editor and is not on {settings.NEWSDESK_SITE_NAME}.",
        "",
        f"Headline: {headline}",
        f"Why it is held: {article.hold_reason or 'no reason recorded'}",
        "",
        f"Review it on the desk: {desk_link(article)}",
    ])
    return Announcement(subject=f"[{settings.NEWSDESK_SITE_NAME}] Held: {headline}"[:200], body=body, to=to)


def send(message: Announcement) -> None:
    """Send the announcement; a mail server that fails is logged and never undoes or stops the hold."""
    try:
        EmailMessage(message.subject, message.body, to=list(message.to)).send()
    except Exception:  # any backend, any failure: the article is held either way, and the desk lists it
        log.exception("could not email the editors about a held article (%s)", message.subject)


def announce_held(article: Article) -> None:
    """Email the editors that article is held, with the reason and the desk link, once the hold is committed."""
    to = editor_addresses()
    if not to:
        log.info("article %s held; no editor has an email address to tell", article.pk)
        return
    message = announcement(article, to)
    transaction.on_commit(lambda: send(message))


def on_article_held(sender: Any, *, article: Article, **kwargs: Any) -> None:
    """Receive article_held from the pipeline."""
    announce_held(article)
