"""With an images endpoint configured (never by default), a published article gets a header image made from the
headline's and standfirst's words without figures or names; it is stored, labelled "AI-generated image" on the page
and in its alt text, and an editor can remove it for good. A small local stub of /v1/images/generations answers."""

from __future__ import annotations

import base64
import io
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.storage import default_storage
from django.test import Client
from django_tasks_db.models import DBTaskResult
from PIL import Image

from newsdesk.articles.images import ALT, image_prompt
from newsdesk.articles.models import Article
from newsdesk.review.models import Event
from newsdesk.sources.models import SourceItem
from tests.figured import figured_article

pytestmark = pytest.mark.django_db
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def picture(width: int = 64, height: int = 36) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(out, format="PNG")
    return out.getvalue()


class Stub(ThreadingHTTPServer):
    """An OpenAI-compatible images endpoint on 127.0.0.1 that answers with `answer` and keeps what it was sent."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[dict[str, Any]] = []
        self.answer: Callable[[], bytes] = lambda: json.dumps(
            {"created": 1, "data": [{"b64_json": base64.b64encode(picture()).decode()}]}).encode()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: Stub

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append({"path": self.path, "json": json.loads(body),
                                     "authorization": self.headers.get("Authorization")})
        answer = self.server.answer()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stub(settings: Any) -> Iterator[Stub]:
    server = Stub()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.NEWSDESK_IMAGE_URL = server.base
    settings.NEWSDESK_IMAGE_MODEL = "sd-turbo"
    settings.NEWSDESK_IMAGE_API_KEY = "image-key"
    settings.TASKS = IMMEDIATE
    yield server
    server.shutdown()
    server.server_close()


def published_with_image(item: SourceItem, capture: Any) -> Article:
    with capture(execute=True):
        article = figured_article(item)
    article.refresh_from_db()
    return article


def test_no_image_is_asked_for_by_default(client: Client, french_item: SourceItem,
                                          django_capture_on_commit_callbacks: Any) -> None:
    article = published_with_image(french_item, django_capture_on_commit_callbacks)
    assert article.image == {}
    assert not DBTaskResult.objects.filter(task_path__endswith="make_header_image_task").exists()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "header-image" not in html and "AI-generated image" not in html
    assert client.get(f"/articles/{article.pk}/image.jpg").status_code == 404


def test_a_published_article_gets_an_image_labelled_ai_generated(
        client: Client, french_item: SourceItem, stub: Stub, django_capture_on_commit_callbacks: Any) -> None:
    article = published_with_image(french_item, django_capture_on_commit_callbacks)
    assert len(stub.received) == 1
    sent = stub.received[0]
    assert sent["path"] == "/v1/images/generations"
    assert sent["authorization"] == "Bearer image-key"
    assert {k: sent["json"][k] for k in ("model", "n", "size", "response_format")} == {
        "model": "sd-turbo", "n": 1, "size": "1024x1024", "response_format": "b64_json"}
    prompt = sent["json"]["prompt"]
    assert prompt == image_prompt(article.headline, article.standfirst)
    assert "puts" in prompt and "invested" in prompt  # the words of the headline and the standfirst
    assert not any(ch.isdigit() for ch in prompt)  # no figure, no date
    assert not {"Meta", "Scale", "October", "billion"} & set(prompt.replace(",", " ").replace(".", " ").split())

    assert article.image["state"] == "made"
    assert (article.image["width"], article.image["height"], article.image["model"]) == (64, 36, "sd-turbo")
    html = client.get(article.get_absolute_url()).content.decode()
    figure = html[html.index('<figure class="header-image">'):html.index("</figure>")]
    assert f'<img src="/articles/{article.pk}/image.jpg" width="64" height="36" alt="{ALT}">' in figure
    assert ALT.startswith("AI-generated image:")
    assert '<span class="ai-label">AI-generated image</span> by sd-turbo' in figure
    assert '"caption": "AI-generated image"' in html and "trainedAlgorithmicMedia" in html  # in the JSON-LD
    response = client.get(f"/articles/{article.pk}/image.jpg")
    assert response["Content-Type"] == "image/jpeg"
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).format == "JPEG"


def test_an_editor_removes_the_image_for_good(client: Client, french_item: SourceItem, stub: Stub,
                                              django_capture_on_commit_callbacks: Any) -> None:
    article = published_with_image(french_item, django_capture_on_commit_callbacks)
    name = article.image["name"]
    alice = User.objects.create_user("alice", is_staff=True)
    client.force_login(alice)
    assert "Remove the AI-generated image" in client.get(f"/desk/articles/{article.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/desk/articles/{article.pk}/remove-image/", follow=True)
    assert "The AI-generated image is removed" in response.content.decode()
    article.refresh_from_db()
    assert article.image["state"] == "removed" and article.image["by"] == "alice"
    assert not default_storage.exists(name)
    assert Event.objects.filter(article=article, user=alice, note="removed the AI-generated header image").exists()
    client.logout()
    assert "header-image" not in client.get(article.get_absolute_url()).content.decode()
    assert client.get(f"/articles/{article.pk}/image.jpg").status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        article.save()  # saved again while published: no image is asked for again
    assert len(stub.received) == 1


def test_an_answer_that_is_no_image_is_refused(client: Client, french_item: SourceItem, stub: Stub,
                                               django_capture_on_commit_callbacks: Any) -> None:
    stub.answer = lambda: json.dumps({"data": [{"b64_json": base64.b64encode(b"<svg onload=alert(1)>").decode()}]}
                                     ).encode()
    article = published_with_image(french_item, django_capture_on_commit_callbacks)
    assert article.image["state"] == "failed"
    assert "not a readable image" in article.image["error"]
    assert "header-image" not in client.get(article.get_absolute_url()).content.decode()
    stub.answer = lambda: b'{"error": "model not loaded"}'
    Article.objects.filter(pk=article.pk).update(image={})
    with django_capture_on_commit_callbacks(execute=True):
        article.refresh_from_db()
        article.save()
    article.refresh_from_db()
    assert article.image["state"] == "failed"
    assert 'did not answer with {"data": [...]}' in article.image["error"]
