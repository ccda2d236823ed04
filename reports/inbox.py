"""“My tasks”: what each agency member has to do now, grouped by urgency, in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Role
from agencies.permissions import AGENCY_ROLES
from tasks.models import AssignmentRole, Task
from tasks.status import Status, local_now

from . import obligations
from .models import (
    OPEN_EXTENSION_STATES,
    Direction,
    ExtensionRequest,
    ExtensionState,
    ProgressReport,
    ReportingPeriod,
    ReportObligation,
    ReportState,
    TaskReporter,
)

# Periods starting within this many days are already offered for writing (an ad hoc request is due on its start day).
LOOKAHEAD_DAYS = 14


class Group:
    AWAITING_APPROVAL = "awaiting_approval"
    RETURNED = "returned"
    OVERDUE = "overdue"
    DUE = "due"
    EXTENSION_PENDING = "extension_pending"
    UP_TO_DATE = "up_to_date"


GROUP_TITLES = {
    Group.AWAITING_APPROVAL: _("Reports awaiting your approval"),
    Group.RETURNED: _("Reports returned for correction"),
    Group.OVERDUE: _("Overdue reports"),
    Group.DUE: _("Reports due this period"),
    Group.EXTENSION_PENDING: _("Extension requests awaiting a decision"),
    # Tasks that owe no report now (none due yet, or all sent): not "fully reported", which a task never asked for
    # a report is not.
    Group.UP_TO_DATE: _("Nothing to report now"),
}


@dataclass
class InboxRow:
    task: Task
    agency: Agency
    role: str
    period: ReportingPeriod | None = None
    report: ProgressReport | None = None
    overdue_periods: list = field(default_factory=list)
    extension: ExtensionRequest | None = None
    direction: Direction | None = None
    group: str = Group.UP_TO_DATE
    urgency: str = ""

    @property
    def role_label(self):
        return AssignmentRole(self.role).label


def urgency(due, today):
    """CSS class for a due date: red when passed, amber within the first of settings.DUE_SOON_DAYS."""
    if due is None:
        return ""
    if due < today:
        return "st-overdue"
    if (due - today).days <= settings.DUE_SOON_DAYS[0]:
        return "st-soon"
    return ""


def _row(task, agency, role, owed, now, head_of):
    """`owed`: the agency's obligations on the task not yet settled, by due moment."""
    row = InboxRow(task=task, agency=agency, role=role)
    pending = [(obligation.period, obligation.report) for obligation in owed]
    overdue = [(period, report) for period, report in pending if period.due_datetime() < now]
    row.overdue_periods = [period for period, _ in overdue]
    # A report already in hand comes first, then the oldest missing one, then the next one due.
    in_hand = [(period, report) for period, report in pending if report is not None]
    chosen = (in_hand or overdue or pending or [(None, None)])[0]
    row.period, row.report = chosen
    state = row.report.state if row.report else None
    if state == ReportState.PENDING_APPROVAL and agency.pk in head_of:
        row.group = Group.AWAITING_APPROVAL
    elif state in (ReportState.RETURNED_BY_HEAD, ReportState.RETURNED_BY_MONITOR):
        row.group = Group.RETURNED
    elif row.overdue_periods:
        row.group = Group.OVERDUE
    elif row.period is not None and task.status != Status.CANCELLED:
        row.group = Group.DUE
    row.urgency = urgency(row.period.due_date if row.period else None, now.date())
    return row


def build_inbox(access, now=None):
    """The rows of a member's inbox, by group (GROUP_TITLES order), and the province-wide queues if any."""
    now = local_now(now)
    today = now.date()
    agency_ids = access.agency_ids_in(*AGENCY_ROLES)
    head_of = access.agency_ids_in(Role.HEAD)
    own = TaskReporter.objects.filter(agency_id__in=agency_ids).values("task_id")
    tasks = list(
        Task.objects.assignable()
        .filter(pk__in=own, cancelled_at__isnull=True)
        .with_effective_due()
        .select_related("directive")
        .prefetch_related(
            Prefetch(
                "reporters",
                queryset=TaskReporter.objects.filter(agency_id__in=agency_ids).select_related("agency"),
                to_attr="own_reporters",
            )
        )
        .order_by("effective_due", "directive_id", "position")
    )
    task_ids = [t.pk for t in tasks]
    owed = {}
    pending = obligations.owed(
        ReportObligation.objects.filter(
            agency_id__in=agency_ids,
            task__in=own,
            task__cancelled_at__isnull=True,
            period__start__lte=today + datetime.timedelta(days=LOOKAHEAD_DAYS),
        )
    )
    for obligation in pending.select_related("period", "report").order_by("due_at", "period_id"):
        owed.setdefault((obligation.task_id, obligation.agency_id), []).append(obligation)
    extensions = {
        e.task_id: e for e in ExtensionRequest.objects.filter(task_id__in=task_ids, state__in=OPEN_EXTENSION_STATES)
    }
    directions = {}
    for direction in (
        Direction.objects.filter(task_id__in=task_ids)
        .select_related("assignee_agency", "assignee")
        .order_by("created_at", "pk")
    ):
        directions[direction.task_id] = direction
    groups = {key: [] for key in GROUP_TITLES}
    for task in tasks:
        for reporter in sorted(task.own_reporters, key=lambda r: r.agency.name):
            owed_here = owed.get((task.pk, reporter.agency_id), [])
            row = _row(task, reporter.agency, reporter.role, owed_here, now, head_of)
            row.extension = extensions.get(task.pk)
            row.direction = directions.get(task.pk)
            if row.group == Group.UP_TO_DATE and row.extension is not None:
                row.group = Group.EXTENSION_PENDING
            groups[row.group].append(row)
    return [(key, GROUP_TITLES[key], rows) for key, rows in groups.items()]


def extensions_to_forward(access):
    """For agency heads: their staff's extension requests waiting for them to forward (or not)."""
    queryset = ExtensionRequest.objects.filter(state=ExtensionState.AWAITING_HEAD)
    if not access.is_superuser:
        queryset = queryset.filter(agency_id__in=access.agency_ids_in(Role.HEAD))
    return list(queryset.select_related("task__directive", "agency", "requested_by").order_by("requested_at", "pk"))


def review_queues(access):
    """For the monitoring unit and leadership: reports awaiting acceptance and extensions awaiting a decision."""
    review_provinces = access.province_ids_in(Role.MONITOR)
    decide_provinces = access.province_ids_in(Role.MONITOR, Role.LEADERSHIP)
    if access.is_superuser:
        review = ProgressReport.objects.all()
        decide = ExtensionRequest.objects.all()
    else:
        review = ProgressReport.objects.filter(task__directive__province_id__in=review_provinces)
        decide = ExtensionRequest.objects.filter(task__directive__province_id__in=decide_provinces)
    return {
        "to_accept": list(
            review.filter(state=ReportState.SUBMITTED)
            .select_related("task__directive", "agency", "period")
            .order_by("submitted_at", "pk")
        )
        if review_provinces or access.is_superuser
        else [],
        "to_decide": list(
            decide.filter(state=ExtensionState.PENDING)
            .select_related("task__directive", "agency", "requested_by")
            .order_by("requested_at", "pk")
        )
        if decide_provinces or access.is_superuser
        else [],
    }
