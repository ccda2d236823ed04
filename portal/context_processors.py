"""What the site-wide menu needs to know about the user: which links lead somewhere they may go."""

from agencies.models import Role
from agencies.permissions import access_for


def navigation(request):
    if not request.user.is_authenticated:
        return {}
    access = access_for(request)
    return {"nav_can_import": access.has_role(Role.ADMIN, Role.MONITOR)}
