"""Admin for directives, their links and reporting schedules, sectors, tasks, what hangs off a task, and imports."""

from django.contrib import admin
from django.db.models import Count, Prefetch
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from agencies.admin import ReadOnlyAdminMixin, SearchKeyAdminMixin

from .models import (
    Assignment,
    Directive,
    DirectiveLink,
    ImportJob,
    Milestone,
    ReportingSchedule,
    Sector,
    Target,
    Task,
)
from .signals import tasks_assigned
from .status import Status


class DirectiveLinkInline(admin.TabularInline):
    model = DirectiveLink
    fk_name = "source"
    fields = ["relation", "target", "reference", "title", "issued_on", "issuer"]
    autocomplete_fields = ["target"]
    extra = 0


class ReportingScheduleInline(admin.StackedInline):
    model = ReportingSchedule
    fields = [
        "kind",
        "original_text",
        "day_of_month",
        "months",
        "due_at",
        "remind_days_before",
        "reporting_agency",
        "report_to",
    ]
    autocomplete_fields = ["reporting_agency"]
    extra = 0


@admin.register(Directive)
class DirectiveAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = [
        "number_symbol",
        "kind",
        "short_subject",
        "issuing_agency",
        "issued_on",
        "monitoring_agency",
        "task_count",
    ]
    list_display_links = ["number_symbol", "short_subject"]
    list_filter = ["province", "kind", ("monitoring_agency", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["issuing_agency", "monitoring_agency"]
    date_hierarchy = "issued_on"
    search_fields = ["number", "symbol", "subject", "search_key"]
    autocomplete_fields = ["issuing_agency", "monitoring_agency"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [DirectiveLinkInline, ReportingScheduleInline]

    def get_queryset(self, request):
        # Grouped by the count, the model's default order no longer counts as an order: the autocomplete's pages
        # would come unordered. Say it again.
        queryset = super().get_queryset(request).annotate(task_count=Count("tasks"))
        return queryset.order_by(*Directive._meta.ordering, "pk")

    @admin.display(description=_("number and symbol"), ordering="number")
    def number_symbol(self, directive):
        return directive.number_symbol

    @admin.display(description=_("subject"), ordering="subject")
    def short_subject(self, directive):
        return Truncator(directive.subject).chars(120)

    @admin.display(description=_("number of tasks"), ordering="task_count")
    def task_count(self, directive):
        return directive.task_count


@admin.register(DirectiveLink)
class DirectiveLinkAdmin(admin.ModelAdmin):
    list_display = ["source", "relation", "target", "reference", "issued_on"]
    list_filter = ["relation"]
    list_select_related = ["source", "target"]
    search_fields = ["reference", "title", "source__search_key", "target__search_key"]
    autocomplete_fields = ["source", "target"]


@admin.register(ReportingSchedule)
class ReportingScheduleAdmin(admin.ModelAdmin):
    list_display = ["directive", "kind", "day_of_month", "months", "due_at", "reporting_agency"]
    list_filter = ["kind"]
    list_select_related = ["directive", "reporting_agency"]
    search_fields = ["original_text", "report_to", "directive__search_key"]
    autocomplete_fields = ["directive", "reporting_agency"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


class AssignmentInline(admin.TabularInline):
    model = Assignment
    fields = ["agency", "role", "original_text", "position"]
    autocomplete_fields = ["agency"]
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = Milestone
    fields = ["text", "due_date", "position"]
    extra = 0


class TargetInline(admin.StackedInline):
    model = Target
    fields = [
        "description",
        ("comparison", "target_value", "unit", "due_year"),
        ("baseline_value", "baseline_year"),
        "original_text",
        "position",
    ]
    extra = 0


class StatusListFilter(admin.SimpleListFilter):
    """Filter on the stored status (`tasks.status`), the one the list shows."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Status.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(status=self.value())
        return queryset


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["code", "short_text", "directive", "lead_agencies", "due_date", "effective_due", "status_label"]
    list_display_links = ["code", "short_text"]
    list_filter = [
        StatusListFilter,
        "directive__province",
        "kind",
        "sector",
        ("assignments__agency", admin.RelatedOnlyFieldListFilter),
        "is_recurring",
        "needs_review",
    ]
    list_select_related = ["directive"]
    search_fields = ["code", "text", "directive__number", "directive__search_key"]
    autocomplete_fields = ["directive", "parent", "sector"]
    # Completion is recorded by accepting a report that says so; extensions by deciding a request (reports.services).
    readonly_fields = ["status_label", "effective_due", "extended_due_date", "completed_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "directive",
                    "parent",
                    "code",
                    "label",
                    "position",
                    "kind",
                    "text",
                    "sector",
                    "expected_product",
                ]
            },
        ),
        (
            _("Timeframe"),
            {
                "fields": [
                    "timeframe_text",
                    ("start_date", "due_date", "due_time"),
                    "extended_due_date",
                    "is_recurring",
                    ("waits_on_event", "event_text"),
                    ("needs_review", "review_note"),
                ]
            },
        ),
        (
            _("Status and completion"),
            {
                "fields": [
                    "status_label",
                    "effective_due",
                    "completed_at",
                    "cancelled_at",
                    "cancel_reason",
                ]
            },
        ),
    ]
    inlines = [AssignmentInline, TargetInline, MilestoneInline]

    def save_formset(self, request, form, formset, change):
        before = (
            set(form.instance.assignments.values_list("agency_id", flat=True)) if formset.model is Assignment else None
        )
        super().save_formset(request, form, formset, change)
        if before is not None:
            new = set(form.instance.assignments.values_list("agency_id", flat=True)) - before
            if new:
                assigned = {agency_id: [form.instance.pk] for agency_id in new}
                tasks_assigned.send(sender=Task, assigned=assigned, actor=request.user)

    def get_queryset(self, request):
        assignments = Assignment.objects.select_related("agency")
        return (
            super()
            .get_queryset(request)
            .with_effective_due()
            .prefetch_related(Prefetch("assignments", queryset=assignments))
        )

    @admin.display(description=_("text"), ordering="text")
    def short_text(self, task):
        return Truncator(task.text).chars(120)

    @admin.display(description=_("lead agencies"))
    def lead_agencies(self, task):
        return ", ".join(a.agency.display_name for a in task.assignments.all() if a.is_leading)

    @admin.display(description=_("effective due date"), ordering="effective_due")
    def effective_due(self, task):
        return task.effective_due

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, task):
        return Status(task.status).label


@admin.register(Assignment)
class AssignmentAdmin(SearchKeyAdminMixin, admin.ModelAdmin):
    list_display = ["task", "agency", "role"]
    list_filter = ["role", "agency__province", "agency__kind"]
    list_select_related = ["task", "agency"]
    search_fields = ["task__code", "task__text", "agency__name", "agency__search_key"]
    autocomplete_fields = ["task", "agency"]


@admin.register(Milestone)
class MilestoneAdmin(admin.ModelAdmin):
    list_display = ["text", "task", "due_date"]
    list_select_related = ["task"]
    date_hierarchy = "due_date"
    search_fields = ["text", "task__code", "task__text"]
    autocomplete_fields = ["task"]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["description", "task", "comparison", "target_value", "unit", "due_year"]
    list_filter = ["comparison", "due_year", "unit"]
    list_select_related = ["task"]
    search_fields = ["description", "original_text", "unit", "task__code", "task__text"]
    autocomplete_fields = ["task"]


@admin.register(ImportJob)
class ImportJobAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Spreadsheets are uploaded and committed on the import pages (which read and check them); listed here."""

    list_display = [
        "original_name",
        "status",
        "province",
        "directive",
        "rows_read",
        "rows_total",
        "created_by",
        "created_at",
        "finished_at",
    ]
    list_filter = ["status", "province"]
    list_select_related = ["province", "directive", "created_by"]
    date_hierarchy = "created_at"
    search_fields = ["original_name", "directive__search_key"]
    fields = [
        "original_name",
        "status",
        "province",
        "directive",
        "rows_read",
        "rows_total",
        "error",
        "created_by",
        "created_at",
        "finished_at",
    ]
