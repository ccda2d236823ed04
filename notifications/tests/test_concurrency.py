"""Two real processes sweeping the same day at once against PostgreSQL send each reminder once."""

import datetime
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, UserFactory
from notifications.models import Digest, Reminder
from notifications.sweep import sweep_years
from reports.periods import sync_periods
from tasks.models import ReportingSchedule

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL to be PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]

PROJECT_DIR = Path(settings.BASE_DIR)


def database_url():
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def waiting_for_lock(cursor, count, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        cursor.execute(
            "SELECT count(DISTINCT pid) FROM pg_locks"
            " WHERE NOT granted AND relation = 'notifications_reminder'::regclass"
        )
        if cursor.fetchone()[0] >= count:
            return
        time.sleep(0.1)
    pytest.fail(f"{count} sweeps did not reach the reminder table within {timeout}s")


def test_two_processes_sweeping_at_once_send_each_reminder_once(province_003, tmp_path):
    for n in range(100):
        MembershipFactory(user=UserFactory(username=f"khdt-extra{n}"), agency=province_003.skhdt, role=Role.STAFF)
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path),
        # Run the queued sending inline in each process, as the tests do, instead of through a broker.
        "PORTAL_TESTING": "1",
    }
    command = [sys.executable, "manage.py", "send_reminders", "--as-of", "2025-12-10"]
    # Periods the sweep would create (2026's) are made first: inserting the same new period, the second sweep
    # would wait for the first to commit and never race it at the reminders.
    sync_periods(ReportingSchedule.objects.all(), sweep_years(datetime.date(2025, 12, 10)))
    # Hold the reminder table so that both sweeps have decided what is due and wait at their insert: then let
    # them race for the same keys.
    with psycopg.connect(database_url()) as gate, gate.cursor() as cursor:
        cursor.execute("LOCK TABLE notifications_reminder IN EXCLUSIVE MODE")
        processes = [
            subprocess.Popen(
                command, cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(2)
        ]
        waiting_for_lock(cursor, 2)
    outputs = sorted(process.communicate(timeout=120)[0] for process in processes)
    assert [process.returncode for process in processes] == [0, 0], outputs
    assert outputs == [
        "sweep for 10/12/2025: 412 reminders due, 0 emails claimed by this sweep (sent 0, failed 0, queued 0)\n",
        "sweep for 10/12/2025: 412 reminders due, 103 emails claimed by this sweep (sent 103, failed 0, queued 0)\n",
    ]
    recipients = Counter(
        address
        for path in tmp_path.iterdir()
        for address in re.findall(r"^To: (\S+)$", path.read_text(), flags=re.MULTILINE)
    )
    assert len(recipients) == 103
    assert set(recipients.values()) == {1}
    assert Reminder.objects.count() == 103 * 4
    assert Digest.objects.count() == 103
