"""Report compliance: the province's reporting windows and, per agency, the stored report obligations
(`reports.obligations`) owed, settled on time and late."""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Min, Q

from agencies.models import Province
from reports.models import (
    ReportingPeriod,
    ReportObligation,
)
from reports.obligations import SETTLED

from .rows import completion_rate


@dataclass
class Window:
    """A reporting period as the province reads it: every directive's period with the same kind and span."""

    pk: int
    province: Province
    kind: str
    name: str
    start: datetime.date
    end: datetime.date
    due_date: datetime.date

    def periods(self):
        return ReportingPeriod.objects.filter(
            directive__province=self.province,
            kind=self.kind,
            start=self.start,
            end=self.end,
        )

    def directive_ids(self):
        return self.periods().values("directive_id")


def period_windows(province):
    """The province's reporting windows, newest first (one query)."""
    rows = (
        ReportingPeriod.objects.filter(directive__province=province)
        .order_by()
        .values("kind", "start", "end")
        .annotate(pk=Min("pk"), name=Min("name"), due_date=Min("due_date"))
        .order_by("-end", "kind")
    )
    return [Window(province=province, **row) for row in rows]


def current_window(windows, today, chosen=None):
    """The chosen window, else the one running today, else the latest one already due."""
    for window in windows:
        if chosen is not None and str(window.pk) == str(chosen):
            return window
    running = [w for w in windows if w.start <= today <= w.end]
    if running:
        return min(running, key=lambda w: w.end - w.start)
    past = [w for w in windows if w.due_date <= today]
    return past[0] if past else None


def recent_windows(windows, today, count):
    """The `count` latest windows whose reports are already due."""
    return [window for window in windows if window.due_date <= today][:count]


def obligation_counts(tasks, windows, labels, only_these_tasks=True):
    """Per agency, over the report obligations of the periods of `windows` (`reports.obligations`): {agency id:
    {label, owed, on_time, late}}, settled reports on time and late (two queries; `labels`: an `AgencyLabels`).

    The periods' ids are read first and given as a list, so the database counts from the index on (period,
    agency, state, late). The obligations are grouped alone, by agency, state and late flag (a plain count per
    group, no conditional aggregate per row), and the agencies' labels named for those few groups afterwards
    (`labels`): joining every obligation to its agency before grouping cost half the time. With
    `only_these_tasks` False every obligation of those periods counts (the whole province, unfiltered), which spares
    a semi-join against 200,000 tasks; those are grouped first by (period, agency, state, late), the index's own
    order, so PostgreSQL counts them as it reads them without hashing each row, and the groups then summed (the
    whole province's quarter 145 -> 80 ms). A semi-join returns them out of that order: grouped once, by hashing.
    """
    if not windows:
        return {}
    periods = Q()
    for window in windows:
        periods |= Q(kind=window.kind, start=window.start, end=window.end)
    period_ids = list(
        ReportingPeriod.objects.filter(periods, directive__province=windows[0].province).values_list("pk", flat=True)
    )
    rows = ReportObligation.objects.filter(period_id__in=period_ids).order_by()
    if only_these_tasks:
        grouped = (
            rows.filter(task__in=tasks.values("pk")).values_list("agency_id", "state", "late").annotate(n=Count("*"))
        )
    else:
        by_period = rows.values_list("period_id", "agency_id", "state", "late").annotate(n=Count("*"))
        sql, params = by_period.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT p.agency_id, p.state, p.late, CAST(SUM(p.n) AS BIGINT) FROM ({sql}) p "
                f"GROUP BY p.agency_id, p.state, p.late",
                params,
            )
            grouped = cursor.fetchall()
    counts = {}
    for agency_id, state, late, n in grouped:
        row = counts.setdefault(agency_id, {"agency": agency_id, "owed": 0, "on_time": 0, "late": 0})
        row["owed"] += n
        if state in SETTLED:
            row["late" if late else "on_time"] += n
    for agency_id, label in labels(counts).items():
        counts[agency_id]["label"] = label
    return counts


@dataclass
class Compliance:
    agency_id: int
    label: str
    owed: int
    on_time: int
    late: int

    @property
    def missing(self):
        return max(self.owed - self.on_time - self.late, 0)

    @property
    def rate(self):
        """Percent of the reports owed that were sent (`reports.obligations.SETTLED`), on time or late."""
        return completion_rate(self.on_time + self.late, self.owed)


def compliance_rows(counts):
    """One row per agency owing reports in the window, the most missing first."""
    rows = [
        Compliance(agency_id, row["label"], row["owed"], row["on_time"], row["late"])
        for agency_id, row in counts.items()
        if row["owed"]
    ]
    return sorted(rows, key=lambda row: (-row.missing, -row.late, row.label))
