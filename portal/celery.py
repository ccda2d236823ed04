"""The portal's Celery app: tasks are autodiscovered from each app's tasks.py; beat and the worker leave heartbeats."""

import os
import time
from pathlib import Path

from celery import Celery, signals
from celery.beat import PersistentScheduler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

FILESYSTEM_BROKER_FOLDERS = ("data_folder_in", "data_folder_out", "processed_folder", "control_folder")


@app.on_after_configure.connect
def create_filesystem_broker_folders(sender, **kwargs):
    """The embedded filesystem broker (no REDIS_URL) fails on a missing folder, so make them before first use."""
    if not sender.conf.broker_url.startswith("filesystem://"):
        return
    for key in FILESYSTEM_BROKER_FOLDERS:
        Path(sender.conf.broker_transport_options[key]).mkdir(parents=True, exist_ok=True)


class RecordingScheduler(PersistentScheduler):
    """Beat's scheduler (CELERY_BEAT_SCHEDULER): makes its schedule file's folder and records its ticks for /healthz.

    Celery's own scheduler dies on a schedule file whose folder is missing (with REDIS_URL nothing else makes
    var/celery), and a dead beat leaves no trace: the tick record is how /healthz tells.
    """

    # A tick comes at least every HEARTBEAT_SECONDS (the heartbeat entry); writing more often says nothing new.
    record_every = 15

    def setup_schedule(self):
        Path(self.schedule_filename).parent.mkdir(parents=True, exist_ok=True)
        super().setup_schedule()

    def tick(self, *args, **kwargs):
        interval = super().tick(*args, **kwargs)
        now = time.monotonic()
        if now - getattr(self, "_recorded_at", -self.record_every) >= self.record_every:
            from portal import liveness

            liveness.record(liveness.Heartbeat.BEAT)
            self._recorded_at = now
        return interval


@signals.worker_ready.connect
def record_worker_started(sender, **kwargs):
    from portal import liveness

    liveness.record(liveness.Heartbeat.WORKER, hostname=sender.hostname)


@signals.task_postrun.connect
def record_worker_task(sender, task_id, task, **kwargs):
    # Tests and eager calls run tasks in the caller's process: that says nothing about a worker.
    if task.request.is_eager:
        return
    from portal import liveness

    liveness.record(liveness.Heartbeat.WORKER, task=task.name, hostname=task.request.hostname or "")


@signals.task_failure.connect
def mail_admins_about_a_failed_task(sender=None, task_id=None, exception=None, args=None, kwargs=None, einfo=None, **_):
    """A task that failed for good is mailed to ADMINS once, through Django's mail, as an unhandled error in a page
    is (LOGGING's mail_admins): a retry is not a failure, and Celery's own log of it goes to the console only."""
    from django.conf import settings
    from django.core.mail import mail_admins
    from django.utils import translation

    if settings.DEBUG:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = translation.gettext("Background task failed: %(task)s") % {"task": sender.name}
        lines = [
            translation.gettext("Task: %(task)s") % {"task": sender.name},
            translation.gettext("Task id: %(id)s") % {"id": task_id},
            translation.gettext("Arguments: %(args)r %(kwargs)r") % {"args": args, "kwargs": kwargs},
            translation.gettext("Error: %(error)r") % {"error": exception},
            "",
            str(einfo.traceback if einfo else ""),
        ]
    mail_admins(subject, "\n".join(lines), fail_silently=True)
