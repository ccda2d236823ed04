"""Admin for reporting periods, progress reports and what hangs off them: values, files, extensions, history."""

from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from agencies.admin import ReadOnlyAdminMixin, SearchKeyAdminMixin

from .models import (
    OPEN_EXTENSION_STATES,
    Attachment,
    Direction,
    ExtensionRequest,
    HistoryEvent,
    ProgressReport,
    ReportingPeriod,
    TargetValue,
)


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

    # A report that has left its agency is changed only through the workflow (returned, then corrected).
    def has_add_permission(self, request, obj=None):
        return _content_open(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return _content_open(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return _content_open(obj) and super().has_delete_permission(request, obj)


def _content_open(report):
    """The report's content may be changed here only while its agency may still change it (`is_editable`)."""
    return report is None or report.is_editable


class AttachmentInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Attachment
    fields = ["original_name", "size", "uploaded_by", "uploaded_at"]
    extra = 0

    def has_delete_permission(self, request, obj=None):
        return _content_open(obj) and super().has_delete_permission(request, obj)


class WithoutBulkDeleteMixin:
    """Rows some of which may not be deleted: each is deleted from its own page, which asks about that row."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


# What the agency reports; once the report has left the agency, only the workflow changes it.
CONTENT_FIELDS = ["task", "agency", "period", "status", "percent_complete", "result", "difficulties", "proposals"]


@admin.register(ProgressReport)
class ProgressReportAdmin(WithoutBulkDeleteMixin, SearchKeyAdminMixin, admin.ModelAdmin):
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

    def get_readonly_fields(self, request, obj=None):
        if _content_open(obj):
            return self.readonly_fields
        return [*self.readonly_fields, *CONTENT_FIELDS]

    def has_delete_permission(self, request, obj=None):
        return _content_open(obj) and super().has_delete_permission(request, obj)


@admin.register(TargetValue)
class TargetValueAdmin(WithoutBulkDeleteMixin, admin.ModelAdmin):
    list_display = ["target", "value", "report"]
    list_select_related = ["target", "report__task", "report__agency", "report__period"]
    search_fields = ["target__description", "report__task__code", "report__agency__search_key"]
    autocomplete_fields = ["report", "target"]

    def has_change_permission(self, request, obj=None):
        return (obj is None or _content_open(obj.report)) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return (obj is None or _content_open(obj.report)) and super().has_delete_permission(request, obj)


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Files come in through the report form, which checks them; here they can be found and removed."""

    list_display = ["original_name", "report", "size", "uploaded_by", "uploaded_at"]
    list_select_related = ["report__task", "report__agency", "report__period", "uploaded_by"]
    date_hierarchy = "uploaded_at"
    search_fields = ["original_name", "report__task__code", "report__agency__search_key"]
    fields = ["original_name", "size", "report", "uploaded_by", "uploaded_at"]


@admin.register(ExtensionRequest)
class ExtensionRequestAdmin(WithoutBulkDeleteMixin, ReadOnlyAdminMixin, admin.ModelAdmin):
    """Granting moves the task's deadline and writes its history, so decisions are taken in the portal."""

    list_display = [
        "task",
        "agency",
        "due_date_before",
        "proposed_date",
        "state",
        "granted_date",
        "requested_at",
        "forwarded_at",
        "decided_at",
    ]
    list_filter = ["state", "agency__province", ("agency", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["task", "agency"]
    date_hierarchy = "requested_at"
    search_fields = ["task__code", "task__text", "agency__name", "agency__search_key", "reason"]

    def has_delete_permission(self, request, obj=None):
        # A decided extension is part of the task's deadline record (a granted one moved it).
        return (obj is None or obj.state in OPEN_EXTENSION_STATES) and super().has_delete_permission(request, obj)


@admin.register(Direction)
class DirectionAdmin(admin.ModelAdmin):
    list_display = ["short_text", "task", "author", "author_agency", "assignee_agency", "due_date", "created_at"]
    list_filter = [("author_agency", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["task", "author", "author_agency", "assignee_agency"]
    date_hierarchy = "created_at"
    search_fields = ["text", "task__code", "task__text"]
    autocomplete_fields = ["task", "author", "author_agency", "assignee_agency", "assignee"]

    def get_readonly_fields(self, request, obj=None):
        # Who wrote a direction, on which task and when is the workflow's record; a correction changes the text.
        return ["task", "author", "author_agency", "created_at"] if obj is not None else []

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
