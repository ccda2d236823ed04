"""The interface speaks Vietnamese unless the user picks English, whatever the browser asks for."""

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_an_english_browser_still_gets_vietnamese(client):
    response = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "vi"
    assert '<html lang="vi">' in response.content.decode()


@pytest.mark.django_db
def test_choosing_english_switches_and_sticks(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("login")})
    assert response.status_code == 302
    response = client.get(reverse("login"))
    assert response.headers["Content-Language"] == "en"
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_language_cookie_falls_back_to_vietnamese(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    assert client.get(reverse("login")).headers["Content-Language"] == "vi"
