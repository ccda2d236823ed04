"""Response headers for every page: Permissions-Policy, and nothing a signed-in user sees kept in any cache."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        # A signed-in page, an attachment or an export may hold another agency's or the province's unpublished
        # figures: a shared office computer's browser or a proxy must not keep a copy after the user leaves.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
