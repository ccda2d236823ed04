"""The reminder sweep: decide from the database what is due on a day (the report obligations, the tasks' deadlines),
record each reminder once, and gather them into one digest per person for `delivery` to send."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.db import transaction

from agencies.models import Membership, Role
from common.batches import CHUNK, chunked
from reports import obligations
from reports.models import ReportingPeriod, ReportObligation, TaskReporter
from reports.periods import sync_periods
from tasks.models import ReportingSchedule, Task
from tasks.status import Status

from .models import KIND_ORDER, REPORT_KINDS, Digest, Kind, Preference, Reminder


@dataclass
class Due:
    """A reminder the schedule implies: its unique key and what it says."""

    kind: str
    date: datetime.date
    recipient_id: int
    period_id: int | None = None
    task_id: int | None = None
    payload: dict = field(default_factory=dict)

    @property
    def key(self):
        return (self.kind, self.period_id, self.task_id, self.recipient_id, self.date)


@dataclass
class SweepResult:
    as_of: datetime.date
    due: list
    digest_ids: list

    @property
    def reminders(self):
        return len(self.due)


def report_triggers(due_date, days_ahead, escalate_after):
    """The days a reporting period's reminders fall on: the advance notices, the due day, the escalation."""
    days = [(Kind.REPORT_DUE_SOON, due_date - datetime.timedelta(days=n)) for n in days_ahead]
    days.append((Kind.REPORT_OVERDUE, due_date))
    days.append((Kind.REPORT_ESCALATED, due_date + datetime.timedelta(days=escalate_after)))
    return days


def task_triggers(due_date, days_ahead):
    """The days a task's deadline warnings fall on: the advance notices, then the day after the deadline."""
    days = [(Kind.TASK_DUE_SOON, due_date - datetime.timedelta(days=n)) for n in days_ahead]
    days.append((Kind.TASK_OVERDUE, due_date + datetime.timedelta(days=1)))
    return days


def sweep_window(as_of):
    """The reminder days a sweep on `as_of` covers: today and the days a stopped server may have missed."""
    return as_of - datetime.timedelta(days=settings.REMINDER_CATCH_UP_DAYS), as_of


def sweep_years(as_of):
    earliest, _ = sweep_window(as_of)
    latest = as_of + datetime.timedelta(days=max([*settings.REMINDER_DAYS_AHEAD, 31]))
    earliest -= datetime.timedelta(days=settings.REMINDER_ESCALATE_AFTER_DAYS)
    return list(range(earliest.year, latest.year + 1))


def members_by_agency(agency_ids, roles):
    """{agency id: {role: [user id, ...]}} for active users, a query per thousand agencies."""
    found = defaultdict(lambda: defaultdict(list))
    for chunk in chunked(sorted(agency_ids)):
        rows = Membership.objects.filter(agency_id__in=chunk, role__in=roles, user__is_active=True).values_list(
            "agency_id", "role", "user_id"
        )
        for agency_id, role, user_id in rows:
            found[agency_id][role].append(user_id)
    return found


def missing_reports(periods):
    """{period id: {agency: [task, ...]}}: who still owes a report for each period (`reports.obligations`)."""
    missing = {period.pk: defaultdict(list) for period in periods}
    for chunk in chunked([period.pk for period in periods]):
        owed = (
            obligations.owed(ReportObligation.objects.filter(period_id__in=chunk))
            .select_related("agency", "task")
            .only("period_id", "agency", "task__id", "task__code", "task__directive_id", "task__position")
            .order_by("task__position", "task_id")
        )
        for obligation in owed:
            missing[obligation.period_id][obligation.agency].append(obligation.task)
    return missing


def _agency_entries(owed):
    return [
        {"name": agency.display_name, "tasks": [task.code for task in tasks]}
        for agency, tasks in sorted(owed.items(), key=lambda item: item[0].name)
    ]


def plan_report_reminders(as_of):
    """Reminders for reports still missing, for every period whose reminder days fall in the sweep window."""
    earliest, latest = sweep_window(as_of)
    escalate_after = settings.REMINDER_ESCALATE_AFTER_DAYS
    periods = list(
        ReportingPeriod.objects.filter(
            directive__isnull=False,
            due_date__gte=earliest - datetime.timedelta(days=escalate_after),
            due_date__lte=as_of + datetime.timedelta(days=366),
        ).select_related("directive", "schedule")
    )
    triggered = []
    for period in periods:
        days_ahead = period.schedule.reminder_offsets() if period.schedule else settings.REMINDER_DAYS_AHEAD
        days = [
            (kind, day)
            for kind, day in report_triggers(period.due_date, days_ahead, escalate_after)
            if earliest <= day <= latest
        ]
        if days:
            triggered.append((period, days))
    if not triggered:
        return []
    missing = missing_reports([period for period, _ in triggered])
    owing_agencies = {agency.pk for owed in missing.values() for agency in owed}
    members = members_by_agency(owing_agencies, [Role.STAFF, Role.HEAD])
    monitors = members_by_agency(
        {period.directive.monitoring_agency_id for period, _ in triggered if period.directive.monitoring_agency_id},
        [Role.MONITOR],
    )
    planned = []
    for period, days in triggered:
        owed = missing[period.pk]
        if not owed:
            continue
        base = {
            "period": period.name,
            "directive": str(period.directive),
            "directive_id": period.directive_id,
            "due_date": period.due_date.isoformat(),
        }
        # One payload per set of agencies listed, shared by everyone it is for: the staff of one agency alike.
        payloads = {}
        for kind, day in days:
            owed_by_user = defaultdict(dict)
            if kind == Kind.REPORT_ESCALATED:
                for agency, tasks in owed.items():
                    for user_id in members[agency.pk][Role.HEAD]:
                        owed_by_user[user_id][agency] = tasks
                for user_id in monitors[period.directive.monitoring_agency_id][Role.MONITOR]:
                    owed_by_user[user_id].update(owed)
            else:
                for agency, tasks in owed.items():
                    for user_id in members[agency.pk][Role.STAFF]:
                        owed_by_user[user_id][agency] = tasks
            for user_id, user_owed in owed_by_user.items():
                listed = frozenset(agency.pk for agency in user_owed)
                if listed not in payloads:
                    payloads[listed] = {**base, "agencies": _agency_entries(user_owed)}
                planned.append(Due(kind, day, user_id, period_id=period.pk, payload=payloads[listed]))
    return planned


def plan_task_reminders(as_of):
    """Deadline warnings for open tasks, to the staff of their lead, co-lead or executing agencies."""
    earliest, latest = sweep_window(as_of)
    days_ahead = settings.REMINDER_DAYS_AHEAD
    tasks = list(
        Task.objects.with_effective_due()
        .filter(
            effective_due__gte=earliest - datetime.timedelta(days=1),
            effective_due__lte=latest + datetime.timedelta(days=max(days_ahead)),
            status__in=[Status.IN_PROGRESS_ON_TIME, Status.IN_PROGRESS_OVERDUE],
        )
        .select_related("directive")
    )
    triggered = []
    for task in tasks:
        days = [(kind, day) for kind, day in task_triggers(task.effective_due, days_ahead) if earliest <= day <= latest]
        if days:
            triggered.append((task, days))
    if not triggered:
        return []
    leads = defaultdict(set)
    for chunk in chunked([task.pk for task, _ in triggered]):
        for task_id, agency_id in TaskReporter.objects.filter(task_id__in=chunk, leads=True).values_list(
            "task_id", "agency_id"
        ):
            leads[task_id].add(agency_id)
    members = members_by_agency({pk for agencies in leads.values() for pk in agencies}, [Role.STAFF])
    planned = []
    for task, days in triggered:
        payload = {
            "task_code": task.code,
            "task_text": task.text[:300],
            "directive": str(task.directive),
            "directive_id": task.directive_id,
            "due_date": task.effective_due.isoformat(),
        }
        recipients = {user_id for agency_id in leads[task.pk] for user_id in members[agency_id][Role.STAFF]}
        planned.extend(
            Due(kind, day, user_id, task_id=task.pk, payload=payload) for kind, day in days for user_id in recipients
        )
    return planned


def drop_muted(planned):
    muted = {
        preference.user_id: preference.muted()
        for preference in Preference.objects.exclude(muted_kinds="").only("user_id", "muted_kinds")
    }
    return [due for due in planned if due.kind not in muted.get(due.recipient_id, ())]


def drop_recorded(planned, as_of):
    """Leave out reminders already recorded: a cheap pre-check, the unique constraint stays the guarantee."""
    earliest, _ = sweep_window(as_of)
    recorded = set()
    for field_name, kinds in (("period_id", REPORT_KINDS), ("task_id", (Kind.TASK_DUE_SOON, Kind.TASK_OVERDUE))):
        targets = {getattr(due, field_name) for due in planned if due.kind in kinds}
        for chunk in chunked(sorted(targets)):
            recorded.update(
                Reminder.objects.filter(**{f"{field_name}__in": chunk}, date__gte=earliest).values_list(
                    "kind", "period_id", "task_id", "recipient_id", "date"
                )
            )
    return [due for due in planned if due.key not in recorded]


def plan_reminders(as_of):
    """Everything due on `as_of` (catching up missed days) that is neither muted nor already recorded."""
    planned = [*plan_report_reminders(as_of), *plan_task_reminders(as_of)]
    planned = drop_recorded(drop_muted(planned), as_of)
    planned.sort(
        key=lambda due: (due.recipient_id, KIND_ORDER.index(due.kind), due.date, due.period_id or 0, due.task_id or 0)
    )
    return planned


def claim(planned, as_of):
    """Record the planned reminders under their unique keys; return the ids of the digests that won any.

    Each recipient gets a fresh digest; reminders are inserted pointing at it and a key another sweep holds
    already is skipped by the database (ON CONFLICT DO NOTHING, which on PostgreSQL waits for a concurrent
    sweep to commit first). What points at our digest afterwards is ours to send; empty digests are dropped.
    """
    digests = Digest.objects.bulk_create(
        [Digest(recipient_id=user_id, date=as_of) for user_id in sorted({due.recipient_id for due in planned})],
        batch_size=CHUNK,
    )
    digest_of = {digest.recipient_id: digest.pk for digest in digests}
    Reminder.objects.bulk_create(
        [
            Reminder(
                kind=due.kind,
                date=due.date,
                recipient_id=due.recipient_id,
                period_id=due.period_id,
                task_id=due.task_id,
                payload=due.payload,
                digest_id=digest_of[due.recipient_id],
            )
            for due in planned
        ],
        batch_size=CHUNK,
        ignore_conflicts=True,
    )
    won = set()
    for chunk in chunked(sorted(digest_of.values())):
        won.update(Reminder.objects.filter(digest_id__in=chunk).values_list("digest_id", flat=True).distinct())
    for chunk in chunked(sorted(set(digest_of.values()) - won)):
        Digest.objects.filter(pk__in=chunk).delete()
    return sorted(won)


def run_sweep(as_of, *, dry_run=False, dispatch=None):
    """The daily sweep for `as_of`: make periods, decide what is due, record it once, send after commit.

    `dispatch(digest_ids)` is called once the transaction has committed (never for a dry run, which rolls
    everything back, generated periods included).
    """
    with transaction.atomic():
        sync_periods(ReportingSchedule.objects.all(), sweep_years(as_of))
        planned = plan_reminders(as_of)
        if dry_run:
            transaction.set_rollback(True)
            return SweepResult(as_of, planned, [])
        digest_ids = claim(planned, as_of) if planned else []
        if digest_ids and dispatch:
            transaction.on_commit(partial(dispatch, digest_ids))
    return SweepResult(as_of, planned, digest_ids)
