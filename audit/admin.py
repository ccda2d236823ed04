"""The change log in the admin: every change, filterable by user, table, action, source and date; nobody edits it."""

from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from . import display
from .models import Change
from .registry import FOLLOWED


class TableFilter(admin.SimpleListFilter):
    title = _("table")
    parameter_name = "table"

    def lookups(self, request, model_admin):
        types = ContentType.objects.get_for_models(*(ct for ct in _followed_models())).items()
        return sorted(((ct.pk, model._meta.verbose_name_plural.capitalize()) for model, ct in types), key=_second)

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(content_type_id=self.value())
        return queryset


def _second(pair):
    return str(pair[1])


def _followed_models():
    return [apps.get_model(label) for label in FOLLOWED]


if admin.site.is_registered(Change):
    admin.site.unregister(Change)


@admin.register(Change)
class ChangeAdmin(admin.ModelAdmin):
    list_display = ["timestamp", "who", "action", "source", "what", "remote_addr"]
    list_filter = [
        "action",
        TableFilter,
        "source",
        ("actor", admin.RelatedOnlyFieldListFilter),
        "timestamp",
    ]
    list_select_related = ["actor", "content_type"]
    date_hierarchy = "timestamp"
    search_fields = ["object_repr", "actor__username", "request_path", "cid", "remote_addr"]
    fields = [
        "timestamp",
        "who",
        "action",
        "what",
        "changed_fields",
        "source",
        "request_path",
        "remote_addr",
        "cid",
    ]
    readonly_fields = fields

    @admin.display(description=_("by"))
    def who(self, change):
        return display.who(change)

    @admin.display(description=_("object"))
    def what(self, change):
        return display.what(change)

    @admin.display(description=_("what changed"))
    def changed_fields(self, change):
        lines = display.entries([change])[0].lines
        return format_html_join("\n", "<p>{}: {} → {}</p>", ((line.label, line.old, line.new) for line in lines))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
