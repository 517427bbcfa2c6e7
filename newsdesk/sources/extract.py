"""One page in, one item out: fetch an article page safely and extract it with trafilatura."""

from __future__ import annotations

import codecs
import re

from newsdesk.lib.http import FetchError, fetch

from .add import InvalidItem, NewItem, validate
from .clean import plain_text
from .feeds import language_code

SUMMARY_CHARS = 600
_HTML_TYPES = {"text/html", "application/xhtml+xml", ""}
_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.IGNORECASE)


class ExtractionError(ValueError):
    """A page that could not be fetched or has no article in it; the message says why."""


def _decode(body: bytes, charset: str | None) -> str | bytes:
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            return body
        return body.decode(charset, errors="replace")
    return body  # trafilatura guesses the encoding


def summary_of(text: str, description: str) -> str:
    """Return the page's description, or its opening paragraphs up to about 600 characters."""
    if description.strip():
        return description.strip()
    summary = ""
    for paragraph in text.split("\n"):
        if summary and len(summary) + len(paragraph) > SUMMARY_CHARS:
            break
        summary = f"{summary}\n{paragraph}".strip()
    return summary[: SUMMARY_CHARS * 2]


def extract_page(url: str, *, language: str | None = None) -> NewItem:
    """Fetch url and return its article as an item: title, summary, full text, date, author, language."""
    import trafilatura
    from trafilatura.settings import Document

    try:
        response = fetch(
            url, kind="page", headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
        )
    except FetchError as exc:
        raise ExtractionError(str(exc)) from None
    if response.content_type not in _HTML_TYPES:
        raise ExtractionError(f"{url} is {response.content_type}, not an HTML page")
    doc = trafilatura.bare_extraction(
        _decode(response.body, response.charset),
        url=response.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not isinstance(doc, Document) or not (doc.text or "").strip():  # None, or a dict with as_dict
        raise ExtractionError(f"no article text found at {url}")
    title = plain_text(doc.title or "")
    text = (doc.text or "").strip()
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    page_language = None
    if match := _LANG.search(response.body[:8192]):
        page_language = language_code(match.group(1).decode("ascii"))
    try:
        return validate(
            title=title or " ".join(text.split()[:14]),
            summary=plain_text(summary_of(text, doc.description or "")),
            url=url,
            language=language or language_code(doc.language) or page_language,
            published=doc.date,
            text=text,
            author=plain_text(doc.author or ""),
        )
    except InvalidItem as exc:
        raise ExtractionError(f"{url}: {exc}") from None
