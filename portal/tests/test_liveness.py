"""Liveness of Celery's beat and worker: the rule, the heartbeats beat and a real worker leave, and /healthz."""

import datetime

import pytest
import time_machine
from celery import Celery
from celery.contrib.testing.worker import start_worker
from django.urls import reverse
from django.utils import timezone
from kombu.utils.imports import symbol_by_name

from portal import liveness
from portal.celery import app as celery_app
from portal.models import Heartbeat
from portal.tasks import heartbeat as heartbeat_task

NOW = datetime.datetime(2026, 12, 6, 8, 0, tzinfo=datetime.UTC)


def heartbeat(name, seconds_ago, task=""):
    return Heartbeat.objects.create(name=name, at=NOW - datetime.timedelta(seconds=seconds_ago), task=task)


@pytest.mark.parametrize(
    ("seconds_ago", "ok"),
    [(0, True), (179, True), (180, True), (181, False), (3600, False)],
)
def test_a_heartbeat_is_alive_up_to_the_stale_limit_and_dead_after_it(seconds_ago, ok):
    beat = Heartbeat(name=Heartbeat.BEAT, at=NOW - datetime.timedelta(seconds=seconds_ago))

    result = liveness.judge(beat, NOW, 180, "never", "beat has not ticked")

    assert result.ok is ok
    assert result.at == beat.at
    assert result.problem == ("" if ok else f"beat has not ticked for {seconds_ago} s (since {beat.at.isoformat()})")


def test_no_heartbeat_at_all_is_dead():
    result = liveness.judge(None, NOW, 180, "beat has never ticked", "beat has not ticked")

    assert not result.ok
    assert result.problem == "beat has never ticked"


@pytest.fixture
def now():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.django_db
def test_healthz_reports_beats_last_tick_and_the_workers_last_task(client, now, settings):
    settings.HEALTHZ_STALE_SECONDS = 180
    heartbeat(Heartbeat.BEAT, 50)
    heartbeat(Heartbeat.WORKER, 20, task="portal.tasks.heartbeat")

    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json() == {
        "database": "ok",
        "broker": "ok",
        "beat": "ok",
        "worker": "ok",
        "beat_last_tick": "2026-12-06T07:59:10+00:00",
        "worker_last_seen": "2026-12-06T07:59:40+00:00",
        "worker_last_task": "portal.tasks.heartbeat",
    }


@pytest.mark.django_db
def test_healthz_is_503_when_beat_has_stopped_ticking(client, now, settings):
    settings.HEALTHZ_STALE_SECONDS = 180
    heartbeat(Heartbeat.BEAT, 600)
    heartbeat(Heartbeat.WORKER, 20, task="portal.tasks.heartbeat")

    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    body = response.json()
    assert body["beat"] == "error: beat has not ticked for 600 s (since 2026-12-06T07:50:00+00:00)"
    assert body["worker"] == "ok"


@pytest.mark.django_db
def test_healthz_is_503_when_no_worker_has_ever_answered(client, now):
    heartbeat(Heartbeat.BEAT, 5)

    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    body = response.json()
    assert body["beat"] == "ok"
    assert body["worker"] == "error: no worker has started"
    assert body["worker_last_task"] is None


@pytest.mark.django_db
def test_healthz_reads_both_heartbeats_in_one_query(client, now, django_assert_max_num_queries):
    heartbeat(Heartbeat.BEAT, 5)
    heartbeat(Heartbeat.WORKER, 5)

    # SELECT 1 for the database, then the heartbeats.
    with django_assert_max_num_queries(2):
        client.get(reverse("healthz"))


@pytest.mark.django_db
def test_beat_starts_with_its_schedule_folder_missing_and_records_its_tick(tmp_path, now):
    # With REDIS_URL nothing else makes var/celery/: Celery's own scheduler died there on a fresh data folder.
    schedule = tmp_path / "celery" / "beat-schedule"
    scheduler = symbol_by_name(celery_app.conf.beat_scheduler)(app=celery_app, schedule_filename=str(schedule))
    try:
        scheduler.tick()
    finally:
        scheduler.close()

    assert schedule.parent.is_dir()
    assert Heartbeat.objects.get(name=Heartbeat.BEAT).at == NOW


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_records_the_tasks_it_runs():
    # Its own app on an in-memory broker: the suite's app runs tasks eagerly; the portal's tasks are shared.
    app = Celery("liveness-test", broker="memory://", set_as_current=False)
    app.conf.task_always_eager = False
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        app.tasks[heartbeat_task.name].delay()
        deadline = timezone.now() + datetime.timedelta(seconds=10)
        while not Heartbeat.objects.filter(name=Heartbeat.WORKER, task="portal.tasks.heartbeat").exists():
            assert timezone.now() < deadline, "the worker recorded no task within 10 s"

    worker = Heartbeat.objects.get(name=Heartbeat.WORKER)
    assert worker.hostname
    assert timezone.now() - worker.at < datetime.timedelta(seconds=10)
