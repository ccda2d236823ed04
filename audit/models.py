"""The change log: one row per create, update or delete of a domain row, with who, from where and what changed.

django-auditlog writes the rows (`audit/registry.py` says which models and fields); this model adds where the change
came from (a page, the admin, a command, the worker) and the object whose history it belongs to, so a task's page
finds the changes to its assignments, targets, extensions and directions with one indexed lookup.
"""

from auditlog.models import AbstractLogEntry, LogEntryManager
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .registry import owner_of


class Source(models.TextChoices):
    WEB = "web", _("Portal page")
    ADMIN = "admin", _("Administration site")
    COMMAND = "command", _("Management command")
    WORKER = "worker", _("Background worker")
    SYSTEM = "system", _("System")


class ChangeManager(LogEntryManager):
    def log_create(self, instance, force_log=False, **kwargs):
        return super().log_create(instance, force_log=force_log, **self._owner(instance), **kwargs)

    def log_m2m_changes(self, changed_queryset, instance, operation, field_name, **kwargs):
        kwargs.update(self._owner(instance))
        return super().log_m2m_changes(changed_queryset, instance, operation, field_name, **kwargs)

    def _owner(self, instance):
        owner = owner_of(instance)
        if owner is None:
            return {}
        return {"owner_type": ContentType.objects.get_for_model(owner[0]), "owner_id": owner[1]}

    def for_owner(self, obj):
        """Changes to `obj` and to the rows that belong to it (a task's assignments, a report's values...)."""
        return self.filter(owner_type=ContentType.objects.get_for_model(obj), owner_id=obj.pk)


class Change(AbstractLogEntry):
    # auditlog leaves this column's name untranslatable; the admin shows every column in Vietnamese.
    serialized_data = models.JSONField(_("serialized data"), null=True)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.SYSTEM)
    request_path = models.CharField(
        _("request or command"),
        max_length=255,
        blank=True,
        help_text=_("The page address, the management command or the background task that made the change."),
    )
    owner_type = models.ForeignKey(
        ContentType,
        verbose_name=_("belongs to (type)"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    owner_id = models.BigIntegerField(_("belongs to (id)"), null=True, blank=True)

    objects = ChangeManager()

    class Meta(AbstractLogEntry.Meta):
        verbose_name = _("change")
        verbose_name_plural = _("change log")
        indexes = [models.Index(fields=["owner_type", "owner_id", "timestamp"], name="change_owner_idx")]
