"""`newsdesk serve`: the site under waitress, which reads each whole request before a thread sees it."""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

# waitress buffers request bodies up to this size (Django refuses form data above 2.5 MB anyway)
MAX_REQUEST_BODY = 4 * 1024 * 1024
# connections waitress holds at once, slow ones included; past this it stops accepting for a while
CONNECTION_LIMIT = 500


def serve(*, host: str, port: int, workers: int = 1, threads: int = 4) -> None:
    """Serve the site on host:port: `workers` processes on one listening socket, `threads` threads each."""
    from django.db import connections

    from newsdesk.wsgi import application

    try:
        listener = listen(host, port)
    except OSError as exc:
        raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    app = access_logged(application)
    if workers <= 1:
        run_waitress(app, listener, threads)
        return
    connections.close_all()  # the processes must not share the parent's database connections
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                run_waitress(app, listener, threads)
                code = 0
            finally:
                os._exit(code)
        children.append(pid)
    listener.close()
    signal.signal(signal.SIGTERM, _exit)
    try:
        pid, status = os.wait()  # any process stopping stops them all: a supervisor restarts the lot
        children.remove(pid)
        if code := os.waitstatus_to_exitcode(status):
            raise CommandError(f"a serving process stopped (exit status {code})")
    except KeyboardInterrupt:
        pass
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for pid in children:
            os.waitpid(pid, 0)


def listen(host: str, port: int) -> socket.socket:
    family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    return socket.create_server(address, family=family, backlog=2048)


def run_waitress(app: Callable[..., Any], listener: socket.socket, threads: int) -> None:
    """Serve until SIGTERM or Ctrl-C, then let the requests in progress finish (for up to 5 s)."""
    import waitress

    signal.signal(signal.SIGTERM, _exit)
    waitress.serve(
        app,
        sockets=[listener],
        threads=threads,
        connection_limit=CONNECTION_LIMIT,
        max_request_body_size=MAX_REQUEST_BODY,
        # Django decides which proxy headers to trust (NEWSDESK_CLIENT_IP_HEADER, NEWSDESK_HTTPS)
        clear_untrusted_proxy_headers=False,
        ident="newsdesk",
        _quiet=True,  # the command says where it serves; logging is configured by the settings
    )


def _exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def access_logged(app: Callable[..., Iterable[bytes]]) -> Callable[..., Iterable[bytes]]:
    """Wrap a WSGI app to print one line per request on standard output, as gunicorn did."""

    def logged(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.monotonic()

        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            length = next((v for k, v in headers if k.lower() == "content-length"), "-")
            query = f"?{environ['QUERY_STRING']}" if environ.get("QUERY_STRING") else ""
            request = f"{environ['REQUEST_METHOD']} {environ.get('PATH_INFO', '')}{query} {environ['SERVER_PROTOCOL']}"
            when = time.strftime("%d/%b/%Y:%H:%M:%S %z")
            took = (time.monotonic() - started) * 1000
            sys.stdout.write(
                f'{environ.get("REMOTE_ADDR", "-")} - - [{when}] "{request}" {status.split(" ", 1)[0]} {length} '
                f"{took:.0f}ms\n"
            )
            sys.stdout.flush()
            return start_response(status, headers, exc_info)

        return app(environ, start)

    return logged


class Command(BaseCommand):
    help = "Serve the site (waitress) on http://127.0.0.1:8000 or the given address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=1, help="processes (default 1)")
        parser.add_argument("--threads", type=int, default=4, help="threads per process (default 4)")

    def handle(self, *args: Any, **opts: Any) -> None:
        self.stdout.write(f"serving on http://{opts['host']}:{opts['port']}/ (Ctrl-C to stop)")
        self.stdout.flush()
        serve(host=opts["host"], port=opts["port"], workers=opts["workers"], threads=opts["threads"])
