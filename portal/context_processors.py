"""What the site-wide menu needs to know about the user: which links lead somewhere they may go."""

from django.utils.functional import SimpleLazyObject

from agencies.permissions import access_for
from notifications.services import unread_count


def navigation(request):
    if not request.user.is_authenticated:
        return {}
    return {
        "nav_can_import": access_for(request).can_import(),
        "nav_unread": SimpleLazyObject(lambda: unread_count(request.user)),
    }
