from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = _("Reports and deadlines")

    def ready(self):
        from . import signals  # noqa: F401  (keeps the report obligations in step)
        from .filtersets import add_report_filters

        add_report_filters()
