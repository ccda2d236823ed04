"""Actions on tasks that are no form's work: the clock pass that moves stored statuses on, and their check; the
check of the stored task counts."""

from collections import namedtuple
from dataclasses import dataclass

from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast, Coalesce

from common import stored_counts

from .models import Task, TaskCount, TaskCountDimension, TaskKind
from .status import STATUS_INPUTS, local_now, next_change, refresh_statuses, task_status


def advance_statuses(now=None):
    """Move on the tasks whose stored status the clock has changed (`status_changes_at` passed); return how many.

    Beat runs it every minute (`tasks.tasks.advance_statuses`); a run missed while beat was down is caught up by
    the next, which reads every row whose moment is past, however long ago. Indexed: a few rows after midnight.
    """
    now = local_now(now)
    return len(refresh_statuses(Task.objects.filter(status_changes_at__lte=now), now))


@dataclass
class StatusDifference:
    task_id: int
    code: str
    stored: str
    computed: str


def check_statuses(now=None, fix=True):
    """Recompute every task's status and next moment from the rule; return the rows whose stored values differ,
    written right when `fix`. For operators (`manage.py check_status`) and tests: nothing should ever differ."""
    now = local_now(now)
    differences = []
    for task in Task.objects.only("code", *STATUS_INPUTS).order_by("pk").iterator(chunk_size=2000):
        status, moment = task_status(task, now), next_change(task, now)
        if (task.status, task.status_changes_at) != (status, moment):
            differences.append(StatusDifference(task.pk, task.code, task.status, status))
    if fix and differences:
        refresh_statuses(Task.objects.filter(pk__in=[d.task_id for d in differences]), now)
    return differences


CountDifference = namedtuple("CountDifference", "province_id dimension key status stored counted")

_COUNT_KEYS = {
    TaskCountDimension.DIRECTIVE: Cast("directive_id", CharField()),
    TaskCountDimension.SECTOR: Coalesce(Cast("sector_id", CharField()), Value("")),
    TaskCountDimension.LEAD: F("lead_key"),
}


def task_count_differences(fix=False):
    """The stored `TaskCount` rows that differ from the tasks counted now (none should; a stored zero equals no
    task), as `CountDifference`s; with `fix`, every count is written again from the tasks (for `manage.py
    check_status`; the tasks locked against writes meanwhile on PostgreSQL)."""
    tasks = Task.objects.filter(kind=TaskKind.TASK).order_by()
    counted = [
        tasks.values_list("directive__province_id", Value(dimension.value), key, "status").annotate(n=Count("*"))
        for dimension, key in _COUNT_KEYS.items()
    ]
    key = ("province_id", "dimension", "key", "status")
    return stored_counts.differences(TaskCount, key, counted, CountDifference, fix, locked=[Task])
