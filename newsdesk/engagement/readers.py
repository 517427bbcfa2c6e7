"""Who a reader is (a signed cookie, and a keyed hash of their address) and what they have said."""

from __future__ import annotations

import ipaddress
import secrets

from django.conf import settings
from django.db.models import Avg, Count, Max, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac

from newsdesk.articles.models import Article

from .models import Comment, Rating

COOKIE = "newsdesk_reader"
SALT = "newsdesk.engagement.reader"


def reader_id(request: HttpRequest) -> str | None:
    """Return the reader id from the signed cookie, or None if absent or forged."""
    value = request.get_signed_cookie(COOKIE, default=None, salt=SALT)
    return value if value and len(value) <= 64 else None


def ensure_reader(request: HttpRequest) -> tuple[str, bool]:
    """Return (reader id, whether it is new)."""
    if existing := reader_id(request):
        return existing, False
    return secrets.token_urlsafe(24), True


def remember_reader(response: HttpResponse, reader: str) -> None:
    response.set_signed_cookie(
        COOKIE,
        reader,
        salt=SALT,
        max_age=60 * 60 * 24 * 365 * 2,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def client_ip(request: HttpRequest) -> str:
    """Return the reader's address: the peer, or the last hop a trusted proxy wrote into its header."""
    if header := settings.NEWSDESK_CLIENT_IP_HEADER:
        forwarded: str = request.META.get(header, "")
        if hops := [h.strip() for h in forwarded.split(",") if h.strip()]:
            return hops[-1]
    peer: str = request.META.get("REMOTE_ADDR", "")
    return peer


def client_network(request: HttpRequest) -> str:
    """Return what one subscriber's connection is known by: an IPv4 address, or an IPv6 /64 network.

    An IPv6 subscriber is usually given a whole /64 and can pick any address in it, so a limit per
    full IPv6 address would be no limit.
    """
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


def ip_hash(request: HttpRequest) -> str:
    """Return a keyed hash of the reader's network (see client_network); the address is never stored."""
    return salted_hmac("newsdesk.engagement.ip", client_network(request), algorithm="sha256").hexdigest()


def rating_totals(article: Article) -> dict[str, float]:
    agg = Rating.objects.filter(article=article).aggregate(total=Count("id"), average=Avg("stars"))
    return {"total": agg["total"] or 0, "average": round(agg["average"] or 0, 1)}


def reader_rating(request: HttpRequest, article: Article) -> int | None:
    reader = reader_id(request)
    if not reader:
        return None
    return Rating.objects.filter(article=article, reader=reader).values_list("stars", flat=True).first()


def comments_stamp(article: Article) -> tuple[int, str]:
    """Return what changes whenever the set or text of an article's shown comments changes.

    Any comment joining the shown set has a newer `updated` than all before it, and any leaving it
    without another joining lowers the count.
    """
    agg = Comment.objects.filter(article=article, status=Comment.Status.APPROVED).aggregate(
        n=Count("id"), last=Max("updated")
    )
    return agg["n"], agg["last"].isoformat() if agg["last"] else ""


def visible_comments(article: Article) -> QuerySet[Comment]:
    """Return approved top-level comments, each with its approved replies in `shown_replies`."""
    replies = Comment.objects.filter(status=Comment.Status.APPROVED).order_by("created")
    return (
        Comment.objects.filter(article=article, status=Comment.Status.APPROVED, parent=None)
        .order_by("created")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="shown_replies"))
    )
