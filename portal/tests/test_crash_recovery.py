"""Acceptance: a real Celery worker process killed (SIGKILL) during a preview, a commit and a digest batch.

The worker runs as `celery -A portal worker` in its own process, on the filesystem broker in a temporary folder and on
the test database (a file on SQLite, see `portal/settings.py`, or PostgreSQL). After each kill a new worker is
started and the reaper run, as beat would run it once the timeouts have passed: every import ends ready or imported,
with a message where the user must act, and every digest is sent, none twice but the one in flight.
"""

import csv
import datetime
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone
from kombu import pools

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from notifications.models import DeliveryState, Digest
from notifications.sweep import run_sweep
from notifications.tasks import enqueue_digests
from portal.celery import app
from portal.reaper import reap
from tasks.importing import jobs
from tasks.models import AssignmentRole, Directive, ImportJob, ImportStatus, Task
from tasks.tests.factories import AssignmentFactory, TaskFactory
from tasks.tests.import_workbooks import TITLE, create_agencies

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

# The marker files left where the worker is held to be killed: by portal/tests/worker_hooks.py (never imported here:
# its receivers would hold this process too) and by notifications.tests.backends.HeldFileBackend.
HELD_PREVIEW_MARKER = "preview-held"
HELD_COMMIT_MARKER = "commit-held"
HELD_MAIL_MARKER = "mail-held"
# More rows than the reader reads between two progress reports: the worker is held at the first (worker_hooks.py).
ROWS = 1_200
STAFF = 5
# Long after every timeout: the reaper runs as beat would once they have passed.
LATER = datetime.timedelta(hours=3)


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def forget_broker_connections():
    """Close kombu's pools and the app's: kombu keeps one per broker URL, whatever the transport options."""
    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


class Workers:
    """Starts `celery -A portal worker` processes as ./run does (solo pool) and kills them with SIGKILL."""

    def __init__(self, var_dir):
        self.var_dir = var_dir
        self.processes = []
        self.env = {
            **{name: value for name, value in os.environ.items() if name != "REDIS_URL"},
            "DATABASE_URL": database_url(),
            "PORTAL_VAR_DIR": str(var_dir),  # the filesystem broker's folders are var_dir/celery/...
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "EMAIL_BACKEND": "notifications.tests.backends.HeldFileBackend",
            "EMAIL_FILE_PATH": str(var_dir / "mail"),
            "LOG_LEVEL": "WARNING",
            "CRASH_TEST_DIR": str(var_dir),
        }

    def start(self):
        log = open(self.var_dir / f"worker-{len(self.processes)}.log", "w")  # noqa: SIM115 (closed in stop_all)
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool=solo",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
                "--loglevel=WARNING",
                f"--hostname=crash{len(self.processes)}@%h",
                "--include=portal.tests.worker_hooks",
            ],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.processes.append((process, log))
        return process

    def kill(self, process):
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    def logs(self):
        return "\n".join(log.name + ":\n" + Path(log.name).read_text()[-2000:] for _process, log in self.processes)

    def stop_all(self):
        for process, log in self.processes:
            if process.poll() is None:
                self.kill(process)
            log.close()


@pytest.fixture
def workers(tmp_path, settings, transactional_db):
    """Worker processes and this process's Celery app on one filesystem broker in a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.IMPORT_BACKGROUND_BYTES = 0
    celery_dir = tmp_path / "celery"
    folders = {name: celery_dir / name for name in ("queue", "processed", "control")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    (tmp_path / "mail").mkdir()
    names = ("broker_url", "broker_transport_options", "task_always_eager")
    saved = {name: app.conf[name] for name in names}
    forget_broker_connections()
    app.set_current()  # shared tasks send through the current app; a test's own worker may have left another
    app.conf.update(
        broker_url="filesystem://",
        broker_transport_options={
            "data_folder_in": str(folders["queue"]),
            "data_folder_out": str(folders["queue"]),
            "processed_folder": str(folders["processed"]),
            "control_folder": str(folders["control"]),
            "store_processed": False,
        },
        task_always_eager=False,
    )
    started = Workers(tmp_path)
    yield started
    started.stop_all()
    app.conf.update(saved)
    forget_broker_connections()


def wait_until(condition, what, workers, timeout=30, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    jobs_now = list(ImportJob.objects.values_list("status", "attempts", "heartbeat_at", "error"))
    digests_now = list(Digest.objects.values_list("state", "attempts", "claimed_at", "last_error"))
    pytest.fail(f"no {what} within {timeout}s; imports {jobs_now}; digests {digests_now}\n{workers.logs()}")


def reap_later():
    """The reaper as beat runs it once every timeout has passed."""
    with time_machine.travel(timezone.now() + LATER):
        return reap()


def big_csv():
    """A plan with ROWS tasks, all led by Sở Công Thương."""
    path = Path(settings.MEDIA_ROOT).parent / "ke-hoach.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows(TITLE)
        writer.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"])
        for number in range(1, ROWS + 1):
            writer.writerow(
                [number, f"Triển khai nhiệm vụ phát triển công nghiệp số {number}", "Sở Công Thương", "", "năm 2026"]
            )
    return SimpleUploadedFile(path.name, path.read_bytes())


def job_is(status, **fields):
    def check():
        return ImportJob.objects.filter(status=status, **fields).exists()

    return check


def held(workers, marker):
    """The worker stopped where it is held: mid-read, inside the commit's transaction, or just after an email."""
    return lambda: (workers.var_dir / marker).exists()


def emails_sent(workers):
    """How many emails went out to each address, read from the worker's mail files."""
    return Counter(
        address
        for path in (workers.var_dir / "mail").iterdir()
        for address in re.findall(r"^To: (\S+)$", path.read_text(), flags=re.MULTILINE)
    )


def test_a_killed_worker_leaves_no_import_stuck_and_sends_no_email_twice_but_the_one_in_flight(workers):
    province = ProvinceFactory()
    create_agencies(province)
    monitor = UserFactory(username="theodoi")

    # 1. Killed while reading the file: the reaper queues it again and the next worker reads it.
    worker = workers.start()
    job = jobs.start_import(big_csv(), monitor, province)
    wait_until(held(workers, HELD_PREVIEW_MARKER), "preview under way", workers)
    workers.kill(worker)
    assert ImportJob.objects.get(pk=job.pk).status == ImportStatus.READING
    workers.start()
    assert reap_later()["imports"] == 1
    wait_until(job_is(ImportStatus.READY), "preview read again", workers)
    job.refresh_from_db()
    assert (job.preview["task_count"], job.preview["error_count"], job.error) == (ROWS, 0, "")

    # 2. Killed while writing it: nothing written; the reaper sends it back to its preview, to be confirmed again.
    worker = workers.processes[-1][0]
    assert jobs.confirm_import(job)
    wait_until(held(workers, HELD_COMMIT_MARKER), "commit writing the directive", workers)
    workers.kill(worker)
    assert (Directive.objects.count(), Task.objects.count()) == (0, 0)
    assert ImportJob.objects.get(pk=job.pk).status == ImportStatus.COMMITTING
    workers.start()
    reap_later()
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    assert job.error.startswith("Việc nhập dữ liệu đã dừng trước khi hoàn tất")
    assert jobs.confirm_import(job)
    wait_until(job_is(ImportStatus.DONE), "import written", workers)
    assert Task.objects.count() == ROWS

    # 3. Killed in a digest batch, just after an email went out and before it was recorded.
    worker = workers.processes[-1][0]
    agency = AgencyFactory(province=province, name="Sở Tài chính Test")
    task = TaskFactory(code="II.9", due_date=timezone.localdate() + datetime.timedelta(days=7))
    AssignmentFactory(task=task, agency=agency, role=AssignmentRole.LEAD)
    staff = [UserFactory(username=f"tc{n}") for n in range(STAFF)]
    for user in staff:
        MembershipFactory(user=user, agency=agency, role=Role.STAFF)
    assert len(run_sweep(timezone.localdate(), dispatch=enqueue_digests).digest_ids) == STAFF
    wait_until(held(workers, HELD_MAIL_MARKER), "two emails sent", workers)
    workers.kill(worker)
    assert sum(emails_sent(workers).values()) == 2
    assert Digest.objects.filter(state=DeliveryState.SENDING).count() == 1  # the second: it went out, not recorded
    workers.start()
    reap_later()
    wait_until(lambda: not Digest.objects.exclude(state=DeliveryState.SENT).exists(), "every digest sent", workers)
    sent = emails_sent(workers)
    assert set(sent) == {user.email for user in staff}  # none lost
    assert sorted(sent.values()) == [1] * (STAFF - 1) + [2]  # none twice but the one in flight
