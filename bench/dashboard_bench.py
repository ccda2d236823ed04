"""Benchmark the leadership dashboard on a large province (see bench/README.md, "Dashboard benchmark").

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench .venv/bin/python manage.py migrate
    DATABASE_URL=... .venv/bin/python manage.py generate_load_data --tasks 200000 --reports 1000000 --province bench
    DATABASE_URL=... .venv/bin/python bench/dashboard_bench.py --province bench [--runs 20]

Prints, side by side: the dashboard view's query count and p50/p95 server time (the view called through
RequestFactory and its template rendered, as a request would be) with its stored figures fresh, with one
directive stale and with all of them stale (counted live); the time to recompute the figures; the dashboard's
live aggregate query; and the same aggregates written by hand as one SQL query, over the tasks and over the
stored figures.
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

from agencies.models import Agency, Membership, Province, Role  # noqa: E402
from agencies.permissions import Access  # noqa: E402
from reports.dashboard import aggregates, figures  # noqa: E402
from reports.dashboard.views import DashboardView, ScorecardView  # noqa: E402
from reports.models import FiguresState  # noqa: E402
from tasks.models import Directive  # noqa: E402
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


# The same figures read from the stored counts (reports.StatusFigure, ReportObligation), as a DBA would write it.
HAND_SQL_STORED = """
SELECT 'directive', s.directive_id, CAST(NULL AS BIGINT),
  sum(done_on_time), sum(done_late), sum(in_progress), sum(overdue),
  sum(recurring), sum(waiting), sum(due_first), sum(due_second),
  sum(in_progress + overdue + done_on_time + done_late + recurring + not_started + waiting + unscheduled + cancelled)
FROM reports_statusfigure s JOIN tasks_directive d ON d.id = s.directive_id
WHERE d.province_id = %(province)s AND s.agency_id IS NULL GROUP BY s.directive_id
UNION ALL
SELECT 'sector', s.sector_id, CAST(NULL AS BIGINT),
  sum(done_on_time), sum(done_late), sum(in_progress), sum(overdue),
  sum(recurring), sum(waiting), sum(due_first), sum(due_second),
  sum(in_progress + overdue + done_on_time + done_late + recurring + not_started + waiting + unscheduled + cancelled)
FROM reports_statusfigure s JOIN tasks_directive d ON d.id = s.directive_id
WHERE d.province_id = %(province)s AND s.agency_id IS NULL GROUP BY s.sector_id
UNION ALL
SELECT 'lead_agency', s.agency_id, CAST(NULL AS BIGINT),
  sum(done_on_time), sum(done_late), sum(in_progress), sum(overdue),
  sum(recurring), sum(waiting), sum(due_first), sum(due_second),
  sum(in_progress + overdue + done_on_time + done_late + recurring + not_started + waiting + unscheduled + cancelled)
FROM reports_statusfigure s JOIN tasks_directive d ON d.id = s.directive_id
WHERE d.province_id = %(province)s AND s.agency_id IS NOT NULL GROUP BY s.agency_id
UNION ALL
SELECT 'owed', o.agency_id, count(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
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

    def dashboard(as_user=None, **filters):
        request = factory.get("/dashboard/", {"province": province.pk, **filters})
        request.user = as_user or user
        response = view(request)
        response.render()
        assert response.status_code == 200

    busiest = province.directives.annotate(n=Count("tasks")).order_by("-n").first()
    lead = Agency.objects.filter(province=province, short_name="SCT").first()
    # A staff member of Sở Công Thương: their dashboard covers the tasks their agency takes part in, counted live.
    staff, _created = get_user_model().objects.get_or_create(username=f"chuyenvien-sct-{province.code}")
    Membership.objects.get_or_create(user=staff, agency=lead, defaults={"role": Role.STAFF})

    def orm_aggregates():
        now = local_now()
        access = Access(user)
        _filterset, tasks = aggregates.filtered_tasks(access, province, factory.get("/").GET, now)
        aggregates.task_breakdowns(tasks, now.date())

    def hand_sql():
        now = local_now()
        with connection.cursor() as cursor:
            cursor.execute(
                HAND_SQL, {"province": province.pk, "today": now.date(), "now_time": now.time().replace(tzinfo=None)}
            )
            cursor.fetchall()

    def stored_aggregates():
        now = local_now()
        window = aggregates.current_window(aggregates.period_windows(province), now.date())
        figures.task_breakdowns(province, None, None, now)
        aggregates.obligation_counts(None, [window], only_these_tasks=False)

    def hand_sql_stored():
        now = local_now()
        window = aggregates.current_window(aggregates.period_windows(province), now.date())
        with connection.cursor() as cursor:
            cursor.execute(
                HAND_SQL_STORED,
                {"province": province.pk, "kind": window.kind, "start": window.start, "end": window.end},
            )
            cursor.fetchall()

    scorecard_view = ScorecardView.as_view()

    def scorecard():
        request = factory.get("/dashboard/scorecard/", {"province": province.pk})
        request.user = user
        response = scorecard_view(request)
        response.render()
        assert response.status_code == 200

    directives = Directive.objects.filter(province=province)
    # The worker is not running here: a stale view would queue a refresh in the broker for nobody.
    figures.schedule_refresh = lambda province: None

    def refresh_all():
        figures.invalidate(directives.values_list("pk", flat=True))
        return figures.refresh_stale(directives, local_now())

    def refresh_midnight():
        # Midnight: every directive's status figures expire.
        FiguresState.objects.filter(directive__in=directives).update(status_valid_until=local_now())
        return figures.refresh_stale(directives, local_now())

    def vacuum():
        # What autovacuum does within a minute of a rewrite this size (the default scale factor is 20%).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE reports_statusfigure, reports_reportobligation, reports_figuresstate")

    def refresh_one():
        figures.invalidate([busiest.pk])
        return figures.refresh_stale(directives, local_now())

    refresh_all_ms = timed(refresh_all, 3)
    refresh_midnight_ms = timed(refresh_midnight, 3)
    refresh_one_ms = timed(refresh_one, args.runs)
    vacuum()
    with CaptureQueriesContext(connection) as captured:
        dashboard()
    queries = len(captured.captured_queries)
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:3]
    view_ms, stored_sql_ms = timed(dashboard, args.runs), timed(hand_sql_stored, args.runs)
    stored_ms = timed(stored_aggregates, args.runs)
    scorecard_ms = timed(scorecard, args.runs)
    directive_ms = timed(lambda: dashboard(directive=busiest.pk), args.runs)
    agency_ms = timed(lambda: dashboard(agency=lead.pk, status="overdue"), args.runs)
    staff_ms = timed(lambda: dashboard(as_user=staff), args.runs)
    figures.invalidate([busiest.pk])
    one_stale_ms = timed(dashboard, args.runs)
    figures.invalidate(directives.values_list("pk", flat=True))
    all_stale_ms = timed(dashboard, max(3, args.runs // 3))
    orm_ms, sql_ms = timed(orm_aggregates, max(3, args.runs // 3)), timed(hand_sql, max(3, args.runs // 3))
    refresh_all()
    vacuum()

    tasks = province.directives.values("tasks").count()
    print(f"Province {province.code}: {tasks} tasks and headings, PostgreSQL {connection.pg_version}, {args.runs} runs")
    print(f"{'measure':<72}{'p50 ms':>10}{'p95 ms':>10}")
    for label, samples in (
        (f"/dashboard/ view + template, figures fresh ({queries} queries)", view_ms),
        ("its aggregates alone, from the stored figures (ORM, 5 queries)", stored_ms),
        ("same aggregates, hand-written SQL over the stored figures (1 query)", stored_sql_ms),
        ("/dashboard/ with one directive stale (it is counted live)", one_stale_ms),
        ("/dashboard/ with every directive stale (all counted live)", all_stale_ms),
        ("live aggregates alone (ORM query in a CTE, 1 query)", orm_ms),
        ("same aggregates, hand-written SQL over the tasks (1 query)", sql_ms),
        ("/dashboard/?directive=<one of 500>", directive_ms),
        ("/dashboard/?agency=<SCT>&status=overdue (counted live)", agency_ms),
        ("/dashboard/ for a staff member of SCT (their tasks, counted live)", staff_ms),
        ("/dashboard/scorecard/ (4 periods), figures fresh", scorecard_ms),
        ("recompute one directive's figures (after a change)", refresh_one_ms),
        ("recompute the province's status figures (after midnight)", refresh_midnight_ms),
        ("recompute all the province's figures (e.g. a district group changed)", refresh_all_ms),
    ):
        print(f"{label:<72}{statistics.median(samples):>10.1f}{percentile(samples, 0.95):>10.1f}")
    for label, numerator, denominator in (
        ("dashboard view / hand-written SQL over the tasks", view_ms, sql_ms),
        ("stored aggregates (ORM) / hand-written SQL over the figures", stored_ms, stored_sql_ms),
        ("live aggregates / hand-written SQL over the tasks", orm_ms, sql_ms),
    ):
        print(f"{label} (p50): {statistics.median(numerator) / statistics.median(denominator):.2f}x")
    print("Slowest dashboard queries, figures fresh (ms):")
    for query in slowest:
        print(f"  {float(query['time']) * 1000:8.1f}  {query['sql'][:150]}")


if __name__ == "__main__":
    main()
