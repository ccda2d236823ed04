"""Whether Celery's worker and beat are alive: what each records when it works, and the rule that reads it.

Beat records each tick itself (`RecordingScheduler`, below) and schedules `portal.tasks.heartbeat` every
HEARTBEAT_SECONDS, so a live worker has always run a task recently; the worker records every task it finishes.
Both go to the database: with the filesystem broker the cache is per process, so only the database is shared.
"""

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from celery import signals
from celery.beat import PersistentScheduler
from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from portal.models import Heartbeat

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Liveness:
    """One process's state for /healthz: ok, and a line saying why not."""

    ok: bool
    problem: str
    at: object = None
    task: str = ""


def record(name, task="", hostname=""):
    """Write `name`'s heartbeat; a database that does not answer is logged, never raised into beat or the worker."""
    try:
        Heartbeat.objects.update_or_create(
            name=name, defaults={"at": timezone.now(), "task": task[:200], "hostname": hostname[:200]}
        )
    except DatabaseError as exc:
        logger.warning("Could not record the %s heartbeat: %s", name, exc)


def judge(heartbeat, now, stale_after, never, silent):
    """The liveness rule: alive when the last heartbeat is at most `stale_after` seconds old."""
    if heartbeat is None:
        return Liveness(False, never)
    age = (now - heartbeat.at).total_seconds()
    if age > stale_after:
        return Liveness(False, f"{silent} for {int(age)} s (since {heartbeat.at.isoformat()})", heartbeat.at)
    return Liveness(True, "", heartbeat.at, heartbeat.task)


def beat_and_worker(now=None):
    """(beat, worker) Liveness, read in one query; an unreadable table makes both "not known"."""
    now = now or timezone.now()
    stale_after = settings.HEALTHZ_STALE_SECONDS
    try:
        heartbeats = {heartbeat.name: heartbeat for heartbeat in Heartbeat.objects.all()}
    except DatabaseError as exc:
        problem = f"heartbeats cannot be read: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc}"
        return Liveness(False, problem), Liveness(False, problem)
    beat = judge(heartbeats.get(Heartbeat.BEAT), now, stale_after, "beat has never ticked", "beat has not ticked")
    worker = judge(
        heartbeats.get(Heartbeat.WORKER), now, stale_after, "no worker has started", "no worker has run a task"
    )
    return beat, worker


# Connected when this module is imported: by `PortalConfig.ready()`, in every process once Django is set up.
class RecordingScheduler(PersistentScheduler):
    """Beat's scheduler (CELERY_BEAT_SCHEDULER): makes its schedule file's folder and records its ticks for /healthz.

    Celery's own scheduler dies on a schedule file whose folder is missing (with REDIS_URL nothing else makes
    var/celery), and a dead beat leaves no trace: the tick record is how /healthz tells.
    """

    # A tick comes at least every HEARTBEAT_SECONDS (the heartbeat entry); writing more often says nothing new.
    record_every = 15

    def setup_schedule(self):
        Path(self.schedule_filename).parent.mkdir(parents=True, exist_ok=True)
        super().setup_schedule()

    def tick(self, *args, **kwargs):
        interval = super().tick(*args, **kwargs)
        now = time.monotonic()
        if now - getattr(self, "_recorded_at", -self.record_every) >= self.record_every:
            record(Heartbeat.BEAT)
            self._recorded_at = now
        return interval


@signals.worker_ready.connect
def record_worker_started(sender, **kwargs):
    record(Heartbeat.WORKER, hostname=sender.hostname)


@signals.task_postrun.connect
def record_worker_task(sender, task_id, task, **kwargs):
    # Tests and eager calls run tasks in the caller's process: that says nothing about a worker.
    if task.request.is_eager:
        return
    record(Heartbeat.WORKER, task=task.name, hostname=task.request.hostname or "")
