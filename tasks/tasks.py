"""Celery tasks of the tasks app: spreadsheet imports too big to read within a request, the status clock pass."""

from celery import shared_task

from . import services
from .importing import jobs


@shared_task
def advance_statuses():
    """Beat, every minute: move on the stored statuses the clock has changed (a deadline passed, a start date came)."""
    return services.advance_statuses()


@shared_task
def preview_import(job_id):
    """Read an uploaded file and store its preview, writing rows read / total as it goes."""
    jobs.run_preview(job_id)


@shared_task
def commit_import(job_id):
    """Write a confirmed import; a job already written or not claimed is left alone."""
    jobs.run_commit(job_id)
