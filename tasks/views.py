"""Pages for directives and tasks: list with search, the outline tree (one task's page is `reports/task_page.py`)."""

import io

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count, Prefetch, Q
from django.http import FileResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from agencies.permissions import access_for

from .exports import MAX_EXPORT_ROWS, filter_summary, task_list_workbook
from .filtersets import DirectiveFilterSet, TaskFilterSet
from .models import Assignment, Directive, Task, TaskKind
from .tree import build_tree

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def assignments_prefetch():
    return Prefetch(
        "assignments", queryset=Assignment.objects.select_related("agency", "predecessor").order_by("position", "pk")
    )


class DirectiveListView(LoginRequiredMixin, ListView):
    template_name = "tasks/directive_list.html"
    paginate_by = settings.PAGINATE_BY

    def get_queryset(self):
        access = access_for(self.request)
        base = access.directives(Directive.objects.all())
        self.filterset = DirectiveFilterSet(self.request.GET or None, queryset=base, access=access)
        queryset = self.filterset.qs if self.filterset.is_bound else base
        return (
            queryset.select_related("province", "issuing_agency", "monitoring_agency")
            .annotate(task_count=Count("tasks", filter=Q(tasks__kind=TaskKind.TASK)))
            .order_by("-issued_on", "symbol", "pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(filterset=self.filterset, **kwargs)


class DirectiveDetailView(LoginRequiredMixin, DetailView):
    template_name = "tasks/directive_detail.html"
    context_object_name = "directive"

    def get_queryset(self):
        return (
            access_for(self.request)
            .directives(Directive.objects.all())
            .select_related("province", "issuing_agency", "monitoring_agency")
        )

    def get_context_data(self, **kwargs):
        access = access_for(self.request)
        directive = self.object
        tasks = list(
            Task.objects.filter(directive=directive)
            .with_effective_due()
            .select_related("sector")
            .prefetch_related(assignments_prefetch(), "targets", "milestones")
            .order_by("position", "pk")
        )
        visible_ids = set(Task.objects.filter(directive=directive).visible_to(access).values_list("pk", flat=True))
        return super().get_context_data(
            tree=build_tree(tasks),
            visible_task_ids=visible_ids,
            links=directive.links.select_related("target"),
            schedules=directive.schedules.select_related("reporting_agency"),
            task_total=sum(1 for t in tasks if t.kind == TaskKind.TASK),
            can_edit_reporting=access.can_review_in(directive.province_id),
            **kwargs,
        )


class TaskListView(LoginRequiredMixin, ListView):
    template_name = "tasks/task_list.html"
    paginate_by = settings.PAGINATE_BY

    def get_queryset(self):
        access = access_for(self.request)
        base = Task.objects.assignable().visible_to(access).with_effective_due()
        self.filterset = TaskFilterSet(self.request.GET or None, queryset=base, access=access)
        queryset = self.filterset.qs if self.filterset.is_bound else base
        # A search by outline code puts the exact match first (TaskFilterSet.filter_q ranks it).
        ranked = ("code_rank",) if "code_rank" in queryset.query.annotations else ()
        return (
            queryset.select_related("directive", "sector")
            .prefetch_related(assignments_prefetch())
            .order_by(*ranked, "directive__issued_on", "directive_id", "position")
        )

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        query["format"] = "xlsx"
        return super().get_context_data(filterset=self.filterset, export_query=query.urlencode(), **kwargs)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") != "xlsx":
            return super().get(request, *args, **kwargs)
        tasks = self.get_queryset()
        count = tasks.count()
        if count > MAX_EXPORT_ROWS:
            messages.error(
                request,
                _("%(count)s tasks are too many to export at once (at most %(limit)s): narrow the filters.")
                % {"count": count, "limit": MAX_EXPORT_ROWS},
            )
            query = request.GET.copy()
            query.pop("format")
            return redirect(f"{reverse('tasks:task_list')}?{query.urlencode()}")
        content = task_list_workbook(tasks, filter_summary(self.filterset))
        filename = f"danh-sach-nhiem-vu-{timezone.localtime():%Y%m%d-%H%M}.xlsx"
        return FileResponse(io.BytesIO(content), as_attachment=True, filename=filename, content_type=XLSX)
