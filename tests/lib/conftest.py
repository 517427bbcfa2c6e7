from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

_recorders: list[Callable[[tuple[Any, ...]], None]] = []
_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect" and _recorders:
        _recorders[-1](args[1])


class Connections(list[tuple[str, int]]):
    """Every connect() the process attempted while the fixture was active."""

    only_local: bool = True


@pytest.fixture
def connections() -> Iterator[Connections]:
    """Record every socket connection attempt; refuse any that is not to 127.0.0.1."""
    global _installed
    if not _installed:
        sys.addaudithook(_audit)  # audit hooks cannot be removed, so one is installed per process
        _installed = True
    seen = Connections()

    def record(address: Any) -> None:
        if isinstance(address, tuple):
            seen.append((str(address[0]), int(address[1])))
            if seen.only_local and address[0] != "127.0.0.1":
                raise ConnectionRefusedError(f"the test refused a connection to {address[0]}")

    _recorders.append(record)
    try:
        yield seen
    finally:
        _recorders.remove(record)
