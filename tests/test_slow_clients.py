"""`newsdesk serve` keeps answering while slow clients hold connections open with half-sent requests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEWSDESK = [sys.executable, "-c", "from newsdesk.cli import main; main()"]
SLOW_CLIENTS = 16
TIMEOUT = 10.0  # a liveness bound, not a measurement: a starved server never answers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port: int, head: str) -> bytes:
    """Send one whole request and return the whole answer, failing if it takes longer than TIMEOUT."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        sock.sendall(head.encode() + b"\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
        return answer


def get(port: int, path: str, *headers: str) -> bytes:
    return request(port, "\r\n".join([f"GET {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close", *headers]))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A migrated SQLite site in a directory of its own, with production settings."""
    var = tmp_path_factory.mktemp("site")
    env = {
        **os.environ,
        "NEWSDESK_VAR_DIR": str(var),
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    env.pop("DATABASE_URL", None)
    subprocess.run([*NEWSDESK, "migrate", "--verbosity", "0"], env=env, cwd=ROOT, check=True, timeout=120)
    return env


def start(env: dict[str, str], *args: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    server = subprocess.Popen(
        [*NEWSDESK, "serve", "--port", str(port), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, port
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise AssertionError("newsdesk serve did not start listening")


def stop(server: subprocess.Popen[bytes]) -> tuple[str, str]:
    server.send_signal(signal.SIGTERM)
    out, err = server.communicate(timeout=30)
    return out.decode(), err.decode()


@pytest.fixture
def served(site: dict[str, str]) -> Iterator[int]:
    server, port = start(site)
    yield port
    if server.poll() is None:
        stop(server)


class Dribbler(threading.Thread):
    """A client that sends a request's head one byte at a time and never finishes it."""

    def __init__(self, port: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        self.stop = stop
        self.sent = threading.Event()

    def run(self) -> None:
        head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"z" * 1000
        try:
            for byte in head:
                self.sock.sendall(bytes([byte]))
                self.sent.set()
                if self.stop.wait(0.5):
                    break
        except OSError:
            pass  # the server may close a connection it finds too slow: that is allowed
        finally:
            self.sock.close()


def test_a_reader_is_answered_while_slow_clients_hold_connections(served: int) -> None:
    """16 connections dribbling a request head do not stop a normal request from being answered."""
    stop = threading.Event()
    slow = [Dribbler(served, stop) for _ in range(SLOW_CLIENTS)]
    for client in slow:
        client.start()
    try:
        for client in slow:
            assert client.sent.wait(TIMEOUT)
        time.sleep(1.0)  # every slow client has sent more than its first byte: each holds a half-read request
        for path in ["/", "/static/newsdesk/site.css"]:
            answer = get(served, path)
            assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
        assert all(client.is_alive() for client in slow)  # they were still connected throughout
    finally:
        stop.set()
        for client in slow:
            client.join(TIMEOUT)


def test_static_files_pages_and_access_lines(site: dict[str, str]) -> None:
    """The served site has its pages and static files (WhiteNoise), and prints one access line each."""
    server, port = start(site)
    try:
        page = get(port, "/")
        assert page.startswith(b"HTTP/1.1 200 ") and b"<html" in page
        css = get(port, "/static/newsdesk/site.css")
        assert css.startswith(b"HTTP/1.1 200 ") and b"text/css" in css.split(b"\r\n\r\n")[0]
        assert get(port, "/feed/rss/").startswith(b"HTTP/1.1 200 ")
    finally:
        out, err = stop(server)
    assert server.returncode == 0, err
    assert f"serving on http://127.0.0.1:{port}/" in out
    assert '"GET / HTTP/1.1" 200' in out
    assert '"GET /static/newsdesk/site.css HTTP/1.1" 200' in out


def test_proxy_headers_reach_the_site(site: dict[str, str]) -> None:
    """Behind a TLS proxy, X-Forwarded-Proto reaches Django: no redirect loop to HTTPS."""
    server, port = start({**site, "NEWSDESK_HTTPS": "1"})
    try:
        assert get(port, "/").startswith(b"HTTP/1.1 301 ")
        assert get(port, "/", "X-Forwarded-Proto: https").startswith(b"HTTP/1.1 200 ")
    finally:
        stop(server)


def test_several_processes_serve_and_stop_together(site: dict[str, str]) -> None:
    """With --workers 2 the site is served, and stopping newsdesk serve stops every process and the port."""
    server, port = start(site, "--workers", "2", "--threads", "2")
    try:
        for _ in range(4):
            assert get(port, "/").startswith(b"HTTP/1.1 200 ")
    finally:
        stop(server)
    assert server.returncode == 0
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    with pytest.raises(ProcessLookupError):
        os.killpg(server.pid, 0)  # nothing of its session is left running
