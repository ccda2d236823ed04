"""URLs for the error page tests: the portal's own, plus views that fail the ways real ones can."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def broken(request):
    raise ZeroDivisionError("a defect in a view")


def suspicious(request):
    raise SuspiciousOperation("a forged request")


def forbidden(request):
    raise PermissionDenied


urlpatterns = [
    path("test-errors/500/", broken),
    path("test-errors/400/", suspicious),
    path("test-errors/403/", forbidden),
    *portal_urlpatterns,
]
