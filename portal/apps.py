"""App configurations naming the portal's own apps and the third-party ones in the admin, translatably."""

from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Background services")

    def ready(self):
        from django.contrib.admin import options

        # checks registers the project-wide system checks, liveness connects the worker's heartbeats.
        from . import admin_guards, admin_widgets, checks, liveness  # noqa: F401

        admin_guards.install()

        # Every ModelAdmin builds its autocomplete widgets from these two names; one place covers all of them.
        options.AutocompleteSelect = admin_widgets.AutocompleteSelect
        options.AutocompleteSelectMultiple = admin_widgets.AutocompleteSelectMultiple


class LoginAttemptsConfig(AxesConfig):
    """django-axes under a name staff understand: the app itself gives none, so the admin showed "Axes"."""

    default = False
    verbose_name = _("Sign-in attempts")
