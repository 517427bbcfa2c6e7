"""HTML from outside, made safe (nh3) or reduced to plain text before it is stored or shown."""

from __future__ import annotations

import html
import re

import nh3

_BLOCK = re.compile(
    r"<\s*(/?\s*(p|div|br|li|h[1-6]|tr|blockquote|section|article|pre)\b[^>]*)>", re.IGNORECASE
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def sanitise(markup: str) -> str:
    """Return markup with only harmless tags and attributes left (nh3 defaults)."""
    return nh3.clean(markup)


def plain_text(markup: str) -> str:
    """Return the text of an HTML fragment: tags dropped, scripts and styles removed, paragraphs kept."""
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    marked = _BLOCK.sub(lambda m: "\n<" + m.group(1) + ">", markup)
    text = nh3.clean(marked, tags=set(), clean_content_tags={"script", "style", "noscript", "template"})
    return _tidy(html.unescape(text))


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)
