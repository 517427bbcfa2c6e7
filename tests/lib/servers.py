"""Tiny HTTP servers on 127.0.0.1 whose handlers write raw bytes, for fixtures and hostile cases."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from collections.abc import Callable, Iterator

Handler = Callable[[socket.socket, str], None]


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False


class Base(str):
    """The server's base URL; .requests holds the head of every request received."""

    requests: list[bytes]


def _read_head(sock: socket.socket) -> bytes:
    data = b""
    sock.settimeout(5)
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n\r\n", 1)[0]


@contextlib.contextmanager
def serve(handler: Handler) -> Iterator[Base]:
    """Serve handler on 127.0.0.1 and yield the base URL (no trailing slash)."""

    class _Request(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            try:
                head = _read_head(sock)
                requests.append(head)
                parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
                handler(sock, parts[1] if len(parts) > 1 else "/")
            except OSError:
                pass  # the client hung up, as it should on hostile input

    requests: list[bytes] = []
    server = _Server(("127.0.0.1", 0), _Request)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        base = Base(f"http://127.0.0.1:{server.server_address[1]}")
        base.requests = requests
        yield base
    finally:
        server.shutdown()
        server.server_close()


def respond(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> bytes:
    """Return a whole HTTP/1.1 response with Content-Length."""
    lines = [
        f"HTTP/1.1 {status}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        *(f"{k}: {v}" for k, v in (headers or {}).items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def static(routes: dict[str, bytes | Callable[[], bytes]]) -> Handler:
    """Serve whole responses by path; 404 for anything else."""

    def handler(sock: socket.socket, path: str) -> None:
        answer = routes.get(path) or routes.get(path.split("?", 1)[0])
        if answer is None:
            sock.sendall(respond(b"not found", status="404 Not Found"))
            return
        sock.sendall(answer() if callable(answer) else answer)

    return handler
