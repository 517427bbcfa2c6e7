"""An optional header image for each published article, from an OpenAI-compatible images endpoint.

Off unless NEWSDESK_IMAGE_URL is set (LocalAI, stable-diffusion.cpp's server, a hosted API: anything
that answers POST /images/generations). The prompt is made from the words of the headline and the
standfirst with every figure, date, name and quotation taken out, so the picture cannot show a wrong
fact. The image is checked (a PNG, JPEG or WebP of sane size), made a JPEG, stored in the default
storage and labelled "AI-generated image" on the page and in its alt text. An editor can remove it
from the desk; a removed image is never made again.

`Article.image` holds where it stands: {} (never asked for), {"state": "queued"}, {"state": "made",
"name", "prompt", "model", "width", "height", "at"}, {"state": "failed", "error", "at"} or
{"state": "removed", "by", "at"}.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from PIL import Image, UnidentifiedImageError

from newsdesk.factcheck.claims import extract_claims
from newsdesk.lib.http import FetchError, Limits, fetch

from .models import Article

if TYPE_CHECKING:  # the Django 5.2 stubs lack django.tasks: the backport's types stand for it
    from django_tasks import task
else:
    try:  # Django 6 ships the Tasks API; the backport provides the same names
        from django.tasks import task
    except ImportError:
        from django_tasks import task

log = logging.getLogger(__name__)

LABEL = "AI-generated image"
ALT = (f"{LABEL}: an illustration drawn by an image model from the words of the headline, with no figures "
       "or names; it shows no fact from the story")
FOLDER = "article-images"
MAX_BYTES = 40 * 1024 * 1024  # a base64 PNG of 2048×2048 fits easily
MAX_SIDE = 4096
STORED_WIDTH = 1600
FORMATS = frozenset({"PNG", "JPEG", "WEBP"})
PROMPT_WORDS = 24
_SCALE_WORDS = frozenset("hundred hundreds thousand thousands million millions billion billions trillion trillions "
                         "bn mn per cent percent percentage points".split())
_COMMON = frozenset("""
a an the this that these those it its they them their he she his her we our you your i
is are was were be been being has have had will would could should may might can did does do
of to at by in on for from with into onto over under about than as per via and or but nor so yet
said says say told according also up down more most less least after before while when which who
between such then there here out
""".split())


class ImageError(Exception):
    """The image model gave no usable image; the message says why."""


@dataclass(frozen=True, slots=True, kw_only=True)
class HeaderImage:
    url: str
    width: int
    height: int
    model: str
    prompt: str
    alt: str = ALT


def enabled() -> bool:
    return bool(settings.NEWSDESK_IMAGE_URL)


def image_prompt(headline: str, standfirst: str) -> str:
    """Return the image prompt: the content words of the headline and standfirst, without figures or names."""
    words: list[str] = []
    for text in (headline, standfirst):
        spans = [(c.start, c.end) for c in extract_claims(text)]
        kept = "".join(" " if any(s <= i < e for s, e in spans) else ch for i, ch in enumerate(text))
        for word in re.findall(r"[^\W\d_][\w'’-]*", kept):
            if word != word.lower() or word in _COMMON or word in _SCALE_WORDS or len(word) < 3:
                continue  # a capitalised word may be a name; a figure's words are part of the figure
            if word not in words:
                words.append(word)
    if not words:
        return ""
    return ("An editorial illustration for a news story about " + ", ".join(words[:PROMPT_WORDS]) + ". "
            "No text, letters, numbers, logos, flags, charts or recognisable people.")


def generate_image(prompt: str) -> tuple[bytes, str]:
    """Ask the images endpoint for one image of prompt; return its bytes and the model that made it."""
    url = f"{settings.NEWSDESK_IMAGE_URL}/images/generations"
    request: dict[str, Any] = {"prompt": prompt, "n": 1, "size": settings.NEWSDESK_IMAGE_SIZE,
                               "response_format": "b64_json"}
    if settings.NEWSDESK_IMAGE_MODEL:
        request["model"] = settings.NEWSDESK_IMAGE_MODEL
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if settings.NEWSDESK_IMAGE_API_KEY:
        headers["Authorization"] = f"Bearer {settings.NEWSDESK_IMAGE_API_KEY}"
    seconds = float(settings.NEWSDESK_IMAGE_TIMEOUT_SECONDS)
    limits = Limits(total_timeout=seconds, idle_timeout=seconds, max_bytes=MAX_BYTES)
    try:  # the operator chose this endpoint, as they chose the model server: it may be on a private network
        answer = fetch(url, headers=headers, body=json.dumps(request).encode(), limits=limits, allow_private=True)
    except FetchError as exc:
        raise ImageError(f"the images endpoint {url} failed: {exc}") from None
    try:
        data = json.loads(answer.body)
        first = data["data"][0]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ImageError(f"the images endpoint {url} did not answer with {{\"data\": [...]}}") from None
    model = str(data.get("model") or settings.NEWSDESK_IMAGE_MODEL or "an image model")[:100]
    if isinstance(first, dict) and isinstance(first.get("b64_json"), str):
        try:
            return base64.b64decode(first["b64_json"], validate=True), model
        except (binascii.Error, ValueError):
            raise ImageError("the image in the answer is not valid base64") from None
    if isinstance(first, dict) and isinstance(first.get("url"), str):
        same_host = urlsplit(first["url"]).hostname == urlsplit(url).hostname
        try:
            got = fetch(first["url"], limits=Limits(total_timeout=seconds, max_bytes=MAX_BYTES),
                        allow_private=True if same_host else None)
        except FetchError as exc:
            raise ImageError(f"the image at {first['url']} could not be fetched: {exc}") from None
        return got.body, model
    raise ImageError("the answer holds neither b64_json nor url")


def as_jpeg(data: bytes) -> tuple[bytes, int, int]:
    """Return the image made a JPEG at most STORED_WIDTH wide, with its size; refuse what is not a sane image."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind, (width, height) = probe.format, probe.size
            if kind not in FORMATS:
                raise ImageError(f"the image is {kind or 'of no known format'}, not PNG, JPEG or WebP")
            if not (16 <= width <= MAX_SIDE and 16 <= height <= MAX_SIDE):
                raise ImageError(f"the image is {width}×{height}: each side must be 16 to {MAX_SIDE} pixels")
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            picture = image.convert("RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageError(f"the answer is not a readable image: {exc}") from None
    if picture.width > STORED_WIDTH:
        picture = picture.resize((STORED_WIDTH, round(picture.height * STORED_WIDTH / picture.width)),
                                 Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue(), picture.width, picture.height


def make_header_image(article_id: int) -> str:
    """Make and store the header image of a published article whose image is queued; say what happened."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.image.get("state") != "queued" or article.status != Article.Status.PUBLISHED:
        return "no image wanted"
    prompt = image_prompt(article.headline, article.standfirst)
    try:
        if not prompt:
            raise ImageError("the headline and standfirst have no words left once figures and names are taken out")
        data, model = generate_image(prompt)
        jpeg, width, height = as_jpeg(data)
    except ImageError as exc:
        log.warning("article %s: no header image: %s", article_id, exc)
        Article.objects.filter(pk=article_id, image__state="queued").update(
            image={"state": "failed", "error": str(exc)[:500], "at": timezone.now().isoformat()})
        return f"no image: {exc}"
    name = default_storage.save(f"{FOLDER}/{article_id}-{hashlib.sha256(jpeg).hexdigest()[:16]}.jpg",
                                ContentFile(jpeg))
    made = {"state": "made", "name": name, "prompt": prompt, "model": model, "width": width, "height": height,
            "at": timezone.now().isoformat()}
    # updated moves, so the cached page, card and index are made again with the image
    if not Article.objects.filter(pk=article_id, image__state="queued").update(image=made, updated=timezone.now()):
        default_storage.delete(name)  # removed by an editor, or taken down, while it was being made
        return "image no longer wanted"
    return f"image made by {model}"


@task()
def make_header_image_task(*, article_id: int) -> str:
    """Make the header image of an article (the id is a keyword, so no one takes it for a story's)."""
    return make_header_image(article_id)


def queue_header_image(sender: object, *, instance: Article, raw: bool = False, **kwargs: object) -> None:
    """Queue a header image for an article just saved as published that never had one asked for."""
    if raw or not enabled() or instance.status != Article.Status.PUBLISHED or instance.image:
        return
    claimed = (Article.objects.filter(pk=instance.pk, status=Article.Status.PUBLISHED)
               .exclude(image__has_key="state").update(image={"state": "queued"}))
    if claimed:
        instance.image = {"state": "queued"}  # so a later save of this copy keeps the claim
        transaction.on_commit(lambda: make_header_image_task.enqueue(article_id=instance.pk))


def remove_header_image(article: Article, *, by: str) -> bool:
    """Remove the article's header image (or the one being made) for good; tell whether there was one."""
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        if locked.image.get("state") not in {"made", "queued", "failed"}:
            return False
        name = locked.image.get("name", "")
        Article.objects.filter(pk=article.pk).update(
            image={"state": "removed", "by": by[:150], "at": timezone.now().isoformat()}, updated=timezone.now())
        if name:
            transaction.on_commit(lambda: default_storage.delete(name))
    return True


def header_image(article: Article) -> HeaderImage | None:
    """Return what the page shows of the article's header image, if it has one."""
    image = article.image or {}
    if image.get("state") != "made" or not article.pk:
        return None
    return HeaderImage(url=reverse("articles:image", kwargs={"pk": article.pk}), width=int(image["width"]),
                       height=int(image["height"]), model=str(image.get("model", "")), prompt=str(image["prompt"]))
