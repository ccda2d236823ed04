"""Dashboard pages: thin views over `aggregates`, scoped by `agencies.permissions`."""

import io

from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.views.generic import ListView, TemplateView, View

from agencies.permissions import access_for
from common.background import enqueue
from reports import consolidated
from reports.models import ReportingPeriod
from reports.tasks import build_consolidated_report
from tasks.models import Directive
from tasks.status import Status, local_now

from . import aggregates, charts, tiles, workbooks

# Directives shown on the dashboard unless the user asks for all of them (a big province has hundreds).
TOP = 20
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
        self.whole_province = self.access.reads_whole_province(self.province.pk)
        if self.whole_province_only and not self.whole_province:
            raise PermissionDenied
        self.now = local_now()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            provinces=self.provinces,
            province=self.province,
            whole_province=self.whole_province,
            **kwargs,
        )


class DashboardView(ProvinceMixin, TemplateView):
    """Counts by status, by directive, lead agency and sector; overdue and soon-due lists; report compliance.

    Staff and agency heads see the same page computed over the tasks their task list shows them.
    """

    template_name = "reports/dashboard/dashboard.html"

    def get_context_data(self, **kwargs):
        today = self.now.date()
        filterset, tasks = aggregates.filtered_tasks(self.access, self.province, self.request.GET)
        # Checkboxes rather than a multiple select, which asks for Ctrl-click.
        status = filterset.form.fields["status"]
        status.widget = forms.CheckboxSelectMultiple(choices=status.choices)
        drill = aggregates.DrillDown(self.request.GET, filterset.form.cleaned_data, self.province, today)
        windows = aggregates.period_windows(self.province)
        window = aggregates.current_window(windows, today, self.request.GET.get("period"))
        labels = aggregates.AgencyLabels(self.province)
        # The whole province's tasks or one agency's, by status or not: their stored counts; any other filter or a
        # reader of several agencies: their tasks counted.
        stored = aggregates.stored_scope(self.access, self.province, filterset)
        if stored is not None:
            agency, statuses = stored
            totals, by_directive, by_sector, by_agency = aggregates.stored_breakdowns(
                self.province, today, labels, agency=agency, statuses=statuses
            )
        else:
            totals, by_directive, by_sector, by_agency = aggregates.task_breakdowns(tasks, today, labels)
        # The agency chosen, else on an agency's own dashboard the reader's agencies: what they owe.
        owners = aggregates.compliance_owners(
            self.access, self.whole_province, filterset.form.cleaned_data.get("agency")
        )
        reports = aggregates.obligation_counts(
            tasks,
            [window] if window else [],
            labels,
            only_these_tasks=aggregates.narrows(filterset),
            agencies=owners,
            sector=aggregates.sector_only(filterset, self.whole_province),
        )
        overdue, soon = aggregates.attention_lists(tasks, today)
        columns = aggregates.column_labels()
        all_directives = self.request.GET.get("directives") == "all"
        agency_rows = aggregates.agency_rows(by_agency, drill)
        compliance = aggregates.compliance_rows(reports)
        chosen = {key: self.request.GET.get(key) for key in ("directive", "agency", "sector")}
        directive_choices = aggregates.choices(by_directive)
        agency_choices = [(str(row.key), row.label) for row in agency_rows]
        sector_choices = aggregates.choices(by_sector)
        scope = tiles.scope_label(self.province, chosen, directive_choices, agency_choices, sector_choices)
        return super().get_context_data(
            filterset=filterset,
            filtered=aggregates.narrows(filterset) or "period" in self.request.GET,
            scope=scope,
            columns=columns,
            totals=drill.cells(totals),
            tiles=tiles.dashboard_tiles(scope, drill.cells(totals), drill, compliance, chosen["agency"], window),
            directive_rows=aggregates.directive_rows(by_directive, drill, limit=None if all_directives else TOP),
            directive_count=len(by_directive),
            all_directives=all_directives,
            directive_choices=directive_choices,
            sector_choices=sector_choices,
            agency_choices=agency_choices,
            chosen=chosen,
            agency_rows=agency_rows,
            sector_rows=aggregates.sector_rows(by_sector, drill),
            overdue=overdue,
            overdue_url=drill.url(Status.IN_PROGRESS_OVERDUE.value),
            soon=soon,
            soon_days=max(aggregates.soon_days()),
            soon_url=drill.url(aggregates.soon_key(max(aggregates.soon_days()))),
            windows=windows,
            window=window,
            compliance=compliance,
            compliance_of=", ".join(labels(owners).values()) if owners else "",
            compliance_lines=tiles.compliance_links(compliance, drill, window),
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
        filterset, tasks = aggregates.filtered_tasks(self.access, self.province, self.request.GET)
        drill = aggregates.DrillDown(self.request.GET, filterset.form.cleaned_data, self.province, today)
        asked = self.request.GET.get("periods", "")
        count = int(asked) if asked.isdigit() and int(asked) in self.period_choices else 4
        windows = aggregates.recent_windows(aggregates.period_windows(self.province), today, count)
        labels = aggregates.AgencyLabels(self.province)
        by_agency = aggregates.agency_counts(tasks, aggregates.SCORED_STATUSES, labels)
        reports = aggregates.obligation_counts(
            tasks,
            windows,
            labels,
            only_these_tasks=aggregates.narrows(filterset),
            sector=aggregates.sector_only(filterset, self.whole_province),
        )
        sort = self.request.GET.get("sort", "-overdue")
        scores = aggregates.scorecard(by_agency, reports, aggregates.pending_extensions(self.province), drill, sort)
        query = self.request.GET.copy()
        query.pop("sort", None)
        return super().get_context_data(
            filterset=filterset,
            scores=scores,
            windows=windows,
            periods=count,
            period_choices=self.period_choices,
            sort=sort,
            sorts=aggregates.SCORE_SORTS,
            query=query.urlencode(),
            **kwargs,
        )

    def render_to_response(self, context, **response_kwargs):
        if self.request.GET.get("format") != "xlsx":
            return super().render_to_response(context, **response_kwargs)
        content = workbooks.scorecard_workbook(self.province, context["scores"], context["windows"], self.now)
        filename = f"bang-diem-thi-dua-{self.province.code}-{self.now:%Y%m%d}.xlsx"
        return FileResponse(io.BytesIO(content), as_attachment=True, filename=filename, content_type=XLSX)


class TargetsView(ProvinceMixin, ListView):
    """Each measurable target with the values reported over time, drawn against the target line."""

    template_name = "reports/dashboard/targets.html"
    context_object_name = "targets"
    paginate_by = 20

    def get_queryset(self):
        return aggregates.targets_with_values(aggregates.visible_tasks(self.access, self.province))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["charts"] = [
            (target, charts.target_line(aggregates.target_series(target), target.target_value, target.due_year))
            for target in context["targets"]
        ]
        return context


class ConsolidatedIndexView(ProvinceMixin, TemplateView):
    """Choose a directive and one of its periods; link to the printable page and the Excel workbook."""

    template_name = "reports/consolidated/index.html"
    whole_province_only = True

    def get_context_data(self, **kwargs):
        directives = list(Directive.objects.filter(province=self.province).order_by("-issued_on", "pk"))
        directive = next((d for d in directives if str(d.pk) == self.request.GET.get("directive")), None)
        periods = list(directive.periods.order_by("-end")) if directive else []
        return super().get_context_data(directives=directives, directive=directive, periods=periods, **kwargs)


def summary_only(request):
    """`?summary=1`: the consolidated report without its table of tasks (a few pages instead of dozens)."""
    return request.GET.get("summary") == "1"


class ConsolidatedMixin(LoginRequiredMixin):
    """The directive and period in the URL, for province-wide roles of the directive's province only."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        access = access_for(request)
        if not (access.is_superuser or access.province_ids):
            raise PermissionDenied
        directives = Directive.objects.select_related("province", "issuing_agency", "monitoring_agency")
        if not access.is_superuser:
            directives = directives.filter(province_id__in=access.province_ids)
        self.directive = get_object_or_404(directives, pk=kwargs["directive_pk"])
        self.period = get_object_or_404(ReportingPeriod, pk=kwargs["period_pk"], directive=self.directive)
        return super().dispatch(request, *args, **kwargs)


class ConsolidatedHtmlView(ConsolidatedMixin, TemplateView):
    """The consolidated report as a page that prints on A4 landscape."""

    template_name = "reports/consolidated/report.html"

    def get_context_data(self, **kwargs):
        now = local_now()
        rows = consolidated.consolidated_rows(self.directive, self.period, now)
        return super().get_context_data(
            directive=self.directive,
            period=self.period,
            now=now,
            heading=consolidated.heading(self.directive, now),
            summary=consolidated.summarize(rows),
            summary_only=summary_only(self.request),
            rows=rows,
            **kwargs,
        )


class ConsolidatedXlsxView(ConsolidatedMixin, View):
    """The workbook: built in the request for ordinary directives, by a Celery worker for big ones."""

    def get(self, request, *args, **kwargs):
        filename = f"bao-cao-tong-hop-{self.directive.pk}-{self.period.pk}.xlsx"
        if summary_only(request):
            # A few rows: built here whatever the directive's size.
            content = consolidated.build_workbook(self.directive, self.period, summary_only=True)
            filename = filename.replace(".xlsx", "-tom-tat.xlsx")
            return FileResponse(io.BytesIO(content), as_attachment=True, filename=filename, content_type=XLSX)
        if not consolidated.is_big(self.directive):
            content = consolidated.build_workbook(self.directive, self.period)
            return FileResponse(io.BytesIO(content), as_attachment=True, filename=filename, content_type=XLSX)
        name = consolidated.stored_name(self.directive, self.period)
        args = (self.directive.pk, self.period.pk, name)
        if not default_storage.exists(name) and not enqueue(build_consolidated_report, *args):
            build_consolidated_report(*args)  # the worker cannot be reached: slower here, but the file comes
        if default_storage.exists(name):
            return FileResponse(default_storage.open(name), as_attachment=True, filename=filename, content_type=XLSX)
        return render(
            request,
            "reports/consolidated/preparing.html",
            {"directive": self.directive, "period": self.period},
            status=202,
        )
