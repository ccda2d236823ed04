"""Project-level views: the health check that load balancers and operators call."""

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from kombu import Connection


def database_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True, ""
    except Exception as exc:  # any driver error means "down" to an operator
        return False, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


def broker_reachable():
    try:
        with Connection(settings.CELERY_BROKER_URL, transport_options=settings.CELERY_BROKER_TRANSPORT_OPTIONS,
                        connect_timeout=3) as conn:
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
