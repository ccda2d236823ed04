"""Task counts by status: the dashboard's columns, and the grouped statements by directive, sector and lead
agency (conditional aggregation directly on the task table, over the status stored on each task); for the whole
province unfiltered, the stored counts (`tasks.models.TaskCount`) summed instead, and for one agency's own dashboard
unfiltered, those stored per agency (`tasks.models.TaskAgencyCount`)."""

import datetime

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from reports.obligations import lead_agency_ids
from tasks.models import Assignment, Directive, Sector, Task, TaskAgencyCount, TaskCount, TaskCountDimension
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


def _grouping_sets(grouped):
    """The SQL of `grouped` (a values(a, b, c).annotate(...) queryset, grouped by its three values) with its
    GROUP BY turned into GROUPING SETS ((a, b), (c)): PostgreSQL counts both groupings in one pass."""
    sql, params = grouped.query.sql_with_params()
    select, group_by = sql.rsplit(" GROUP BY ", 1)
    if group_by != "1, 2, 3":
        raise ValueError(f"unexpected GROUP BY {group_by!r}")
    return f"{select} GROUP BY GROUPING SETS ((1, 2), (3))", params


def _by_lead_agency(rows, columns, labels):
    """{agency id: (label, counts)} from counts grouped by `lead_key`: a task led by several agencies counts for
    each of them (`labels`: an `AgencyLabels`)."""
    by_agency = {}
    for row in rows:
        for agency_id in lead_agency_ids(row["lead_key"]):
            by_agency.setdefault(agency_id, []).append({key: row[key] for key in columns})
    named = labels(by_agency)
    return {pk: (named[pk], _sum_counts(groups)) for pk, groups in by_agency.items()}


def agency_counts(tasks, statuses, labels):
    """Counts by lead agency alone, of `statuses` and in all (the scorecard's rows): {agency id: (label, counts)},
    one statement grouping the tasks by their stored `lead_key`, without the counts by directive and sector nor the
    other columns `task_breakdowns` adds."""
    counts = {status.value: Count("status", filter=Q(status=status)) for status in statuses}
    counts["total"] = Count("*")
    rows = tasks.order_by().exclude(lead_key="").values("lead_key").annotate(**counts)
    return _by_lead_agency(rows, list(counts), labels)


def task_breakdowns(tasks, today, labels):
    """Counts by directive, by sector and by lead agency; returns totals, by directive, by sector and by agency,
    each a dict of key -> (label, counts); the agencies named by `labels` (an `AgencyLabels`).

    One statement groups the filtered task query directly (conditional aggregation on the stored status): by
    (directive, sector), that result summed again by directive and by sector in the same statement (a few thousand
    rows, not summed in Python) with their labels joined to the groups; and by the task's stored `lead_key`
    (`reports.obligations`), a few hundred groups spread over their agencies afterwards, so no task is joined to its
    reporters. On PostgreSQL both groupings come from one pass over the tasks (`GROUP BY GROUPING SETS`, every
    column read from `task_counts_lead_idx` alone): a staff member's tasks are picked out of all the province's once,
    not once per grouping.
    """
    counts = status_counts(today)
    tasks = tasks.order_by()
    columns = [key for key, _label in column_labels()]
    summed = ", ".join(f"CAST(SUM(g.{key}) AS BIGINT) AS {key}" for key in columns)
    selected = ", ".join(f"t.{key}" for key in columns)
    if connection.vendor == "postgresql":
        # The (lead_key) set's rows are those without a directive: every task has one.
        grouped, params = _grouping_sets(tasks.values("directive_id", "sector_id", "lead_key").annotate(**counts))
        pairs, leads = "g.directive_id IS NOT NULL", "g.directive_id IS NULL AND g.lead_key <> ''"
        lead_rows = f"SELECT g.lead_key, {', '.join(f'g.{key}' for key in columns)} FROM g WHERE {leads}"
        cte = f"WITH g AS MATERIALIZED ({grouped}) "
    else:
        by_pair, pair_params = tasks.values("directive_id", "sector_id").annotate(**counts).query.sql_with_params()
        by_lead, lead_params = tasks.exclude(lead_key="").values("lead_key").annotate(**counts).query.sql_with_params()
        pairs, lead_rows, params = "TRUE", by_lead, [*pair_params, *lead_params]
        cte = f"WITH g AS ({by_pair}) "
    tables = {"directive": Directive._meta.db_table, "sector": Sector._meta.db_table}
    rows = _fetch(
        f"{cte}"
        f"SELECT 'directive' AS dimension, t.row_key AS row_key, CAST(NULL AS VARCHAR) AS lead_key, {selected}, "
        f"d.number || '/' || d.symbol AS label "
        f"FROM (SELECT g.directive_id AS row_key, {summed} FROM g WHERE {pairs} GROUP BY g.directive_id) t "
        f"JOIN {tables['directive']} d ON d.id = t.row_key "
        f"UNION ALL "
        f"SELECT 'sector', t.row_key, CAST(NULL AS VARCHAR), {selected}, s.name "
        f"FROM (SELECT g.sector_id AS row_key, {summed} FROM g WHERE {pairs} GROUP BY g.sector_id) t "
        f"LEFT JOIN {tables['sector']} s ON s.id = t.row_key "
        f"UNION ALL "
        f"SELECT 'lead', CAST(NULL AS INTEGER), t.lead_key, {selected}, CAST(NULL AS VARCHAR) FROM ({lead_rows}) t",
        params,
    )
    grouped = {"directive": {}, "sector": {}, "lead": []}
    for row in rows:
        row_counts = {key: row[key] for key in columns}
        if row["dimension"] == "lead":
            grouped["lead"].append({"lead_key": row["lead_key"], **row_counts})
        else:
            grouped[row["dimension"]][row["row_key"]] = (row["label"], row_counts)
    totals = _sum_counts(c for _label, c in grouped["sector"].values()) or dict.fromkeys(columns, 0)
    return totals, grouped["directive"], grouped["sector"], _by_lead_agency(grouped["lead"], columns, labels)


def stored_breakdowns(province, today, labels, agency=None, statuses=None):
    """`task_breakdowns` of all the province's tasks, from the counts stored per directive, sector and lead key and
    status (`TaskCount`, a few thousand rows against 200,000 tasks) and the due-soon columns counted over the tasks
    in progress due within the longest window (an indexed range: a few thousand). The directives' and sectors'
    labels as `task_breakdowns` writes them.

    With `agency` (an id), the province's tasks that agency sees (`TaskQuerySet.visible_to` for its staff and
    head, the agency filter's `for_agencies`: assigned to it or to a group it belongs to), from the counts stored
    per agency (`TaskAgencyCount`). With `statuses`, only the tasks holding one of them (the status filter).

    Both statements return one row per directive, sector and lead key (about 700 at 200,000 tasks): the stored
    counts turned into one column per status by the database, the due-soon tasks grouped by each key in turn over
    one read of them. Summing their 4,760 and 5,400 rows in Python took a third of the page's Python time."""
    columns = [key for key, _label in column_labels()]
    shown = [status.value for status in STATUS_COLUMNS]
    keyed = {dimension: {} for dimension in TaskCountDimension}
    if agency is None:
        stored = TaskCount.objects.filter(province=province, count__gt=0)
    else:
        stored = TaskAgencyCount.objects.filter(province=province, agency=agency, count__gt=0)
    if statuses:
        stored = stored.filter(status__in=statuses)
    stored = (
        stored.order_by()
        .values_list("dimension", "key")
        .annotate(
            **{status: Sum("count", filter=Q(status=status), default=0) for status in shown},
            total=Sum("count"),  # a status no column shows (none today) still counts in the total
        )
    )
    no_soon = dict.fromkeys(columns[len(shown) : -1], 0)
    for dimension, key, *counts in stored:
        keyed[dimension][key] = {**dict(zip(shown, counts[:-1], strict=True)), **no_soon, "total": counts[-1]}
    names = [soon_key(days) for days in soon_days()]
    # Only tasks in progress are due soon: none when the chosen statuses leave them out.
    due_soon = [] if statuses and Status.IN_PROGRESS_ON_TIME not in statuses else None
    if due_soon is None:
        with connection.cursor() as cursor:
            cursor.execute(*_due_soon_sql(province, today, agency))
            due_soon = cursor.fetchall()
    for dimension, pk, lead_key, *counts in due_soon:
        key = lead_key if dimension == TaskCountDimension.LEAD else "" if pk is None else str(pk)
        row = keyed[dimension].get(key)
        if row is None:  # due soon but counted in no stored row: cannot happen while the triggers hold
            row = keyed[dimension][key] = dict.fromkeys(columns, 0)
        row.update(zip(names, counts, strict=True))
    directives = keyed[TaskCountDimension.DIRECTIVE]
    sectors = keyed[TaskCountDimension.SECTOR]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 'directive', d.id, d.number || '/' || d.symbol FROM {Directive._meta.db_table} d "
            f"WHERE d.province_id = %s UNION ALL SELECT 'sector', s.id, s.name FROM {Sector._meta.db_table} s",
            [province.pk],
        )
        named = {(dimension, str(pk)): label for dimension, pk, label in cursor.fetchall()}
    by_directive = {int(key): (named[("directive", key)], c) for key, c in directives.items() if c["total"]}
    by_sector = {int(key) if key else None: (named.get(("sector", key)), c) for key, c in sectors.items() if c["total"]}
    leads = [{"lead_key": key, **c} for key, c in keyed[TaskCountDimension.LEAD].items() if key and c["total"]]
    totals = _sum_counts(c for _label, c in by_sector.values()) or dict.fromkeys(columns, 0)
    return totals, by_directive, by_sector, _by_lead_agency(leads, columns, labels)


def _due_soon_sql(province, today, agency=None):
    """(sql, params): the province's tasks in progress due within each window (`soon_days()`), those `agency` sees
    when given, counted per directive, per sector and per lead key: rows (dimension, directive or sector id, lead
    key, one count a window)."""
    due = (
        Task.objects.assignable()
        .with_effective_due()
        .filter(directive__province=province, status=Status.IN_PROGRESS_ON_TIME)
        .filter(effective_due__lte=today + datetime.timedelta(days=max(soon_days())))
    )
    if agency is not None:
        due = due.filter(pk__in=Assignment.objects.for_agencies([agency]).values("task_id"))
    sql, params = (
        due.order_by().values("directive_id", "sector_id", "lead_key", "effective_due").query.sql_with_params()
    )
    limits = [connection.ops.adapt_datefield_value(today + datetime.timedelta(days=days)) for days in soon_days()]
    counts = ", ".join("SUM(CASE WHEN due.effective_due <= %s THEN 1 ELSE 0 END)" for _limit in limits)
    by = [  # (dimension, the key grouped by, the id and lead key selected)
        (TaskCountDimension.DIRECTIVE, "due.directive_id", "due.directive_id, CAST(NULL AS VARCHAR)"),
        (TaskCountDimension.SECTOR, "due.sector_id", "due.sector_id, CAST(NULL AS VARCHAR)"),
        (TaskCountDimension.LEAD, "due.lead_key", "CAST(NULL AS INTEGER), due.lead_key"),
    ]
    grouped = " UNION ALL ".join(
        f"SELECT '{dimension.value}', {selected}, {counts} FROM due GROUP BY {key}" for dimension, key, selected in by
    )
    return f"WITH due AS ({sql}) {grouped}", [*params, *limits * len(by)]
