"""One process that runs the newsroom: fetch due feeds, queue new stories, write them (several at once, on a server).

Every task a worker runs holds a lease (NEWSDESK_TASK_LEASE_SECONDS) that a heartbeat thread renews; a task
whose worker stopped renewing it (killed, or its machine gone) is taken up again by any other worker.
"""

from __future__ import annotations

import logging
import queue as queues
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from types import FrameType
from typing import Any, cast

from django.conf import settings
from django.db import close_old_connections, connection, connections
from django.db.utils import InterfaceError, OperationalError
from django.utils import timezone
from django_tasks_db.compat import TaskContext, TaskResultStatus, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker, logger
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception
from rq import SimpleWorker
from rq.job import Job
from rq.queue import Queue
from rq.scheduler import RQScheduler
from rq.timeouts import TimerDeathPenalty

from newsdesk.cli import database_problem
from newsdesk.sources.ingest import claim_due, ingest_all
from newsdesk.sources.models import Feed

from .models import Article
from .queue import MOST_ATTEMPTS, _last_line, _story_id, queue_pending_stories, story_of

log = logging.getLogger(__name__)

BUSY_POLL = 0.5  # seconds between turns, at least, while articles are being written (one finished wakes it)
DATABASE_RETRY_MAX = 60  # seconds between tries, at most, while the database cannot be reached


def writers_for(requested: int) -> int:
    """Return how many articles a worker writes at once: as requested with the openai backend, else one."""
    if requested > 1 and settings.NEWSDESK_LLM_BACKEND != "openai":
        log.warning("NEWSDESK_WRITERS=%s: the embedded model writes one article at a time", requested)
        return 1
    return max(1, requested)


def warm_up() -> None:
    """Load what every article needs (the model's client, the language detector, the checker's tables) once.

    Each writer would otherwise load it at the same moment as the others, on its first article.
    """
    from newsdesk.factcheck.verify import check_text
    from newsdesk.llm import get_llm
    from newsdesk.sources.language import detect

    try:
        get_llm()
        detect("The council said on Monday that the bridge would reopen in May.")
        check_text(source="The council said on Monday that 12 ferries would run.", article="12 ferries will run.",
                   language="en")
    except Exception:  # the first article will say what is wrong
        log.warning("could not load the language detector and the checker before writing", exc_info=True)


class Heartbeat(threading.Thread):
    """Call renew every `every` seconds until stopped, on its own database connection."""

    def __init__(self, renew: Callable[[], None], *, every: float) -> None:
        super().__init__(name="newsdesk heartbeat", daemon=True)
        self.renew = renew
        self.every = every
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.every):
            try:
                self.renew()
            except Exception:  # a database or Redis hiccup: the next beat tries again, well within the lease
                log.warning("could not renew the leases of the tasks being written", exc_info=True)
            finally:
                connections.close_all()

    def stop(self) -> None:
        self.stopping.set()


class Runner(Worker):
    """django-tasks-db's worker, fetching due feeds and queueing stories between tasks, writing up to N at once.

    With one writer (the default, and always with the embedded model) each task runs in this thread,
    and feeds due while an article is being written are fetched when it is finished. With more, each
    writer is a thread with its own database connection that claims its next task as soon as it
    has finished one, while this thread fetches feeds, queues stories and starts idle writers.
    SIGTERM or Ctrl-C stops it once the tasks being written are finished (a second one stops it at
    once; what was being written is then written again by the next worker).
    """

    def __init__(
        self, *, say: Callable[[str], None], feeds: bool = True, writers: int = 1, lease_seconds: int | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.say = say
        self.feeds = feeds
        self.requested_writers = writers
        self.writers = writers_for(writers)
        self.lease = timedelta(seconds=lease_seconds or settings.NEWSDESK_TASK_LEASE_SECONDS)
        self.in_flight: dict[str, Any] = {}  # task id -> what is being written, for the heartbeat
        self.lock = threading.Lock()
        self.free: list[Any] = list(range(self.writers))  # the writers not writing (RQ: their SimpleWorkers)
        self.claims = 0  # tasks claimed, for --max-tasks
        self.finished: queues.SimpleQueue[Any] = queues.SimpleQueue()
        self.wake = threading.Event()
        self.forced = False

    # --- the loop ---------------------------------------------------------------------------------

    def run(self) -> None:
        self.say(self.started_line())
        if settings.NEWSDESK_LLM_BACKEND == "openai":  # the embedded model loads with its first article, as before
            warm_up()
        heartbeat = Heartbeat(self.renew_leases, every=max(0.5, self.lease.total_seconds() / 3))
        heartbeat.start()
        try:
            if self.loop():
                self.say("stopped")
        finally:
            heartbeat.stop()
            if self.forced:
                self.release_in_flight()

    def started_line(self) -> str:
        line = f"worker {self.worker_id[:8]} started: fetching due feeds and writing their stories"
        if self.writers > 1:
            line += f", {self.writers} at a time"
        elif self.requested_writers > 1:
            line += f" (one at a time: NEWSDESK_WRITERS={self.requested_writers} needs NEWSDESK_LLM_BACKEND=openai)"
        return line

    def loop(self) -> bool:
        """Run turns until stopped; return whether it was stopped (rather than out of work in --batch).

        A database that cannot be reached (restarting) or fails a statement pauses the turns until it
        answers again, rather than stopping the worker; a feed claimed in the failed turn comes due
        again one interval after it was claimed, and a task, when its lease runs out.
        """
        while True:
            try:
                return self.turns()
            except (OperationalError, InterfaceError) as exc:
                if not self.running:
                    raise
                self.say(f"{database_problem(exc)}; trying again once the database answers")
                self.wait_for_database()

    def wait_for_database(self) -> None:
        """Wait a turn's interval, then until a new connection to the database opens, trying less and less often."""
        pause = max(BUSY_POLL, self.interval)
        while self.running:
            self.wait_for_writers(pause)
            close_old_connections()
            try:
                connection.ensure_connection()
            except (OperationalError, InterfaceError):
                pause = min(pause * 2, DATABASE_RETRY_MAX)
                continue
            return

    def turns(self) -> bool:
        """Run turns until stopped, as loop() says.

        A free writer gets the next task as soon as its last one is done; fetching feeds, taking up
        abandoned tasks and queueing stories happen at most once every --interval seconds.
        """
        due = 0.0  # when feeds, abandoned tasks and new stories are next looked at
        while self.running:
            close_old_connections()
            reported = self.report_finished()
            started = self.start_ready()
            looked = time.monotonic() >= due
            if looked:
                self.busy(self.fetch_due_feeds)
                if not self.running:
                    break
                self.busy(self.take_up_abandoned)
                self.busy(self.queue_stories)
                due = time.monotonic() + self.interval
                started += self.start_ready()
            reported += self.report_finished()  # what one writer, in this thread, has just written
            idle = not started and not self.writing()
            if idle and looked and self.batch and not reported and not self.feeds_due_now():
                self.say("nothing left to do: stopping (--batch)")
                return False
            if idle and self.max_tasks is not None and self.claims >= self.max_tasks:
                return False
            if self.running and not started and not reported:
                self.wait_for_writers(max(due - time.monotonic(), BUSY_POLL if self.writing() else 0.0))
        self.finish_in_flight()
        return True

    def wait_for_writers(self, seconds: float) -> None:
        """Sleep until the next turn, or until a writer finishes its article."""
        self.wake.wait(seconds)
        self.wake.clear()

    def finish_in_flight(self) -> None:
        """Wait for the articles being written, and say how each ended."""
        while self.writing():
            self.wake.wait(BUSY_POLL)
            self.wake.clear()
            self.report_finished()
        self.report_finished()

    def busy(self, work: Callable[[], None]) -> None:
        """Run work marked as busy, so a first SIGTERM waits for it to finish."""
        self.running_task = True
        try:
            work()
        finally:
            self.running_task = False

    def shutdown(self, signum: int, frame: FrameType | None) -> None:
        # state first, then words: a second signal can arrive, and run this again, while the first is logged
        if not self.running:
            self.forced = True
            self.reset_signals()
            logger.warning("Received %s - terminating current task.", signal.strsignal(signum))
            sys.exit(1)
        self.running = False
        self.wake.set()
        logger.warning(
            "Received %s - shutting down gracefully... (press Ctrl+C again to force)", signal.strsignal(signum)
        )
        if not self.running_task and not self.writing():
            sys.exit(0)

    # --- writers ------------------------------------------------------------------------------------

    def writing(self) -> int:
        """Return how many writers are busy."""
        with self.lock:
            return self.writers - len(self.free)

    def start_ready(self) -> int:
        """Claim a ready task for each free writer and start it; return how many were started.

        A writer in a thread of its own then claims its next task itself as soon as it has finished
        one, until none is ready: its next article never waits for this thread's turn.
        """
        started = 0
        while self.running:
            with self.lock:
                slot = self.free.pop() if self.free else None
            if slot is None:
                break
            task = self.claim(slot)
            if task is None:
                with self.lock:
                    self.free.append(slot)
                break
            started += 1
            self.start(slot, task)
        return started

    def claim(self, slot: Any) -> Any:
        """Claim the next ready task for slot, within --max-tasks; None when there is none or it may not."""
        with self.lock:
            if not self.running or (self.max_tasks is not None and self.claims >= self.max_tasks):
                return None
            self.claims += 1
        task = self.claim_next(slot)
        if task is None:
            with self.lock:
                self.claims -= 1
        return task

    def start(self, slot: Any, task: Any) -> None:
        if self.writers == 1:  # in this thread: one model, one database connection, as before there were writers
            self.running_task = True
            try:
                self.write(task)
            finally:
                self.running_task = False
                with self.lock:
                    self.free.append(slot)
            if self.forced:  # stopped at once while writing (the task was put back)
                raise SystemExit(1)
        else:
            threading.Thread(target=self.writer, args=(slot, task), name=f"writer {self.task_id(task)[:8]}",
                             daemon=True).start()

    def writer(self, slot: Any, task: Any) -> None:
        """Write task, then each next ready task, in this thread, until none is ready or the worker stops."""
        try:
            while task is not None:
                self.write(task)
                task = self.claim(slot)
        finally:
            connections.close_all()  # this thread's own
            with self.lock:
                self.free.append(slot)
            self.wake.set()

    def write(self, task: Any) -> None:
        with self.lock:
            self.in_flight[self.task_id(task)] = task
        try:
            self.execute(task)
        finally:
            with self.lock:
                self.in_flight.pop(self.task_id(task), None)
            self.finished.put(task)
            self.wake.set()

    def report_finished(self) -> int:
        """Say how each task finished since the last turn ended; return how many did."""
        count = 0
        while True:
            try:
                task = self.finished.get_nowait()
            except queues.Empty:
                return count
            count += 1
            self._run_tasks += 1
            self.report(task)

    # --- the database backend -------------------------------------------------------------------

    def task_id(self, task: DBTaskResult[Any, Any]) -> str:
        return str(task.pk)

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

    def claim_next(self, slot: object = None) -> DBTaskResult[Any, Any] | None:
        """Claim the next ready task for this worker, with a lease, or return None."""
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
                    # while a task runs, its run_after is its lease: when another worker may take it up
                    DBTaskResult.objects.filter(pk=task_result.pk).update(run_after=timezone.now() + self.lease)
            except OperationalError as exc:
                if not is_locked_database_exception(exc):
                    raise
                return None
        return task_result

    def renew_leases(self) -> None:
        with self.lock:
            ids = list(self.in_flight)
        if ids:
            DBTaskResult.objects.filter(pk__in=ids, status=TaskResultStatus.RUNNING).update(
                run_after=timezone.now() + self.lease
            )

    def take_up_abandoned(self) -> None:
        """Put back on the queue each running task whose lease ran out: its worker stopped without finishing it.

        One whose workers stopped MOST_ATTEMPTS times is marked failed instead (it shows in `newsdesk
        status`, and its story is written again only once a new item joins it).
        """
        now = timezone.now()
        stale = DBTaskResult.objects.filter(
            backend_name=self.backend_name, status=TaskResultStatus.RUNNING, run_after__lt=now
        )
        for pk, path, args_kwargs, workers in stale.values_list("pk", "task_path", "args_kwargs", "worker_ids"):
            sid = _story_id(args_kwargs) if path.endswith(".process_story_task") else None
            what = f"story {sid}" if sid is not None else f"task {path.rsplit('.', 1)[-1]} {pk}"
            last = str(workers[-1])[:8] if workers else "?"
            still = DBTaskResult.objects.filter(pk=pk, status=TaskResultStatus.RUNNING, run_after__lt=now)
            if len(workers) >= MOST_ATTEMPTS:
                why = f"its worker stopped while writing it, {len(workers)} times (the last, {last}, at {now:%H:%M})"
                if still.update(status=TaskResultStatus.FAILED, finished_at=now, traceback=f"Abandoned: {why}",
                                exception_class_path="newsdesk.articles.runner.Abandoned"):
                    self.say(f"{what}: not written: {why}")
            elif still.update(status=TaskResultStatus.READY):
                self.say(f"{what}: worker {last} stopped while writing it; writing it again")

    def still_ours(self, task_result: DBTaskResult[Any, Any]) -> bool:
        """Tell whether task_result is still running under this worker (not taken up by another meanwhile)."""
        workers = (DBTaskResult.objects.filter(pk=task_result.pk, status=TaskResultStatus.RUNNING)
                   .values_list("worker_ids", flat=True).first())
        return bool(workers and workers[-1] == self.worker_id)

    def execute(self, db_task_result: DBTaskResult[Any, Any]) -> None:
        """Run a claimed task and record how it ended, as django-tasks-db's worker does, unless it was taken up."""
        try:
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                value = task.call(TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs)
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            if self.still_ours(db_task_result):
                db_task_result.set_successful(value)
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except (SystemExit, KeyboardInterrupt):
            self.release(db_task_result)
            raise
        except Exception as exc:
            if self.still_ours(db_task_result):
                db_task_result.set_failed(exc)
            try:
                sender = type(db_task_result.task.get_backend())
                finished = db_task_result.task_result
            except ImportError:
                logger.exception("Task id=%s failed unexpectedly", db_task_result.id)
            else:
                task_finished.send(sender=sender, task_result=finished)

    def release(self, task: DBTaskResult[Any, Any]) -> None:
        """Put a task this worker stopped writing back on the queue, for the next worker to take up now."""
        DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, run_after=timezone.now()
        )

    def release_in_flight(self) -> None:
        with self.lock:
            tasks = list(self.in_flight.values())
        for task in tasks:
            try:
                self.release(task)
            except Exception:  # stopping at once: its lease runs out instead
                log.warning("could not put a task back on the queue", exc_info=True)

    def report(self, task_result: DBTaskResult[Any, Any]) -> None:
        """Say how a task ended: for a story, its article's status and headline, or why it failed."""
        task_result.refresh_from_db()
        story_id = _story_id(task_result.args_kwargs)
        if not task_result.task_path.endswith("process_story_task") or story_id is None:
            self.say(f"task {task_result.task_name}: {task_result.status.lower()} {task_result.return_value or ''}")
            return
        if task_result.status == "FAILED":
            self.say(f"story {story_id}: not written: {_last_line(task_result.traceback) or 'failed'}")
            return
        if task_result.status == "SUCCESSFUL":
            self.say_article(story_id)

    def say_article(self, story_id: int) -> None:
        article = Article.objects.filter(story_id=story_id).first()
        if article is None:
            return
        line = f"story {story_id}: {article.status} “{article.headline or article.story.title}”"
        if article.status == Article.Status.HELD:
            line += f" (held because: {article.hold_reason[:300]})"
        self.say(line)


class DaemonTimerDeathPenalty(TimerDeathPenalty):
    """RQ's job timeout for a job run in a thread, whose timer never keeps a stopping process alive."""

    def new_timer(self) -> threading.Timer:
        timer: threading.Timer = super().new_timer()  # type: ignore[no-untyped-call]  # rq leaves it untyped
        timer.daemon = True
        return timer


class WriterSlot(SimpleWorker):
    """One writer of a worker, as RQ sees it: its job's place among the started jobs lasts one lease at a time."""

    lease_seconds = 120

    def get_heartbeat_ttl(self, job: Job) -> int:
        return self.lease_seconds


class RQRunner(Runner):
    """The same loop with NEWSDESK_TASKS_BACKEND=rq: tasks come from Redis and run as RQ SimpleWorkers run them.

    Each turn it fetches due feeds, moves retries that are due back onto the queue, cleans RQ's
    registries (a job whose lease ran out, its worker gone, is failed there as abandoned, and its
    story queued again), queues stories, and takes jobs for its free writers. One writer runs its
    job in this thread (so a loaded model stays loaded); more run theirs in threads. Any number of
    these, on any machines, share the one Redis queue.
    """

    def __init__(self, **kwargs: Any) -> None:
        import django_rq
        from django_tasks_rq import Job as TaskJob

        super().__init__(**kwargs)
        names = sorted(self.queue_names) if not self.process_all_queues else sorted(django_rq.settings.QUEUES)
        self.slots: list[Any] = []  # WriterSlot, as django-rq builds it
        for n in range(self.writers):
            slot = cast(WriterSlot, django_rq.get_worker(  # django-rq's types know RQ's Worker, not SimpleWorker
                *names, job_class=TaskJob, worker_class=WriterSlot,  # type: ignore[arg-type]
                name=self.worker_id if self.writers == 1 else f"{self.worker_id}.{n + 1}",
            ))
            slot.lease_seconds = int(self.lease.total_seconds())
            if self.writers > 1:
                slot.death_penalty_class = DaemonTimerDeathPenalty
            self.slots.append(slot)
        self.worker_id = self.slots[0].name
        self.free = list(reversed(self.slots))
        self.scheduler = RQScheduler(self.slots[0].queues, connection=self.slots[0].connection,
                                     logging_level="WARNING")

    def run(self) -> None:
        for slot in self.slots:
            slot.register_birth()
        try:
            super().run()
        finally:
            for slot in self.slots:
                try:
                    slot.register_death()
                except Exception:  # Redis gone: its key expires by itself
                    log.warning("could not tell Redis that writer %s stopped", slot.name, exc_info=True)

    # Its tasks are (job, queue, writer) where Runner's are task rows: these overrides take those instead.
    def task_id(self, task: tuple[Job, Queue, WriterSlot]) -> str:  # type: ignore[override]
        return str(task[0].id)

    def take_up_abandoned(self) -> None:
        """Move due retries back onto the queue and clean RQ's registries, saying which jobs were abandoned."""
        self.scheduler.acquire_locks()
        if self.scheduler.acquired_locks:
            try:
                self.scheduler.enqueue_scheduled_jobs()
            finally:
                self.scheduler.release_locks()
        slot = self.slots[0]
        expired = []
        for queue in slot.queues:  # not under RQ's maintenance lock, which a killed worker may have kept
            registry = queue.started_job_registry
            if found := registry.get_expired_job_ids():
                registry.cleanup()  # fails them as abandoned (AbandonedJobError)
                expired += found
        slot.clean_registries()
        for job in Job.fetch_many(expired, connection=slot.connection):
            if job is not None and (job.func_name or "").endswith(".process_story_task") and (
                story_id := story_of(job.args)
            ) is not None:
                self.say(f"story {story_id}: its worker stopped while writing it; it will be written again")

    def claim_next(self, slot: Any = None) -> tuple[Job, Queue, WriterSlot] | None:  # type: ignore[override]
        """Take the next job from Redis for writer slot, or return None."""
        result = slot.queue_class.dequeue_any(
            slot.queues, None, connection=slot.connection, job_class=slot.job_class, serializer=slot.serializer,
        )
        if result is None:
            return None
        job, queue = result
        return job, queue, slot

    def renew_leases(self) -> None:
        with self.lock:
            tasks = list(self.in_flight.values())
        for job, _, slot in tasks:
            if slot.execution is not None and slot.get_current_job_id() == job.id:
                slot.maintain_heartbeats(job)

    def execute(self, task: tuple[Job, Queue, WriterSlot]) -> None:  # type: ignore[override]
        job, queue, slot = task
        slot.execute_job(job, queue)  # records how it ended in Redis; a forced stop fails it (queued again)

    def release(self, task: Any) -> None:
        """Leave a job stopped at once to RQ: its lease runs out and its story is queued again."""

    def report(self, task: tuple[Job, Queue, WriterSlot]) -> None:  # type: ignore[override]
        self.report_job(task[0])

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
