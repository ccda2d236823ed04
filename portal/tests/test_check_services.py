"""`manage.py check_services`: the one-line answer start-up scripts read before migrating and starting workers."""

import pytest
from django.core.management import call_command


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
