"""Benchmark: one reminder sweep over a province of 50,000 users whose reports are overdue.

Run from the project directory, against PostgreSQL for the figure in the README:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal .venv/bin/python bench/reminders_bench.py

It builds the data in a throw-away database (`bench_reminders_<name>`, dropped at the end; an in-memory one on
SQLite), lets the sweeps of 3, 7 and 9/12 run unmeasured (--cold skips them: the measured sweep then catches their
notices up too), measures the sweep of the due day 10/12/2025 (an overdue notice for every staff member), then
sends its digests to the in-memory mail backend through the send_digests task the worker runs, in --workers
forked processes. It prints wall time, emails and queries per phase.
"""

import argparse
import datetime
import logging
import multiprocessing
import os
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core import mail  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

from agencies.models import Agency, AgencyKind, Membership, Province, Role  # noqa: E402
from common.batches import chunked  # noqa: E402
from notifications.models import DeliveryState, Digest  # noqa: E402
from notifications.sweep import run_sweep  # noqa: E402
from notifications.tasks import send_digests  # noqa: E402
from portal.celery import app  # noqa: E402
from tasks.models import Assignment, AssignmentRole, Directive, DirectiveKind, ReportingSchedule, Task  # noqa: E402
from tasks.status import refresh_statuses  # noqa: E402

DUE_DAY = datetime.date(2025, 12, 10)
# Each eager task logs a line at INFO; a benchmark of 250 batches does not need them.
logging.getLogger("celery").setLevel(logging.WARNING)


class QueryCounter:
    """Counts the SQL statements run on the default connection while active."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __enter__(self):
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self._wrapper.__exit__(*exc)


def build_province(users, agencies, tasks_per_agency):
    """A province whose agencies each lead a few tasks of a quarterly-reporting plan, none reported yet."""
    province = Province.objects.create(name="Tỉnh thử tải", code="bench")
    sct = Agency.objects.create(name="Sở Công Thương", province=province)
    directive = Directive.objects.create(
        province=province,
        kind=DirectiveKind.PLAN,
        number="1",
        symbol="KH-UBND",
        issuing_agency=sct,
        subject="Kế hoạch thử tải",
        monitoring_agency=sct,
    )
    ReportingSchedule.objects.create(directive=directive, kind="quarterly", day_of_month=10, months="3,6,9,12")
    units = Agency.objects.bulk_create(
        [
            Agency(name=f"Đơn vị {n}", province=province, kind=AgencyKind.DEPARTMENT, search_key=f"don vi {n}")
            for n in range(agencies)
        ]
    )
    task_rows = Task.objects.bulk_create(
        [
            Task(
                directive=directive,
                code=f"{n // tasks_per_agency}.{n % tasks_per_agency}",
                position=n,
                text=f"Nhiệm vụ {n}",
                due_date=datetime.date(2030, 12, 31),
            )
            for n in range(agencies * tasks_per_agency)
        ]
    )
    Assignment.objects.bulk_create(
        [
            Assignment(task=task, agency=units[n // tasks_per_agency], role=AssignmentRole.LEAD)
            for n, task in enumerate(task_rows)
        ]
    )
    refresh_statuses(Task.objects.filter(directive=directive))  # bulk_create bypasses Task.save()
    people = get_user_model().objects.bulk_create(
        [get_user_model()(username=f"canbo{n}", email=f"canbo{n}@example.gov.vn", password="!") for n in range(users)],
        batch_size=5000,
    )
    per_agency = users // agencies
    Membership.objects.bulk_create(
        [
            Membership(
                user=person,
                agency=units[min(n // per_agency, agencies - 1)],
                role=Role.HEAD if n % per_agency == 0 else Role.STAFF,
            )
            for n, person in enumerate(people)
        ],
        batch_size=5000,
    )
    Membership.objects.create(user=people[0], agency=sct, role=Role.MONITOR)


def send_batch(batch):
    """Send one batch as the worker would (the send_digests task); return the emails it sent."""
    mail.outbox = []
    send_digests.apply(args=[batch])
    return len(mail.outbox)


def send_all(digest_ids, workers):
    """Send every digest, in `workers` forked processes (a worker's concurrency), batch by batch."""
    batches = list(chunked(digest_ids, settings.REMINDER_SEND_BATCH))
    if workers == 1:
        return sum(send_batch(batch) for batch in batches)
    connections.close_all()  # each forked process opens its own connection
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return sum(pool.map(send_batch, batches, chunksize=1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50_000)
    parser.add_argument("--agencies", type=int, default=500)
    parser.add_argument("--tasks-per-agency", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1, help="processes sending in parallel (PostgreSQL only)")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="no sweep ran before the due day: the measured sweep also catches up the 7, 3 and 1-day notices",
    )
    args = parser.parse_args()

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        args.workers = 1
    else:
        database.setdefault("TEST", {})["NAME"] = f"bench_reminders_{database['NAME']}"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    app.conf.task_always_eager = True
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        started = time.perf_counter()
        build_province(args.users, args.agencies, args.tasks_per_agency)
        print(
            f"{connection.vendor}: {args.users} users in {args.agencies} agencies, "
            f"{args.agencies * args.tasks_per_agency} tasks, no report in; data built in "
            f"{time.perf_counter() - started:.1f}s"
        )
        if not args.cold:
            # The daily sweeps before the due day ran (their emails are not part of the measure).
            for day in (3, 7, 9):
                run_sweep(datetime.date(2025, 12, day))

        claimed = []
        with QueryCounter() as sweep_queries:
            started = time.perf_counter()
            result = run_sweep(DUE_DAY, dispatch=claimed.extend)
            sweep_seconds = time.perf_counter() - started
        print(
            f"sweep of {DUE_DAY:%d/%m/%Y} (decide and record): {sweep_seconds:.1f}s, {result.reminders} reminders "
            f"for {len(result.digest_ids)} people, {sweep_queries.count} queries"
        )

        with QueryCounter() as send_queries:
            started = time.perf_counter()
            emails = send_all(claimed, args.workers)
            send_seconds = time.perf_counter() - started
        batches = -(-len(claimed) // settings.REMINDER_SEND_BATCH)
        per_batch = "" if args.workers > 1 else f", {send_queries.count / max(batches, 1):.1f} queries per batch"
        print(
            f"sending with {args.workers} process(es): {send_seconds:.1f}s, {emails} emails in {batches} batches "
            f"of {settings.REMINDER_SEND_BATCH}{per_batch}"
        )
        print(
            f"total: {sweep_seconds + send_seconds:.1f}s; digests of the day sent: "
            f"{Digest.objects.filter(pk__in=claimed, state=DeliveryState.SENT).count()}"
        )

        with QueryCounter() as again_queries:
            started = time.perf_counter()
            again = run_sweep(DUE_DAY, dispatch=claimed.extend)
        print(
            f"second sweep of the same day: {time.perf_counter() - started:.1f}s, {again.reminders} new "
            f"reminders, {again_queries.count} queries"
        )
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
