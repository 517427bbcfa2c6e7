"""Render reader text: everything escaped, bare links made into links marked nofollow ugc."""

from __future__ import annotations

import nh3
from django import template
from django.utils.html import linebreaks, urlize
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def comment_html(text: str) -> SafeString:
    html = linebreaks(urlize(text, autoescape=True))
    # nh3 is the second line of defence: only p, br and http(s) links survive, all with rel="nofollow ugc".
    cleaned = nh3.clean(
        html,
        tags={"a", "p", "br"},
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel="nofollow ugc",
    )
    return mark_safe(cleaned)  # noqa: S308 - built from escaped text and sanitised above
