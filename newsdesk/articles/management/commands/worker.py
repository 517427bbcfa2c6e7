from __future__ import annotations

import os
from argparse import ArgumentParser, ArgumentTypeError
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import InvalidTaskBackend, task_backends
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand
from django_tasks_db.management.commands.db_worker import logger
from redis.exceptions import ConnectionError as RedisConnectionError

from newsdesk.articles.queue import uses_rq
from newsdesk.articles.runner import RQRunner, Runner


def task_backend_name(name: str) -> str:
    """Accept the name of a configured database or RQ task backend."""
    from django_tasks_rq import RQBackend

    try:
        backend = task_backends[name]
    except InvalidTaskBackend as exc:
        raise ArgumentTypeError(exc.args[0]) from exc
    if not isinstance(backend, DatabaseBackend | RQBackend):
        raise ArgumentTypeError(f"backend {name!r} is neither the database nor RQ")
    return name


def writer_count(value: str) -> int:
    """Accept a whole number of writers, at least 1."""
    try:
        count = int(value)
    except ValueError:
        raise ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if count < 1:
        raise ArgumentTypeError(f"must be at least 1, not {count}")
    return count


class Command(DBWorkerCommand):
    help = (
        "Run newsdesk: fetch due feeds, queue their new stories, write, check and publish (or hold) "
        "each, and rewrite on follow-ups, in this one process (the django-tasks-db worker's options, and --no-feeds). "
        "With NEWSDESK_TASKS_BACKEND=rq the tasks are queued in Redis and run by every such worker on any machine."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--no-feeds", action="store_false", dest="feeds",
            help="only run queued tasks; leave fetching feeds to another worker or `newsdesk ingest`",
        )
        parser.add_argument(
            "--writers", type=writer_count, default=None,
            help="how many articles to write at once with NEWSDESK_LLM_BACKEND=openai (default: NEWSDESK_WRITERS); "
            "the embedded model writes one at a time",
        )
        for action in parser._actions:  # django-tasks-db's --backend takes only database backends
            if action.dest == "backend_name":
                action.type = task_backend_name

    def handle(self, *, verbosity: int, batch: bool, reload: bool, **opts: Any) -> None:
        self.configure_logging(verbosity)
        if reload and batch:
            logger.warning("Warning: --reload and --batch cannot be specified together. Disabling autoreload.")
            reload = False
        queue_names = opts["queue_name"].split(",")
        excluded = opts["exclude_queues"].split(",") if opts["exclude_queues"] else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        try:
            self.start(verbosity=verbosity, batch=batch, reload=reload, queue_names=queue_names, excluded=excluded,
                       **opts)
        except RedisConnectionError as exc:
            raise CommandError(f"cannot reach Redis at {settings.NEWSDESK_REDIS_URL}: {exc}") from exc

    def start(
        self, *, verbosity: int, batch: bool, reload: bool, queue_names: list[str], excluded: list[str], **opts: Any
    ) -> None:
        def quiet(line: str) -> None:
            """Say nothing (--verbosity 0)."""

        say: Callable[[str], None] = self.stdout.write if verbosity else quiet
        runner = (RQRunner if uses_rq() else Runner)(
            say=say,
            feeds=opts["feeds"],
            writers=opts.get("writers") or settings.NEWSDESK_WRITERS,
            queue_names=queue_names,
            interval=opts["interval"],
            batch=batch,
            backend_name=opts["backend_name"],
            startup_delay=opts["startup_delay"],
            max_tasks=opts["max_tasks"],
            worker_id=opts["worker_id"],
            excluded_queue_names=excluded,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                runner.configure_signals()
            run_with_reloader(runner.run)
        else:
            runner.configure_signals()
            runner.run()
