"""`manage.py check_services`: the one-line answer start-up scripts read before migrating and starting workers."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from portal.models import Heartbeat


@pytest.mark.django_db
def test_reachable_database_and_broker_are_reported_in_one_line(capsys):
    call_command("check_services")

    output = capsys.readouterr()
    assert output.out.strip().startswith("Services OK: database ")
    assert len(output.out.strip().splitlines()) == 1
    assert output.err == ""


@pytest.mark.django_db
def test_unreachable_broker_exits_non_zero_naming_redis_url(settings, capsys):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1}

    with pytest.raises(SystemExit) as exit_info:
        call_command("check_services")

    assert exit_info.value.code == 1
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert error.startswith("REDIS_URL: cannot reach the broker (redis 127.0.0.1:1/0)")


@pytest.mark.django_db
def test_workers_option_reports_beats_tick_and_the_workers_last_task(capsys):
    now = timezone.now()
    Heartbeat.objects.create(name=Heartbeat.BEAT, at=now)
    Heartbeat.objects.create(name=Heartbeat.WORKER, at=now, task="portal.tasks.heartbeat")

    call_command("check_services", "--workers")

    line = capsys.readouterr().out.strip()
    assert f"beat ticked at {now.isoformat()}" in line
    assert line.endswith("(last task portal.tasks.heartbeat)")


@pytest.mark.django_db
def test_workers_option_fails_in_one_line_when_beat_never_ticked_and_the_worker_is_silent(capsys):
    now = timezone.now()
    Heartbeat.objects.create(name=Heartbeat.WORKER, at=now - datetime.timedelta(hours=1))

    with time_machine.travel(now, tick=False), pytest.raises(SystemExit) as exit_info:
        call_command("check_services", "--workers")

    assert exit_info.value.code == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("Celery: beat has never ticked; no worker has run a task for 3600 s")
