"""Benchmark the leadership dashboard on a large province (see bench/README.md, "Dashboard benchmark").

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench .venv/bin/python manage.py migrate
    DATABASE_URL=... .venv/bin/python manage.py generate_load_data --tasks 200000 --reports 1000000 --province bench
    DATABASE_URL=... .venv/bin/python bench/dashboard_bench.py --province bench [--runs 20]

Every view counts from the stored records (the status on each task, the report obligations): there is no cache
and so no "fresh" or "stale" mode. Prints each view's query count and p50/p95 server time (called through
RequestFactory, its template rendered, as a request would be): unfiltered, by agency + status, by sector, by
date range, a staff member's and an agency head's dashboard, the scorecard, `/tasks/?status=overdue`; the
dashboard's aggregate statement against the same numbers written by hand in SQL; the clock pass after midnight;
and the report obligations of a new quarter for every task. The last two run in a transaction rolled back.
"""

import argparse
import datetime
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from agencies.models import Agency, Membership, Province, Role  # noqa: E402
from agencies.permissions import Access  # noqa: E402
from reports.dashboard import aggregates  # noqa: E402
from reports.dashboard.views import DashboardView, ScorecardView  # noqa: E402
from reports.models import ReportingPeriod  # noqa: E402
from reports.periods import periods_opened  # noqa: E402
from tasks.models import Directive, ScheduleKind, Sector  # noqa: E402
from tasks.services import advance_statuses  # noqa: E402
from tasks.status import local_now  # noqa: E402
from tasks.views import TaskListView  # noqa: E402

STATUSES = ("done_on_time", "done_late", "in_progress", "overdue", "recurring", "not_started", "waiting")
STATUSES += ("unscheduled", "cancelled")
_COUNTS = ", ".join(f"count(*) FILTER (WHERE status = '{s}')" for s in STATUSES)
_SOON = "count(*) FILTER (WHERE status = 'in_progress' AND due <= %(today)s + 7), "
_SOON += "count(*) FILTER (WHERE status = 'in_progress' AND due <= %(today)s + 30), count(*)"
# The dashboard's numbers (by directive and sector, by the stored lead_key) over the stored statuses and lead keys,
# as one statement a DBA would write.
HAND_SQL = f"""
WITH t AS (
  SELECT t.directive_id, t.sector_id, t.lead_key, t.status, COALESCE(t.extended_due_date, t.due_date) AS due
  FROM tasks_task t JOIN tasks_directive d ON d.id = t.directive_id
  WHERE d.province_id = %(province)s AND t.kind = 'task'
)
SELECT 'directive_sector', directive_id::text, sector_id, {_COUNTS}, {_SOON} FROM t GROUP BY directive_id, sector_id
UNION ALL
SELECT 'lead_key', lead_key, NULL, {_COUNTS}, {_SOON} FROM t WHERE lead_key <> '' GROUP BY lead_key
"""
# Report compliance for a window, by hand.
HAND_SQL_OWED = """
SELECT o.agency_id, count(*), count(*) FILTER (WHERE o.state IN ('approved', 'accepted') AND NOT o.late),
  count(*) FILTER (WHERE o.state IN ('approved', 'accepted') AND o.late)
FROM reports_reportobligation o JOIN reports_reportingperiod p ON p.id = o.period_id
JOIN tasks_directive d ON d.id = p.directive_id
WHERE d.province_id = %(province)s AND p.kind = %(kind)s AND p.start = %(start)s AND p."end" = %(end)s
GROUP BY o.agency_id
"""


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(function, runs):
    function()  # warm the caches once
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def server_ms(function):
    """The database's own execution time of the statements `function` runs, in ms: each SELECT it sent run again
    under EXPLAIN ANALYZE, its "Execution Time" summed (steadier than wall time on a shared machine)."""
    with CaptureQueriesContext(connection) as captured:
        function()
    total = 0.0
    with connection.cursor() as cursor:
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
            plan = cursor.fetchone()[0]
            total += (plan if isinstance(plan, list) else json.loads(plan))[0]["Execution Time"]
    return total


def rolled_back(function):
    """Run `function` in a transaction that is rolled back; return its time in ms and its result. The deferred
    foreign-key checks a commit would run are run (and timed) before the rollback."""
    with transaction.atomic():
        started = time.perf_counter()
        result = function()
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        elapsed = (time.perf_counter() - started) * 1000
        transaction.set_rollback(True)
    return elapsed, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--province", default="bench")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Run the benchmark on PostgreSQL: set DATABASE_URL=postgres://...")
    province = Province.objects.get(code=args.province)
    leader = get_user_model().objects.get(username=f"lanhdao-{province.code}")
    factory = RequestFactory()
    lead = Agency.objects.filter(province=province, short_name="SCT").first()
    staff, _created = get_user_model().objects.get_or_create(username=f"chuyenvien-sct-{province.code}")
    Membership.objects.get_or_create(user=staff, agency=lead, defaults={"role": Role.STAFF})
    head, _created = get_user_model().objects.get_or_create(username=f"lanhdaoso-sct-{province.code}")
    Membership.objects.get_or_create(user=head, agency=lead, defaults={"role": Role.HEAD})
    sector = Sector.objects.filter(tasks__directive__province=province).first()
    today = local_now().date()

    def view_of(view_class, path):
        view = view_class.as_view()

        def call(as_user=None, **params):
            request = factory.get(path, {"province": province.pk, **params})
            request.user = as_user or leader
            response = view(request)
            response.render()
            assert response.status_code == 200, response.status_code

        return call

    dashboard = view_of(DashboardView, "/dashboard/")
    scorecard = view_of(ScorecardView, "/dashboard/scorecard/")
    task_list = view_of(TaskListView, "/tasks/")
    since, until = (today - datetime.timedelta(days=90)).strftime("%d/%m/%Y"), today.strftime("%d/%m/%Y")
    views = [
        ("/dashboard/ whole province, unfiltered", lambda: dashboard()),
        ("/dashboard/?agency=<SCT>&status=overdue", lambda: dashboard(agency=lead.pk, status="overdue")),
        ("/dashboard/?sector=<one>", lambda: dashboard(sector=sector.pk)),
        (
            "/dashboard/?due_after=<90 days ago>&due_before=<today>",
            lambda: dashboard(due_after=since, due_before=until),
        ),
        ("/dashboard/ for a staff member of SCT", lambda: dashboard(as_user=staff)),
        ("/dashboard/ for the head of SCT", lambda: dashboard(as_user=head)),
        ("/dashboard/scorecard/ (4 periods)", lambda: scorecard()),
        ("/tasks/?status=overdue", lambda: task_list(status="overdue")),
    ]
    with connection.cursor() as cursor:
        tables = "tasks_task, reports_taskreporter, reports_reportobligation, reports_obligationcount"
        cursor.execute(f"VACUUM ANALYZE {tables}")

    def orm_aggregates():
        _filterset, tasks = aggregates.filtered_tasks(Access(leader), province, factory.get("/").GET)
        labels = aggregates.AgencyLabels(province)
        aggregates.task_breakdowns(tasks, local_now().date(), labels)
        window = aggregates.current_window(aggregates.period_windows(province), local_now().date())
        aggregates.obligation_counts(tasks, [window], labels, only_these_tasks=False)

    def hand_sql():
        window = aggregates.current_window(aggregates.period_windows(province), local_now().date())
        with connection.cursor() as cursor:
            cursor.execute(HAND_SQL, {"province": province.pk, "today": local_now().date()})
            cursor.fetchall()
            cursor.execute(
                HAND_SQL_OWED, {"province": province.pk, "kind": window.kind, "start": window.start, "end": window.end}
            )
            cursor.fetchall()

    def midnight_pass():
        tomorrow = local_now().date() + datetime.timedelta(days=1)
        return advance_statuses(timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min)))

    def new_quarter():
        # Next year's first quarter for every directive, as the period sweep opens it (its signal syncs obligations).
        year = today.year + 1
        start, end = datetime.date(year, 1, 1), datetime.date(year, 3, 31)
        directives = list(Directive.objects.filter(province=province).values_list("pk", flat=True))
        ReportingPeriod.objects.bulk_create(
            [
                ReportingPeriod(
                    directive_id=pk,
                    kind=ScheduleKind.QUARTERLY,
                    name=f"Quý I/{year}",
                    start=start,
                    end=end,
                    due_date=datetime.date(year, 3, 10),
                )
                for pk in directives
            ]
        )
        opened = ReportingPeriod.objects.filter(directive__province=province, start=start).values_list("pk", flat=True)
        periods_opened.send(sender=ReportingPeriod, directive_ids=set(directives), period_ids=list(opened))
        return ReportingPeriod.objects.filter(directive__province=province, start=start).count()

    rows = []
    for label, call in views:
        with CaptureQueriesContext(connection) as captured:
            call()
        rows.append((f"{label} ({len(captured.captured_queries)} queries)", timed(call, args.runs), server_ms(call)))
    orm_ms, sql_ms = timed(orm_aggregates, args.runs), timed(hand_sql, args.runs)
    orm_server, sql_server = server_ms(orm_aggregates), server_ms(hand_sql)
    midnight_ms, moved = rolled_back(midnight_pass)
    quarter_ms, _periods = rolled_back(new_quarter)

    tasks = province.directives.values("tasks").count()
    print(f"Province {province.code}: {tasks} tasks and headings, PostgreSQL {connection.pg_version}, {args.runs} runs")
    print(f"Load average: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    print(f"{'measure':<78}{'p50 ms':>10}{'p95 ms':>10}{'server ms':>11}")
    for label, samples, server in [
        *rows,
        ("dashboard aggregates + compliance (ORM)", orm_ms, orm_server),
        ("the same numbers, hand-written SQL (2 queries)", sql_ms, sql_server),
    ]:
        print(f"{label:<78}{statistics.median(samples):>10.1f}{percentile(samples, 0.95):>10.1f}{server:>11.1f}")
    ratio = statistics.median(orm_ms) / statistics.median(sql_ms)
    print(f"ORM aggregates / hand-written SQL: {ratio:.2f}x (p50), {orm_server / sql_server:.2f}x (server time)")
    print(f"clock pass after midnight: {midnight_ms:.0f} ms, {moved} task statuses moved on")
    print(f"obligations for a new quarter of every task: {quarter_ms / 1000:.1f} s")


if __name__ == "__main__":
    main()
