"""Admin for reporting periods, progress reports and what hangs off them: values, files, extensions, history."""

from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from agencies.admin import ReadOnlyAdminMixin, SearchKeyAdminMixin

from .models import Attachment, Direction, ExtensionRequest, HistoryEvent, ProgressReport, ReportingPeriod, TargetValue


@admin.register(ReportingPeriod)
class ReportingPeriodAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "directive", "start", "end", "due_date", "due_time"]
    list_filter = ["kind", ("directive", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["directive"]
    date_hierarchy = "due_date"
    search_fields = ["name", "directive__number", "directive__search_key"]
    autocomplete_fields = ["directive", "schedule"]


class TargetValueInline(admin.TabularInline):
    model = TargetValue
    fields = ["target", "value", "note"]
    autocomplete_fields = ["target"]
    extra = 0


class AttachmentInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Attachment
    fields = ["original_name", "size", "uploaded_by", "uploaded_at"]
    extra = 0


@admin.register(ProgressReport)
class ProgressReportAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = ["task", "agency", "period", "status", "percent_complete", "state", "is_late", "submitted_at"]
    list_filter = [
        "state",
        "status",
        "is_late",
        ("period", admin.RelatedOnlyFieldListFilter),
        "agency__province",
        ("agency", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["task", "agency", "period"]
    search_fields = ["task__code", "task__text", "agency__name", "agency__search_key", "period__name"]
    autocomplete_fields = ["task", "agency", "period"]
    readonly_fields = ["state", "submitted_by", "submitted_at", "is_late", "version", "created_at", "updated_at"]
    fields = [
        "task",
        "agency",
        "period",
        "status",
        "percent_complete",
        "result",
        "difficulties",
        "proposals",
        "state",
        "submitted_by",
        "submitted_at",
        "is_late",
        "version",
        "created_at",
        "updated_at",
    ]
    inlines = [TargetValueInline, AttachmentInline]


@admin.register(TargetValue)
class TargetValueAdmin(admin.ModelAdmin):
    list_display = ["target", "value", "report"]
    list_select_related = ["target", "report__task", "report__agency", "report__period"]
    search_fields = ["target__description", "report__task__code", "report__agency__search_key"]
    autocomplete_fields = ["report", "target"]


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Files come in through the report form, which checks them; here they can be found and removed."""

    list_display = ["original_name", "report", "size", "uploaded_by", "uploaded_at"]
    list_select_related = ["report__task", "report__agency", "report__period", "uploaded_by"]
    date_hierarchy = "uploaded_at"
    search_fields = ["original_name", "report__task__code", "report__agency__search_key"]
    fields = ["original_name", "size", "report", "uploaded_by", "uploaded_at"]


@admin.register(ExtensionRequest)
class ExtensionRequestAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Granting moves the task's deadline and writes its history, so decisions are taken in the portal."""

    list_display = [
        "task",
        "agency",
        "due_date_before",
        "proposed_date",
        "state",
        "granted_date",
        "requested_at",
        "decided_at",
    ]
    list_filter = ["state", "agency__province", ("agency", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["task", "agency"]
    date_hierarchy = "requested_at"
    search_fields = ["task__code", "task__text", "agency__name", "agency__search_key", "reason"]


@admin.register(Direction)
class DirectionAdmin(admin.ModelAdmin):
    list_display = ["short_text", "task", "author", "author_agency", "created_at"]
    list_filter = [("author_agency", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["task", "author", "author_agency"]
    date_hierarchy = "created_at"
    search_fields = ["text", "task__code", "task__text"]
    autocomplete_fields = ["task", "author", "author_agency"]

    @admin.display(description=_("direction"), ordering="text")
    def short_text(self, direction):
        return Truncator(direction.text).chars(120)


@admin.register(HistoryEvent)
class HistoryEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The audit trail: nobody edits or deletes it, not even an administrator."""

    list_display = ["at", "kind", "task", "report", "actor"]
    list_filter = ["kind"]
    list_select_related = ["task", "report__task", "report__agency", "report__period", "actor"]
    date_hierarchy = "at"
    search_fields = ["task__code", "task__text", "comment", "actor__username"]

    def has_delete_permission(self, request, obj=None):
        return False
