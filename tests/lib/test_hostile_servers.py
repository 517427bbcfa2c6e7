"""Hostile servers end with the right limit error, inside small test limits, with memory bounded.

The documented defaults (5 s connect, 10 s idle, 30 s in all, 15 MiB feeds, 10 MiB pages) are the
module constants; these tests shrink them so the suite stays fast. bench/ingest.py --hostile prints
the peak memory of each case under the real defaults.
"""

from __future__ import annotations

import gzip
import socket
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from unittest.mock import patch

import pytest
from django.test import override_settings

from newsdesk.lib.http import FetchError, Limits, TooLarge, TooManyRedirects, TooSlow, fetch

from .conftest import Connections
from .servers import respond, serve, static

MiB = 1024 * 1024
SMALL = Limits(connect_timeout=1, idle_timeout=0.5, total_timeout=1.5, max_bytes=1 * MiB, max_redirects=3)
ZEROS = bytes(MiB)


def gzip_bomb_chunks(inflated_mib: int = 1024) -> Iterator[bytes]:
    """Yield a gzip stream that inflates to inflated_mib MiB of zeros, made as it is sent."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for _ in range(inflated_mib):
        if data := packer.compress(ZEROS):
            yield data
    yield packer.flush()


def gzip_bomb(sock: socket.socket, path: str) -> None:
    sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n"
        b"Connection: close\r\n\r\n"
    )
    for chunk in gzip_bomb_chunks():
        sock.sendall(chunk)


def endless(sock: socket.socket, path: str) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
    block = b"<p>" + b"x" * 65530 + b"</p>"
    for _ in range(100_000):  # 6.5 GB at most; the client hangs up long before
        sock.sendall(block)


def trickle(sock: socket.socket, path: str) -> None:
    """Send one byte at a time, never going idle long enough to trip the idle timeout."""
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n")
    for _ in range(1000):
        sock.sendall(b"x")
        time.sleep(0.1)


def trickle_headers(sock: socket.socket, path: str) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 500:
        sock.sendall(bytes([byte]))
        time.sleep(0.1)


def silent(sock: socket.socket, path: str) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")
    time.sleep(3)


def redirect_chain(hits: list[str]) -> Callable[[socket.socket, str], None]:
    def handler(sock: socket.socket, path: str) -> None:
        hits.append(path)
        n = int(path.strip("/") or 0)
        if n < 10:
            sock.sendall(respond(b"", status="302 Found", headers={"Location": f"/{n + 1}"}))
        else:
            sock.sendall(respond(b"arrived"))

    return handler


def peak_of(action: Callable[[], object]) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        action()
    except FetchError as exc:
        return exc, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return None, 0


@pytest.fixture(autouse=True)
def _local_only(connections: Connections) -> None:
    """Every case here talks to 127.0.0.1 only, which the connections fixture enforces."""


def test_gzip_bomb_stops_at_the_size_cap_after_decompression() -> None:
    with serve(gzip_bomb) as base:
        error, peak = peak_of(lambda: fetch(f"{base}/feed", limits=SMALL, allow_private=True))
    assert isinstance(error, TooLarge)
    assert "larger than 1,048,576 bytes" in str(error)
    assert peak < 4 * MiB, f"peak {peak:,} bytes"


def test_endless_body_stops_at_the_size_cap() -> None:
    with serve(endless) as base:
        error, peak = peak_of(lambda: fetch(f"{base}/", limits=SMALL, allow_private=True))
    assert isinstance(error, TooLarge)
    assert peak < 4 * MiB, f"peak {peak:,} bytes"


def test_one_byte_per_tick_body_ends_with_the_total_time_limit() -> None:
    with serve(trickle) as base, pytest.raises(TooSlow, match=r"longer than 1.5 s in all"):
        fetch(f"{base}/", limits=SMALL, allow_private=True)


def test_one_byte_per_tick_headers_end_with_the_total_time_limit() -> None:
    with serve(trickle_headers) as base, pytest.raises(TooSlow, match=r"longer than 1.5 s in all"):
        fetch(f"{base}/", limits=SMALL, allow_private=True)


def test_a_server_that_goes_quiet_ends_with_the_idle_limit() -> None:
    with serve(silent) as base, pytest.raises(TooSlow, match=r"sent nothing for 0.5 s"):
        fetch(f"{base}/", limits=SMALL, allow_private=True)


def test_chain_of_ten_redirects_stops_after_three() -> None:
    hits: list[str] = []
    with serve(redirect_chain(hits)) as base, pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        fetch(f"{base}/0", limits=SMALL, allow_private=True)
    assert hits == ["/0", "/1", "/2", "/3"]


def test_three_redirects_are_followed() -> None:
    hits: list[str] = []
    with serve(redirect_chain(hits)) as base:
        response = fetch(f"{base}/7", limits=SMALL, allow_private=True)
    assert response.body == b"arrived"
    assert response.url.endswith("/10")


def test_gzip_body_is_inflated() -> None:
    body = gzip.compress(b"<rss>hello</rss>")
    routes = {"/": respond(body, content_type="application/rss+xml", headers={"Content-Encoding": "gzip"})}
    with serve(static(routes)) as base:
        assert fetch(f"{base}/", kind="feed", allow_private=True).body == b"<rss>hello</rss>"


def test_loopback_needs_the_intranet_setting() -> None:
    with serve(static({"/": respond(b"ok")})) as base:
        with (
            override_settings(NEWSDESK_ALLOW_PRIVATE_NETWORKS=False),
            pytest.raises(FetchError, match="127.0.0.1 is loopback"),
        ):
            fetch(f"{base}/")
        with override_settings(NEWSDESK_ALLOW_PRIVATE_NETWORKS=True):
            assert fetch(f"{base}/").body == b"ok"


def test_host_header_is_the_name_while_the_connection_goes_to_the_checked_address(
    connections: Connections,
) -> None:
    with (
        serve(static({"/x": respond(b"hi")})) as base,
        patch("newsdesk.lib.http.resolve", autospec=True, return_value=["127.0.0.1"]),
    ):
        port = int(base.rsplit(":", 1)[1])
        assert fetch(f"http://News.Example:{port}/x", allow_private=True).body == b"hi"
    assert connections == [("127.0.0.1", port)]
    assert f"Host: news.example:{port}".encode() in base.requests[0]


def test_not_modified_is_returned_without_a_body() -> None:
    routes = {"/": respond(b"", status="304 Not Modified", headers={"ETag": '"v1"'})}
    with serve(static(routes)) as base:
        response = fetch(f"{base}/", headers={"If-None-Match": '"v1"'}, allow_private=True)
    assert response.not_modified
    assert response.headers["etag"] == '"v1"'


def test_error_status_is_a_fetch_error() -> None:
    with serve(static({})) as base, pytest.raises(FetchError, match="answered HTTP 404"):
        fetch(f"{base}/missing", allow_private=True)
