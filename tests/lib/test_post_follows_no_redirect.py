"""fetch POSTs a body when given one (the images endpoint's request) and follows no redirect with it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsdesk.lib.http import TooManyRedirects, fetch


class _Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str, bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append(("POST", self.path, self.rfile.read(int(self.headers["Content-Length"]))))
        if self.path == "/moved":
            self.send_response(307)
            self.send_header("Location", "/v1/images")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "12")
        self.end_headers()
        self.wfile.write(b'{"data": []}')

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append(("GET", self.path, b""))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base() -> Iterator[str]:
    _Handler.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_body_is_posted(base: str) -> None:
    answer = fetch(f"{base}/v1/images", body=b'{"prompt": "a harbour"}', allow_private=True,
                   headers={"Content-Type": "application/json"})
    assert answer.body == b'{"data": []}'
    assert _Handler.seen == [("POST", "/v1/images", b'{"prompt": "a harbour"}')]


def test_a_redirect_is_not_followed_with_the_body(base: str) -> None:
    with pytest.raises(TooManyRedirects):
        fetch(f"{base}/moved", body=b"{}", allow_private=True)
    assert _Handler.seen == [("POST", "/moved", b"{}")]
    fetch(f"{base}/page", allow_private=True)  # without a body, a GET as before
    assert _Handler.seen[-1] == ("GET", "/page", b"")
