"""Measurable targets with the values reported for them over time."""

from django.db.models import Prefetch

from reports.models import (
    TargetValue,
)
from reports.obligations import SETTLED
from tasks.models import Target


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
