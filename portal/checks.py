"""System checks on settings that need the URLs to be judged (run by manage.py check, migrate and ./run)."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.urls import URLResolver, get_resolver


def first_segments(patterns):
    """The first path segment of every route, looking through includes that add no prefix of their own."""
    for pattern in patterns:
        route = str(pattern.pattern)
        if route:
            yield route.split("/")[0]
        elif isinstance(pattern, URLResolver):
            yield from first_segments(pattern.url_patterns)


@register(Tags.urls)
def admin_url_is_its_own(app_configs, **kwargs):
    """ADMIN_URL must not begin like a portal page or the static and media files: one would hide the other."""
    admin_first = settings.ADMIN_URL.split("/")[0]
    others = [
        pattern
        for pattern in get_resolver().url_patterns
        if not (isinstance(pattern, URLResolver) and getattr(pattern, "app_name", None) == "admin")
    ]
    taken = set(first_segments(others)) | {settings.STATIC_URL.strip("/").split("/")[0]}
    taken |= {settings.MEDIA_URL.strip("/").split("/")[0]}
    if admin_first in taken:
        return [
            Error(
                f"ADMIN_URL={settings.ADMIN_URL!r} begins with {admin_first}/, which the portal already uses",
                hint="Choose another path, e.g. quan-tri/.",
                id="portal.E001",
            )
        ]
    return []
