"""Agency pages: the list of agencies and what one agency leads and supports (here, in tasks: they count tasks)."""

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count, Q
from django.views.generic import DetailView, ListView

from agencies.models import AgencyAlias
from agencies.normalize import search_terms
from agencies.permissions import access_for

from .models import LEADING_ROLES, AssignmentRole, Task
from .views import assignments_prefetch


class AgencyListView(LoginRequiredMixin, ListView):
    template_name = "agencies/agency_list.html"
    paginate_by = settings.PAGINATE_BY

    def get_queryset(self):
        queryset = access_for(self.request).agencies().select_related("province", "parent")
        self.query = self.request.GET.get("q", "").strip()
        for term in search_terms(self.query):
            # Aliases as a subquery: a join per word would multiply the rows the counts below group.
            aliased = AgencyAlias.objects.filter(search_key__contains=term).values("agency_id")
            queryset = queryset.filter(Q(search_key__contains=term) | Q(pk__in=aliased))
        return queryset.annotate(
            led_count=Count("assignments", filter=Q(assignments__role__in=LEADING_ROLES), distinct=True),
            supported_count=Count(
                "assignments", filter=Q(assignments__role=AssignmentRole.COORDINATING), distinct=True
            ),
        ).order_by("province__name", "kind", "name")

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.query, **kwargs)


class AgencyDetailView(LoginRequiredMixin, DetailView):
    template_name = "agencies/agency_detail.html"
    context_object_name = "agency"

    def get_queryset(self):
        return access_for(self.request).agencies().select_related("province", "parent", "successor")

    def get_context_data(self, **kwargs):
        agency = self.object
        access = access_for(self.request)
        # A task assigned to a group this agency belongs to counts as the agency's own.
        assignee_ids = [agency.pk, *agency.groups.values_list("pk", flat=True)]
        tasks = (
            Task.objects.assignable()
            .visible_to(access)
            .filter(assignments__agency_id__in=assignee_ids)
            .with_effective_due()
            .select_related("directive")
            .prefetch_related(assignments_prefetch())
            .order_by("directive__issued_on", "directive_id", "position")
            .distinct()
        )
        led, supported = [], []
        for task in tasks:
            roles = {a.role for a in task.assignments.all() if a.agency_id in assignee_ids}
            (led if roles & set(LEADING_ROLES) else supported).append(task)
        return super().get_context_data(
            led_tasks=led,
            supported_tasks=supported,
            aliases=agency.aliases.all(),
            members=agency.members.all() if agency.is_group else [],
            **kwargs,
        )
