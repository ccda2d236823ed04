"""Pages for directives and tasks: list with search, the outline tree, one task."""

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from agencies.permissions import access_for
from reports.task_panel import task_reporting

from .filtersets import DirectiveFilterSet, TaskFilterSet
from .models import Assignment, Directive, Task, TaskKind
from .tree import build_tree


def assignments_prefetch():
    return Prefetch("assignments", queryset=Assignment.objects.select_related("agency").order_by("position", "pk"))


class DirectiveListView(LoginRequiredMixin, ListView):
    template_name = "tasks/directive_list.html"
    paginate_by = settings.PAGINATE_BY

    def get_queryset(self):
        base = access_for(self.request).directives(Directive.objects.all())
        self.filterset = DirectiveFilterSet(self.request.GET or None, queryset=base)
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
            .with_status()
            .select_related("sector")
            .prefetch_related(assignments_prefetch(), "targets", "milestones")
            .order_by("position", "pk")
        )
        visible_ids = set(access.tasks(Task.objects.filter(directive=directive)).values_list("pk", flat=True))
        return super().get_context_data(
            tree=build_tree(tasks),
            visible_task_ids=visible_ids,
            links=directive.links.select_related("target"),
            schedules=directive.schedules.select_related("reporting_agency"),
            task_total=sum(1 for t in tasks if t.kind == TaskKind.TASK),
            can_edit_reporting=access.can_review_in(directive.province_id),
            **kwargs,
        )


class TaskDetailView(LoginRequiredMixin, DetailView):
    template_name = "tasks/task_detail.html"
    context_object_name = "task"

    def get_object(self, queryset=None):
        visible = access_for(self.request).tasks(Task.objects.all())
        return get_object_or_404(
            visible.with_status()
            .select_related("directive", "directive__province", "sector", "parent")
            .prefetch_related(assignments_prefetch(), "assignments__agency__members", "targets", "milestones"),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        task = self.object
        ancestors = task.ancestors()
        reporting = task_reporting(access_for(self.request), task)
        return super().get_context_data(ancestors=ancestors, **reporting, **kwargs)


class TaskListView(LoginRequiredMixin, ListView):
    template_name = "tasks/task_list.html"
    paginate_by = settings.PAGINATE_BY

    def get_queryset(self):
        access = access_for(self.request)
        base = access.tasks(Task.objects.assignable()).with_status()
        self.filterset = TaskFilterSet(self.request.GET or None, queryset=base, access=access)
        queryset = self.filterset.qs if self.filterset.is_bound else base
        return (
            queryset.select_related("directive", "sector")
            .prefetch_related(assignments_prefetch())
            .order_by("directive__issued_on", "directive_id", "position")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(filterset=self.filterset, **kwargs)
