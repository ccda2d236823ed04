"""Project-level views: the health check that load balancers and operators call."""

import os
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from kombu import Connection

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


def broker_reachable():
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


@never_cache
def healthz(request):
    db_ok, db_error = database_reachable()
    broker_ok, broker_error = broker_reachable()
    body = {
        "database": "ok" if db_ok else f"error: {db_error}",
        "broker": "ok" if broker_ok else f"error: {broker_error}",
    }
    return JsonResponse(body, status=200 if db_ok and broker_ok else 503)
