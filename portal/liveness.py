"""Whether Celery's worker and beat are alive: what each records when it works, and the rule that reads it.

Beat records each tick itself (portal.celery.RecordingScheduler) and schedules `portal.tasks.heartbeat` every
HEARTBEAT_SECONDS, so a live worker has always run a task recently; the worker records every task it finishes.
Both go to the database: with the filesystem broker the cache is per process, so only the database is shared.
"""

import logging
from dataclasses import dataclass

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
