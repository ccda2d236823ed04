from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReorganizationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reorganization"
    verbose_name = _("Reorganizations")
