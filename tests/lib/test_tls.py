"""HTTPS goes to the checked address but names the host in TLS (SNI), and checks its certificate."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest

from newsdesk.lib.http import FetchError, fetch

from .conftest import Connections


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if not openssl:
        pytest.skip("openssl is not installed")
    where = tmp_path_factory.mktemp("tls")
    key, cert = where / "key.pem", where / "cert.pem"
    subprocess.run(  # noqa: S603
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=news.example",
            "-addext",
            "subjectAltName=DNS:news.example",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[int, list[str | None]]]:
    """Accept one TLS connection on 127.0.0.1 and record the server name the client asked for."""
    names: list[str | None] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    context.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment]
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def accept_one() -> None:
        try:
            conn, _ = listener.accept()
            conn.settimeout(5)
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1024)
        except (OSError, ssl.SSLError):
            pass  # the client refuses the untrusted certificate

    thread = threading.Thread(target=accept_one, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], names
    finally:
        thread.join(timeout=5)
        listener.close()


def test_tls_names_the_host_and_refuses_an_untrusted_certificate(
    tls_server: tuple[int, list[str | None]], connections: Connections
) -> None:
    port, names = tls_server
    with patch("newsdesk.lib.http.resolve", autospec=True, return_value=["127.0.0.1"]):
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch(f"https://news.example:{port}/", allow_private=True)
    assert names == ["news.example"]
    assert connections == [("127.0.0.1", port)]
