"""/healthz: 200 when the database and the broker answer, 503 naming the one that does not."""

import pytest
from django.urls import reverse


@pytest.fixture
def filesystem_broker(settings, tmp_path):
    """The embedded broker with its folders made, as portal.celery makes them before first use."""
    folders = {key: tmp_path / key for key in ("data_folder_in", "data_folder_out", "processed_folder")}
    for folder in folders.values():
        folder.mkdir()
    settings.CELERY_BROKER_URL = "filesystem://"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {key: str(folder) for key, folder in folders.items()}


@pytest.mark.django_db
def test_healthz_is_ok_when_database_and_filesystem_broker_answer(client, filesystem_broker):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_is_503_when_the_broker_does_not_answer(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1}

    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    body = response.json()
    assert body["database"] == "ok"
    assert body["broker"].startswith("error: ")


@pytest.mark.django_db
def test_healthz_answers_plain_http_when_https_redirect_is_on(client, settings, filesystem_broker):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get(reverse("login")).status_code == 301
    assert client.get(reverse("healthz")).status_code == 200
