"""Task status, computed from dates and completion the way Vietnamese monitoring counts it, and stored on the task.

The rule is `task_status()`; `next_change()` says when the clock alone will next change its answer. Both are stored
on the task (`Task.status`, `Task.status_changes_at`) by `store_status()`, which `Task.save()` and every bulk
writer call (`refresh_statuses()`); the beat job `tasks.tasks.advance_statuses` moves on the rows whose moment has
passed, so lists, filters and the dashboard count an indexed column. `manage.py check_status` recomputes every row
and reports any written past these functions.
"""

import datetime
from collections import defaultdict

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TaskKind(models.TextChoices):
    HEADING = "heading", _("Heading")
    TASK = "task", _("Task")


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


def next_change(task, now=None):
    """The first moment after `now` at which `task_status()` gives another answer though nothing is written: the
    start date's midnight for a task not yet started, the first moment past the deadline for one in progress on
    time; None when only a write can change the status."""
    now = local_now(now)
    status = task_status(task, now)
    if status == Status.NOT_STARTED:
        return _local_moment(task.start_date, datetime.time.min)
    if status == Status.IN_PROGRESS_ON_TIME:
        due_date = task.extended_due_date or task.due_date
        if task.due_time is not None:
            # `_is_after_deadline` compares to the microsecond: the deadline itself is still on time.
            return _local_moment(due_date, task.due_time) + datetime.timedelta(microseconds=1)
        return _local_moment(due_date + datetime.timedelta(days=1), datetime.time.min)
    return None


def _local_moment(date, time):
    return timezone.make_aware(datetime.datetime.combine(date, time))


STATUS_FIELDS = ("status", "status_changes_at")
# What the rule reads, and what it writes: load these (`.only()`) to recompute a task's status.
STATUS_INPUTS = (
    "kind",
    "start_date",
    "due_date",
    "due_time",
    "extended_due_date",
    "completed_at",
    "cancelled_at",
    "is_recurring",
    "waits_on_event",
    *STATUS_FIELDS,
)


def store_status(task, now=None):
    """Set the task's stored status and the moment it next changes (not saved); True when either changed."""
    before = (getattr(task, "status", None), getattr(task, "status_changes_at", None))
    task.status, task.status_changes_at = task_status(task, now), next_change(task, now)
    return (task.status, task.status_changes_at) != before


def refresh_statuses(tasks, now=None, batch=2000):
    """Recompute the stored status of every task in the queryset `tasks`; return the tasks whose status or next
    moment changed, written in batches. For bulk writers, which bypass `Task.save()`, and the clock pass."""
    changed = [
        task for task in tasks.order_by("pk").only(*STATUS_INPUTS).iterator(chunk_size=batch) if store_status(task, now)
    ]
    # Tasks share a few (status, moment) pairs: one UPDATE per pair and batch, not a CASE over every row.
    same = defaultdict(list)
    for task in changed:
        same[(task.status, task.status_changes_at)].append(task.pk)
    for (status, moment), ids in same.items():
        for start in range(0, len(ids), batch):
            tasks.model.objects.filter(pk__in=ids[start : start + batch]).update(
                status=status, status_changes_at=moment
            )
    return changed
