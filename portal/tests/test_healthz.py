"""/healthz: 200 when the database and the broker answer (and beat and a worker live), 503 naming what does not.

Beat's and the worker's liveness is tested in test_liveness.py.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.celery import FILESYSTEM_BROKER_FOLDERS
from portal.models import Heartbeat


@pytest.fixture
def live_workers(db):
    """Beat and a worker that have just shown they live."""
    for name in (Heartbeat.BEAT, Heartbeat.WORKER):
        Heartbeat.objects.create(name=name, at=timezone.now(), task="portal.tasks.heartbeat")


@pytest.fixture
def filesystem_broker(settings, tmp_path):
    """The embedded broker with its folders made, as portal.celery makes them before first use."""
    folders = {key: tmp_path / key for key in FILESYSTEM_BROKER_FOLDERS}
    for folder in folders.values():
        folder.mkdir()
    settings.CELERY_BROKER_URL = "filesystem://"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {key: str(folder) for key, folder in folders.items()}


@pytest.mark.django_db
def test_healthz_is_ok_when_database_and_filesystem_broker_answer(client, filesystem_broker, live_workers):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    body = response.json()
    assert (body["database"], body["broker"], body["beat"], body["worker"]) == ("ok", "ok", "ok", "ok")
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
def test_healthz_is_503_when_the_embedded_brokers_folder_cannot_be_made(client, filesystem_broker, tmp_path):
    folder = tmp_path / "data_folder_in"
    folder.rmdir()
    folder.write_text("a file where the queue's folder should be")

    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    assert response.json()["broker"] == f"error: data_folder_in {folder}: File exists"


@pytest.mark.django_db
def test_healthz_makes_a_missing_folder_of_the_embedded_broker(client, filesystem_broker, tmp_path):
    (tmp_path / "processed_folder").rmdir()

    assert client.get(reverse("healthz")).json()["broker"] == "ok"
    assert (tmp_path / "processed_folder").is_dir()


@pytest.mark.django_db
def test_healthz_answers_plain_http_when_https_redirect_is_on(client, settings, filesystem_broker, live_workers):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get(reverse("login")).status_code == 301
    assert client.get(reverse("healthz")).status_code == 200
