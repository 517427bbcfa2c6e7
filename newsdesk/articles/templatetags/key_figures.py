"""The index's key figure for each article."""

from __future__ import annotations

from typing import Any

from django import template

from newsdesk.articles.figures import KeyFigure, figures_of

register = template.Library()


@register.filter
def key_figure(article: Any) -> KeyFigure | None:
    """Return the article's first key figure, or None when it has none."""
    return figures_of(article).lead
