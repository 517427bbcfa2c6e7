"""Print article-page and static-file requests/s and p99 latency from gunicorn on 2 cores, and their ratio.

    .venv/bin/python bench/site.py [--clients 50] [--seconds 10] [--max-requests 20000] [--workers 2]

The site runs with production settings (DEBUG off, WhiteNoise, collected static files) on a fresh SQLite
database in a temporary directory, holding one published article with comments and ratings. The load
comes from this process: 50 concurrent clients on 127.0.0.1, one request per connection (gunicorn's sync
workers do not keep connections alive), each run bounded by time and by request count. Client and server
share the machine's cores, so the absolute figures understate the server; the ratio (goal >= 0.3) is
what to compare between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_site(env: dict[str, str]) -> str:
    """Migrate, collect static files and store one published article; return its path."""
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from newsdesk.articles.models import Article
    from newsdesk.engagement.models import Comment, Rating
    from newsdesk.factcheck.models import Verification
    from newsdesk.sources.models import SourceItem, Story

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    story = Story.objects.create(title="Meta invests in Scale AI")
    SourceItem.objects.create(
        title="Meta investit 14,3 milliards de dollars dans Scale AI",
        language="fr",
        story=story,
        url="https://example.com/meta-scale",
        summary="Le 30 octobre, Meta a présenté un investissement de 14,3 milliards de dollars.",
    )
    body = "Meta said on October 30 that it invested $14.3 billion in Scale AI. " * 6
    article = Article.objects.create(
        story=story,
        headline="Meta puts $14.3 billion into Scale AI",
        standfirst=body[:200],
        status=Article.Status.PUBLISHED,
        published_at=timezone.now(),
        model_id="bench-model",
        sections=[{"heading": f"Part {n}", "body": body, "kind": "body"} for n in range(4)]
        + [{"heading": "Conclusion", "body": body, "kind": "conclusion"}],
    )
    article.sources.set(story.items.all())
    Verification.objects.create(
        article=article,
        passed=True,
        summary="checked against the source: all supported",
        claims=[
            {"text": "$14.3 billion", "kind": "money", "verdict": "supported", "evidence": "14,3 milliards"}
        ]
        * 8,
    )
    for n in range(20):
        Rating.objects.create(article=article, reader=f"r{n}", stars=n % 5 + 1)
        Comment.objects.create(
            article=article,
            name=f"Reader {n}",
            text=f"Comment {n} https://example.org/{n}",
            status=Comment.Status.APPROVED,
        )
    return article.get_absolute_url()


async def one_request(port: int, path: str) -> tuple[int, float]:
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    status = int(data[9:12]) if data.startswith(b"HTTP/1.") else 0
    return status, time.perf_counter() - started


async def load(port: int, path: str, clients: int, seconds: float, max_requests: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal errors
        while time.perf_counter() < deadline and len(latencies) + errors < max_requests:
            try:
                status, took = await one_request(port, path)
            except OSError:
                errors += 1
                continue
            if status == 200:
                latencies.append(took)
            else:
                errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan")
    return {"rps": len(latencies) / elapsed, "p99_ms": p99 * 1000, "ok": len(latencies), "errors": errors}


def wait_until_up(port: int, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (one per core)")
    args = parser.parse_args()

    var = tempfile.mkdtemp(prefix="newsdesk-site-bench-")
    env = {
        "NEWSDESK_VAR_DIR": var,
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "NEWSDESK_LOG_LEVEL": "ERROR",
        "DATABASE_CONN_MAX_AGE": "300",  # persistent connections, as in production
    }
    article_path = prepare_site(env)
    from django.contrib.staticfiles.storage import staticfiles_storage

    static_path = "/static/" + "newsdesk/site.css"
    if not staticfiles_storage.exists("newsdesk/site.css"):
        raise SystemExit("collectstatic did not collect newsdesk/site.css")
    port = free_port()
    cores = ",".join(str(c) for c in sorted(os.sched_getaffinity(0))[:2])
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "newsdesk.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        "sync",
        "--backlog",
        "2048",
        "--log-level",
        "warning",
    ]
    if shutil.which("taskset"):
        command = ["taskset", "-c", cores, *command]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})  # noqa: S603 - fixed command
    try:
        wait_until_up(port)
        for path in (article_path, static_path):  # warm the workers' caches
            asyncio.run(load(port, path, 4, 1.0, 200))
        results = {}
        for name, path in [("article page", article_path), ("static file", static_path)]:
            results[name] = asyncio.run(load(port, path, args.clients, args.seconds, args.max_requests))
            r = results[name]
            counts = f"({r['ok']} ok, {r['errors']} errors)"
            print(f"{name:13} {r['rps']:8.0f} req/s  p99 {r['p99_ms']:7.1f} ms  {counts}")
        ratio = results["article page"]["rps"] / results["static file"]["rps"]
        print(
            f"ratio article/static {ratio:.2f} (goal >= 0.3); gunicorn {args.workers} sync workers "
            f"on cores {cores}, {args.clients} clients"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    main()
