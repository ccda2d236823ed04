"""Who may see what: one place for the object-level rules every view applies on the server.

Provincial leadership, the monitoring unit and administrators read their whole province; agency
staff and heads see the tasks their agency (or a group it belongs to) is assigned to. Superusers
see everything.
"""

from functools import cached_property

from django.db.models import Q

from .models import Agency, Role

PROVINCE_WIDE_ROLES = (Role.LEADERSHIP, Role.MONITOR, Role.ADMIN)


class Access:
    """What one user may see, computed once per request from their memberships (one query)."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def memberships(self):
        if not self.user.is_authenticated:
            return []
        return list(self.user.memberships.select_related("agency"))

    @property
    def is_superuser(self):
        return self.user.is_authenticated and self.user.is_superuser

    @cached_property
    def agency_ids(self):
        return {m.agency_id for m in self.memberships}

    @cached_property
    def province_ids(self):
        """Provinces the user reads in full (leadership, monitoring unit, administrator)."""
        return {m.agency.province_id for m in self.memberships if m.role in PROVINCE_WIDE_ROLES}

    @cached_property
    def member_province_ids(self):
        """Provinces the user belongs to in any role: they can read those provinces' directives."""
        return {m.agency.province_id for m in self.memberships} | self.province_ids

    def has_role(self, *roles):
        return self.is_superuser or any(m.role in roles for m in self.memberships)

    def directives(self, queryset):
        if self.is_superuser:
            return queryset
        return queryset.filter(province_id__in=self.member_province_ids)

    def tasks(self, queryset):
        """Tasks the user may open: province-wide roles see the province, others their agency's tasks."""
        if self.is_superuser:
            return queryset
        own = Q(assignments__agency_id__in=self.agency_ids) | Q(assignments__agency__members__in=self.agency_ids)
        matching = queryset.filter(Q(directive__province_id__in=self.province_ids) | own)
        return queryset.filter(pk__in=matching.values("pk"))

    def agencies(self, queryset=None):
        queryset = Agency.objects.all() if queryset is None else queryset
        if self.is_superuser:
            return queryset
        return queryset.filter(
            Q(province_id__in=self.member_province_ids) | Q(province__isnull=True) | Q(pk__in=self.agency_ids)
        )

    def can_view_task(self, task):
        return self.tasks(type(task).objects.filter(pk=task.pk)).exists()


def access_for(request):
    """The request's Access, cached on the request so a page builds it once."""
    if not hasattr(request, "_portal_access"):
        request._portal_access = Access(request.user)
    return request._portal_access
