"""End to end with a real Celery worker and beat: on the embedded filesystem broker, and on Redis when configured."""

import datetime
import time
import uuid

import pytest
import redis
from celery.beat import EmbeddedService
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.conf import settings
from django.core import mail
from django.utils import timezone
from kombu import pools

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, UserFactory
from notifications.models import DeliveryState, Digest
from notifications.tasks import daily_sweep
from portal.celery import app
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, TaskFactory


def broker_settings(kind, tmp_path):
    if kind == "redis":
        # The run's own Redis, its keys under a prefix of this test's: no other worker or test run sharing the
        # server takes the test's messages, and nothing outside the prefix is touched.
        prefix = f"portal-test-{uuid.uuid4().hex}:"
        return settings.REDIS_URL, None, {"socket_connect_timeout": 5, "global_keyprefix": prefix}
    folders = {
        key: str(tmp_path / key) for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder")
    }
    folders["data_folder_out"] = folders["data_folder_in"]
    for folder in folders.values():
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    return "filesystem://", settings.EMBEDDED_BROKER_TRANSPORT, {**folders, "store_processed": False}


def forget_broker_connections():
    """Close kombu's pools and the app's: kombu keeps one per broker URL, whatever the transport options."""
    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture(
    params=[
        "filesystem",
        pytest.param("redis", marks=pytest.mark.skipif(not settings.REDIS_URL, reason="REDIS_URL is not set")),
    ]
)
def live_app(request, tmp_path):
    """The portal's Celery app sending through a real broker instead of running tasks inline."""
    names = (
        "broker_url",
        "broker_transport",
        "broker_transport_options",
        "task_always_eager",
        "beat_schedule",
        "beat_schedule_filename",
    )
    saved = {name: app.conf[name] for name in names}
    broker_url, transport, options = broker_settings(request.param, tmp_path)
    forget_broker_connections()
    app.conf.update(
        broker_url=broker_url,
        broker_transport=transport,
        broker_transport_options=options,
        task_always_eager=False,
        beat_schedule_filename=str(tmp_path / "beat-schedule"),
    )
    yield app
    if request.param == "redis":
        client = redis.Redis.from_url(settings.REDIS_URL)
        for key in client.scan_iter(match=f"{options['global_keyprefix']}*"):
            client.delete(key)
        client.close()
    app.conf.update(saved)
    forget_broker_connections()


def wait_until(condition, what, timeout=90):  # generous: a loaded 2-core CI machine is slow to start a worker
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"no {what} within {timeout}s")


def wait_for_sent(count):
    wait_until(lambda: Digest.objects.filter(state=DeliveryState.SENT).count() >= count, f"{count} digests sent")


@pytest.mark.django_db(transaction=True)
def test_worker_delivers_the_sweeps_reminders_through_the_broker(live_app, province_003):
    with start_worker(live_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        daily_sweep.delay("2025-12-10")
        wait_for_sent(3)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "binhson1@example.gov.vn",
        "khdt1@example.gov.vn",
        "khdt2@example.gov.vn",
    ]


@pytest.mark.django_db(transaction=True)
def test_worker_mails_an_event_once_the_action_commits(live_app, world):
    """The head returns a report: the staff member's e-mail is queued after the commit and sent by the worker."""
    from notifications.tests.conftest import pending
    from reports import services

    report = pending(world)
    with start_worker(live_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        services.return_to_staff(world.head, report, "Bổ sung số liệu.", report.version)
        wait_for_sent(1)
    assert [message.to for message in mail.outbox] == [[world.staff.email]]
    assert "Bổ sung số liệu." in mail.outbox[0].body


@pytest.mark.django_db(transaction=True)
def test_beat_triggers_the_sweep_and_repeated_sweeps_send_once(live_app):
    # Beat sweeps "today": a directive without a reporting schedule keeps the real date from adding reminders.
    task = TaskFactory(code="II.9", due_date=timezone.localdate() + datetime.timedelta(days=7))
    agency = AgencyFactory(name="Sở Tài chính")
    AssignmentFactory(task=task, agency=agency, role=AssignmentRole.LEAD)
    MembershipFactory(user=UserFactory(username="tc1"), agency=agency, role=Role.STAFF)
    # Beat fires the sweep every second here instead of daily at 07:00: several sweeps, one email.
    live_app.conf.beat_schedule = {"sweep": {"task": "notifications.tasks.daily_sweep", "schedule": 1.0}}
    sweeps = []

    def count_sweep(sender, **kwargs):
        sweeps.append(kwargs["task_id"])

    task_postrun.connect(count_sweep, sender=daily_sweep, weak=False)
    beat = EmbeddedService(live_app, max_interval=0.5, thread=True)
    try:
        with start_worker(live_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            beat.start()
            try:
                wait_for_sent(1)
                wait_until(lambda: len(sweeps) >= 3, "three sweeps")
            finally:
                beat.stop()
    finally:
        task_postrun.disconnect(count_sweep, sender=daily_sweep)
    assert [message.to for message in mail.outbox] == [["tc1@example.gov.vn"]]
    assert "Task II.9" in mail.outbox[0].body


def test_beat_schedule_runs_the_daily_sweep_at_seven_in_ho_chi_minh_city():
    entry = settings.CELERY_BEAT_SCHEDULE["daily-reminder-sweep"]
    assert entry["task"] == daily_sweep.name
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({7}, {0})
    assert app.conf.timezone == "Asia/Ho_Chi_Minh"
