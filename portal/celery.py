"""The portal's Celery app: tasks are autodiscovered from each app's tasks.py."""

import os
from pathlib import Path

from celery import Celery

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
    Path(sender.conf.beat_schedule_filename).parent.mkdir(parents=True, exist_ok=True)
