"""Reactions to changes of the tasks' and agencies' apps: reporters and report obligations recomputed
(`reports.obligations`), periods of a new schedule made.

Every save or delete that can change who owes which report is followed here. Bulk writers bypass `save()`: the
import and the demo loader send `tasks_bulk_changed`, the period sweep `periods_opened` (with the new periods' ids).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from agencies.models import Agency
from tasks.models import Assignment, Directive, Task
from tasks.signals import schedules_added, tasks_bulk_changed

from . import obligations
from .models import ProgressReport, ReportingPeriod
from .periods import periods_opened, sync_periods


def _may_move(instance, update_fields, field):
    """True when a save may move the object to another parent (`field`): a save of chosen fields that leave it
    out (the workflow's `update_fields`) cannot."""
    return instance.pk is not None and (update_fields is None or field in update_fields)


@receiver(pre_save, sender=Assignment)
def _remember_task(sender, instance, update_fields=None, **kwargs):
    # An assignment moved to another task (in the admin) changes the obligations of the task it left, too.
    if _may_move(instance, update_fields, "task"):
        instance._was = set(sender.objects.filter(pk=instance.pk).values_list("task_id", flat=True))


@receiver(pre_save, sender=ReportingPeriod)
def _remember_directive(sender, instance, update_fields=None, **kwargs):
    if _may_move(instance, update_fields, "directive"):
        instance._was = set(sender.objects.filter(pk=instance.pk).values_list("directive_id", flat=True))


@receiver([post_save, post_delete], sender=Task)
def _task_changed(sender, instance, **kwargs):
    obligations.sync_tasks([instance.pk])


@receiver([post_save, post_delete], sender=ReportingPeriod)
def _period_changed(sender, instance, **kwargs):
    obligations.sync_directives({instance.directive_id, *getattr(instance, "_was", ())} - {None})


@receiver([post_save, post_delete], sender=Assignment)
def _assignment_changed(sender, instance, **kwargs):
    obligations.sync_tasks({instance.task_id, *getattr(instance, "_was", ())})


@receiver([post_save, post_delete], sender=ProgressReport)
def _report_changed(sender, instance, **kwargs):
    obligations.record_report(instance)


@receiver(post_save, sender=Directive)
def _directive_changed(sender, instance, created, **kwargs):
    if not created:
        obligations.sync_directives([instance.pk])


@receiver(post_save, sender=Agency)
def _agency_changed(sender, instance, created, **kwargs):
    # An agency turned inactive stops reporting; one turned active again starts.
    if not created:
        obligations.sync_agencies([instance.pk])


@receiver(m2m_changed, sender=Agency.members.through)
def _group_members_changed(sender, instance, action, pk_set, **kwargs):
    if action == "pre_clear":
        # After the clear the links are gone: remember who was in (or which groups held the member) first.
        instance._cleared_links = set(instance.members.values_list("pk", flat=True)) | set(
            instance.groups.values_list("pk", flat=True)
        )
    if action in ("post_add", "post_remove", "post_clear"):
        obligations.sync_agencies({instance.pk, *(pk_set or ()), *getattr(instance, "_cleared_links", ())})


@receiver(periods_opened)
def _periods_opened(sender, period_ids, **kwargs):
    obligations.open_periods(period_ids)


@receiver(tasks_bulk_changed)
def _tasks_written_in_bulk(sender, directive_ids, created=None, changed=None, **kwargs):
    if created is None:
        obligations.sync_directives(directive_ids)
        return
    # The writer says which tasks it created and which it changed; the directives' other tasks are as they were.
    obligations.create_for_written_tasks(directive_ids, created)
    obligations.sync_tasks(changed or ())


@receiver(schedules_added)
def _schedules_added(sender, schedules, **kwargs):
    # This year's periods at once, so a new directive's tasks are owed and shown without waiting for the daily
    # sweep (which adds the periods of the years around it).
    sync_periods(schedules, [timezone.localdate().year])
