"""Articles per minute from one `newsdesk worker` with 1, 2, 4 and 8 writers against a model server, on PostgreSQL.

    .venv/bin/python bench/throughput.py [--delay 5] [--per-writer 4] [--writers 1,2,4,8] [--backends database,rq]
        [--database-url postgres://postgres@127.0.0.1:5432/newsdesk_bench] [--redis-url redis://127.0.0.1:6379/13]
        [--llama-model PATH] [--llama-writers 1,2] [--llama-articles 2]

Each run empties its own database (its name must say "bench"; it is created if missing) and Redis
database, stores writers × --per-writer English items (one story each), and runs one
`newsdesk worker --batch --no-feeds --writers N` process with that task backend against
bench/latency_server.py, which answers every request after --delay seconds, any number at once
(what a large vLLM deployment looks like from one worker). The time is from the first task
started to the last one finished, so the process's start-up is not counted. The ideal is what the model
time alone allows: writers ÷ (requests per article × delay) articles a second; the ratio is the
measured rate over it, so 1.0 means newsdesk adds nothing to the model's time.

Then, if the `llama_cpp.server` module can be imported and a GGUF model is on disk (--llama-model,
or a pinned model in NEWSDESK_MODEL_DIR), the same on the database backend against a real
`python -m llama_cpp.server` on 127.0.0.1; its ideal is writers ÷ the seconds an article took with
one writer. That server answers one request at a time, so more writers cannot help it.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, replace
from datetime import datetime
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.latency_server import LatencyServer  # noqa: E402

NEWSDESK = [sys.executable, "-c", "from newsdesk.cli import main; main()"]
TOWNS = [
    "Aldmere", "Brackenford", "Carrowick", "Dunhollow", "Eskdale", "Fernhithe", "Glenmorrow", "Harrowgate",
    "Inverlea", "Jedbury", "Kilbraith", "Lowmarsh", "Marrowby", "Northwold", "Oakhaven", "Penrissey", "Quarrendon",
    "Rathmoy", "Saltcombe", "Thornaby", "Ulverdale", "Valebrook", "Wickhampton", "Yarrowfield", "Ashcombe",
    "Birchley", "Coldharbour", "Dewsford", "Elmstead", "Foxhollow", "Greyfriars", "Hollinwood", "Ivybridge",
    "Kestrelton", "Larkhill", "Millbeck",
]
THINGS = [
    ("library", "books"), ("harbour", "moorings"), ("orchard", "trees"), ("school", "laptops"),
    ("hospital", "beds"), ("museum", "paintings"), ("stadium", "seats"), ("bakery", "loaves"),
    ("brewery", "barrels"), ("observatory", "telescopes"), ("zoo", "penguins"), ("railway", "carriages"),
    ("theatre", "costumes"), ("vineyard", "vines"), ("quarry", "lorries"), ("dairy", "cows"),
    ("airfield", "gliders"), ("market", "stalls"), ("ferry", "cabins"), ("garden", "roses"),
    ("foundry", "bells"), ("lighthouse", "lamps"), ("mill", "looms"), ("archive", "maps"),
]
VERBS = ["bought", "restored", "repaired", "ordered", "donated", "installed", "planted", "catalogued"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "March", "April", "June", "August", "October", "November"]
PEOPLE = ["Ada Morrell", "Tomas Beck", "Ines Varga", "Joel Hartley", "Mira Quist", "Owen Staples", "Rhea Doyle",
          "Silas Crane", "Una Petrova", "Wes Calder"]


def items(count: int, seed: int) -> list[tuple[str, str]]:
    """Return count English items (title, summary) about different events, in different words."""
    rng = random.Random(seed)
    pairs = [(town, thing) for town in TOWNS for thing in THINGS]
    rng.shuffle(pairs)
    out = []
    for n, (town, (place, plural)) in enumerate(pairs[:count]):
        amount = 40 + 37 * n + rng.randrange(30)
        verb, day, month, person = rng.choice(VERBS), rng.choice(DAYS), rng.choice(MONTHS), rng.choice(PEOPLE)
        title = f"{town} {place} {verb} {amount} {plural}"
        summary = (
            f"The {place} in {town} said on {day} that it had {verb} {amount} {plural}. "
            f"{person}, who runs the {place}, said the {plural} would be ready by {month}. "
            f"Visitors to {town} can see them from the first week of {month}."
        )
        out.append((title, summary))
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    backend: str
    writers: int
    articles: int
    finished: int
    published: int
    seconds: float
    requests_per_article: float
    model_seconds: float  # model time one article needs

    @property
    def per_minute(self) -> float:
        return 60 * self.finished / self.seconds if self.seconds > 0 else 0.0

    @property
    def ideal_per_minute(self) -> float:
        return 60 * self.writers / self.model_seconds if self.model_seconds > 0 else 0.0

    def line(self) -> str:
        ratio = self.per_minute / self.ideal_per_minute if self.ideal_per_minute else 0.0
        return (f"{self.backend:9} {self.writers:7} {self.finished:4}/{self.articles:<4} {self.published:9} "
                f"{self.seconds:8.1f} {f'{self.requests_per_article:.2f}' if self.requests_per_article else '-':>8} "
                f"{self.per_minute:9.1f} "
                f"{self.ideal_per_minute:9.1f} {ratio:6.2f}")


HEADER = (f"{'backend':9} {'writers':>7} {'finished':9} {'published':>9} {'seconds':>8} {'req/art':>8} "
          f"{'art/min':>9} {'ideal/min':>9} {'ratio':>6}")


def prepare_database(url: str) -> None:
    """Create the bench database if it is missing, point Django at it and migrate it."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def empty(redis_url: str) -> None:
    """Empty the bench database and Redis database."""
    import redis
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=2).flushdb()
    except redis.ConnectionError:
        pass  # only the rq runs need it, and they say so


def store_items(count: int, seed: int) -> int:
    """Store count items and return how many stories they made."""
    from newsdesk.sources.add import store, validate
    from newsdesk.sources.models import Story

    for n, (title, summary) in enumerate(items(count, seed)):
        store(validate(title=title, summary=summary, url=f"https://wire.example/{seed}/{n}", language="en"))
    return Story.objects.count()


def task_times(backend: str, redis_url: str) -> tuple[datetime | None, datetime | None]:
    """Return when the first task of a run started and the last one finished, from the database or Redis."""
    if backend == "database":
        from django.db.models import Max, Min
        from django_tasks_db.models import DBTaskResult

        span = DBTaskResult.objects.aggregate(first=Min("started_at"), last=Max("finished_at"))
        return span["first"], span["last"]
    import redis
    from rq import Queue
    from rq.job import Job
    from rq.registry import FailedJobRegistry, FinishedJobRegistry

    queue = Queue("default", connection=redis.Redis.from_url(redis_url))
    ids = FinishedJobRegistry(queue=queue).get_job_ids() + FailedJobRegistry(queue=queue).get_job_ids()
    jobs = [job for job in Job.fetch_many(ids, connection=queue.connection) if job is not None]
    starts = [job.started_at for job in jobs if job.started_at]
    ends = [job.ended_at for job in jobs if job.ended_at]
    return (min(starts) if starts else None), (max(ends) if ends else None)


def run_worker(*, backend: str, writers: int, env: dict[str, str], redis_url: str) -> tuple[int, int, float]:
    """Run one `newsdesk worker --batch`; return the articles finished and published, and the seconds they took."""
    from newsdesk.articles.models import Article

    done = subprocess.run(  # noqa: S603 (newsdesk itself, with our own arguments)
        [*NEWSDESK, "worker", "--batch", "--no-feeds", "--no-startup-delay", "--writers", str(writers)],
        env={**env, "NEWSDESK_TASKS_BACKEND": backend}, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        sys.exit(f"newsdesk worker failed ({backend}, {writers} writers):\n{done.stdout}\n{done.stderr}")
    for line in done.stdout.splitlines():
        if "not written" in line:
            print(f"  note: {line[:300]}", flush=True)
    finished = Article.objects.exclude(status=Article.Status.DRAFT)
    first, last = task_times(backend, redis_url)  # from the first task started to the last one finished
    seconds = (last - first).total_seconds() if first and last else 0.0
    return finished.count(), finished.filter(status=Article.Status.PUBLISHED).count(), seconds


def measure(*, backend: str, writers: int, articles: int, server: LatencyServer | None, env: dict[str, str],
            redis_url: str, seed: int, model_seconds: float | None = None) -> Run:
    """Store the items of one run, write them, and return what it measured."""
    empty(redis_url)
    stories = store_items(articles, seed)
    if stories != articles:
        print(f"  note: {articles} items made {stories} stories", flush=True)
    before = server.requests if server else 0
    finished, published, seconds = run_worker(backend=backend, writers=writers, env=env, redis_url=redis_url)
    requests = (server.requests - before) / max(1, finished) if server else 0.0
    return Run(backend=backend, writers=writers, articles=stories, finished=finished, published=published,
               seconds=seconds, requests_per_article=requests,
               model_seconds=model_seconds if model_seconds is not None or server is None else requests * server.delay)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def llama_model(given: str | None) -> Path | None:
    """Return the GGUF file to serve: the one given, else the smallest pinned model already on disk."""
    if given:
        return Path(given).expanduser()
    from django.conf import settings

    from newsdesk.llm.pinned import PINNED

    for name in sorted(PINNED, key=lambda name: PINNED[name].size):
        path = Path(settings.NEWSDESK_MODEL_DIR) / f"{name}.gguf"
        if path.exists():
            return path
    return None


def llama_rows(args: argparse.Namespace, env: dict[str, str]) -> None:
    if find_spec("llama_cpp") is None or find_spec("llama_cpp.server") is None:
        print("\nllama_cpp.server: skipped (the llama_cpp.server module cannot be imported: "
              "pip install 'llama-cpp-python[server]')")
        return
    model = llama_model(args.llama_model)
    if model is None or not model.exists():
        print(f"\nllama_cpp.server: skipped (no model: {model or 'no pinned model in NEWSDESK_MODEL_DIR'}; "
              "give --llama-model PATH)")
        return
    port = free_port()
    threads = str(os.cpu_count() or 2)
    server = subprocess.Popen(  # noqa: S603 (llama.cpp's server, with our own arguments)
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port),
         "--n_ctx", "4096", "--n_threads", threads, "--model_alias", model.stem],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}/v1"
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{base}/models", timeout=2):  # noqa: S310 (our own server)
                    break
            except OSError:
                time.sleep(0.5)
        else:
            print("\nllama_cpp.server: skipped (it did not start within 2 minutes)")
            return
        print(f"\nllama_cpp.server with {model.name} ({threads} threads), database backend, "
              f"{args.llama_articles} articles a run:")
        print(HEADER)
        llama_env = {**env, "NEWSDESK_LLM_BASE_URL": base, "NEWSDESK_LLM_MODEL": model.stem}
        one_writer: float | None = None  # the seconds an article took with one writer: the ideal of every run
        for writers in [1, *(w for w in args.llama_writers if w != 1)]:
            run = measure(backend="database", writers=writers, articles=args.llama_articles, server=None,
                          env=llama_env, redis_url=args.redis_url, seed=1000,  # the same items each run
                          model_seconds=one_writer or 0.0)
            if one_writer is None:
                one_writer = run.seconds / max(1, run.finished)
                run = replace(run, model_seconds=one_writer)
            print(run.line(), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


def numbers(text: str) -> list[int]:
    try:
        values = [int(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"a comma-separated list of whole numbers, not {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("every number must be at least 1")
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=5.0, help="seconds the latency server takes per request")
    parser.add_argument("--per-writer", type=int, default=4, help="articles per writer in each run")
    parser.add_argument("--writers", type=numbers, default=[1, 2, 4, 8])
    parser.add_argument("--backends", default="database,rq")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/newsdesk_bench")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--llama-model", help="a GGUF file for the llama_cpp.server rows")
    parser.add_argument("--llama-writers", type=numbers, default=[1, 2])
    parser.add_argument("--llama-articles", type=int, default=2)
    parser.add_argument("--no-llama", action="store_true", help="skip the llama_cpp.server rows")
    args = parser.parse_args()
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if not set(backends) <= {"database", "rq"} or not backends:
        parser.error("--backends takes database and/or rq")
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("--database-url must be a PostgreSQL URL")
    if "bench" not in urlsplit(args.database_url).path:
        parser.error("the bench empties its database: give one whose name says bench (e.g. newsdesk_bench)")
    if args.delay <= 0 or args.per_writer < 1 or args.llama_articles < 1:
        parser.error("--delay must be above 0, --per-writer and --llama-articles at least 1")

    var = tempfile.mkdtemp(prefix="newsdesk-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))}
    env.update(DATABASE_URL=args.database_url, NEWSDESK_REDIS_URL=args.redis_url, NEWSDESK_VAR_DIR=var,
               DJANGO_SETTINGS_MODULE="newsdesk.settings", NEWSDESK_LLM_BACKEND="openai")
    os.environ.update(env)
    prepare_database(args.database_url)

    server = LatencyServer(delay=args.delay).start()
    try:
        env["NEWSDESK_LLM_BASE_URL"] = server.base_url
        print(f"latency server: {args.delay} s a request, no limit on concurrency; PostgreSQL; "
              f"{args.per_writer} articles per writer; {os.cpu_count()} cores")
        print(HEADER)
        for backend in backends:
            for writers in args.writers:
                run = measure(backend=backend, writers=writers, articles=writers * args.per_writer, server=server,
                              env=env, redis_url=args.redis_url, seed=writers)
                print(run.line(), flush=True)
        print(f"(the server had at most {server.busiest} requests in flight at once)")
    finally:
        server.stop()
    if not args.no_llama:
        llama_rows(args, env)


if __name__ == "__main__":
    main()
