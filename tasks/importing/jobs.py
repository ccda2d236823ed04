"""An import's life on the web: upload, preview (here or in a worker), fixes made in the preview, commit.

Views and Celery tasks call these functions; they never repeat them. Small files are read and written
in the request; big ones (in bytes or in rows) in a worker that writes its progress (rows read / total)
on the ImportJob.
"""

import uuid
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from agencies import services as agency_services
from agencies.matching import remember_alias
from agencies.normalize import search_key
from portal.background import enqueue
from tasks.models import ImportJob, ImportStatus

from .commit import ImportOvertaken, commit_preview
from .preview import build_preview, file_sha256, page_json
from .safety import Limits, RefusedFile, check_file


def visible_jobs(access, user):
    """Imports a user may open: their own, and those of the provinces they administer or monitor."""
    if access.is_superuser:
        return ImportJob.objects.all()
    return ImportJob.objects.filter(Q(created_by=user) | Q(province_id__in=access.province_ids))


def start_import(upload, user, province):
    """Store the upload and refuse it at once if it is not a file the importer opens (RefusedFile)."""
    job = ImportJob(province=province, original_name=upload.name[:255], created_by=user)
    job.file.save(f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}", upload, save=False)
    try:
        checked = check_file(job.file.path, upload.name, Limits.from_settings())
    except RefusedFile:
        job.file.delete(save=False)
        raise
    job.rows_total = checked.rows
    job.sha256 = file_sha256(job.file.path)
    job.save()
    schedule_preview(job)
    return job


def _in_background(job):
    """A file is read and written by the worker when it is big in bytes or in rows: a small file can hold many."""
    return job.file.size > settings.IMPORT_BACKGROUND_BYTES or (job.rows_total or 0) > settings.IMPORT_BACKGROUND_ROWS


def schedule_preview(job):
    """Read the file now if it is small, else in a worker once this transaction commits."""
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.READING, rows_read=0, error="")
    if _in_background(job):
        from tasks.tasks import preview_import

        transaction.on_commit(partial(_queue_preview, preview_import, job.pk))
    else:
        run_preview(job.pk)


def _queue_preview(task, job_id):
    """Hand the reading to the worker; with the broker down, tell the user it will be read once the worker is back."""
    if not enqueue(task, job_id):
        ImportJob.objects.filter(pk=job_id, status=ImportStatus.READING).update(
            error=_(
                "The background worker cannot be reached at the moment; the file will be read as soon as it is back."
            )
        )


def _queue_commit(task, job_id):
    """Hand the commit to the worker; with the broker down nothing is written and the import may be confirmed again."""
    if not enqueue(task, job_id):
        ImportJob.objects.filter(pk=job_id, status=ImportStatus.COMMITTING).update(
            status=ImportStatus.READY,
            error=_(
                "The background worker cannot be reached at the moment: nothing was imported. Confirm again later."
            ),
        )


def _read(job):
    """The job's file read into a preview, with progress written as it goes; None if the file is refused."""

    def progress(rows_read, total):
        ImportJob.objects.filter(pk=job.pk).update(rows_read=rows_read, rows_total=total)

    try:
        return build_preview(
            job.file.path,
            job.original_name,
            province=job.province,
            overrides=job.overrides,
            progress=progress,
        )
    except RefusedFile as refusal:
        ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.FAILED, error=str(refusal))
        return None


def _show(job, preview, **fields):
    fields.setdefault("error", "")
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportStatus.READY,
        preview=page_json(preview),
        province=preview.province or job.province,
        rows_read=preview.parsed.rows_read,
        rows_total=preview.parsed.rows_read,
        **fields,
    )


def run_preview(job_id):
    """Build the preview and store it on the job; safe to run again (it writes nothing else)."""
    job = ImportJob.objects.get(pk=job_id)
    preview = _read(job)
    if preview is not None:
        _show(job, preview)
    return preview


def confirm_import(job):
    """Claim a ready job for its commit (only one request or worker wins) and run or queue it."""
    if not ImportJob.objects.filter(pk=job.pk, status=ImportStatus.READY).update(
        status=ImportStatus.COMMITTING, error=""
    ):
        return False
    if _in_background(job):
        from tasks.tasks import commit_import

        transaction.on_commit(partial(_queue_commit, commit_import, job.pk))
    else:
        run_commit(job.pk)
    return True


def run_commit(job_id):
    """Read the file again with today's aliases and write it if it is still clean, else show the new problems.

    Only a job claimed for its commit is written, so running this twice writes once.
    """
    job = ImportJob.objects.filter(pk=job_id, status=ImportStatus.COMMITTING).first()
    if job is None:
        return None
    preview = _read(job)
    if preview is None:
        return None
    if not preview.is_clean:
        _show(job, preview, error=_("The file has problems that appeared since the preview; nothing was imported."))
        return None
    try:
        return commit_preview(preview, job=job)
    except ImportOvertaken as overtaken:
        fresh = _read(job)
        if fresh is not None:
            _show(job, fresh, error=str(overtaken))
        return None
    except DatabaseError as exc:
        ImportJob.objects.filter(pk=job_id).update(
            status=ImportStatus.FAILED,
            error=_("The import could not be written: %(error)s") % {"error": exc},
        )
        return None


def save_directive_details(job, details):
    """Keep the directive's details as the admin corrected them, and preview again."""
    job.overrides = {
        name: (value.isoformat() if hasattr(value, "isoformat") else (value.pk if hasattr(value, "pk") else value))
        for name, value in details.items()
        if value not in (None, "")
    }
    job.save(update_fields=["overrides"])
    schedule_preview(job)


class NotInFile(Exception):
    """The name is not one the file leaves unmatched: an import resolves only its own file's names."""

    def __init__(self, text):
        super().__init__(
            _("“%(text)s” is not a name this file leaves unmatched: only those can be resolved here.")
            % {"text": text[:100]}
        )


def _check_unmatched(job, text):
    if text not in {entry["text"] for entry in job.preview.get("unmatched_agencies", [])}:
        raise NotInFile(text)


def map_agency(job, text, agency):
    """The name in the file means this agency: remember it as an alias of the job's province, and preview again."""
    _check_unmatched(job, text)
    remember_alias(agency, text, job.province)
    schedule_preview(job)


def create_agency(job, text, name, kind, catalogue_key=""):
    """Create the agency the file names (a catalogue body the person confirmed, or a new one); its name as
    written in the file becomes an alias if different."""
    _check_unmatched(job, text)
    agency = agency_services.create_agency(job.province, name, kind, catalogue_key)
    if search_key(name) != search_key(text):
        remember_alias(agency, text, job.province)
    schedule_preview(job)
    return agency
