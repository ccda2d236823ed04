"""Template helpers for showing tasks: status badges and assignees by role."""

from django import template
from django.utils.html import format_html

from tasks.models import LEADING_ROLES, AssignmentRole
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
def leads(task):
    return [a for a in task.assignments.all() if a.role in LEADING_ROLES]


@register.filter
def coordinators(task):
    return [a for a in task.assignments.all() if a.role == AssignmentRole.COORDINATING]
