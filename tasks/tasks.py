"""Celery tasks of the tasks app: spreadsheet imports too big to read within a request, the status clock pass."""

from celery import shared_task

from . import services

# The import's tasks live with the jobs they run (`tasks/importing/jobs.py`); imported here so Celery registers them.
from .importing.jobs import commit_import, preview_import  # noqa: F401


@shared_task
def advance_statuses():
    """Beat, every minute: move on the stored statuses the clock has changed (a deadline passed, a start date came)."""
    return services.advance_statuses()
