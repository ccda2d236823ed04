"""Task counts by status: the dashboard's columns, and the grouped statements by directive, sector and lead
agency (conditional aggregation directly on the task table, over the status stored on each task)."""

import datetime

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from reports.obligations import lead_agency_ids
from tasks.models import Directive, Sector
from tasks.status import Status

# The dashboard's columns: the four statuses Vietnamese monitoring counts, then every other one, so that a row's
# status columns add up to its total.
STATUS_COLUMNS = (
    Status.COMPLETED_ON_TIME,
    Status.COMPLETED_LATE,
    Status.IN_PROGRESS_ON_TIME,
    Status.IN_PROGRESS_OVERDUE,
    Status.RECURRING,
    Status.NOT_STARTED,
    Status.WAITING_EVENT,
    Status.UNSCHEDULED,
    Status.CANCELLED,
)


def soon_days():
    """The due-soon windows, in days, shortest first (settings.DUE_SOON_DAYS)."""
    return settings.DUE_SOON_DAYS


def soon_key(days):
    return f"due_{days}"


def column_labels():
    labels = [(status.value, status.label) for status in STATUS_COLUMNS]
    labels += [(soon_key(days), _("Due within %(days)s days") % {"days": days}) for days in soon_days()]
    return labels + [("total", _("Total"))]


def status_counts(today):
    """One conditional count per dashboard column (`column_labels()`) over the status stored on each task: a
    COUNT(*) FILTER (WHERE ...) per status and per due-soon window, then the total."""
    counts = {status.value: Count("status", filter=Q(status=status)) for status in STATUS_COLUMNS}
    for days in soon_days():
        soon = Q(status=Status.IN_PROGRESS_ON_TIME, effective_due__lte=today + datetime.timedelta(days=days))
        counts[soon_key(days)] = Count("status", filter=soon)
    counts["total"] = Count("*")
    return counts


def _sum_counts(rows):
    total = {}
    for row in rows:
        for key, value in row.items():
            total[key] = total.get(key, 0) + value
    return total


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _by_lead_agency(rows, columns, labels):
    """{agency id: (label, counts)} from counts grouped by `lead_key`: a task led by several agencies counts for
    each of them (`labels`: an `AgencyLabels`)."""
    by_agency = {}
    for row in rows:
        for agency_id in lead_agency_ids(row["lead_key"]):
            by_agency.setdefault(agency_id, []).append({key: row[key] for key in columns})
    named = labels(by_agency)
    return {pk: (named[pk], _sum_counts(groups)) for pk, groups in by_agency.items()}


def task_breakdowns(tasks, today, labels):
    """Counts by (directive, sector) and by lead agency; returns totals, by directive, by sector and by agency,
    each a dict of key -> (label, counts); the agencies named by `labels` (an `AgencyLabels`).

    The ORM groups the filtered task query directly (conditional aggregation on the stored status, no
    intermediate result): by directive and sector, with their labels joined to the few hundred groups, and by the
    task's stored `lead_key` (`reports.obligations`), a few hundred groups spread over their agencies afterwards,
    so no task is joined to its reporters.
    """
    counts = status_counts(today)
    tasks = tasks.order_by()
    by_pair, pair_params = tasks.values("directive_id", "sector_id").annotate(**counts).query.sql_with_params()
    by_lead, lead_params = tasks.exclude(lead_key="").values("lead_key").annotate(**counts).query.sql_with_params()
    columns = [key for key, _label in column_labels()]
    selected = ", ".join(f"g.{key}" for key in columns)
    tables = {"directive": Directive._meta.db_table, "sector": Sector._meta.db_table}
    rows = _fetch(
        f"SELECT 'directive' AS dimension, g.directive_id AS row_key, g.sector_id AS sector_key, "
        f"CAST(NULL AS VARCHAR) AS lead_key, {selected}, d.number || '/' || d.symbol AS label, "
        f"s.name AS sector_label "
        f"FROM ({by_pair}) g JOIN {tables['directive']} d ON d.id = g.directive_id "
        f"LEFT JOIN {tables['sector']} s ON s.id = g.sector_id "
        f"UNION ALL "
        f"SELECT 'lead', CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), g.lead_key, {selected}, "
        f"CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR) FROM ({by_lead}) g",
        [*pair_params, *lead_params],
    )
    by_directive, by_sector = {}, {}
    for row in rows:
        if row["dimension"] == "lead":
            continue
        row_counts = {key: row[key] for key in columns}
        by_directive.setdefault(row["row_key"], (row["label"], []))[1].append(row_counts)
        by_sector.setdefault(row["sector_key"], (row["sector_label"], []))[1].append(row_counts)
    totals = _sum_counts(c for _label, groups in by_directive.values() for c in groups) or dict.fromkeys(columns, 0)
    return (
        totals,
        {key: (label, _sum_counts(groups)) for key, (label, groups) in by_directive.items()},
        {key: (label, _sum_counts(groups)) for key, (label, groups) in by_sector.items()},
        _by_lead_agency([row for row in rows if row["dimension"] == "lead"], columns, labels),
    )
