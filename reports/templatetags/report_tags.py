"""Template helpers for reports: a person's name as the history shows it."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from reports.inbox import urgency

register = template.Library()


@register.filter
def person(user):
    """Full name, else username; a deleted account reads “someone”."""
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()


@register.simple_tag
def due_urgency(due):
    """The inbox's colour for a deadline (red passed, amber soon), counted from today in the portal's time zone."""
    return urgency(due, timezone.localdate())
