"""Admin for reporting periods, progress reports and the target values they state."""

from django.contrib import admin

from agencies.admin import SearchKeyAdminMixin

from .models import ProgressReport, ReportingPeriod, TargetValue


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


@admin.register(ProgressReport)
class ProgressReportAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = ["task", "agency", "period", "status", "percent_complete", "state", "is_late", "submitted_at"]
    list_filter = [
        "state", "status", "is_late", ("period", admin.RelatedOnlyFieldListFilter), "agency__province",
        ("agency", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["task", "agency", "period"]
    search_fields = ["task__code", "task__text", "agency__name", "agency__search_key", "period__name"]
    autocomplete_fields = ["task", "agency", "period"]
    readonly_fields = ["state", "submitted_by", "submitted_at", "is_late", "version", "created_at", "updated_at"]
    fields = [
        "task", "agency", "period", "status", "percent_complete", "result", "difficulties", "proposals",
        "state", "submitted_by", "submitted_at", "is_late", "version", "created_at", "updated_at",
    ]
    inlines = [TargetValueInline]


@admin.register(TargetValue)
class TargetValueAdmin(admin.ModelAdmin):
    list_display = ["target", "value", "report"]
    list_select_related = ["target", "report__task", "report__agency", "report__period"]
    search_fields = ["target__description", "report__task__code", "report__agency__search_key"]
    autocomplete_fields = ["report", "target"]
