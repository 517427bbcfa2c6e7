"""One process that runs the newsroom: fetch due feeds, queue new stories, write them, one task at a time."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.db import close_old_connections
from django.db.utils import OperationalError
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception
from rq import SimpleWorker
from rq.job import Job
from rq.queue import Queue

from newsdesk.sources.ingest import claim_due, ingest_all
from newsdesk.sources.models import Feed

from .models import Article
from .queue import _last_line, _story_id, queue_pending_stories, story_of


class Runner(Worker):
    """django-tasks-db's worker, fetching due feeds and queueing stories between tasks.

    Feeds due while an article is being written are fetched when it is finished. SIGTERM or Ctrl-C
    stops it after the current task or feed fetch (a second one stops it at once).
    """

    def __init__(self, *, say: Callable[[str], None], feeds: bool = True, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.say = say
        self.feeds = feeds

    def run(self) -> None:
        self.say(f"worker {self.worker_id[:8]} started: fetching due feeds and writing their stories")
        while self.running:
            close_old_connections()
            self.busy(self.fetch_due_feeds)
            if not self.running:
                break
            self.busy(self.queue_stories)
            ran = self.run_next()
            if not ran and self.batch and not self.feeds_due_now():
                self.say("nothing left to do: stopping (--batch)")
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            if self.running and not ran:
                time.sleep(self.interval)
        self.say("stopped")

    def run_next(self) -> bool:
        """Run the next ready task and say how it ended; return whether there was one."""
        task_result = self.claim_next()
        if task_result is None:
            return False
        self.run_task(task_result)
        self.report(task_result)
        return True

    def busy(self, work: Callable[[], None]) -> None:
        """Run work marked as busy, so a first SIGTERM waits for it to finish."""
        self.running_task = True
        try:
            work()
        finally:
            self.running_task = False

    def fetch_due_feeds(self) -> None:
        if not self.feeds:
            return
        claimed = claim_due()
        if claimed:
            for report in sorted(ingest_all(claimed), key=lambda r: r.feed.pk):
                self.say(f"feed {report.feed.pk} {report.line()}")

    def feeds_due_now(self) -> bool:
        return self.feeds and Feed.objects.filter(active=True, next_fetch__lte=timezone.now()).exists()

    def queue_stories(self) -> None:
        if count := queue_pending_stories():
            self.say(f"queued {count} new stories for writing")

    def claim_next(self) -> DBTaskResult | None:
        """Claim the next ready task for this worker, or return None (as django-tasks-db's loop does)."""
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(tasks.db):
            try:
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
            except OperationalError as exc:
                if not is_locked_database_exception(exc):
                    raise
                return None
        return task_result

    def report(self, task_result: DBTaskResult) -> None:
        """Say how a task ended: for a story, its article's status and headline, or why it failed."""
        task_result.refresh_from_db()
        story_id = _story_id(task_result.args_kwargs)
        if not task_result.task_path.endswith("process_story_task") or story_id is None:
            self.say(f"task {task_result.task_name}: {task_result.status.lower()} {task_result.return_value or ''}")
            return
        if task_result.status == "FAILED":
            self.say(f"story {story_id}: not written: {_last_line(task_result.traceback) or 'failed'}")
            return
        self.say_article(story_id)

    def say_article(self, story_id: int) -> None:
        article = Article.objects.filter(story_id=story_id).first()
        if article is None:
            return
        line = f"story {story_id}: {article.status} “{article.headline or article.story.title}”"
        if article.status == Article.Status.HELD:
            line += f" (held because: {article.hold_reason[:300]})"
        self.say(line)


class OneJobWorker(SimpleWorker):
    """RQ's in-process worker, remembering the job it ran last."""

    last_job: Job | None = None

    def execute_job(self, job: Job, queue: Queue) -> None:
        super().execute_job(job, queue)
        self.last_job = job


class RQRunner(Runner):
    """The same loop with NEWSDESK_TASKS_BACKEND=rq: tasks come from Redis, one at a time, as an RQ worker runs them.

    Each turn it fetches due feeds and queues stories (into Redis), then lets an RQ SimpleWorker run
    at most one job in this process (so a loaded model stays loaded), moving retries that are due
    back onto the queue first. Any number of these, on any machines, share the one Redis queue.
    """

    def __init__(self, **kwargs: object) -> None:
        import django_rq
        from django_tasks_rq import Job

        super().__init__(**kwargs)  # type: ignore[arg-type]
        names = sorted(self.queue_names) if not self.process_all_queues else sorted(django_rq.settings.QUEUES)
        self.rq_worker = django_rq.get_worker(*names, job_class=Job, worker_class=OneJobWorker, name=self.worker_id)
        self.worker_id = self.rq_worker.name

    def run_next(self) -> bool:
        """Run at most one job from Redis and say how it ended; return whether there was one."""
        self.running_task = True
        try:
            # RQ stops after the job on the first SIGTERM or Ctrl-C during it, at once on a second
            ran = self.rq_worker.work(burst=True, max_jobs=1, with_scheduler=True, logging_level="WARNING")
        finally:
            self.running_task = False
            self.configure_signals()  # RQ's handlers were in place while it worked
        if self.rq_worker._stop_requested:
            self.running = False
        if ran and (job := self.rq_worker.last_job) is not None:
            self._run_tasks += 1
            self.report_job(job)
        return ran

    def report_job(self, job: Job) -> None:
        """Say how a job ended: for a story, its article's status and headline, or why it failed."""
        from .tasks import process_story_task

        job.refresh()
        story_id = story_of(job.args)
        status = job.get_status()
        if job.func_name != process_story_task.module_path or story_id is None:
            self.say(f"task {job.func_name}: {status}")
            return
        if status == "failed":
            result = job.latest_result()
            self.say(f"story {story_id}: not written: {_last_line(result.exc_string if result else None) or 'failed'}")
            return
        self.say_article(story_id)
