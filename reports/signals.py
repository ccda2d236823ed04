"""Reactions to changes of the tasks' app: stored dashboard figures marked stale, periods of a new schedule made.

Every save or delete that can move a dashboard figure marks it stale.

Bulk writers bypass these signals: the import and the demo loader send `tasks_bulk_changed`, the period sweep
calls `figures.invalidate()` itself.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from agencies.models import Agency
from tasks.models import Assignment, Directive, Sector, Task
from tasks.signals import schedules_added, tasks_bulk_changed

from .dashboard import figures
from .models import ReportingPeriod
from .periods import sync_periods


def _may_move(instance, update_fields, field):
    """True when a save may move the object to another parent (`field`): a save of chosen fields that leave it
    out (the workflow's `update_fields`) cannot."""
    return instance.pk is not None and (update_fields is None or field in update_fields)


@receiver(pre_save, sender=Task)
@receiver(pre_save, sender=ReportingPeriod)
def _remember_directive(sender, instance, update_fields=None, **kwargs):
    # A task or period moved to another document (in the admin) changes the figures of both.
    if _may_move(instance, update_fields, "directive"):
        instance._figures_was = set(sender.objects.filter(pk=instance.pk).values_list("directive_id", flat=True))


@receiver(pre_save, sender=Assignment)
def _remember_assignment_directive(sender, instance, update_fields=None, **kwargs):
    if _may_move(instance, update_fields, "task"):
        was = sender.objects.filter(pk=instance.pk).values_list("task__directive_id", flat=True)
        instance._figures_was = set(was)


@receiver([post_save, post_delete], sender=Task)
@receiver([post_save, post_delete], sender=ReportingPeriod)
def _task_or_period_changed(sender, instance, **kwargs):
    figures.invalidate({instance.directive_id, *getattr(instance, "_figures_was", ())})


@receiver([post_save, post_delete], sender=Assignment)
def _assignment_changed(sender, instance, **kwargs):
    figures.invalidate_task(instance.task_id)
    figures.invalidate(getattr(instance, "_figures_was", ()))


@receiver(post_save, sender=Directive)
def _directive_changed(sender, instance, created, **kwargs):
    if not created:
        figures.invalidate([instance.pk])


@receiver(m2m_changed, sender=Agency.members.through)
def _group_members_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        figures.invalidate_all()


@receiver(post_delete, sender=Sector)
def _sector_deleted(sender, **kwargs):
    figures.invalidate_all()


@receiver(tasks_bulk_changed)
def _tasks_written_in_bulk(sender, directive_ids, **kwargs):
    figures.invalidate(directive_ids)


@receiver(schedules_added)
def _schedules_added(sender, schedules, **kwargs):
    # This year's periods at once, so a new directive's tasks are owed and shown without waiting for the daily
    # sweep (which adds the periods of the years around it).
    sync_periods(schedules, [timezone.localdate().year])
