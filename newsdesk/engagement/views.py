from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from newsdesk.articles.models import Article

from .forms import CommentForm, RatingForm
from .models import Comment, Rating, text_digest
from .moderation import claim_comment_slot, initial_status
from .readers import ensure_reader, ip_hash, rating_totals, remember_reader


def _get_published_article(pk: int) -> Article:
    return get_object_or_404(Article, pk=pk, status=Article.Status.PUBLISHED)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _too_many_from_address(article: Article, reader: str, address: str) -> bool:
    """Cap the readers per address, so clearing cookies cannot stuff the ballot."""
    others = Rating.objects.filter(article=article, ip_hash=address).exclude(reader=reader)
    return others.count() >= settings.NEWSDESK_RATINGS_PER_ADDRESS


def record_rating(article: Article, *, reader: str, address: str, stars: int) -> None:
    """Store a reader's vote in one statement; a second vote from the same reader replaces the first."""
    Rating.objects.bulk_create(
        [Rating(article=article, reader=reader, ip_hash=address, stars=stars)],
        update_conflicts=True,
        unique_fields=["article", "reader"],
        update_fields=["stars", "ip_hash", "updated"],
    )


@require_POST
def rate(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_published_article(pk)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "stars must be a whole number from 1 to 5"}, status=400)
    reader, new = ensure_reader(request)
    address = ip_hash(request)
    if _too_many_from_address(article, reader, address):
        return JsonResponse({"error": "too many readers have rated this from your address"}, status=429)
    stars = form.cleaned_data["stars"]
    record_rating(article, reader=reader, address=address, stars=stars)
    response: HttpResponse
    if _wants_json(request):
        response = JsonResponse({**rating_totals(article), "yours": stars})
    else:
        response = redirect(f"{article.get_absolute_url()}?rated={stars}#rating")
    if new:
        remember_reader(response, reader)
    return response


@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_published_article(pk)
    form = CommentForm(article, request.POST)
    back = article.get_absolute_url()
    if form.is_forged():
        return HttpResponseBadRequest("This comment form was tampered with.", content_type="text/plain")
    if form.is_stale():
        return redirect(f"{back}?comment=expired#reply")
    if not form.is_valid():
        return redirect(f"{back}?comment=invalid#reply")
    data = form.cleaned_data
    if Comment.objects.filter(article=article, text_hash=text_digest(data["text"])).exists():
        return redirect(f"{back}?comment=duplicate#reply")
    reader, new = ensure_reader(request)
    address = ip_hash(request)
    # A reader without a cookie is known only by address, so a cookie-less bot is throttled too.
    if (new and not claim_comment_slot(f"ip:{address}")) or not claim_comment_slot(f"reader:{reader}"):
        return redirect(f"{back}?comment=too-soon#reply")
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
        return redirect(f"{back}?comment=duplicate#reply")
    if posted.status == Comment.Status.APPROVED:
        response = redirect(f"{back}#comment-{posted.pk}")
    else:
        response = redirect(f"{back}?comment=held#reply")
    if new:
        remember_reader(response, reader)
    return response
