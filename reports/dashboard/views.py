"""Dashboard pages: thin views over `aggregates`, scoped by `agencies.permissions`."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.views.generic import TemplateView

from agencies.permissions import access_for
from tasks.status import local_now

from . import aggregates, charts


class ProvinceMixin(LoginRequiredMixin):
    """Resolve the province a page is about from `?province=`, among those the user may read."""

    whole_province_only = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.access = access_for(request)
        self.provinces = aggregates.provinces_for(self.access)
        if not self.provinces:
            raise PermissionDenied
        chosen = request.GET.get("province")
        self.province = next((p for p in self.provinces if str(p.pk) == chosen), None)
        if chosen and self.province is None:
            raise Http404
        self.province = self.province or self.provinces[0]
        self.whole_province = aggregates.reads_whole_province(self.access, self.province)
        if self.whole_province_only and not self.whole_province:
            raise PermissionDenied
        self.now = local_now()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            provinces=self.provinces, province=self.province, whole_province=self.whole_province, **kwargs,
        )


class DashboardView(ProvinceMixin, TemplateView):
    """Counts by status, by directive, lead agency and sector; overdue and soon-due lists; report compliance.

    Staff and agency heads see the same page computed over the tasks their task list shows them.
    """

    template_name = "reports/dashboard/dashboard.html"

    def get_context_data(self, **kwargs):
        today = self.now.date()
        filterset, tasks = aggregates.filtered_tasks(self.access, self.province, self.request.GET, self.now)
        drill = aggregates.DrillDown(self.request.GET, filterset.form.cleaned_data, self.province, today)
        windows = aggregates.period_windows(self.province)
        window = aggregates.current_window(windows, today, self.request.GET.get("period"))
        totals, by_directive, by_sector = aggregates.directive_sector_breakdown(tasks, today)
        by_agency = aggregates.agency_breakdown(tasks, today, [window] if window else [])
        reports = aggregates.reports_by_agency(tasks, [window] if window else [])
        overdue, soon = aggregates.attention_lists(tasks, today)
        columns = aggregates.column_labels()
        agency_rows = aggregates.agency_rows(by_agency, drill)
        return super().get_context_data(
            filterset=filterset,
            columns=columns,
            totals=drill.cells(totals),
            directive_rows=aggregates.directive_rows(by_directive, drill),
            agency_rows=agency_rows,
            sector_rows=aggregates.sector_rows(by_sector, drill),
            overdue=overdue,
            soon=soon,
            soon_days=max(aggregates.SOON_DAYS),
            windows=windows,
            window=window,
            compliance=aggregates.compliance_rows(by_agency, reports),
            status_chart=charts.status_bars(columns, drill.cells(totals)),
            agency_chart=charts.agency_bars(agency_rows),
            **kwargs,
        )


class ScorecardView(ProvinceMixin, TemplateView):
    """Per agency: tasks led, share completed on time, overdue, reports on time / late / missing over the last
    periods, pending extension requests. Province-wide roles only: it ranks agencies against each other."""

    template_name = "reports/dashboard/scorecard.html"
    whole_province_only = True
    period_choices = (1, 2, 4, 8)

    def get_context_data(self, **kwargs):
        today = self.now.date()
        filterset, tasks = aggregates.filtered_tasks(self.access, self.province, self.request.GET, self.now)
        drill = aggregates.DrillDown(self.request.GET, filterset.form.cleaned_data, self.province, today)
        asked = self.request.GET.get("periods", "")
        count = int(asked) if asked.isdigit() and int(asked) in self.period_choices else 4
        windows = aggregates.recent_windows(aggregates.period_windows(self.province), today, count)
        by_agency = aggregates.agency_breakdown(tasks, today, windows)
        reports = aggregates.reports_by_agency(tasks, windows)
        sort = self.request.GET.get("sort", "-overdue")
        scores = aggregates.scorecard(by_agency, reports, aggregates.pending_extensions(self.province), drill, sort)
        query = self.request.GET.copy()
        query.pop("sort", None)
        return super().get_context_data(
            filterset=filterset, scores=scores, windows=windows, periods=count, period_choices=self.period_choices,
            sort=sort, sorts=aggregates.SCORE_SORTS, query=query.urlencode(), **kwargs,
        )
