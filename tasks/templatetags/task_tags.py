"""Template helpers for showing tasks: status badges and assignees by role."""

from django import template
from django.utils.html import format_html

from tasks.models import AssignmentRole
from tasks.status import STATUS_CSS, Status

register = template.Library()


@register.simple_tag
def status_badge(value):
    """A coloured badge for a Status value (red overdue, amber due soon...)."""
    if not value or value == Status.HEADING:
        return ""
    status = Status(value)
    return format_html('<span class="badge {}">{}</span>', STATUS_CSS[status], status.label)


@register.filter
def assignments_by_role(task):
    """(role label, assignments) in the order documents name them: lead, executing, coordinating.

    Reads the prefetched assignments, so a list of tasks costs no query per task.
    """
    groups = (
        (AssignmentRole.LEAD.label, (AssignmentRole.LEAD, AssignmentRole.CO_LEAD)),
        (AssignmentRole.EXECUTING.label, (AssignmentRole.EXECUTING,)),
        (AssignmentRole.COORDINATING.label, (AssignmentRole.COORDINATING,)),
    )
    assignments = list(task.assignments.all())
    return [
        (label, [a for a in assignments if a.role in roles])
        for label, roles in groups
        if any(a.role in roles for a in assignments)
    ]
