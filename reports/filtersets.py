"""The task list's filters that read report obligations, added to `tasks.filtersets.TaskFilterSet` at start-up.

`tasks` may not import `reports` (the apps' layering), so the filter is defined here and put into the filterset's
`base_filters` by `ReportsConfig.ready()`: the task list, the dashboard's drill-downs and the Excel export then
share it like any other filter. `?report_by=<agency>&report_in=<period>&report=missing` selects the tasks on which
that agency's report for that period (and the same period of the province's other directives) is not settled
(`reports.obligations.SETTLED`): the tasks behind each count of the dashboard's report compliance.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency
from tasks.filtersets import TaskFilterSet

from .models import ReportingPeriod, ReportObligation
from .obligations import SETTLED

# What `report=` may ask for, as the dashboard's compliance table counts them (`aggregates.obligation_counts`).
REPORT_CHOICES = [
    ("owed", _("Owed")),
    ("on_time", _("Submitted on time")),
    ("late", _("Submitted late")),
    ("missing", _("Missing")),
]


def _unfiltered(queryset, name, value):
    return queryset  # read by `report_by`


class ReportByFilter(django_filters.ModelChoiceFilter):
    """Tasks on which the agency owes a report for the period `report_in` (and that period of the province's other
    directives), in the state `report` asks for: owed (any), sent on time, sent late, or missing (not settled)."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        cleaned = self.parent.form.cleaned_data
        rows = ReportObligation.objects.filter(agency=value)
        period = cleaned.get("report_in")
        if period is not None:
            rows = rows.filter(
                period__directive__province_id=period.directive.province_id,
                period__kind=period.kind,
                period__start=period.start,
                period__end=period.end,
            )
        wanted = cleaned.get("report")
        if wanted == "missing":
            rows = rows.exclude(state__in=SETTLED)
        elif wanted in ("on_time", "late"):
            rows = rows.filter(state__in=SETTLED, late=wanted == "late")
        return queryset.filter(pk__in=rows.values("task_id"))


def add_report_filters():
    """Give the task list's filterset the report filters (once; `ReportsConfig.ready()`)."""
    TaskFilterSet.base_filters["report_by"] = ReportByFilter(
        label=_("Reports of"), queryset=Agency.objects.all(), widget=forms.HiddenInput
    )
    TaskFilterSet.base_filters["report_in"] = django_filters.ModelChoiceFilter(
        label=_("Reporting period"),
        queryset=ReportingPeriod.objects.select_related("directive"),
        widget=forms.HiddenInput,
        method=_unfiltered,
    )
    TaskFilterSet.base_filters["report"] = django_filters.ChoiceFilter(
        label=_("Report"), choices=REPORT_CHOICES, widget=forms.HiddenInput, method=_unfiltered
    )
