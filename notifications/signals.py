"""Notifications caused by the writes of the apps below: agencies told of the tasks newly assigned to them
(`tasks.signals`), people told of the report workflow's steps (`reports.workflow_signals`)."""

from django.dispatch import receiver

from reports import workflow_signals
from reports.models import EventKind
from tasks.signals import tasks_assigned

from . import events
from .models import Kind

# The report workflow's steps that someone is told of, and as what.
NOTICE_OF_STEP = {
    EventKind.RETURNED_BY_HEAD: Kind.REPORT_RETURNED,
    EventKind.RETURNED_BY_MONITOR: Kind.REPORT_RETURNED,
    EventKind.SUBMITTED: Kind.REPORT_APPROVED,
    EventKind.ACCEPTED: Kind.REPORT_ACCEPTED,
}


@receiver(tasks_assigned)
def _tell_assigned_agencies(sender, assigned, actor=None, **kwargs):
    events.tasks_assigned(assigned, actor)


@receiver(workflow_signals.report_moved)
def _tell_report_moved(sender, report, step, actor, comment="", **kwargs):
    events.report_moved(report, NOTICE_OF_STEP[step], actor, comment)


@receiver(workflow_signals.extension_awaits_head)
def _tell_extension_to_forward(sender, extension, actor, **kwargs):
    events.extension_to_forward(extension, actor)


@receiver(workflow_signals.extension_forwarded)
def _tell_extension_forwarded(sender, extension, actor, **kwargs):
    events.extension_forwarded(extension, actor)


@receiver(workflow_signals.extension_requested)
def _tell_extension_requested(sender, extension, actor, **kwargs):
    events.extension_requested(extension, actor)


@receiver(workflow_signals.extension_decided)
def _tell_extension_decided(sender, extension, actor, **kwargs):
    events.extension_decided(extension, actor)


@receiver(workflow_signals.direction_written)
def _tell_direction_written(sender, direction, actor, **kwargs):
    events.direction_written(direction, actor)
