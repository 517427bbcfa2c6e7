"""The share card: a 1200×630 PNG of an article's headline, its key figure, its source and the AI label.

Social sites show it for a shared link (`og:image`). It is drawn by Pillow with the DejaVu fonts that
matplotlib ships, so it looks the same on every machine, and it holds only checked words: the
headline if it passed its check (else the first standfirst sentence that did), and the first key
figure (see figures.py) with its label.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from .figures import Figures
from .seo import CARD_HEIGHT as HEIGHT
from .seo import CARD_WIDTH as WIDTH

THUMB_WIDTH, THUMB_HEIGHT = 400, 210
MARGIN = 64
INK = (29, 29, 31)
MUTED = (91, 91, 102)
ACCENT = (11, 87, 208)
LABEL_BG = (238, 243, 253)
LABEL_INK = (26, 61, 124)
AI_LABEL = "AI-generated article"
FOLDER = "cards"
DRAWING = 1  # made one more when the card is drawn differently, so stored cards are drawn again


@cache
def _font_dir() -> Path:
    spec = importlib.util.find_spec("matplotlib")  # its fonts, without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("matplotlib is not installed: its DejaVu fonts draw the share card")
    return Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"


@cache
def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(_font_dir() / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int, lines: int) -> list[str]:
    """Break text into at most `lines` lines that fit width; the last ends with … when text goes on."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines:
        line = words.pop(0)
        while words and draw.textlength(f"{line} {words[0]}", font=font) <= width:
            line = f"{line} {words.pop(0)}"
        while draw.textlength(line, font=font) > width and len(line) > 1:  # one word wider than the card
            line = line[:-2] + "…"
        out.append(line)
    if words and out:
        last = out[-1]
        while last and draw.textlength(f"{last}…", font=font) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        out[-1] = f"{last}…"
    return out


def render_card(*, headline: str, figures: Figures, site_name: str) -> bytes:
    """Draw the share card and return it as PNG bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 12), fill=ACCENT)
    draw.text((MARGIN, 48), site_name, font=_font(34, bold=True), fill=INK)
    label_font = _font(26)
    label_width = int(draw.textlength(AI_LABEL, font=label_font))
    box = (WIDTH - MARGIN - label_width - 28, 46, WIDTH - MARGIN, 90)
    draw.rounded_rectangle(box, radius=10, fill=LABEL_BG)
    draw.text((box[0] + 14, 52), AI_LABEL, font=label_font, fill=LABEL_INK)

    lead = figures.lead
    top = 130
    headline_font = _font(54 if lead else 64, bold=True)
    lines = _wrap(draw, headline, headline_font, WIDTH - 2 * MARGIN, 3 if lead else 5)
    step = int(headline_font.size * 1.22)
    for line in lines:
        draw.text((MARGIN, top), line, font=headline_font, fill=INK)
        top += step
    if lead is not None:
        top += 28
        value_font = _font(76, bold=True)
        value = _wrap(draw, lead.shown, value_font, WIDTH - 2 * MARGIN, 1)[0]
        draw.text((MARGIN, top), value, font=value_font, fill=ACCENT)
        top += 96
        draw.text((MARGIN, top), _wrap(draw, lead.label, _font(32), WIDTH - 2 * MARGIN, 1)[0], font=_font(32),
                  fill=MUTED)

    sources = ", ".join(figures.sources)
    footer = f"Source: {sources}" if sources else "From the linked sources"
    if lead is not None:
        footer += " · the figure is checked against it"
    footer_font = _font(26)
    draw.line((MARGIN, HEIGHT - 86, WIDTH - MARGIN, HEIGHT - 86), fill=(217, 217, 224), width=2)
    draw.text((MARGIN, HEIGHT - 66), _wrap(draw, footer, footer_font, WIDTH - 2 * MARGIN, 1)[0], font=footer_font,
              fill=MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def thumbnail(card: bytes) -> bytes:
    """Return the card made small, for the index."""
    small = Image.open(io.BytesIO(card)).resize((THUMB_WIDTH, THUMB_HEIGHT), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()


def card_name(article: Any, *, small: bool = False) -> str:
    """Return the file name of an article's card for its current revision and the site's name."""
    from django.conf import settings

    stamp = int(article.updated.timestamp() * 1_000_000)
    site = hashlib.sha256(settings.NEWSDESK_SITE_NAME.encode()).hexdigest()[:8]
    return f"{FOLDER}/{article.pk}-{stamp}-{site}-v{DRAWING}{'-small' if small else ''}.png"


def card_for(article: Any, *, small: bool = False) -> str:
    """Return the stored card of an article, drawing it first when this revision has none.

    A card of an earlier revision is deleted when the new one is stored, so one article keeps one card.
    """
    from django.conf import settings
    from django.core.files.storage import default_storage

    from .figures import figures_of

    name = card_name(article, small=small)
    if default_storage.exists(name):
        return name
    big = card_name(article)
    if small and default_storage.exists(big):
        with default_storage.open(big) as f:
            png = thumbnail(f.read())
    else:
        figures = figures_of(article)
        png = render_card(headline=figures.title_or(article.headline), figures=figures,
                          site_name=settings.NEWSDESK_SITE_NAME)
        if small:
            _store(big, png)
            png = thumbnail(png)
    _store(name, png)
    _, files = default_storage.listdir(FOLDER)
    for old in files:
        if old.startswith(f"{article.pk}-") and f"{FOLDER}/{old}" not in {name, big}:
            default_storage.delete(f"{FOLDER}/{old}")
    return name


def _store(name: str, png: bytes) -> None:
    """Store png under exactly name (two processes drawing the same card store the same bytes)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(png))
        if saved != name:  # another process stored it meanwhile, and the storage picked a new name
            default_storage.delete(saved)


def card_alt(article: Any, figures: Figures) -> str:
    """Return the card's text alternative: what it shows, in the same words."""
    parts = [figures.title_or(article.headline)]
    if figures.lead:
        parts.append(f"{figures.lead.label}: {figures.lead.shown}")
    parts.append(AI_LABEL)
    return ". ".join(p.rstrip(".") for p in parts if p) + "."
