"""Reporting periods and their due dates, generated from a directive's reporting schedule (003 Điều 2.1)."""

import calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone, translation

from audit.bulk import tracking
from tasks.models import ScheduleKind

from .models import ReportingPeriod, period_name

# Sent inside the writing transaction when `sync_periods` made new periods. Arguments: directive_ids (a set) and
# period_ids (the new periods).
periods_opened = Signal()


@dataclass(frozen=True)
class PeriodSpan:
    kind: str
    name: str
    start: datetime.date
    end: datetime.date
    due_date: datetime.date
    due_time: datetime.time | None = None


def _last_day(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _due_in_month(year, month, day):
    """The due day in a month, clamped to the month's length; no day given means the month's last day."""
    last = _last_day(year, month)
    return last if day is None else last.replace(day=min(day, last.day))


def _span(kind, start, end, due_date):
    return PeriodSpan(kind, period_name(kind, start, end), start, end, due_date)


def _quarter_span(schedule, year, month):
    quarter = (month - 1) // 3 + 1
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = _last_day(year, 3 * quarter)
    return _span(ScheduleKind.QUARTERLY, start, end, _due_in_month(year, month, schedule.day_of_month))


def _annual_span(schedule, year, month):
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return _span(ScheduleKind.ANNUAL, start, end, _due_in_month(year, month, schedule.day_of_month))


def _monthly_span(schedule, year, month):
    start, end = datetime.date(year, month, 1), _last_day(year, month)
    return _span(ScheduleKind.MONTHLY, start, end, _due_in_month(year, month, schedule.day_of_month))


SPAN_BUILDERS = {
    ScheduleKind.QUARTERLY: _quarter_span,
    ScheduleKind.ANNUAL: _annual_span,
    ScheduleKind.MONTHLY: _monthly_span,
}


def period_spans(schedule, year):
    """The periods a schedule sets in one calendar year, each with its due date.

    Quarterly: one period per listed month (003: 3,6,9,12), the period being that month's quarter and the due
    date the schedule's day in that month (10/3, 10/6, 10/9, 10/12). Annual: the calendar year, due on the day in
    the first listed month (003: 10/11). Monthly: each listed month. Ad hoc: the single day of `due_at`. A schedule
    set up in the portal on a day (`starts_on`) asks for no period due before that day.
    Period names are written in the portal's language (settings.LANGUAGE_CODE).
    """
    with translation.override(settings.LANGUAGE_CODE):
        if schedule.kind == ScheduleKind.AD_HOC:
            if schedule.due_at is None:
                return []
            due = timezone.localtime(schedule.due_at)
            if due.year != year:
                return []
            name = period_name(ScheduleKind.AD_HOC, due.date(), due.date(), due.date(), due.time())
            return [PeriodSpan(ScheduleKind.AD_HOC, name, due.date(), due.date(), due.date(), due.time())]
        months = schedule.due_months()
        if schedule.kind == ScheduleKind.ANNUAL:
            months = months[:1]
        spans = {}
        for month in months:
            span = SPAN_BUILDERS[schedule.kind](schedule, year, month)
            if schedule.starts_on and span.due_date < schedule.starts_on:
                continue
            spans.setdefault((span.start, span.end), span)
        return sorted(spans.values(), key=lambda span: span.due_date)


def sync_periods(schedules, years):
    """Create the ReportingPeriod rows the schedules imply for the given years; return how many were new.

    Idempotent and safe to run concurrently: existing periods (directive, kind, start, end) are left as they
    are — a due date someone changed by hand is kept — and a concurrent insert is absorbed by the unique
    constraint. Costs two queries whatever the number of schedules.
    """
    wanted = {}
    for schedule in schedules:
        for year in years:
            for span in period_spans(schedule, year):
                wanted.setdefault((schedule.directive_id, span.kind, span.start, span.end), (schedule, span))
    if not wanted:
        return 0
    existing = set(
        ReportingPeriod.objects.filter(
            directive_id__in={key[0] for key in wanted},
            start__gte=min(key[2] for key in wanted),
            end__lte=max(key[3] for key in wanted),
        ).values_list("directive_id", "kind", "start", "end")
    )
    missing = [
        ReportingPeriod(
            directive_id=schedule.directive_id,
            schedule=schedule,
            kind=span.kind,
            name=span.name,
            start=span.start,
            end=span.end,
            due_date=span.due_date,
            due_time=span.due_time,
        )
        for key, (schedule, span) in wanted.items()
        if key not in existing
    ]
    directive_ids = {period.directive_id for period in missing}
    keys = {(period.directive_id, period.kind, period.start, period.end) for period in missing}
    with transaction.atomic(savepoint=False), tracking((ReportingPeriod, {"directive_id__in": directive_ids})):
        ReportingPeriod.objects.bulk_create(missing, ignore_conflicts=True)
        # bulk_create leaves the ids unset when conflicts are ignored: read them back.
        opened = ReportingPeriod.objects.filter(
            directive_id__in=directive_ids, start__in={key[2] for key in keys}, end__in={key[3] for key in keys}
        ).values_list("pk", "directive_id", "kind", "start", "end")
        period_ids = [pk for pk, *key in opened if tuple(key) in keys]
        # New periods mean reports owed (`reports.signals`).
        periods_opened.send(sender=ReportingPeriod, directive_ids=directive_ids, period_ids=period_ids)
    return len(missing)


def owes_report(task, period):
    """True when the task is reported in the period: not cancelled, begun by the period's end (its start date, else
    its document's issue date) and not completed before the period starts (the local date counts).

    The one rule behind the inbox, the task page, the reminder sweep and the dashboard (`owes_report_q`, its SQL
    twin, for the latter); `task.directive` must be loaded.
    """
    begins = task.start_date or task.directive.issued_on
    return (
        task.cancelled_at is None
        and (begins is None or begins <= period.end)
        and (task.completed_at is None or timezone.localdate(task.completed_at) >= period.start)
    )


def owes_report_q(start, end, task=""):
    """`owes_report` over a Task queryset, for a period from `start` to `end` (values, or expressions such as
    `F("directive__periods__end")`); `task` is the path to the task from another model (`"task__"`)."""

    def on(**lookup):
        return Q(**{f"{task}{key}": value for key, value in lookup.items()})

    begun = on(start_date__lte=end) | (
        on(start_date__isnull=True) & (on(directive__issued_on__lte=end) | on(directive__issued_on__isnull=True))
    )
    not_done_before = on(completed_at__isnull=True) | on(completed_at__date__gte=start)
    return on(cancelled_at__isnull=True) & begun & not_done_before
