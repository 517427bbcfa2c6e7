"""Print ingestion figures: parse + dedup of 10,000 feed entries, clustering precision/recall, hostile peaks.

    .venv/bin/python bench/ingest.py [--entries 10000] [--eval ../shared/eval] [--hostile]

Clustering is measured on a labelled set built from the development data in ../shared/eval:
- DEMETR: each WMT news sentence in its source language (fr, de, es, it, cs, pl, ru, hi, ja, zh) and
  its English reference are one event; where the perturbation replaced a number or a named entity,
  the perturbed English sentence is a *different* event with nearly the same words.
- OrangeSum: each French title + abstract (a wire item) and the opening of its article are one event.
Items are clustered the way stories are (greedy, best match above the threshold, no time window),
then every pair of items is scored: precision = pairs put together that belong together / pairs
put together; recall = pairs put together that belong together / pairs that belong together.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdesk.factcheck.evaluate import DEMETR_LANGUAGES  # noqa: E402 - after the path is set


def setup_django() -> None:
    var = tempfile.mkdtemp(prefix="newsdesk-bench-ingest-")
    os.environ.update(NEWSDESK_VAR_DIR=var, DJANGO_SETTINGS_MODULE="newsdesk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


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
    setup_django()
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


def bench_clustering(eval_dir: Path, demetr_rows: int, orangesum_rows: int) -> None:
    from newsdesk.sources.events import THRESHOLD

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
    for name, rows in sets.items():
        rows = rows[:]
        rng.shuffle(rows)
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


def bench_hostile() -> None:
    """Print the peak traced memory of each hostile case under the documented default limits."""
    setup_django()
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
    parser.add_argument("--hostile", action="store_true", help="also print peak memory of the hostile cases")
    args = parser.parse_args()
    if args.entries:
        bench_feed(args.entries)
    if args.eval.exists():
        bench_clustering(args.eval, args.demetr_rows, args.orangesum_rows)
    else:
        print(f"no evaluation data at {args.eval}: clustering not measured")
    if args.hostile:
        bench_hostile()


if __name__ == "__main__":
    main()
