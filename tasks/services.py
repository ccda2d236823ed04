"""Actions on tasks that are no form's work: the clock pass that moves stored statuses on, and their check."""

from dataclasses import dataclass

from .models import Task
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
