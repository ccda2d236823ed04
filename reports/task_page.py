"""One task's page: the task with its outline, and its reporting (reports by period and agency, history, extensions,
directions). It lives in reports, which knows both tasks and reports; its address stays `tasks:task_detail`
(portal/urls.py puts it among the task pages)."""

import datetime

from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from agencies.models import Role
from agencies.permissions import AGENCY_ROLES, access_for
from tasks.models import LEADING_ROLES, Task
from tasks.status import local_now
from tasks.views import assignments_prefetch

from .inbox import LOOKAHEAD_DAYS
from .models import OPEN_EXTENSION_STATES, ExtensionState, ProgressReport, ReportingPeriod
from .obligations import reporters as reporters_of


def task_reporting(access, task, now=None):
    """Context for the task page, in a fixed number of queries (task.reporters with their agency prefetched)."""
    now = local_now(now)
    reporters = list(reporters_of(task).values())
    writable = access.agency_ids_in(*AGENCY_ROLES)
    periods = (
        ReportingPeriod.objects.filter(
            obligations__task=task,
            start__lte=now.date() + datetime.timedelta(days=LOOKAHEAD_DAYS),
        )
        .distinct()
        .order_by("-due_date", "-pk")
    )
    reports = {
        (r.agency_id, r.period_id): r
        for r in ProgressReport.objects.filter(task=task).visible_to(access).prefetch_related("attachments")
    }
    rows = [
        (period, [(agency, reports.get((agency.pk, period.pk)), agency.pk in writable) for agency, _role in reporters])
        for period in periods
    ]
    visible_report_ids = {r.pk for r in reports.values()}
    history = [
        event
        for event in task.history.select_related("actor", "report__agency", "report__period")
        if event.report_id is None or event.report_id in visible_report_ids
    ]
    extensions = list(task.extension_requests.select_related("agency", "requested_by", "forwarded_by", "decided_by"))
    has_pending = any(e.state in OPEN_EXTENSION_STATES for e in extensions)
    heads_of = access.agency_ids_in(Role.HEAD)
    for extension in extensions:
        extension.can_forward = extension.state == ExtensionState.AWAITING_HEAD and (
            access.is_superuser or extension.agency_id in heads_of
        )
    leads_it = any(agency.pk in writable and role in LEADING_ROLES for agency, role in reporters)
    open_task = task.completed_at is None and task.cancelled_at is None
    return {
        "reporters": [agency for agency, _role in reporters],
        "report_rows": rows,
        "history": history,
        "extensions": extensions,
        "directions": list(task.directions.select_related("author", "author_agency", "assignee_agency", "assignee")),
        "can_request_extension": leads_it and open_task and not has_pending,
        "can_decide": access.can_decide_in(task.directive.province_id),
    }


class TaskDetailView(LoginRequiredMixin, DetailView):
    template_name = "tasks/task_detail.html"
    context_object_name = "task"

    def get_object(self, queryset=None):
        visible = Task.objects.visible_to(access_for(self.request))
        return get_object_or_404(
            visible.with_effective_due()
            .select_related("directive", "directive__province", "sector", "parent")
            .prefetch_related(assignments_prefetch(), "targets", "milestones"),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        task = self.object
        ancestors = task.ancestors()
        reporting = task_reporting(access_for(self.request), task)
        return super().get_context_data(ancestors=ancestors, **reporting, **kwargs)
