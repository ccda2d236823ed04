"""The "Lịch sử thay đổi" page of a task, report, directive or agency, for those who may open the object.

Here in the portal, above the apps whose objects it shows; the change log it reads (`audit`) sits below them all."""

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from agencies.models import Agency, Role
from agencies.permissions import access_for
from audit import display
from audit.models import Change
from reports.models import ProgressReport
from tasks.models import Directive, Task


def _visible(kind, access):
    """The objects of this kind the user may open: the same rules as the object's own page."""
    if kind == "task":
        return Task.objects.visible_to(access)
    if kind == "report":
        return ProgressReport.objects.select_related("task", "agency", "period").visible_to(access)
    if kind == "directive":
        return access.directives(Directive.objects.all())
    return access.agencies(Agency.objects.all())


class HistoryView(LoginRequiredMixin, TemplateView):
    template_name = "audit/history.html"
    kind = None

    def get_context_data(self, **kwargs):
        access = access_for(self.request)
        obj = get_object_or_404(_visible(self.kind, access), pk=self.kwargs["pk"])
        changes = Change.objects.for_owner(obj).select_related("actor", "content_type").order_by("-timestamp", "-pk")
        page = Paginator(changes, settings.PAGINATE_BY).get_page(self.request.GET.get("page"))
        return super().get_context_data(
            object=obj,
            entries=display.entries(page.object_list),
            page_obj=page,
            is_paginated=page.has_other_pages(),
            # Where a change came from (address, page) is for administrators; everyone else sees who, when, what.
            show_request=access.has_role(Role.ADMIN),
            **kwargs,
        )
