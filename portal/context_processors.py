"""What the site-wide menu needs to know about the user: which links lead somewhere they may go."""

from django.utils.functional import SimpleLazyObject

from agencies.permissions import access_for
from notifications.reading import unread_count


def navigation(request):
    if not request.user.is_authenticated:
        return {}
    access = access_for(request)
    return {
        "nav_can_import": access.can_import(),
        "nav_can_reorganize": access.can_reorganize(),
        "nav_unread": SimpleLazyObject(lambda: unread_count(request.user)),
    }
