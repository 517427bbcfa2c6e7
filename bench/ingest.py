"""Print ingestion figures: parse + dedup of 10,000 feed entries, clustering, attaching at scale, hostile peaks.

    .venv/bin/python bench/ingest.py [--entries 10000] [--eval ../shared/eval] [--scale 1000,10000,100000]
                                     [--attach 500] [--postgres postgres://postgres@127.0.0.1:5432/newsdesk]
                                     [--no-clustering] [--hostile]

Clustering is measured on a labelled set built from the development data in ../shared/eval:
- DEMETR: each WMT news sentence in its source language (fr, de, es, it, cs, pl, ru, hi, ja, zh) and
  its English reference are one event; where the perturbation replaced a number or a named entity,
  the perturbed English sentence is a *different* event with nearly the same words.
- OrangeSum: each French title + abstract (a wire item) and the opening of its article are one event.
Items are clustered the way stories are (greedy, best match above the threshold, no time window),
then every pair of items is scored: precision = pairs put together that belong together / pairs
put together; recall = pairs put together that belong together / pairs that belong together.
The same sets are then stored through the feed path (`store_many`, 50 items a fetch), so the
stories the database ends with are scored too, with a digest of which items share a story: the
figures to compare across commits.

Attaching at scale: synthetic items (10,000 a day going back from now, about 2 an event in English,
French or German, names drawn from a long tail, figures and dates of their event) are bulk-stored in
three databases, 1,000, 10,000 and 100,000 of them. Then --attach new items for each (half
follow-ups of stored events of the last 4 days, half new events) are stored through the feed path,
50 a fetch, the fetches taking turns between the databases so that other load on the machine falls
on every row alike. It prints items attached per second (of the median fetch), how many follow-ups
joined their event's story and how many new events were wrongly joined to a stored one.

Each part runs in its own new database: SQLite files in a temporary directory, or with --postgres,
databases created for the run on that server and dropped after it (the one named is not touched).
The script uses only what every commit has (store_many, the models), so a copy of it runs against
an older checkout: `git worktree add /tmp/old <commit>; cp bench/ingest.py /tmp/old/bench/;
PYTHONPATH=/tmp/old .venv/bin/python /tmp/old/bench/ingest.py ...`.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdesk.factcheck.evaluate import DEMETR_LANGUAGES  # noqa: E402 - after the path is set

BENCH_DIR = Path(tempfile.mkdtemp(prefix="newsdesk-bench-ingest-"))
atexit.register(shutil.rmtree, BENCH_DIR, ignore_errors=True)
_postgres: dict[str, str] = {}  # the server's URL, when --postgres is given
_created = itertools.count(1)


def setup_django(postgres: str = "") -> None:
    os.environ.update(NEWSDESK_VAR_DIR=str(BENCH_DIR), DJANGO_SETTINGS_MODULE="newsdesk.settings")
    if postgres:
        _postgres["url"] = postgres
        os.environ["DATABASE_URL"] = _create_postgres_database("main")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _create_postgres_database(label: str) -> str:
    """Create an empty database for this run on the --postgres server; return its URL. Dropped at exit."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    url = urlsplit(_postgres["url"])
    name = f"newsdesk_bench_{label}_{os.getpid()}_{next(_created)}"
    with psycopg.connect(urlunsplit(url._replace(path="/postgres")), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(urlunsplit(url._replace(path="/postgres")), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    atexit.register(drop)
    return urlunsplit(url._replace(path=f"/{name}"))


def fresh_database(label: str) -> str:
    """Point the default connection at a new, migrated, empty database; return its name."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    connections.close_all()
    if _postgres:
        from urllib.parse import urlsplit

        name = urlsplit(_create_postgres_database(label)).path.lstrip("/")
    else:
        name = str(BENCH_DIR / f"{label}-{next(_created)}.sqlite3")
    settings.DATABASES["default"]["NAME"] = name
    connections["default"].settings_dict["NAME"] = name
    call_command("migrate", verbosity=0)
    return name


def describe(name: str) -> str:
    from django.db import connection

    return f"{connection.vendor} {Path(name).name}"


def synthetic_feed(n: int, *, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    firms = [
        "Nvidia",
        "Alphabet",
        "Meta",
        "Mistral AI",
        "ASML",
        "AMD",
        "OpenAI",
        "DeepSeek",
        "SAP",
        "Siemens",
    ]
    verbs = ["raises", "cuts", "reports", "confirms", "announces", "delays", "expands", "sells"]
    things = [
        "spending plan",
        "quarterly revenue",
        "chip supply deal",
        "data centre",
        "share buyback",
        "forecast",
    ]
    items = []
    for i in range(n):
        firm, verb, thing = rng.choice(firms), rng.choice(verbs), rng.choice(things)
        amount = rng.randint(2, 900) / 10
        tracking = "?utm_source=rss&amp;utm_medium=feed" if i % 3 == 0 else ""
        items.append(
            f"<item><title>{firm} {verb} its {thing} to ${amount} billion ({i})</title>"
            f"<link>https://wire.example/{i}{tracking}</link><guid>https://wire.example/{i}</guid>"
            f"<description>&lt;p&gt;{firm} said on {rng.randint(1, 28)} October that it {verb} its {thing} "
            f"to "
            f"${amount} billion, item {i}.&lt;/p&gt;</description>"
            f"<pubDate>Thu, 30 Oct 2025 {i % 24:02d}:{i % 60:02d}:00 GMT</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench wire</title>'
        "<link>https://wire.example/</link><description>bench</description><language>en</language>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def bench_feed(n: int) -> None:
    print(f"feed ({describe(fresh_database('feed'))}):")
    from newsdesk.sources.feeds import parse_feed
    from newsdesk.sources.ingest import new_items, store_many, to_item
    from newsdesk.sources.models import Feed, SourceItem

    data = synthetic_feed(n)
    feed = Feed.objects.create(url="https://wire.example/rss")
    for run in ("first fetch (all new)", "second fetch (all duplicates)"):
        started = time.perf_counter()
        parsed = parse_feed(data, content_type="application/rss+xml")
        parsed_at = time.perf_counter()
        items = [to_item(entry, language=parsed.language) for entry in parsed.entries]
        fresh, duplicates = new_items(items)
        deduped_at = time.perf_counter()
        added = store_many(fresh, feed=feed) if fresh else 0
        stored_at = time.perf_counter()
        print(
            f"{run}: {len(parsed.entries):,} entries ({len(data) / 1e6:.1f} MB): "
            f"parse {parsed_at - started:.2f} s + dedup {deduped_at - parsed_at:.2f} s "
            f"= {deduped_at - started:.2f} s (goal <= 10 s); store {stored_at - deduped_at:.2f} s "
            f"({added:,} added, {duplicates:,} duplicates)"
        )
    print(f"stored items: {SourceItem.objects.count():,}")


def demetr(path: Path, limit: int) -> Iterator[tuple[str, str, str]]:
    """Yield (event label, language, text)."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    seen: set[int] = set()
    for row in rows:
        if row["id"] in seen or row["lang_tag"] not in DEMETR_LANGUAGES:
            continue
        seen.add(row["id"])
        if len(seen) > limit:
            return
        label = f"demetr-{row['lang_tag']}-{row['id']}"
        yield label, DEMETR_LANGUAGES[row["lang_tag"]], row["src_sent"]
        yield label, "en", row["eng_sent"]
        name = row.get("pert_name", "")
        if row.get("pert_check") and ("numbers_replaced" in name or "named_entity_replaced" in name):
            yield label + "-perturbed", "en", row["pert_sent"]


def orangesum(path: Path, limit: int) -> Iterator[tuple[str, str, str]]:
    for n, line in enumerate(path.open(encoding="utf-8")):
        if n >= limit:
            return
        row = json.loads(line)
        label = f"orangesum-{row['id']}"
        yield label, "fr", f"{row['title']}.\n{row['abstract']}"
        opening = " ".join(row["article"].split()[:120])
        yield label, "fr", opening


def cluster(texts: list[str], threshold: float) -> list[int]:
    from newsdesk.sources.events import EventIndex, fingerprint

    index = EventIndex(threshold=threshold)
    stories: list[int] = []
    for text in texts:
        fp = fingerprint(text)
        story = index.match(fp, None)
        if story is None:
            story = len(stories) + 1
        stories.append(story)
        index.add(story, None, fp)
    return stories


def pair_scores(labels: list[str], stories: list[int]) -> tuple[float, float, int, int]:
    together = same = both = 0
    for i, j in itertools.combinations(range(len(labels)), 2):
        truth = labels[i] == labels[j]
        guess = stories[i] == stories[j]
        same += truth
        together += guess
        both += truth and guess
    return (both / together if together else 1.0), (both / same if same else 1.0), together, same


def eval_sets(eval_dir: Path, demetr_rows: int, orangesum_rows: int) -> dict[str, list[tuple[str, str, str]]]:
    """Return the labelled sets, each shuffled the same way every run: (event label, language, text)."""
    sets = {
        "DEMETR (10 languages + English, perturbed negatives)": list(
            demetr(eval_dir / "demetr_dev.jsonl", demetr_rows)
        ),
        "OrangeSum (French wire item vs article opening)": list(
            orangesum(eval_dir / "orangesum_dev.jsonl", orangesum_rows)
        ),
    }
    sets["both together"] = [row for rows in list(sets.values()) for row in rows]
    rng = random.Random(11)
    shuffled = {}
    for name, rows in sets.items():
        rows = rows[:]
        rng.shuffle(rows)
        shuffled[name] = rows
    return shuffled


def bench_clustering(sets: dict[str, list[tuple[str, str, str]]]) -> None:
    from newsdesk.sources.events import THRESHOLD

    print("clustering in memory (events.py, every item against every earlier one):")
    for name, rows in sets.items():
        labels = [label for label, _, _ in rows]
        texts = [text for _, _, text in rows]
        events = len(set(labels))
        for threshold in sorted({THRESHOLD, 4.0, 4.5, 5.0, 6.0}):
            started = time.perf_counter()
            stories = cluster(texts, threshold)
            precision, recall, together, same = pair_scores(labels, stories)
            mark = " (default)" if threshold == THRESHOLD else ""
            print(
                f"{name}: {len(rows)} items, {events} events, threshold {threshold}{mark}: "
                f"precision {precision:.3f}, recall {recall:.3f} "
                f"({together} pairs joined, {same} true pairs; {time.perf_counter() - started:.1f} s)"
            )
    by_language: dict[str, list[tuple[str, str, str]]] = {}
    for row in sets["DEMETR (10 languages + English, perturbed negatives)"]:
        by_language.setdefault(row[0].split("-")[1], []).append(row)
    for language, rows in sorted(by_language.items()):
        labels = [label for label, _, _ in rows]
        precision, recall, _, _ = pair_scores(labels, cluster([text for _, _, text in rows], THRESHOLD))
        print(f"  DEMETR {language} vs English: precision {precision:.3f}, recall {recall:.3f}")


def stored_stories(rows: list[tuple[str, str, str]], batch: int) -> list[int]:
    """Store rows through the feed path, batch items a fetch, into a new database; return each one's story."""
    from newsdesk.sources.add import NewItem
    from newsdesk.sources.ingest import store_many
    from newsdesk.sources.models import SourceItem

    items = [
        NewItem(title="", summary=text, url=f"https://eval.example/{n}", language=language)
        for n, (_, language, text) in enumerate(rows)
    ]
    for start in range(0, len(items), batch):
        store_many(items[start : start + batch])
    story_of = dict(SourceItem.objects.values_list("url", "story_id"))
    return [story_of[item.url] for item in items]


def bench_stored_clustering(sets: dict[str, list[tuple[str, str, str]]], batch: int) -> None:
    print(f"clustering through stored stories (store_many, {batch} items a fetch, default threshold):")
    for name, rows in sets.items():
        database = describe(fresh_database("clustering"))
        labels = [label for label, _, _ in rows]
        started = time.perf_counter()
        stories = stored_stories(rows, batch)
        took = time.perf_counter() - started
        precision, recall, together, same = pair_scores(labels, stories)
        first: dict[int, int] = {}
        partition = [first.setdefault(story, len(first)) for story in stories]
        digest = hashlib.sha256(json.dumps(partition).encode()).hexdigest()[:12]
        print(
            f"{name}: {len(rows)} items: precision {precision:.3f}, recall {recall:.3f} "
            f"({together} pairs joined, {same} true pairs; stories {digest}; {took:.1f} s, "
            f"{len(rows) / took:,.0f} items/s, {database})"
        )
        if name.startswith("DEMETR"):
            cross = [
                (label, story)
                for label, (_, language, _), story in zip(labels, rows, stories, strict=True)
                if not label.endswith("-perturbed")
            ]
            by_event: dict[str, set[int]] = {}
            for label, story in cross:
                by_event.setdefault(label, set()).add(story)
            joined = sum(len(found) == 1 for found in by_event.values())
            print(f"  DEMETR sentence and its English reference in one story: {joined / len(by_event):.3f}")


PER_DAY = 10_000  # items a day, the rate the issue plans for


@dataclass(frozen=True, slots=True, kw_only=True)
class SyntheticEvent:
    number: int
    when: datetime
    names: tuple[str, str, str]
    amount: float  # in billions
    percent: float
    day: int
    month: int


class SyntheticNews:
    """Events and items about them, in English, French and German, with names drawn from a long tail."""

    SYLLABLES = "ka lo mi ra ven tor sul bri dan fel gor hal jun kes lim nor pas qui rot sem tal vik wen zor".split()
    MONTHS = {
        "en": "January February March April May June July August September October November December".split(),
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    }

    def __init__(self, seed: int = 5, names: int = 40_000) -> None:
        self.rng = random.Random(seed)
        pool = set()
        while len(pool) < names:
            pool.add("".join(self.rng.choice(self.SYLLABLES) for _ in range(self.rng.randint(2, 4))).capitalize())
        self.names = sorted(pool)
        self.rng.shuffle(self.names)
        # Zipf-like: a few names (a big company, a country) are in very many items, most in few.
        self.weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(self.names))))
        self.count = 0

    def event(self, when: datetime) -> SyntheticEvent:
        self.count += 1
        names = tuple(self.rng.choices(self.names, cum_weights=self.weights, k=3))
        return SyntheticEvent(
            number=self.count,
            when=when,
            names=names,  # type: ignore[arg-type]
            amount=round(self.rng.uniform(1, 999), 1),
            percent=self.rng.randint(1, 400) / 10,
            day=when.day,
            month=when.month,
        )

    def item(self, event: SyntheticEvent, n: int) -> tuple[str, str]:
        """Return the title and summary of the n-th item about event, in one of three languages and wordings."""
        a, b, c = event.names
        verb = self.rng.choice(["raises", "cuts", "reports", "confirms", "announces", "delays", "expands"])
        thing = self.rng.choice(["spending plan", "quarterly revenue", "supply deal", "data centre", "forecast"])
        language = ("en", "fr", "de")[n % 3]
        month = self.MONTHS[language][event.month - 1]
        if language == "fr":
            amount = f"{event.amount:.1f}".replace(".", ",").replace(",0", "") + " milliards de dollars"
            percent = f"{event.percent:.1f}".replace(".", ",").replace(",0", "") + " %"
            return (
                f"{a} : {amount} pour son projet avec {b}",
                f"Le {event.day} {month}, {a} a annoncé un accord de {amount} avec {b}, en hausse de {percent}. "
                f"{c} a salué la décision de {a}.",
            )
        amount_de = f"{event.amount:.1f}".replace(".", ",").replace(",0", "") + " Milliarden Dollar"
        percent_de = f"{event.percent:.1f}".replace(".", ",").replace(",0", "") + " Prozent"
        if language == "de":
            return (
                f"{a} und {b}: Vertrag über {amount_de}",
                f"{a} hat am {event.day}. {month} einen Vertrag über {amount_de} mit {b} gemeldet, ein Plus von "
                f"{percent_de}. {c} begrüßte den Schritt von {a}.",
            )
        return (
            f"{a} {verb} {thing} with {b} to ${event.amount:g} billion",
            f"{a} said on {month} {event.day} that its {thing} with {b} rose {event.percent:g}% to "
            f"${event.amount:g} billion. {c} welcomed the move by {a}.",
        )


def add_synthetic(news: SyntheticNews, count: int, *, newest: datetime, events: list[SyntheticEvent]) -> None:
    """Bulk-store count items older than newest, 10,000 a day, about 2 an event, each event its own story."""
    from django.db import transaction
    from django.db.models import F

    from newsdesk.sources.models import SourceItem, Story, content_hash

    step = timedelta(days=1) / PER_DAY
    oldest = min((e.when for e in events), default=newest)
    made = 0
    while made < count:
        with transaction.atomic():
            stories, rows = [], []
            while made < count and len(rows) < 5000:
                when = oldest - step * (made + 1)
                event = news.event(when)
                events.append(event)
                stories.append(Story(title=f"event {event.number}"))
                for n in range(min(count - made, news.rng.choice((1, 1, 2, 2, 3, 4)))):
                    title, summary = news.item(event, n)
                    url = f"https://stored.example/{event.number}/{n}"
                    published = when + timedelta(minutes=20 * n)
                    rows.append(
                        SourceItem(
                            title=title, summary=summary, url=url, language=("en", "fr", "de")[n % 3],
                            published=published, content_hash=content_hash(title=title, summary=summary, url=url),
                            canonical_url=url,
                        )
                    )
                    made += 1
            Story.objects.bulk_create(stories, batch_size=2000)
            by_event = {f"event {story.title.split()[-1]}": story.pk for story in stories}
            for row in rows:
                row.story_id = by_event[f"event {row.url.split('/')[-2]}"]
            SourceItem.objects.bulk_create(rows, batch_size=2000)
            # Stored when they happened, as a stream would have stored them.
            SourceItem.objects.filter(pk__in=[r.pk for r in rows]).update(created=F("published"))


@dataclass(slots=True, kw_only=True)
class ScaleRow:
    size: int
    database: str
    news: SyntheticNews
    events: list[SyntheticEvent]
    seconds: list[float]  # one a fetch
    follows: dict[str, int]  # new item URL: the stored event it follows
    fresh: list[str]  # new items' URLs about events not stored


def use_database(name: str) -> None:
    """Point the default connection at the named bench database and connect."""
    from django.conf import settings
    from django.db import connection, connections

    connections.close_all()
    settings.DATABASES["default"]["NAME"] = name
    connections["default"].settings_dict["NAME"] = name
    connection.ensure_connection()


def arrivals(row: ScaleRow, count: int, round_: int) -> list[object]:
    """Return count new items for row: even ones follow a stored event of the last 4 days, odd ones are new events."""
    from newsdesk.sources.add import NewItem

    now = datetime.now(UTC)
    recent = [e for e in row.events if e.when >= now - timedelta(days=4)]
    items = []
    for n in range(count):
        url = f"https://new.example/{round_}/{n}"
        if n % 2 == 0:
            event = row.news.rng.choice(recent)
            row.follows[url] = event.number
            published = min(event.when + timedelta(hours=row.news.rng.uniform(1, 6)), now)
        else:
            event = row.news.event(now)
            row.fresh.append(url)
            published = now
        title, summary = row.news.item(event, row.news.rng.randint(0, 5))
        items.append(NewItem(title=title, summary=summary, url=url, language="en", published=published))
    return items


def bench_scale(sizes: list[int], attach: int, batch: int) -> None:
    """Print items attached per second with each number of items stored, fetches taking turns between the databases."""
    from django.db import transaction

    from newsdesk.sources.ingest import store_many
    from newsdesk.sources.models import SourceItem

    try:
        from newsdesk.sources.stories import fill_index
    except ImportError:  # an older checkout: its story index is built in memory from the items
        fill_index = None
    newest = datetime.now(UTC) - timedelta(hours=1)
    print("stored items for attaching at scale:")
    rows = []
    for size in sizes:
        database = fresh_database(f"scale{size}")
        row = ScaleRow(size=size, database=database, news=SyntheticNews(), events=[], seconds=[], follows={},
                       fresh=[])
        started = time.perf_counter()
        add_synthetic(row.news, size, newest=newest, events=row.events)
        bulk = time.perf_counter() - started
        started = time.perf_counter()
        with transaction.atomic():
            filled = fill_index() if fill_index else 0
        fill = time.perf_counter() - started
        extra = f", story index filled in {fill:.1f} s ({filled / fill:,.0f} items/s)" if filled else ""
        if _postgres:  # as autovacuum soon would after a bulk load: statistics and the visibility map
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        print(f"  {describe(database)}: {size:,} synthetic items stored in {bulk:.1f} s{extra}")
        rows.append(row)
    print(
        f"attaching at scale ({PER_DAY:,} items a day stored; {attach} new items a database, {batch} a fetch, "
        "fetches taking turns between the databases):"
    )
    for round_ in range(max(1, attach // batch)):
        for row in rows:
            use_database(row.database)
            items = arrivals(row, batch, round_)
            started = time.perf_counter()
            store_many(items)  # type: ignore[arg-type]
            row.seconds.append(time.perf_counter() - started)
    first = None
    for row in rows:
        use_database(row.database)
        story_of = dict(SourceItem.objects.filter(url__startswith="https://new.example/").values_list(
            "url", "story__title"))
        found = sum(story_of[url] == f"event {number}" for url, number in row.follows.items())
        wrong = sum(str(story_of[url]).startswith("event ") for url in row.fresh)
        median = sorted(row.seconds)[len(row.seconds) // 2]
        rate = batch / median
        first = first or rate
        print(
            f"  {row.size:>7,} stored: {rate:7.1f} items attached/s (median fetch; {first / rate:.2f}x the first "
            f"row's time; all {len(row.seconds)} fetches {len(row.seconds) * batch / sum(row.seconds):.1f}/s); "
            f"follow-ups in their event's story {found}/{len(row.follows)}, "
            f"new events joined to a stored one {wrong}/{len(row.fresh)}"
        )


def bench_hostile() -> None:
    """Print the peak traced memory of each hostile case under the documented default limits."""
    import socket

    from newsdesk.lib.http import FEED_LIMITS, PAGE_LIMITS, FetchError, fetch
    from newsdesk.sources.feeds import FeedError, parse_feed
    from tests.lib.servers import respond, serve, static
    from tests.lib.test_hostile_servers import endless, gzip_bomb, redirect_chain

    feeds = ROOT / "tests" / "resources" / "feeds"

    def trickle(sock: socket.socket, path: str) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n")
        for _ in range(100):
            sock.sendall(b"x")
            time.sleep(1)

    cases = [
        ("gzip bomb (1 GiB inflated), feed cap", gzip_bomb, "feed"),
        ("endless body, page cap", endless, "page"),
        ("10 redirects", redirect_chain([]), "page"),
        ("billion laughs", static({"/0": respond((feeds / "billion_laughs.xml").read_bytes())}), "feed"),
        ("XXE", static({"/0": respond((feeds / "xxe.xml").read_bytes())}), "feed"),
    ]
    if os.environ.get("BENCH_SLOW"):
        cases.append(("1 byte per second (30 s)", trickle, "page"))
    for name, handler, kind in cases:
        with serve(handler) as base:
            tracemalloc.start()
            started = time.perf_counter()
            try:
                response = fetch(f"{base}/0", kind=kind, allow_private=True)  # type: ignore[arg-type]
                parse_feed(response.body)
                outcome = "accepted (!)"
            except (FetchError, FeedError) as exc:
                outcome = f"{type(exc).__name__}: {exc}"
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        limits = FEED_LIMITS if kind == "feed" else PAGE_LIMITS
        print(
            f"{name}: {outcome[:90]} | {time.perf_counter() - started:.2f} s, "
            f"peak {peak / 2**20:.1f} MiB (cap {limits.max_bytes / 2**20:.0f} MiB)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--demetr-rows", type=int, default=1500)
    parser.add_argument("--orangesum-rows", type=int, default=300)
    parser.add_argument("--no-clustering", action="store_true", help="leave clustering out")
    parser.add_argument("--scale", default="1000,10000,100000", help="stored items before attaching; '' for none")
    parser.add_argument("--attach", type=int, default=500, help="new items attached at each scale")
    parser.add_argument("--batch", type=int, default=50, help="items a feed fetch stores together")
    parser.add_argument("--postgres", default="", help="a PostgreSQL server URL: run there, in databases of its own")
    parser.add_argument("--hostile", action="store_true", help="also print peak memory of the hostile cases")
    args = parser.parse_args()
    setup_django(args.postgres)
    import newsdesk

    code = Path(newsdesk.__file__).resolve().parent.parent
    commit = subprocess.run(  # noqa: S603 - a fixed command
        ["git", "-C", str(code), "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True, text=True, check=False,
    ).stdout.strip()
    print(f"newsdesk from {code} (commit {commit or 'unknown'})")
    if args.entries:
        bench_feed(args.entries)
    if args.no_clustering:
        pass
    elif args.eval.exists():
        sets = eval_sets(args.eval, args.demetr_rows, args.orangesum_rows)
        bench_clustering(sets)
        bench_stored_clustering(sets, args.batch)
    else:
        print(f"no evaluation data at {args.eval}: clustering not measured")
    if sizes := [int(size) for size in args.scale.split(",") if size.strip()]:
        bench_scale(sizes, args.attach, args.batch)
    if args.hostile:
        bench_hostile()


if __name__ == "__main__":
    main()
