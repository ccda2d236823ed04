"""Template helpers for reports: a person's name as the history shows it."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def person(user):
    """Full name, else username; a deleted account reads “someone”."""
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()
