from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"

    def ready(self):
        from . import signals  # noqa: F401  (connects the dashboard figures' invalidation)
