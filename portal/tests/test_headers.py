"""Headers on every response: Permissions-Policy, and no cached copy of anything a signed-in user sees."""

import pytest
from django.urls import reverse

from agencies.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_every_page_forbids_the_browser_features_the_portal_does_not_use(client):
    response = client.get(reverse("login"))

    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_signed_in_pages_are_never_stored(client):
    client.force_login(UserFactory())

    response = client.get(reverse("tasks:directive_list"))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
