"""Two `newsdesk serve` on one machine share nothing: stopping one leaves the other serving."""

from __future__ import annotations

from pathlib import Path

from tests.test_slow_clients import get, site, start, stop

__all__ = ["site"]  # the fixture, shared with the slow-client tests


def test_stopping_one_server_leaves_the_other_answering(site: dict[str, str], tmp_path: Path) -> None:
    """No control socket or other file is shared (gunicorn's was, and the first to stop deleted it)."""
    home = {**site, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}  # where gunicorn put its socket
    first, first_port = start(home)
    second, second_port = start(home)
    try:
        assert get(first_port, "/").startswith(b"HTTP/1.1 200 ")
        assert get(second_port, "/").startswith(b"HTTP/1.1 200 ")
        stop(first)
        assert get(second_port, "/").startswith(b"HTTP/1.1 200 ")
        assert list(tmp_path.iterdir()) == []
    finally:
        for server in (first, second):
            if server.poll() is None:
                stop(server)
    assert first.returncode == 0 and second.returncode == 0
