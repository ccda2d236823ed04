"""Report compliance: the province's reporting windows and, per agency, the stored report obligations
(`reports.obligations`) owed, settled on time and late."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Min, Q, Sum

from agencies.models import Province
from reports.models import ObligationCount, ObligationSectorCount, ReportingPeriod, ReportObligation
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


def obligation_counts(tasks, windows, labels, only_these_tasks=True, agencies=None, sector=None):
    """Per agency, over the report obligations of the periods of `windows` (`reports.obligations`): {agency id:
    {label, owed, on_time, late}}, settled reports on time and late (two queries; `labels`: an `AgencyLabels`).
    With `agencies` (ids), only those agencies' own obligations count: what they owe (`compliance_owners`).

    The periods' ids are read first and given as a list. Over some tasks (`only_these_tasks`) the obligations of
    those tasks are grouped by agency, state and late flag, from the index on (period, agency, state, late, task);
    the agencies' labels are named for those few groups afterwards (`labels`): joining every obligation to its
    agency before grouping cost half the time. With `only_these_tasks` False every obligation of those periods counts
    (the whole province, unfiltered, and the scorecard): their stored counts per period, agency, state and late flag
    (`ObligationCount`, a few dozen rows a period) are summed instead of the obligations themselves (450,000 a
    quarter); so are an agency's own (an agency's dashboard, unfiltered: a few rows against its 20,000). With
    `sector` (`sector_only`: the tasks are the whole province's of that sector) the counts stored per sector
    (`ObligationSectorCount`) are summed instead of its tasks' obligations matched against the quarter's 462,000.
    """
    if not windows:
        return {}
    periods = Q()
    for window in windows:
        periods |= Q(kind=window.kind, start=window.start, end=window.end)
    period_ids = list(
        ReportingPeriod.objects.filter(periods, directive__province=windows[0].province).values_list("pk", flat=True)
    )
    owners = Q() if agencies is None else Q(agency_id__in=agencies)
    if sector is not None:
        rows = ObligationSectorCount.objects.filter(owners, period_id__in=period_ids, sector=sector)
        grouped = rows.order_by().values_list("agency_id", "state", "late").annotate(n=Sum("count"))
    elif only_these_tasks:
        rows = ReportObligation.objects.filter(owners, period_id__in=period_ids, task__in=tasks.values("pk"))
        grouped = rows.order_by().values_list("agency_id", "state", "late").annotate(n=Count("*"))
    else:
        rows = ObligationCount.objects.filter(owners, period_id__in=period_ids)
        grouped = rows.order_by().values_list("agency_id", "state", "late").annotate(n=Sum("count"))
    counts = {}
    for agency_id, state, late, n in grouped:
        row = counts.setdefault(agency_id, {"agency": agency_id, "owed": 0, "on_time": 0, "late": 0})
        row["owed"] += n
        if state in SETTLED:
            row["late" if late else "on_time"] += n
    for agency_id, label in labels(counts).items():
        counts[agency_id]["label"] = label
    return counts


def compliance_owners(access, whole_province, agency):
    """Whose report obligations a dashboard's compliance table counts (ids), None for every agency's: the agency
    chosen in the filter, else on an agency's own dashboard (a reader who does not read the whole province) the
    reader's agencies, what they owe. Each count drills down (`report_by`) to the tasks behind it."""
    if agency is not None:
        return [agency.pk]
    return None if whole_province else sorted(access.agency_ids)


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
