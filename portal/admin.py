"""The admin site under the portal's own names: Django's defaults read "Trang quản trị cho Django" in Vietnamese."""

from axes.admin import AccessAttemptAdmin
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Directive task tracking: administration")
admin.site.site_title = _("Portal administration")
admin.site.index_title = _("Data and accounts")

# django-axes names the lock-out list's status column after its method, which no catalogue translates.
AccessAttemptAdmin.status.short_description = _("Status")
