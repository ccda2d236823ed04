"""The admin site under the portal's own names: Django's defaults read "Trang quản trị cho Django" in Vietnamese."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Directive task tracking: administration")
admin.site.site_title = _("Portal administration")
admin.site.index_title = _("Data and accounts")
