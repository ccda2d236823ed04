"""The portal's Celery app: tasks are autodiscovered from each app's tasks.py; a task that failed for good is mailed.

Beat's scheduler and the worker's heartbeats are in `portal/liveness.py` (they write a model, so they are connected
once Django's apps are ready, not when this module is imported from `portal/__init__.py`)."""

import os
from pathlib import Path

from celery import Celery, signals
from django.conf import settings
from django.core.mail import mail_admins
from django.utils import translation

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


@signals.task_failure.connect
def mail_admins_about_a_failed_task(sender=None, task_id=None, exception=None, args=None, kwargs=None, einfo=None, **_):
    """A task that failed for good is mailed to ADMINS once, through Django's mail, as an unhandled error in a page
    is (LOGGING's mail_admins): a retry is not a failure, and Celery's own log of it goes to the console only."""
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
