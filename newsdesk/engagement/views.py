from __future__ import annotations

from django import forms
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from newsdesk.articles.models import Article

from .models import Comment, Rating
from .readers import ensure_reader, ip_hash, rating_totals, remember_reader


class RatingForm(forms.Form):
    stars = forms.IntegerField(min_value=1, max_value=5)


class CommentForm(forms.Form):
    name = forms.CharField(max_length=80)
    text = forms.CharField(max_length=3000, widget=forms.Textarea)


def _get_published_article(pk: int) -> Article:
    return get_object_or_404(Article, pk=pk, status=Article.Status.PUBLISHED)


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def rate(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_published_article(pk)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "stars must be a whole number from 1 to 5"}, status=400)
    reader, new = ensure_reader(request)
    stars = form.cleaned_data["stars"]
    try:
        with transaction.atomic():
            updated = Rating.objects.filter(article=article, reader=reader).update(stars=stars)
            if not updated:
                Rating.objects.create(article=article, reader=reader, stars=stars, ip_hash=ip_hash(request))
    except IntegrityError:  # the same reader voting twice at once: the second vote replaces the first
        Rating.objects.filter(article=article, reader=reader).update(stars=stars)
    response: HttpResponse
    if _wants_json(request):
        response = JsonResponse({**rating_totals(article), "yours": stars})
    else:
        response = redirect(f"{article.get_absolute_url()}#rating")
    if new:
        remember_reader(response, reader)
    return response


@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    article = _get_published_article(pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return redirect(f"{article.get_absolute_url()}?comment=invalid#reply")
    reader, new = ensure_reader(request)
    Comment.objects.create(
        article=article, name=form.cleaned_data["name"], text=form.cleaned_data["text"],
        reader=reader, ip_hash=ip_hash(request),
    )
    response = redirect(f"{article.get_absolute_url()}?comment=held#reply")
    if new:
        remember_reader(response, reader)
    return response
