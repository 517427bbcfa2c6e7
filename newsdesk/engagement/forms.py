"""The comment form, with django-contrib-comments' anti-spam fields: a signed timestamp and a honeypot."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac

from newsdesk.articles.models import Article
from newsdesk.lib.query import BadNumber, whole_number

from .models import Comment
from .names import display_name


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


class TextareaField(forms.CharField):
    """Text typed into a textarea, its line breaks counted as the textarea counts them: one each.

    Browsers send every line break as CRLF, but count it as one character against maxlength.
    """

    def to_python(self, value: Any) -> str | None:
        text = super().to_python(value)
        return text.replace("\r\n", "\n").replace("\r", "\n") if isinstance(text, str) else text


def _max_length(field: models.Field[Any, Any]) -> int:
    """Return the most characters a Comment field holds."""
    if field.max_length is None:
        raise TypeError(f"Comment.{field.name} has no max_length")
    return field.max_length


NAME_MAX = _max_length(Comment._meta.get_field("name"))
EMAIL_MAX = _max_length(Comment._meta.get_field("email"))
TEXT_MAX = _max_length(Comment._meta.get_field("text"))


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentDraft:
    """What a reader typed into the comment form, as sent, to give back to them when it is refused."""

    name: str = ""
    email: str = ""
    text: str = ""
    parent: int | None = None

    @classmethod
    def from_post(cls, data: Mapping[str, str]) -> CommentDraft:
        try:
            parent = whole_number(data.get("parent", ""), name="parent")
        except BadNumber:
            parent = None
        return cls(name=data.get("name", ""), email=data.get("email", ""), text=data.get("text", ""), parent=parent)


class CommentForm(forms.Form):
    name = forms.CharField(
        max_length=NAME_MAX,
        strip=True,
        error_messages={
            "required": "Please give a name.",
            "max_length": "Your name is %(show_value)d characters long; the limit is %(limit_value)d.",
        },
    )
    email = forms.EmailField(required=False, max_length=EMAIL_MAX)
    text = TextareaField(
        max_length=TEXT_MAX,
        strip=True,
        widget=forms.Textarea,
        error_messages={
            "required": "Please write a comment.",
            "max_length": "Your comment is %(show_value)d characters long; the limit is %(limit_value)d.",
        },
    )
    parent = forms.IntegerField(required=False, min_value=1)
    timestamp = forms.IntegerField(widget=forms.HiddenInput)
    security_hash = forms.CharField(min_length=64, max_length=64, widget=forms.HiddenInput)
    honeypot = forms.CharField(required=False, label="Leave this field empty")

    def __init__(self, article: Article, *args: Any, **kwargs: Any) -> None:
        self.article = article
        super().__init__(*args, **kwargs)

    def is_bot(self) -> bool:
        """Return whether the honeypot, which people never see, is filled."""
        return bool(self.data.get("honeypot"))

    def is_forged(self) -> bool:
        """Return whether the security fields are missing or do not match (tampered with, or signed with an old key)."""
        data = self.data
        expected = security_hash(self.article.pk, str(data.get("timestamp", "")))
        return not constant_time_compare(expected, str(data.get("security_hash", "")))

    def is_stale(self) -> bool:
        try:
            timestamp = whole_number(str(self.data.get("timestamp", "")), name="timestamp", low=0)
        except BadNumber:
            return True
        return time.time() - timestamp > settings.NEWSDESK_COMMENT_FORM_MAX_AGE_SECONDS

    def clean_name(self) -> str:
        """Show the name without controls, bidi controls, blanks or stacked marks; refuse it if nothing is left."""
        name = display_name(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError("Please give a name with letters or digits in it.")
        if name.casefold() == settings.NEWSDESK_SITE_NAME.casefold():  # the site's replies go under that name
            raise forms.ValidationError(f"{name} is the site's own name; please give yours.")
        if len(name) > NAME_MAX:  # normalising can lengthen a name (a few letters decompose under NFC)
            raise forms.ValidationError(f"Your name is too long; the limit is {NAME_MAX} characters.")
        return name

    def clean_parent(self) -> Comment | None:
        """Attach a reply to a shown comment of this article, one level deep at most."""
        pk = self.cleaned_data.get("parent")
        if not pk:
            return None
        parent = Comment.objects.filter(pk=pk, article=self.article, status=Comment.Status.APPROVED).first()
        if parent is None:
            raise forms.ValidationError("You can only reply to a comment shown on this article.")
        return parent.parent or parent


class SiteReplyForm(forms.Form):
    """An editor's reply to a comment, posted as the site."""

    text = TextareaField(
        max_length=TEXT_MAX,
        strip=True,
        widget=forms.Textarea,
        error_messages={
            "required": "Please write a reply.",
            "max_length": "Your reply is %(show_value)d characters long; the limit is %(limit_value)d.",
        },
    )
