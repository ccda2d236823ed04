"""Project-level views: the health check that load balancers and operators call."""

import os
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from kombu import Connection
from kombu.transport import get_transport_cls

from portal import liveness
from portal.celery import FILESYSTEM_BROKER_FOLDERS


def database_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True, ""
    except Exception as exc:  # any driver error means "down" to an operator
        return False, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


def filesystem_broker_problem():
    """Why the embedded filesystem broker cannot carry messages, or "" (kombu itself never checks its folders).

    A missing folder is made, as the Celery app makes them (`portal.celery`) in every process that uses them.
    """
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    for key in FILESYSTEM_BROKER_FOLDERS:
        folder = Path(options[key])
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"{key} {folder}: {exc.strerror or exc.__class__.__name__}"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"{key} {folder} is not writable"
    return ""


def broker_transport_problem():
    """Why kombu cannot load the broker's transport module, or "": a Python package missing from the virtualenv.

    kombu imports the Redis transport only when a connection is first made, so without this a missing package
    (kombu[redis] needs `packaging`) reads as an unreachable broker.
    """
    try:
        get_transport_cls(urlparse(settings.CELERY_BROKER_URL).scheme)
    except ImportError as exc:
        return str(exc) or exc.__class__.__name__
    return ""


def broker_reachable():
    missing = broker_transport_problem()
    if missing:
        return False, f"kombu's {urlparse(settings.CELERY_BROKER_URL).scheme} transport cannot be loaded: {missing}"
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        problem = filesystem_broker_problem()
        if problem:
            return False, problem
    try:
        with Connection(
            settings.CELERY_BROKER_URL, transport_options=settings.CELERY_BROKER_TRANSPORT_OPTIONS, connect_timeout=3
        ) as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
        return True, ""
    except Exception as exc:  # kombu raises transport-specific errors
        return False, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


def state(ok, problem):
    return "ok" if ok else f"error: {problem}"


@never_cache
def healthz(request):
    """The database, the broker, and whether beat ticks and a worker runs tasks (portal.liveness); 503 if not."""
    db_ok, db_error = database_reachable()
    broker_ok, broker_error = broker_reachable()
    beat, worker = liveness.beat_and_worker()
    body = {
        "database": state(db_ok, db_error),
        "broker": state(broker_ok, broker_error),
        "beat": state(beat.ok, beat.problem),
        "worker": state(worker.ok, worker.problem),
        "beat_last_tick": beat.at and beat.at.isoformat(),
        "worker_last_seen": worker.at and worker.at.isoformat(),
        "worker_last_task": worker.task or None,
    }
    return JsonResponse(body, status=200 if db_ok and broker_ok and beat.ok and worker.ok else 503)
