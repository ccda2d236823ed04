"""What the site-wide menu needs to know about the user: which links lead somewhere they may go."""

from agencies.permissions import access_for


def navigation(request):
    if not request.user.is_authenticated:
        return {}
    return {"nav_can_import": access_for(request).can_import()}
