"""Benchmark the leadership dashboard on a large province (see README, "Dashboard benchmark").

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench .venv/bin/python manage.py migrate
    DATABASE_URL=... .venv/bin/python manage.py generate_load_data --tasks 200000 --reports 1000000 --province bench
    DATABASE_URL=... .venv/bin/python bench/dashboard_bench.py --province bench [--runs 20]

Prints, side by side: the dashboard view's query count and p50/p95 server time (the view called through
RequestFactory and its template rendered, as a request would be), the time of the dashboard's own aggregate
queries, and the time of the same aggregates written by hand as one SQL query.
"""

import argparse
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
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from agencies.models import Agency, Province  # noqa: E402
from agencies.permissions import Access  # noqa: E402
from reports.dashboard import aggregates  # noqa: E402
from reports.dashboard.views import DashboardView  # noqa: E402
from tasks.status import local_now  # noqa: E402

# The dashboard's status rule (tasks/status.py) and breakdowns, as one statement a DBA would write.
HAND_SQL = """
WITH t AS (
  SELECT t.id, t.directive_id, t.sector_id, COALESCE(t.extended_due_date, t.due_date) AS due,
    CASE
      WHEN t.cancelled_at IS NOT NULL THEN 'cancelled'
      WHEN t.completed_at IS NOT NULL AND COALESCE(t.extended_due_date, t.due_date) IS NOT NULL AND (
        (t.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > COALESCE(t.extended_due_date, t.due_date)
        OR ((t.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = COALESCE(t.extended_due_date, t.due_date)
            AND t.due_time IS NOT NULL AND (t.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::time > t.due_time))
        THEN 'done_late'
      WHEN t.completed_at IS NOT NULL THEN 'done_on_time'
      WHEN t.is_recurring THEN 'recurring'
      WHEN COALESCE(t.extended_due_date, t.due_date) IS NULL AND t.waits_on_event THEN 'waiting'
      WHEN COALESCE(t.extended_due_date, t.due_date) IS NULL THEN 'unscheduled'
      WHEN t.start_date > %(today)s THEN 'not_started'
      WHEN COALESCE(t.extended_due_date, t.due_date) < %(today)s
        OR (COALESCE(t.extended_due_date, t.due_date) = %(today)s AND t.due_time IS NOT NULL
            AND t.due_time < %(now_time)s) THEN 'overdue'
      ELSE 'in_progress'
    END AS status
  FROM tasks_task t JOIN tasks_directive d ON d.id = t.directive_id
  WHERE d.province_id = %(province)s AND t.kind = 'task'
)
SELECT 'directive_sector' AS dim, directive_id AS key1, sector_id AS key2,
  count(*) FILTER (WHERE status = 'done_on_time'), count(*) FILTER (WHERE status = 'done_late'),
  count(*) FILTER (WHERE status = 'in_progress'), count(*) FILTER (WHERE status = 'overdue'),
  count(*) FILTER (WHERE status = 'recurring'), count(*) FILTER (WHERE status = 'waiting'),
  count(*) FILTER (WHERE status = 'in_progress' AND due <= %(today)s + 7),
  count(*) FILTER (WHERE status = 'in_progress' AND due <= %(today)s + 30), count(*)
FROM t GROUP BY directive_id, sector_id
UNION ALL
SELECT 'lead_agency', COALESCE(m.to_agency_id, a.agency_id), NULL,
  count(DISTINCT t.id) FILTER (WHERE status = 'done_on_time'), count(DISTINCT t.id) FILTER (WHERE status = 'done_late'),
  count(DISTINCT t.id) FILTER (WHERE status = 'in_progress'), count(DISTINCT t.id) FILTER (WHERE status = 'overdue'),
  count(DISTINCT t.id) FILTER (WHERE status = 'recurring'), count(DISTINCT t.id) FILTER (WHERE status = 'waiting'),
  count(DISTINCT t.id) FILTER (WHERE status = 'in_progress' AND due <= %(today)s + 7),
  count(DISTINCT t.id) FILTER (WHERE status = 'in_progress' AND due <= %(today)s + 30), count(DISTINCT t.id)
FROM t JOIN tasks_assignment a ON a.task_id = t.id AND a.role IN ('lead', 'co_lead', 'executing')
LEFT JOIN agencies_agency_members m ON m.from_agency_id = a.agency_id
GROUP BY 2
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--province", default="bench")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Run the benchmark on PostgreSQL: set DATABASE_URL=postgres://...")
    province = Province.objects.get(code=args.province)
    user = get_user_model().objects.get(username=f"lanhdao-{province.code}")
    factory = RequestFactory()
    view = DashboardView.as_view()

    def dashboard(**filters):
        request = factory.get("/dashboard/", {"province": province.pk, **filters})
        request.user = user
        response = view(request)
        response.render()
        assert response.status_code == 200

    busiest = province.directives.annotate(n=Count("tasks")).order_by("-n").first()
    lead = Agency.objects.filter(province=province, short_name="SCT").first()

    with CaptureQueriesContext(connection) as captured:
        dashboard()
    queries = len(captured.captured_queries)
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:3]

    def orm_aggregates():
        now = local_now()
        access = Access(user)
        _filterset, tasks = aggregates.filtered_tasks(access, province, factory.get("/").GET, now)
        aggregates.task_breakdowns(tasks, now.date())

    def hand_sql():
        now = local_now()
        with connection.cursor() as cursor:
            cursor.execute(HAND_SQL, {"province": province.pk, "today": now.date(),
                                      "now_time": now.time().replace(tzinfo=None)})
            cursor.fetchall()

    tasks = province.directives.values("tasks").count()
    view_ms, orm_ms, sql_ms = timed(dashboard, args.runs), timed(orm_aggregates, args.runs), timed(hand_sql, args.runs)
    directive_ms = timed(lambda: dashboard(directive=busiest.pk), args.runs)
    agency_ms = timed(lambda: dashboard(agency=lead.pk, status="overdue"), args.runs)
    print(f"Province {province.code}: {tasks} tasks and headings, PostgreSQL {connection.pg_version}, {args.runs} runs")
    print(f"{'measure':<48}{'p50 ms':>10}{'p95 ms':>10}")
    for label, samples in (
        (f"/dashboard/ view + template ({queries} queries)", view_ms),
        ("dashboard aggregates (ORM query in a CTE, 1 query)", orm_ms),
        ("same aggregates, hand-written SQL (1 query)", sql_ms),
        ("/dashboard/?directive=<one of 500>", directive_ms),
        ("/dashboard/?agency=<SCT>&status=overdue", agency_ms),
    ):
        print(f"{label:<48}{statistics.median(samples):>10.1f}{percentile(samples, 0.95):>10.1f}")
    print(f"ORM aggregates / hand-written SQL (p50): {statistics.median(orm_ms) / statistics.median(sql_ms):.2f}x")
    print(f"dashboard view / hand-written SQL (p50): {statistics.median(view_ms) / statistics.median(sql_ms):.2f}x")
    print("Slowest dashboard queries (ms):")
    for query in slowest:
        print(f"  {float(query['time']) * 1000:8.1f}  {query['sql'][:150]}")


if __name__ == "__main__":
    main()
