"""The change log of the domain tables (django-auditlog), shown on each object's page and in the admin."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Change log")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import context  # noqa: F401  (connects the Celery task hooks)
        from .registry import register_all

        register_all()
