from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


def serve(*, host: str, port: int, workers: int = 1, threads: int = 4) -> None:
    """Serve the site with gunicorn in this process group."""
    from gunicorn.app.base import BaseApplication

    from newsdesk.wsgi import application

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)
            self.cfg.set("accesslog", "-")

        def load(self) -> Any:
            return application

    Server().run()


class Command(BaseCommand):
    help = "Serve the site (gunicorn) on http://127.0.0.1:8000 or the given address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=1, help="processes (default 1)")
        parser.add_argument("--threads", type=int, default=4, help="threads per process (default 4)")

    def handle(self, *args: Any, **opts: Any) -> None:
        self.stdout.write(f"serving on http://{opts['host']}:{opts['port']}/ (Ctrl-C to stop)")
        serve(host=opts["host"], port=opts["port"], workers=opts["workers"], threads=opts["threads"])
