"""The comment form, with django-contrib-comments' anti-spam fields: a signed timestamp and a honeypot."""

from __future__ import annotations

import time
from typing import Any

from django import forms
from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

from newsdesk.articles.models import Article

from .models import Comment


class RatingForm(forms.Form):
    stars = forms.IntegerField(min_value=1, max_value=5)


def security_hash(article_pk: int, timestamp: str) -> str:
    return salted_hmac(
        "newsdesk.engagement.comment", f"{article_pk}:{timestamp}", algorithm="sha256"
    ).hexdigest()


def security_data(article: Article) -> dict[str, str]:
    """Return the hidden fields that bind a fresh form to this article."""
    timestamp = str(int(time.time()))
    return {"timestamp": timestamp, "security_hash": security_hash(article.pk, timestamp)}


class CommentForm(forms.Form):
    name = forms.CharField(max_length=80, strip=True)
    email = forms.EmailField(required=False)
    text = forms.CharField(max_length=3000, strip=True, widget=forms.Textarea)
    parent = forms.IntegerField(required=False, min_value=1)
    timestamp = forms.IntegerField(widget=forms.HiddenInput)
    security_hash = forms.CharField(min_length=64, max_length=64, widget=forms.HiddenInput)
    honeypot = forms.CharField(required=False, label="Leave this field empty")

    def __init__(self, article: Article, *args: Any, **kwargs: Any) -> None:
        self.article = article
        super().__init__(*args, **kwargs)

    def is_forged(self) -> bool:
        """Return whether the security fields are missing, tampered with, or the honeypot is filled."""
        data = self.data
        if data.get("honeypot"):
            return True
        expected = security_hash(self.article.pk, str(data.get("timestamp", "")))
        return not constant_time_compare(expected, str(data.get("security_hash", "")))

    def is_stale(self) -> bool:
        try:
            timestamp = int(self.data.get("timestamp", ""))
        except ValueError:
            return True
        return time.time() - timestamp > settings.NEWSDESK_COMMENT_FORM_MAX_AGE_SECONDS

    def clean_parent(self) -> Comment | None:
        """Attach a reply to a shown comment of this article, one level deep at most."""
        pk = self.cleaned_data.get("parent")
        if not pk:
            return None
        parent = Comment.objects.filter(pk=pk, article=self.article, status=Comment.Status.APPROVED).first()
        if parent is None:
            raise forms.ValidationError("You can only reply to a comment shown on this article.")
        return parent.parent or parent
