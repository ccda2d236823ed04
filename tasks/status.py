"""Task status, computed from dates and completion the way Vietnamese monitoring counts it.

One rule, two forms: `task_status()` for one task in Python and `annotate_status()` for
a queryset in SQL. `tests/test_status.py` holds the two equal.
"""

from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce, TruncDate, TruncTime
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    IN_PROGRESS_ON_TIME = "in_progress", _("In progress, on time")
    IN_PROGRESS_OVERDUE = "overdue", _("In progress, overdue")
    COMPLETED_ON_TIME = "done_on_time", _("Completed on time")
    COMPLETED_LATE = "done_late", _("Completed late")
    RECURRING = "recurring", _("Recurring")
    NOT_STARTED = "not_started", _("Not yet due to start")
    WAITING_EVENT = "waiting", _("Waiting on an event")
    UNSCHEDULED = "unscheduled", _("No deadline set")
    CANCELLED = "cancelled", _("Cancelled or replaced")
    HEADING = "heading", _("Heading")


# CSS class per status: Vietnamese offices read red as overdue, amber as due soon.
STATUS_CSS = {
    Status.IN_PROGRESS_ON_TIME: "st-progress",
    Status.IN_PROGRESS_OVERDUE: "st-overdue",
    Status.COMPLETED_ON_TIME: "st-done",
    Status.COMPLETED_LATE: "st-done-late",
    Status.RECURRING: "st-recurring",
    Status.NOT_STARTED: "st-muted",
    Status.WAITING_EVENT: "st-waiting",
    Status.UNSCHEDULED: "st-review",
    Status.CANCELLED: "st-muted",
    Status.HEADING: "",
}


def local_now(now=None):
    return timezone.localtime(now or timezone.now())


def _is_after_deadline(moment, due_date, due_time):
    """True when a local datetime falls after the deadline (the whole due day counts)."""
    if moment.date() != due_date:
        return moment.date() > due_date
    return due_time is not None and moment.time().replace(tzinfo=None) > due_time


def task_status(task, now=None):
    """The status of one task at `now` (default: the current time)."""
    from .models import TaskKind

    now = local_now(now)
    due_date = task.extended_due_date or task.due_date
    if task.kind == TaskKind.HEADING:
        return Status.HEADING
    if task.cancelled_at:
        return Status.CANCELLED
    if task.completed_at:
        if due_date is None or not _is_after_deadline(timezone.localtime(task.completed_at), due_date, task.due_time):
            return Status.COMPLETED_ON_TIME
        return Status.COMPLETED_LATE
    if task.is_recurring:
        return Status.RECURRING
    if due_date is None:
        return Status.WAITING_EVENT if task.waits_on_event else Status.UNSCHEDULED
    if task.start_date and now.date() < task.start_date:
        return Status.NOT_STARTED
    if _is_after_deadline(now, due_date, task.due_time):
        return Status.IN_PROGRESS_OVERDUE
    return Status.IN_PROGRESS_ON_TIME


def _after_deadline_q(date_expr, time_expr):
    """SQL twin of `_is_after_deadline` over the effective due date and time."""
    return Q(**{f"{date_expr}__gt": F("_due")}) | (
        Q(**{date_expr: F("_due")}) & Q(due_time__isnull=False) & Q(**{f"{time_expr}__gt": F("due_time")})
    )


def annotate_status(queryset, now=None):
    """Annotate `status` (a Status value) and `effective_due` on a Task queryset."""
    from .models import TaskKind

    now = local_now(now)
    tz = timezone.get_current_timezone()
    today = now.date()
    # Full precision, as task_status() compares: 17:00:00.5 is already past a 17h00 deadline.
    now_time = now.time().replace(tzinfo=None)
    qs = queryset.annotate(
        _due=Coalesce("extended_due_date", "due_date"),
        _done_date=TruncDate("completed_at", tzinfo=tz),
        _done_time=TruncTime("completed_at", tzinfo=tz),
    )
    overdue_now = Q(_due__lt=today) | (Q(_due=today) & Q(due_time__isnull=False) & Q(due_time__lt=now_time))
    return qs.annotate(
        effective_due=F("_due"),
        status=Case(
            When(kind=TaskKind.HEADING, then=Value(Status.HEADING.value)),
            When(cancelled_at__isnull=False, then=Value(Status.CANCELLED.value)),
            When(
                Q(completed_at__isnull=False) & Q(_due__isnull=False) & _after_deadline_q("_done_date", "_done_time"),
                then=Value(Status.COMPLETED_LATE.value),
            ),
            When(completed_at__isnull=False, then=Value(Status.COMPLETED_ON_TIME.value)),
            When(is_recurring=True, then=Value(Status.RECURRING.value)),
            When(_due__isnull=True, waits_on_event=True, then=Value(Status.WAITING_EVENT.value)),
            When(_due__isnull=True, then=Value(Status.UNSCHEDULED.value)),
            When(start_date__gt=today, then=Value(Status.NOT_STARTED.value)),
            When(overdue_now, then=Value(Status.IN_PROGRESS_OVERDUE.value)),
            default=Value(Status.IN_PROGRESS_ON_TIME.value),
            output_field=models.CharField(max_length=20),
        ),
    )
