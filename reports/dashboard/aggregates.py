"""Dashboard figures: one grouped statement over the task list's own filters, so every number drills down.

Every count is made on the queryset `TaskFilterSet` builds for the task list, over the status stored on each task
(`tasks.status`); `DrillDown` writes the task-list URL that selects exactly the tasks behind a number. Report
compliance counts the stored report obligations (`reports.obligations`).
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, F, Min, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from agencies.models import Province
from reports.models import (
    ExtensionRequest,
    ExtensionState,
    ReportingPeriod,
    ReportObligation,
    TargetValue,
)
from reports.obligations import SETTLED
from tasks.filtersets import TaskFilterSet
from tasks.models import LEADING_ROLES, Assignment, Target, Task
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
LIST_LENGTH = 10
# Query-string keys that are not task filters: the dashboard's own choices, kept out of drill-down links.
DASHBOARD_ONLY_PARAMS = ("period", "page", "sort", "periods", "directives", "format")


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
    counts = {status.value: Count("pk", filter=Q(status=status)) for status in STATUS_COLUMNS}
    for days in soon_days():
        soon = Q(status=Status.IN_PROGRESS_ON_TIME, effective_due__lte=today + datetime.timedelta(days=days))
        counts[soon_key(days)] = Count("pk", filter=soon)
    counts["total"] = Count("*")
    return counts


def provinces_for(access):
    """Provinces whose dashboard the user may open (any membership gives a scoped view of its province)."""
    provinces = Province.objects.order_by("name")
    return list(provinces if access.is_superuser else provinces.filter(pk__in=access.member_province_ids))


def reads_whole_province(access, province):
    return access.is_superuser or province.pk in access.province_ids


def visible_tasks(access, province):
    """The province's tasks the user may see: the same set the task list gives them with `province=<id>`.

    Leadership, the monitoring unit and administrators read the whole province without the access subquery
    (it matters at 200,000 tasks); staff and heads get `Access.tasks()`, the rule the task list applies.
    """
    tasks = Task.objects.assignable().filter(directive__province=province)
    return tasks if reads_whole_province(access, province) else access.tasks(tasks)


def filtered_tasks(access, province, data):
    """Apply the task list's filterset to the visible tasks; return (filterset, annotated queryset)."""
    params = data.copy()
    for key in ("province", *DASHBOARD_ONLY_PARAMS):
        params.pop(key, None)
    filterset = TaskFilterSet(params, queryset=visible_tasks(access, province).with_effective_due(), access=access)
    return filterset, filterset.qs


@dataclass
class Cell:
    key: str
    count: int
    url: str | None


@dataclass
class Row:
    """One line of a breakdown: a directive, a lead agency or a sector, with a Cell per column."""

    key: object
    label: str
    cells: dict

    @property
    def total(self):
        return self.cells["total"].count

    @property
    def in_order(self):
        """The cells in the order of `column_labels()`, for templates."""
        return list(self.cells.values())

    @property
    def due(self):
        """Tasks whose deadline has come: completed (on time or late) or overdue."""
        return sum(self.cells[s.value].count for s in (*DONE, Status.IN_PROGRESS_OVERDUE))

    @property
    def on_time_rate(self):
        """Percent of the tasks due that were completed on time; None when none is due yet."""
        return completion_rate(self.cells[Status.COMPLETED_ON_TIME.value].count, self.due)

    @property
    def done_rate(self):
        """Percent of the tasks due that were completed, on time or late."""
        return completion_rate(sum(self.cells[s.value].count for s in DONE), self.due)

    @property
    def overdue_rate(self):
        """Percent of the tasks due that are overdue: with the completed on time and late it makes 100."""
        return completion_rate(self.cells[Status.IN_PROGRESS_OVERDUE.value].count, self.due)


DONE = (Status.COMPLETED_ON_TIME, Status.COMPLETED_LATE)


def completion_rate(done, due):
    """`done` of `due` in percent to one decimal (VPCP's tiles write 97,3 %); None when nothing is due."""
    return round(100 * done / due, 1) if due else None


class DrillDown:
    """Task-list URLs that select exactly the tasks behind a dashboard number."""

    def __init__(self, data, cleaned, province, today):
        self.params = {k: data.getlist(k) for k in data if k not in ("province", *DASHBOARD_ONLY_PARAMS)}
        self.params["province"] = [str(province.pk)]
        self.statuses = set(cleaned.get("status") or [])
        self.due_after = cleaned.get("due_after")
        self.due_before = cleaned.get("due_before")
        self.today = today
        self.base = reverse("tasks:task_list")  # once: a dashboard builds hundreds of links

    def _url(self, **overrides):
        params = {**self.params, **{k: v if isinstance(v, list) else [v] for k, v in overrides.items()}}
        pairs = [(k, v) for k, values in params.items() for v in values if v not in ("", None)]
        return f"{self.base}?{urlencode(pairs)}"

    def url(self, column, **row_filter):
        """The list behind `column`, or None when the dashboard's own filters already make that count zero."""
        if column == "total":
            return self._url(**row_filter)
        status = Status.IN_PROGRESS_ON_TIME if column.startswith("due_") else Status(column)
        if self.statuses and status not in self.statuses:
            return None
        overrides = {"status": status.value, **row_filter}
        if column.startswith("due_"):
            days = int(column.removeprefix("due_"))
            after = max(filter(None, [self.due_after, self.today]))
            before = min(filter(None, [self.due_before, self.today + datetime.timedelta(days=days)]))
            if after > before:
                return None
            overrides.update(due_after=after.strftime("%d/%m/%Y"), due_before=before.strftime("%d/%m/%Y"))
        return self._url(**overrides)

    def cells(self, counts, **row_filter):
        keys = [key for key, _label in column_labels()]
        return {key: Cell(key, counts[key], self.url(key, **row_filter) if counts[key] else None) for key in keys}


def _urgency(item):
    """Sort key for (key, (label, counts)): the most overdue first, then the most tasks, then by name."""
    _key, (label, counts) = item
    return -counts[Status.IN_PROGRESS_OVERDUE.value], -counts["total"], label or ""


def _by_urgency(rows):
    overdue = Status.IN_PROGRESS_OVERDUE.value
    return sorted(rows, key=lambda row: (-row.cells[overdue].count, -row.total, row.label or ""))


def directive_rows(by_directive, drill, limit=None):
    """Rows for the directives, the most overdue first; only the first `limit` get their drill-down cells built."""
    ranked = sorted(by_directive.items(), key=_urgency)[:limit]
    return [Row(pk, label, drill.cells(counts, directive=pk)) for pk, (label, counts) in ranked]


def choices(breakdown):
    """(key, label) options for a filter select, by name; keys as text, to compare with the query string."""
    return sorted(((str(key), label) for key, (label, _counts) in breakdown.items() if key), key=lambda c: c[1] or "")


def sector_rows(by_sector, drill):
    return _by_urgency(
        Row(pk, label or _("No sector"), drill.cells(c, sector=pk or "null")) for pk, (label, c) in by_sector.items()
    )


def agency_rows(by_agency, drill):
    """Agencies that lead at least one of the tasks; a drill-down selects the tasks they lead."""
    return _by_urgency(Row(pk, label, drill.cells(c, lead=pk)) for pk, (label, c) in by_agency.items() if c["total"])


def _sum_counts(rows):
    total = {}
    for row in rows:
        for key, value in row.items():
            total[key] = total.get(key, 0) + value
    return total


def task_breakdowns(tasks, today):
    """Counts by (directive, sector) and by lead agency; returns totals, by directive, by sector and by agency,
    each a dict of key -> (label, counts).

    Two grouped statements directly over the filtered task query (conditional aggregation on the stored status,
    no intermediate result): one by directive and sector, one by the agencies that lead the tasks (the stored
    reporters with `leads`, `reports.obligations`). Labels are grouped with their keys (a few hundred groups).
    """
    counts = status_counts(today)
    tasks = tasks.order_by()
    by_pair = tasks.values(
        "directive_id", "sector_id", "directive__number", "directive__symbol", "sector__name"
    ).annotate(**counts)
    led = (
        tasks.filter(reporters__leads=True)
        .values(agency_key=F("reporters__agency_id"), agency_name=agency_label("reporters__agency"))
        .annotate(**counts)
    )
    columns = [key for key, _label in column_labels()]
    by_directive, by_sector = {}, {}
    for row in by_pair:
        row_counts = {key: row[key] for key in columns}
        label = f"{row['directive__number']}/{row['directive__symbol']}"
        by_directive.setdefault(row["directive_id"], (label, []))[1].append(row_counts)
        by_sector.setdefault(row["sector_id"], (row["sector__name"], []))[1].append(row_counts)
    by_agency = {row["agency_key"]: (row["agency_name"], {key: row[key] for key in columns}) for row in led}
    totals = _sum_counts(c for _label, groups in by_directive.values() for c in groups) or dict.fromkeys(columns, 0)
    return (
        totals,
        {key: (label, _sum_counts(groups)) for key, (label, groups) in by_directive.items()},
        {key: (label, _sum_counts(groups)) for key, (label, groups) in by_sector.items()},
        by_agency,
    )


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


def narrows(filterset, ignore=()):
    """True when the filterset (its filters but those in `ignore`) selects fewer than all the tasks it was given."""
    return any(value not in (None, "", []) for key, value in filterset.form.cleaned_data.items() if key not in ignore)


def obligation_counts(tasks, windows, only_these_tasks=True):
    """Per agency, over the report obligations of the periods of `windows` (`reports.obligations`): {agency id:
    {label, owed, on_time, late}}, settled reports on time and late (two queries).

    The periods' ids are read first and given as a list, so the database counts from the index on (period,
    agency, state, late). With `only_these_tasks` False every obligation of those periods counts (the whole
    province, unfiltered), which spares a semi-join against 200,000 tasks.
    """
    if not windows:
        return {}
    periods = Q()
    for window in windows:
        periods |= Q(kind=window.kind, start=window.start, end=window.end)
    period_ids = list(
        ReportingPeriod.objects.filter(periods, directive__province=windows[0].province).values_list("pk", flat=True)
    )
    rows = ReportObligation.objects.filter(period_id__in=period_ids)
    if only_these_tasks:
        rows = rows.filter(task__in=tasks.values("pk"))
    settled = Q(state__in=SETTLED)
    grouped = (
        rows.order_by()
        .values("agency", label=agency_label())
        .annotate(
            owed=Count("pk"),
            on_time=Count("pk", filter=settled & Q(late=False)),
            late=Count("pk", filter=settled & Q(late=True)),
        )
    )
    return {row["agency"]: row for row in grouped}


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


def agency_label(path="agency"):
    """An agency's short name, else its name, across the relation `path` ("" for the agency itself)."""
    prefix = f"{path}__" if path else ""
    return Coalesce(NullIf(F(f"{prefix}short_name"), Value("")), F(f"{prefix}name"))


def lead_agency_name():
    """The first lead agency's short name, for the overdue and soon-due lists (a subquery per shown row)."""
    leads = Assignment.objects.filter(task=OuterRef("pk"), role__in=LEADING_ROLES).order_by("position", "pk")
    return Subquery(leads.values(name=agency_label())[:1])


def attention_lists(tasks, today):
    """The most overdue tasks, and those due soonest (one query each)."""
    shown = tasks.select_related("directive").annotate(lead_name=lead_agency_name()).order_by("effective_due", "pk")
    overdue = list(shown.filter(status=Status.IN_PROGRESS_OVERDUE)[:LIST_LENGTH])
    # A task in progress on time is never due before today: the lower bound lets an index on the effective due
    # date start at today instead of walking every past deadline.
    soon = list(
        shown.filter(
            status=Status.IN_PROGRESS_ON_TIME,
            effective_due__gte=today,
            effective_due__lte=today + datetime.timedelta(days=max(soon_days())),
        )[:LIST_LENGTH]
    )
    return overdue, soon


def pending_extensions(province):
    """Extension requests awaiting a decision, per requesting agency (one query)."""
    rows = (
        ExtensionRequest.objects.filter(state=ExtensionState.PENDING, task__directive__province=province)
        .order_by()
        .values("agency")
        .annotate(n=Count("pk"))
        .values_list("agency", "n")
    )
    return dict(rows)


def recent_windows(windows, today, count):
    """The `count` latest windows whose reports are already due."""
    return [window for window in windows if window.due_date <= today][:count]


@dataclass
class Score:
    """One agency's line on the scorecard the monitoring unit uses for emulation reviews (thi đua)."""

    agency_id: int
    label: str
    led: int
    done_on_time: int
    done_late: int
    overdue: int
    owed: int
    on_time: int
    late: int
    extensions: int
    led_url: str | None = None
    overdue_url: str | None = None

    @property
    def on_time_share(self):
        """Percent of the completed tasks it leads that were completed on time; None before any is completed."""
        done = self.done_on_time + self.done_late
        return round(100 * self.done_on_time / done) if done else None

    @property
    def missing(self):
        return max(self.owed - self.on_time - self.late, 0)


SCORE_SORTS = ("label", "led", "on_time_share", "overdue", "owed", "on_time", "late", "missing", "extensions")


def scorecard(by_agency, reports, extensions, drill, sort="-overdue"):
    """Scores for every agency that leads a task or owes a report (`reports`: `obligation_counts()`), sorted by
    `sort` (a SCORE_SORTS name, `-` first for descending); an unknown sort falls back to the most overdue first."""
    scores = []
    nothing = dict.fromkeys([Status.COMPLETED_ON_TIME, Status.COMPLETED_LATE, Status.IN_PROGRESS_OVERDUE, "total"], 0)
    every = {**{pk: (row["label"], nothing) for pk, row in reports.items()}, **by_agency}
    for agency_id, (label, counts) in every.items():
        sent = reports.get(agency_id, {})
        if not (counts["total"] or sent.get("owed")):
            continue
        scores.append(
            Score(
                agency_id,
                label,
                counts["total"],
                counts[Status.COMPLETED_ON_TIME],
                counts[Status.COMPLETED_LATE],
                counts[Status.IN_PROGRESS_OVERDUE],
                sent.get("owed", 0),
                sent.get("on_time", 0),
                sent.get("late", 0),
                extensions.get(agency_id, 0),
                led_url=drill.url("total", lead=agency_id) if counts["total"] else None,
                overdue_url=drill.url(Status.IN_PROGRESS_OVERDUE.value, lead=agency_id)
                if counts[Status.IN_PROGRESS_OVERDUE]
                else None,
            )
        )
    name = sort.removeprefix("-")
    if name not in SCORE_SORTS:
        name, sort = "overdue", "-overdue"
    descending = sort.startswith("-")

    def key(score):
        value = getattr(score, name)
        # Agencies without a figure (no completed task yet) go last whichever the direction.
        return (value is None) != descending, value if value is not None else 0, score.label

    return sorted(scores, key=key, reverse=descending)


def target_series(target):
    """(period name, value) per reporting period, oldest first: the latest value sent for the target in each.

    Reads `target.sent_values`, prefetched with their report and period (see `targets_with_values`).
    """
    latest = {}
    for value in target.sent_values:
        period = value.report.period
        stamp = value.report.submitted_at or value.report.updated_at
        if period.pk not in latest or stamp > latest[period.pk][0]:
            latest[period.pk] = (stamp, period, value.value)
    ordered = sorted(latest.values(), key=lambda item: (item[1].end, item[1].pk))
    return [(period.name, value) for _stamp, period, value in ordered]


def targets_with_values(tasks):
    """The targets of `tasks` with the values sent for them (two queries per page of targets)."""
    sent = TargetValue.objects.filter(report__obligation__state__in=SETTLED).select_related("report__period")
    return (
        Target.objects.filter(task__in=tasks.values("pk"))
        .select_related("task", "task__directive")
        .prefetch_related(Prefetch("values", queryset=sent, to_attr="sent_values"))
        .order_by("task__directive__issued_on", "task__directive_id", "task__position", "position", "pk")
    )
