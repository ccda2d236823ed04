"""Notifications caused by the tasks app's writes: agencies told of the tasks newly assigned to them."""

from django.dispatch import receiver

from tasks.signals import tasks_assigned

from . import events


@receiver(tasks_assigned)
def _tell_assigned_agencies(sender, assigned, actor=None, **kwargs):
    events.tasks_assigned(assigned, actor)
