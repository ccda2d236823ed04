"""`manage.py check_services`: one line saying whether the database and the broker answer (and with --workers,
whether Celery's beat and worker are alive), for start-up scripts and monitoring."""

import sys
from urllib.parse import urlparse

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from portal import liveness
from portal.views import broker_reachable, broker_transport_problem, database_reachable


def describe_database():
    """Where DATABASE_URL points, without the password: `postgresql 127.0.0.1:5432/portal`."""
    db = settings.DATABASES["default"]
    vendor = connection.vendor
    if vendor == "sqlite":
        return f"sqlite {db['NAME']}"
    return f"{vendor} {db.get('HOST') or 'localhost'}:{db.get('PORT') or 'default'}/{db['NAME']}"


def describe_broker():
    """Where the broker is: the embedded filesystem folder or REDIS_URL's host (no password)."""
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        return f"filesystem {settings.CELERY_DATA_DIR}"
    url = urlparse(settings.CELERY_BROKER_URL)
    return f"redis {url.hostname}:{url.port or 6379}{url.path}"


class Command(BaseCommand):
    help = "Check that the database (DATABASE_URL) and the broker (REDIS_URL) answer; print one line."
    # The point is to run before anything else can fail noisily, so skip the system checks.
    requires_system_checks = []

    def add_arguments(self, parser):
        # Off by default: ./run calls this before it starts the worker and beat, and before migrating.
        parser.add_argument(
            "--workers",
            action="store_true",
            help="Also require that beat has ticked and a worker has run a task recently (as /healthz does).",
        )

    def handle(self, *args, **options):
        db_ok, db_error = database_reachable()
        if not db_ok:
            self.fail(f"DATABASE_URL: cannot reach the database ({describe_database()}): {db_error}")
        missing = broker_transport_problem()
        if missing:
            # Not the network: the virtualenv lacks a package, so say which one and where to install it.
            self.fail(
                f"REDIS_URL: the broker's Python package is missing ({describe_broker()}): {missing}; "
                f"install requirements.txt into {sys.prefix}"
            )
        broker_ok, broker_error = broker_reachable()
        if not broker_ok:
            self.fail(f"REDIS_URL: cannot reach the broker ({describe_broker()}): {broker_error}")
        line = f"Services OK: database {describe_database()}, broker {describe_broker()}"
        if options["workers"]:
            beat, worker = liveness.beat_and_worker()
            if not beat.ok or not worker.ok:
                self.fail("Celery: " + "; ".join(part.problem for part in (beat, worker) if not part.ok))
            line += f", beat ticked at {beat.at.isoformat()}, worker alive at {worker.at.isoformat()}"
            line += f" (last task {worker.task})" if worker.task else " (no task yet)"
        self.stdout.write(line)

    def fail(self, message):
        # One line on stderr and a non-zero exit; CommandError would do the same but --traceback could expand it.
        self.stderr.write(message)
        raise SystemExit(1)
