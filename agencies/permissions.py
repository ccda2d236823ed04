"""Who may see what: one place for the object-level rules every view applies on the server.

Provincial leadership, the monitoring unit and administrators read their whole province; agency
staff and heads see the tasks their agency (or a group it belongs to) is assigned to. Superusers
see everything.

Which tasks and reports a user may read is asked of the querysets: `Task.objects.visible_to(access)` and
`ProgressReport.objects.visible_to(access)` (tasks and reports know agencies, not the other way round).

Reports: staff and heads read and write their own agency's reports; the lead agency also reads
what coordinating agencies sent for its tasks; heads approve only their agency's reports; the
monitoring unit accepts or returns its province's reports and, with leadership, decides on
extensions and writes directions.
"""

from functools import cached_property

from django.db.models import Q

from .models import Agency, Role

PROVINCE_WIDE_ROLES = (Role.LEADERSHIP, Role.MONITOR, Role.ADMIN)
AGENCY_ROLES = (Role.STAFF, Role.HEAD)


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

    def reads_whole_province(self, province_id):
        """Superusers, and the province's leadership, monitoring unit and administrators, read all its tasks."""
        return self.is_superuser or province_id in self.province_ids

    @cached_property
    def member_province_ids(self):
        """Provinces the user belongs to in any role: they can read those provinces' directives."""
        return {m.agency.province_id for m in self.memberships} | self.province_ids

    def has_role(self, *roles):
        return self.is_superuser or any(m.role in roles for m in self.memberships)

    def provinces(self, queryset):
        """Provinces the user belongs to (any role): the ones offered in their filters."""
        if self.is_superuser:
            return queryset
        return queryset.filter(pk__in=self.member_province_ids)

    def directives(self, queryset):
        if self.is_superuser:
            return queryset
        return queryset.filter(province_id__in=self.member_province_ids)

    def agencies(self, queryset=None):
        queryset = Agency.objects.all() if queryset is None else queryset
        if self.is_superuser:
            return queryset
        return queryset.filter(
            Q(province_id__in=self.member_province_ids) | Q(province__isnull=True) | Q(pk__in=self.agency_ids)
        )

    def agency_ids_in(self, *roles):
        return {m.agency_id for m in self.memberships if m.role in roles}

    def province_ids_in(self, *roles):
        return {m.agency.province_id for m in self.memberships if m.role in roles}

    def can_import(self):
        """Administrators and the monitoring unit import directives (superusers too)."""
        return self.has_role(Role.ADMIN, Role.MONITOR)

    def can_reorganize_in(self, province_id):
        """Administrators record, confirm and undo the reorganizations of their province's bodies."""
        return self.is_superuser or province_id in self.province_ids_in(Role.ADMIN)

    def can_reorganize(self):
        return self.is_superuser or bool(self.province_ids_in(Role.ADMIN))

    def can_write_for(self, agency_id):
        """Staff and heads write, correct and attach files to their own agency's reports."""
        return self.is_superuser or agency_id in self.agency_ids_in(*AGENCY_ROLES)

    def can_approve_for(self, agency_id):
        """Only the agency's own head approves its reports or returns them to staff."""
        return self.is_superuser or agency_id in self.agency_ids_in(Role.HEAD)

    def can_review_in(self, province_id):
        """The monitoring unit accepts or returns the reports of its province."""
        return self.is_superuser or province_id in self.province_ids_in(Role.MONITOR)

    def can_decide_in(self, province_id):
        """The monitoring unit and leadership decide extensions and write directions in their province."""
        return self.is_superuser or province_id in self.province_ids_in(Role.MONITOR, Role.LEADERSHIP)

    def agency_for_province(self, province_id):
        """The agency a province-wide user acts for in that province (a direction's signature)."""
        for membership in self.memberships:
            if membership.role in PROVINCE_WIDE_ROLES and membership.agency.province_id == province_id:
                return membership.agency
        return None


def access_for(request):
    """The request's Access, cached on the request so a page builds it once."""
    if not hasattr(request, "_portal_access"):
        request._portal_access = Access(request.user)
    return request._portal_access
