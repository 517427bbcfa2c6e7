from __future__ import annotations

import os
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand
from django_tasks_db.management.commands.db_worker import logger

from newsdesk.articles.runner import Runner


class Command(DBWorkerCommand):
    help = (
        "Run newsdesk: fetch due feeds, queue their new stories, write, check and publish (or hold) "
        "each, and rewrite on follow-ups, in this one process (the django-tasks-db worker's options, and --no-feeds)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--no-feeds", action="store_false", dest="feeds",
            help="only run queued tasks; leave fetching feeds to another worker or `newsdesk ingest`",
        )

    def handle(self, *, verbosity: int, batch: bool, reload: bool, **opts: Any) -> None:  # type: ignore[override]
        self.configure_logging(verbosity)
        if reload and batch:
            logger.warning("Warning: --reload and --batch cannot be specified together. Disabling autoreload.")
            reload = False
        queue_names = opts["queue_name"].split(",")
        excluded = opts["exclude_queues"].split(",") if opts["exclude_queues"] else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        runner = Runner(
            say=self.stdout.write if verbosity else (lambda line: None),
            feeds=opts["feeds"],
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
