"""The lists beside the counts: the most overdue tasks, those due soonest, pending extension requests."""

import datetime

from django.db.models import Count, OuterRef, Subquery

from reports.models import (
    ExtensionRequest,
    ExtensionState,
)
from tasks.models import LEADING_ROLES, Assignment
from tasks.status import Status

from .counts import soon_days
from .scope import agency_label

LIST_LENGTH = 10


def lead_agency_name():
    """The first lead agency's short name, for the overdue and soon-due lists (a subquery per shown row)."""
    leads = Assignment.objects.filter(task=OuterRef("pk"), role__in=LEADING_ROLES).order_by("position", "pk")
    return Subquery(leads.values(name=agency_label())[:1])


def attention_lists(tasks, today):
    """The most overdue tasks, and those due soonest (one query each)."""
    shown = tasks.select_related("directive").annotate(lead_name=lead_agency_name()).order_by("effective_due", "pk")
    overdue = list(shown.filter(status=Status.IN_PROGRESS_OVERDUE)[:LIST_LENGTH])
    # A task in progress on time is never due before today: the lower bound lets an index on the effective due
    # date start at today instead of walking every past deadline.
    soon = list(
        shown.filter(
            status=Status.IN_PROGRESS_ON_TIME,
            effective_due__gte=today,
            effective_due__lte=today + datetime.timedelta(days=max(soon_days())),
        )[:LIST_LENGTH]
    )
    return overdue, soon


def pending_extensions(province):
    """Extension requests awaiting a decision, per requesting agency (one query)."""
    rows = (
        ExtensionRequest.objects.filter(state=ExtensionState.PENDING, task__directive__province=province)
        .order_by()
        .values("agency")
        .annotate(n=Count("pk"))
        .values_list("agency", "n")
    )
    return dict(rows)
