"""Print the site's requests/s and p99 under load, under password guessing and beside slow clients.

    .venv/bin/python bench/site.py [--clients 50] [--seconds 10] [--max-requests 20000] [--workers 2]
                                   [--threads 4] [--readers 4] [--guessers 8] [--slow-clients 16]

The site runs as `newsdesk serve` runs it (waitress, `--workers` processes of `--threads` threads,
pinned to 2 cores) with production settings (DEBUG off, WhiteNoise, collected static files) on a fresh SQLite
database in a temporary directory, holding one published article (checked sentence by sentence, so its
page shows its key-figures panel and chart) with comments and ratings, and one editor. The share card's
drawing time is printed too. The load comes from this process, on 127.0.0.1, one request per connection:

- article page and static file: 50 concurrent clients, each run bounded by time and by request
  count. Client and server share the machine's cores, so the absolute figures understate the server;
  the ratio article/static (goal >= 0.3) is what to compare between runs.
- password guessing: the article page's p99 for 4 readers, quiet and then while 8 clients post wrong
  passwords to /admin/login/ from the same address as fast as they are answered (goal: within 2x of
  quiet). The guessers' answers are counted: a 200 is a refused password (hashed, about 0.5 s of CPU),
  a 429 the lockout page (nothing hashed). Between the two, the same 8 clients only load the login
  form, as a guesser does before each post: the load of the guessers' requests without their
  guesses, so that guessing/login forms is what the guessing itself costs the readers.
- slow clients: 16 connections send a request head one byte every 0.5 s and never finish it; after
  3 s, is a normal request for the article page answered within 1 s?
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
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


FRENCH = (
    "Le 30 octobre, Meta a présenté ses résultats du troisième trimestre et détaillé un investissement "
    "de 14,3 milliards de dollars dans Scale AI. Le groupe prévoit jusqu'à 72 milliards de dollars de "
    "dépenses d'investissement en 2025. Ses revenus publicitaires ont augmenté de 26 % d'une année sur "
    "l'autre, à 51,24 milliards de dollars."
)
BODY = [
    ("Meta expects capital spending of up to $72 billion in 2025.", [3]),
    ("Meta's advertising revenue rose 26% year over year to $51.24 billion.", [4]),
    ("Meta presented its third-quarter results on October 30.", [2]),
]


def prepare_site(env: dict[str, str]) -> str:
    """Migrate, collect static files and store one published article, checked, with its key figures; return its path."""
    os.environ.update(env)
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.utils import timezone

    from newsdesk.articles.models import Article
    from newsdesk.engagement.models import Comment, Rating
    from newsdesk.factcheck.check import check_article
    from newsdesk.sources.add import store, validate

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    item, _ = store(validate(title="Meta investit 14,3 milliards de dollars dans Scale AI", summary=FRENCH,
                             url="https://example.com/meta-scale", language="fr"))
    sentences = [
        {"text": "Meta puts $14.3 billion into Scale AI", "part": "headline", "cites": [1]},
        {"text": "Meta said on October 30 that it invested $14.3 billion in Scale AI.", "part": "standfirst",
         "cites": [2]},
    ]
    for n in range(1, 5):  # four paragraphs, about as long as a full article
        sentences += [{"text": text, "part": "body", "cites": cites, "paragraph": n, "heading": ""}
                      for text, cites in BODY]
    article = Article(story=item.story, status=Article.Status.PUBLISHED, published_at=timezone.now(),
                      model_id="bench-model")
    article.set_sentences(sentences)
    article.save()
    article.sources.set([item])
    verification = check_article(article)
    article.check_label = verification.label
    article.save()
    if not verification.passed:
        raise SystemExit(f"the bench article did not pass its check: {verification.summary}")
    for n in range(20):
        Rating.objects.create(article=article, reader=f"r{n}", stars=n % 5 + 1)
        Comment.objects.create(
            article=article,
            name=f"Reader {n}",
            text=f"Comment {n} https://example.org/{n}",
            status=Comment.Status.APPROVED,
        )
    User.objects.create_superuser("editor", "editor@example.com", secrets.token_urlsafe(16))
    return article.get_absolute_url()


def card_render_ms(runs: int = 10) -> tuple[float, int]:
    """Return the median time to draw the stored article's share card, and its size in bytes."""
    from django.conf import settings

    from newsdesk.articles.card import render_card
    from newsdesk.articles.figures import figures_of
    from newsdesk.articles.models import Article

    article = Article.objects.get()
    figures = figures_of(article)
    times, png = [], b""
    for _ in range(runs):
        started = time.perf_counter()
        png = render_card(headline=figures.title_or(article.headline), figures=figures,
                          site_name=settings.NEWSDESK_SITE_NAME)
        times.append(time.perf_counter() - started)
    return sorted(times)[runs // 2] * 1000, len(png)


async def exchange(port: int, head: str, body: bytes = b"") -> bytes:
    """Send one request on its own connection and return the whole answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode() + body)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data


def status_of(answer: bytes) -> int:
    return int(answer[9:12]) if answer.startswith(b"HTTP/1.") else 0


async def one_request(port: int, path: str) -> tuple[int, float]:
    started = time.perf_counter()
    answer = await exchange(port, f"GET {path} HTTP/1.1")
    return status_of(answer), time.perf_counter() - started


async def guess_passwords(port: int, until: float, post: bool) -> dict[int, int]:
    """Post wrong passwords for 'editor' to the admin login until the deadline; count the answers by status.

    With post=False only load the login form, as often: the load of the guessers without their guesses.
    """
    answers: dict[int, int] = {}
    n = 0
    while time.perf_counter() < until:
        form = await exchange(port, "GET /admin/login/ HTTP/1.1")
        cookie = re.search(rb"csrftoken=([^;]+)", form)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        if not (post and cookie and token):
            answers[status_of(form)] = answers.get(status_of(form), 0) + 1
            continue
        n += 1
        body = b"csrfmiddlewaretoken=" + token[1] + f"&username=editor&password=guess{n}".encode()
        answer = await exchange(
            port,
            f"POST /admin/login/?next=/admin/ HTTP/1.1\r\nCookie: csrftoken={cookie[1].decode()}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}",
            body,
        )
        answers[status_of(answer)] = answers.get(status_of(answer), 0) + 1
    return answers


async def while_guessing(
    port: int, path: str, args: argparse.Namespace, *, post: bool = True
) -> tuple[dict[str, float], dict[int, int]]:
    until = time.perf_counter() + args.seconds
    guessers = [asyncio.create_task(guess_passwords(port, until, post)) for _ in range(args.guessers)]
    readers = await load(port, path, args.readers, args.seconds, args.max_requests)
    counts: dict[int, int] = {}
    for done in await asyncio.gather(*guessers):
        for status, count in done.items():
            counts[status] = counts.get(status, 0) + count
    return readers, counts


async def dribble(port: int, stop: asyncio.Event) -> None:
    """Send a request head one byte every 0.5 s, never finishing it, until told to stop."""
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"z" * 1000:
            writer.write(bytes([byte]))
            await writer.drain()
            try:
                await asyncio.wait_for(stop.wait(), 0.5)
                break
            except TimeoutError:
                pass
    except OSError:
        pass  # the server may drop a client it finds too slow
    finally:
        writer.close()


async def beside_slow_clients(port: int, path: str, clients: int) -> tuple[int, float]:
    """Hold `clients` slow connections open for 3 s, then time one normal request (at most 1 s)."""
    stop = asyncio.Event()
    slow = [asyncio.create_task(dribble(port, stop)) for _ in range(clients)]
    await asyncio.sleep(3)
    try:
        status, took = await asyncio.wait_for(one_request(port, path), 1.0)
    except TimeoutError:
        status, took = 0, float("inf")
    stop.set()
    await asyncio.gather(*slow, return_exceptions=True)
    return status, took


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
    raise SystemExit("newsdesk serve did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2, help="newsdesk serve processes (one per core)")
    parser.add_argument("--threads", type=int, default=4, help="threads per process (newsdesk serve's default)")
    parser.add_argument("--readers", type=int, default=4, help="readers of the article page beside the guessers")
    parser.add_argument("--guessers", type=int, default=8, help="clients guessing passwords at once")
    parser.add_argument("--slow-clients", type=int, default=16, help="connections that never finish a request")
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
        "-c",
        "from newsdesk.cli import main; main()",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--threads",
        str(args.threads),
    ]
    if shutil.which("taskset"):
        command = ["taskset", "-c", cores, *command]
    server_log = Path(var) / "server.log"  # its access lines and the lockout warnings
    server = subprocess.Popen(  # noqa: S603 - fixed command
        command, cwd=ROOT, env={**os.environ, **env}, stdout=server_log.open("w"), stderr=subprocess.STDOUT
    )
    try:
        wait_until_up(port)
        for path in (article_path, static_path):  # warm the workers' caches
            asyncio.run(load(port, path, 4, 1.0, 200))
        page = asyncio.run(exchange(port, f"GET {article_path} HTTP/1.1"))
        shown = [part for part in (b'<section class="key-figures"', b'<svg', b'og:image') if part in page]
        if len(shown) != 3:
            raise SystemExit(f"the article page lacks its key figures, chart or card: found only {shown}")
        results = {}
        for name, path in [("article page", article_path), ("static file", static_path)]:
            results[name] = asyncio.run(load(port, path, args.clients, args.seconds, args.max_requests))
            r = results[name]
            counts = f"({r['ok']} ok, {r['errors']} errors)"
            print(f"{name:13} {r['rps']:8.0f} req/s  p99 {r['p99_ms']:7.1f} ms  {counts}")
        ratio = results["article page"]["rps"] / results["static file"]["rps"]
        print(
            f"ratio article/static {ratio:.2f} (goal >= 0.3); newsdesk serve, {args.workers} processes "
            f"of {args.threads} threads on cores {cores}, {args.clients} clients; the page holds its key "
            f"figures panel and chart ({len(page):,} bytes)"
        )
        milliseconds, size = card_render_ms()
        print(f"{'share card':13} drawn in {milliseconds:.1f} ms (median of 10, 1200x630 PNG of {size:,} bytes; "
              "once per revision, then served from storage)")

        quiet = asyncio.run(load(port, article_path, args.readers, args.seconds, args.max_requests))
        forms, _ = asyncio.run(while_guessing(port, article_path, args, post=False))
        guessing, answers = asyncio.run(while_guessing(port, article_path, args))
        factor = guessing["p99_ms"] / quiet["p99_ms"]
        print(f"{'quiet':13} {quiet['rps']:8.0f} req/s  p99 {quiet['p99_ms']:7.1f} ms  ({args.readers} readers)")
        print(
            f"{'login forms':13} {forms['rps']:8.0f} req/s  p99 {forms['p99_ms']:7.1f} ms  ({args.readers} readers, "
            f"{args.guessers} clients loading the login form, posting nothing)"
        )
        print(
            f"{'guessing':13} {guessing['rps']:8.0f} req/s  p99 {guessing['p99_ms']:7.1f} ms  ({args.readers} readers, "
            f"{args.guessers} guessers: {answers.get(200, 0)} passwords refused, {answers.get(429, 0)} locked out, "
            f"{sum(v for k, v in answers.items() if k not in (200, 429))} other)"
        )
        print(
            f"p99 guessing/quiet {factor:.2f} (goal <= 2); guessing/login forms "
            f"{guessing['p99_ms'] / forms['p99_ms']:.2f} (what the guesses cost beyond the requests)"
        )

        status, took = asyncio.run(beside_slow_clients(port, article_path, args.slow_clients))
        answered = f"answered {status} in {took * 1000:.1f} ms" if status else "not answered within 1 s"
        print(f"{'slow clients':13} {args.slow_clients} connections held open: a request was {answered} (goal < 1 s)")
        unexpected = [
            line
            for line in server_log.read_text().splitlines()
            if not line.startswith(("AXES: ", "serving on "))
            and not re.match(r'\S+ - - \[[^]]+\] "[^"]*" \d{3} ', line)
        ]
        print(f"server log: {len(unexpected)} lines other than access lines and login failures")
        for line in unexpected[:10]:
            print(f"  {line}")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    main()
