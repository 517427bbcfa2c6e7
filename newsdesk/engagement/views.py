from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from newsdesk.articles.models import Article
from newsdesk.articles.views import comment_refused

from .forms import CommentDraft, CommentForm, RatingForm
from .models import Comment, Rating, RatingAddress, text_digest
from .moderation import claim_comment_slots, initial_status
from .readers import ensure_reader, ip_hash, rating_totals, remember_reader


def _get_published_article(pk: int) -> Article:
    return get_object_or_404(Article, pk=pk, status=Article.Status.PUBLISHED)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def record_rating(article: Article, *, reader: str, address: str, stars: int) -> bool:
    """Store a reader's vote (replacing their earlier one), or return False when the address is full.

    An address may hold NEWSDESK_RATINGS_PER_ADDRESS readers' votes on an article, so clearing cookies
    cannot stuff the ballot. Counting and storing are one step: both run while the article's row for
    this address is locked (a row lock on PostgreSQL; on SQLite, the write lock every transaction
    takes at its start), so voters arriving together from one address are counted one after another.
    """
    with transaction.atomic():
        RatingAddress.objects.bulk_create([RatingAddress(article=article, ip_hash=address)], ignore_conflicts=True)
        RatingAddress.objects.select_for_update().get(article=article, ip_hash=address)
        others = Rating.objects.filter(article=article, ip_hash=address).exclude(reader=reader)
        if others.count() >= settings.NEWSDESK_RATINGS_PER_ADDRESS:
            return False
        # One statement, so a second vote from the same reader replaces the first even when both race.
        Rating.objects.bulk_create(
            [Rating(article=article, reader=reader, ip_hash=address, stars=stars)],
            update_conflicts=True,
            unique_fields=["article", "reader"],
            update_fields=["stars", "ip_hash", "updated"],
        )
    return True


@require_POST
def rate(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_published_article(pk)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "stars must be a whole number from 1 to 5"}, status=400)
    reader, new = ensure_reader(request)
    stars = form.cleaned_data["stars"]
    if not record_rating(article, reader=reader, address=ip_hash(request), stars=stars):
        return JsonResponse({"error": "too many readers have rated this from your address"}, status=429)
    response: HttpResponse
    if _wants_json(request):
        response = JsonResponse({**rating_totals(article), "yours": stars})
    else:
        response = redirect(f"{article.get_absolute_url()}?rated={stars}#rating")
    if new:
        remember_reader(response, reader)
    return response


def _refused(
    request: HttpRequest, article: Article, form: CommentForm, notice: str, *, status: int = 400
) -> HttpResponse:
    """Show the article again, the reader's words back in the form, saying why they were not posted."""
    errors = [str(message) for messages in form.errors.values() for message in messages] if notice == "invalid" else []
    draft = CommentDraft.from_post(request.POST)
    return comment_refused(request, article, notice=notice, draft=draft, errors=errors, status=status)


@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_published_article(pk)
    form = CommentForm(article, request.POST)
    back = article.get_absolute_url()
    if form.is_bot():
        return HttpResponseBadRequest("This comment form was tampered with.", content_type="text/plain")
    if form.is_forged() or form.is_stale():
        return _refused(request, article, form, "expired")
    if not form.is_valid():
        return _refused(request, article, form, "invalid")
    data = form.cleaned_data
    if Comment.objects.filter(article=article, text_hash=text_digest(data["text"])).exists():
        return _refused(request, article, form, "duplicate")
    reader, new = ensure_reader(request)
    address = ip_hash(request)
    if not claim_comment_slots(address=address, reader=reader):
        return _refused(request, article, form, "too-soon", status=429)
    status, reason = initial_status(reader=reader, text=data["text"])
    try:
        with transaction.atomic():
            posted = Comment.objects.create(
                article=article,
                parent=data["parent"],
                name=data["name"],
                email=data["email"],
                text=data["text"],
                status=status,
                hold_reason=reason,
                reader=reader,
                ip_hash=address,
            )
    except IntegrityError:  # an identical comment won the race
        return _refused(request, article, form, "duplicate")
    if posted.status == Comment.Status.APPROVED:
        response = redirect(f"{back}#comment-{posted.pk}")
    else:
        response = redirect(f"{back}?comment=held#reply")
    if new:
        remember_reader(response, reader)
    return response
