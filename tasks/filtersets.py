"""django-filter classes for directives and tasks, shared by lists, drill-downs and exports."""

import re

import django_filters
from django import forms
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Province
from agencies.normalize import search_key, search_terms
from common.widgets import DayMonthYearInput

from .models import LEADING_ROLES, Assignment, AssignmentRole, Directive, DirectiveKind, Sector, Task
from .status import Status

# `II.1.d`, `3.2`, `IV`: what a person types to find a task by its number in the directive.
OUTLINE_CODE = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,3})(?:\.[0-9A-Za-zđ]{1,4})*$")


class YearFilter(django_filters.NumberFilter):
    """A whole year a date can hold: a year lookup builds dates from it, and 20255 has none."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        message = _("Enter a year from 1 to 9999.")
        kwargs.update(
            min_value=1, max_value=9999, error_messages=dict.fromkeys(("invalid", "min_value", "max_value"), message)
        )
        super().__init__(*args, lookup_expr="year", **kwargs)


class DirectiveFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=DirectiveKind.choices)
    province = django_filters.ModelChoiceFilter(label=_("Province"), queryset=Province.objects.all())
    year = YearFilter(label=_("Year issued"), field_name="issued_on")

    class Meta:
        model = Directive
        fields = ["q", "kind", "province", "year"]

    def __init__(self, *args, access=None, **kwargs):
        """With `access`, only the provinces the user belongs to are offered (and accepted)."""
        super().__init__(*args, **kwargs)
        if access is not None:
            self.filters["province"].queryset = access.provinces(Province.objects.all())

    def filter_q(self, queryset, name, value):
        """Accent- and case-insensitive: `ke hoach dau tu` finds `Kế hoạch và Đầu tư`."""
        for term in search_terms(value):
            queryset = queryset.filter(search_key__contains=term)
        return queryset


class TaskFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q")
    # Province and lead agency arrive in dashboard drill-down links; hidden, they cost no query to render.
    province = django_filters.ModelChoiceFilter(
        label=_("Province"),
        field_name="directive__province",
        queryset=Province.objects.all(),
        widget=forms.HiddenInput,
    )
    directive = django_filters.ModelChoiceFilter(label=_("Directive"), queryset=Directive.objects.all())
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=[c for c in Status.choices if c[0] != Status.HEADING],
        method="filter_status",
    )
    agency = django_filters.ModelChoiceFilter(
        label=_("Agency"),
        queryset=Agency.objects.filter(is_group=False),
        method="filter_agency",
    )
    role = django_filters.ChoiceFilter(label=_("Role"), choices=AssignmentRole.choices, method="filter_role")
    # A group with no member agency reports itself (`reports.obligations`), so the dashboard may drill into one.
    lead = django_filters.ModelChoiceFilter(
        label=_("Lead agency"),
        queryset=Agency.objects.all(),
        method="filter_lead",
        widget=forms.HiddenInput,
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        null_label=_("No sector"),
    )
    due_after = django_filters.DateFilter(
        label=_("Due from"), field_name="effective_due", lookup_expr="gte", widget=DayMonthYearInput
    )
    due_before = django_filters.DateFilter(
        label=_("Due until"), field_name="effective_due", lookup_expr="lte", widget=DayMonthYearInput
    )
    # Django's NullBooleanSelect offers "Unknown" ("Chưa xác định") for the empty choice, which here means "any".
    needs_review = django_filters.BooleanFilter(
        label=_("Needs review"),
        widget=forms.Select(choices=[("", _("Any")), ("true", _("Yes")), ("false", _("No"))]),
    )

    class Meta:
        model = Task
        fields = [
            "q",
            "province",
            "directive",
            "status",
            "agency",
            "role",
            "lead",
            "sector",
            "due_after",
            "due_before",
            "needs_review",
        ]

    def __init__(self, *args, access=None, **kwargs):
        """With `access`, the directive and agency choices are those the user may see (other provinces' are
        neither listed nor accepted)."""
        super().__init__(*args, **kwargs)
        if access is not None:
            self.filters["province"].queryset = access.provinces(Province.objects.all())
            self.filters["directive"].queryset = access.directives(Directive.objects.all())
            self.filters["agency"].queryset = access.agencies(Agency.objects.filter(is_group=False))
            self.filters["lead"].queryset = access.agencies(Agency.objects.all())

    def filter_q(self, queryset, name, value):
        """Words in the task's code and text, accent-free; a whole agency name or abbreviation (`Sở KH&ĐT`) finds
        that agency's tasks; an outline code (`II.1.d`) finds the task and those under it, the exact one first."""
        value = value.strip()
        if OUTLINE_CODE.match(value):
            # Its letters are no words to look for one by one (`d` is in every text): the code, or the code cited.
            words = Q(code__iexact=value) | Q(code__istartswith=f"{value}.") | Q(search_key__contains=search_key(value))
        else:
            words = Q()
            for term in search_terms(value):
                words &= Q(search_key__contains=term) | Q(code__iexact=term)
        agencies = list(self.filters["agency"].queryset.named(value).values_list("pk", flat=True))
        if agencies:
            words |= Q(pk__in=Assignment.objects.for_agencies(agencies).values("task_id"))
        return (
            queryset.filter(words)
            .alias(code_rank=Case(When(code__iexact=value, then=Value(0)), default=Value(1)))
            .order_by("code_rank")
        )

    def filter_status(self, queryset, name, value):
        return queryset.filter(status__in=value) if value else queryset

    def filter_agency(self, queryset, name, value):
        if not value:
            return queryset
        assignments = Assignment.objects.for_agencies([value.pk])
        role = self.form.cleaned_data.get("role") or None
        if role:
            assignments = assignments.filter(role=role)
        return queryset.filter(pk__in=assignments.values("task_id"))

    def filter_lead(self, queryset, name, value):
        """Tasks the agency leads, co-leads or executes, itself or through a group: the dashboard's by-agency rows."""
        if not value:
            return queryset
        leading = Assignment.objects.for_agencies([value.pk]).filter(role__in=LEADING_ROLES)
        return queryset.filter(pk__in=leading.values("task_id"))

    def filter_role(self, queryset, name, value):
        # Applied together with `agency`; a role alone filters tasks having any assignment with that role.
        if not value or self.form.cleaned_data.get("agency"):
            return queryset
        return queryset.filter(pk__in=Task.objects.filter(assignments__role=value).values("pk"))
