"""App configurations naming the portal's own apps and the third-party ones in the admin, translatably."""

from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Background services")


class LoginAttemptsConfig(AxesConfig):
    """django-axes under a name staff understand: the app itself gives none, so the admin showed "Axes"."""

    default = False
    verbose_name = _("Sign-in attempts")
