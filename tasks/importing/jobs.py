"""An import's life on the web: upload, preview (here or in a worker), fixes made in the preview, commit.

Views and Celery tasks call these functions; they never repeat them. Small files are read and written
in the request; big ones (in bytes or in rows) in a worker that writes its progress (rows read / total)
on the ImportJob.
"""

import datetime
import uuid
from functools import partial
from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agencies import services as agency_services
from agencies.matching import remember_alias
from audit.context import on_behalf_of
from common.background import enqueue
from tasks.intake.safety import check_document, is_document_upload
from tasks.models import ImportJob, ImportStatus

from . import layout as cols
from .commit import ImportOvertaken, commit_preview
from .edits import DECLINED_BODIES, SECOND, SPLIT, TASK_EDITS, first_key, row_key
from .preview import build_preview, file_sha256, page_json
from .safety import Limits, RefusedFile, check_file

PASTED_NAME = "van-ban-dan.txt"  # the name a pasted text is read under (problems name it as their sheet)


def visible_jobs(access, user):
    """Imports a user may open: their own, and those of the provinces they administer or monitor."""
    if access.is_superuser:
        return ImportJob.objects.all()
    return ImportJob.objects.filter(Q(created_by=user) | Q(province_id__in=access.province_ids))


def start_import(upload, user, province):
    """Store the upload and refuse it at once if it is not a file the importer opens (RefusedFile).

    A spreadsheet is checked by `check_file`, a directive's document (.docx, .pdf, .txt) by `check_document`; a
    refused file is deleted and no import is recorded.
    """
    job = ImportJob(province=province, original_name=upload.name[:255], created_by=user)
    job.file.save(f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}", upload, save=False)
    limits = Limits.from_settings()
    try:
        if is_document_upload(upload.name):
            check_document(job.file.path, upload.name, limits)
            rows = None  # a document's blocks are counted as it is read
        else:
            rows = check_file(job.file.path, upload.name, limits).rows
    except RefusedFile:
        job.file.delete(save=False)
        raise
    job.rows_total = rows
    job.sha256 = file_sha256(job.file.path)
    job.save()
    schedule_preview(job)
    if rows is None:
        _refuse_unread_document(job)
    return job


def _refuse_unread_document(job):
    """A document read in this request that could not be read (a scan, a damaged page) is refused like a file the
    upload check refuses: the message goes back to the form and no import is left behind."""
    job.refresh_from_db(fields=["status", "error"])
    if job.status == ImportStatus.FAILED:
        job.file.delete(save=False)
        job.delete()
        raise RefusedFile(job.error)


def start_pasted_import(text, user, province):
    """Text pasted into the import page, read as a .txt document would be."""
    return start_import(ContentFile(text.encode("utf-8"), name=PASTED_NAME), user, province)


def _in_background(job):
    """A file is read and written by the worker when it is big in bytes or in rows: a small file can hold many."""
    return job.file.size > settings.IMPORT_BACKGROUND_BYTES or (job.rows_total or 0) > settings.IMPORT_BACKGROUND_ROWS


# A run takes a job by writing its own token on it (a conditional update: one run wins) and writes only while the
# token is still there; every step out of reading or committing clears it. The job's heartbeat is refreshed when it
# is queued, taken, and as rows are read; the reaper takes back a job whose heartbeat stopped.
MAX_READS = 3  # a file that stopped the worker this many times is the file's fault: it fails instead
WORKER_UNREACHABLE = gettext_lazy(
    "The background worker cannot be reached at the moment; the file will be read as soon as it is back."
)
COMMIT_NOT_QUEUED = gettext_lazy(
    "The background worker cannot be reached at the moment: nothing was imported. Confirm again later."
)
COMMIT_INTERRUPTED = gettext_lazy(
    "The import stopped before it finished (the background worker was interrupted): nothing was imported. "
    "Check the preview and confirm again."
)
READ_ABANDONED = gettext_lazy(
    "The file could not be read: the background worker stopped %(count)d times while reading it. "
    "Check the file, or split it into smaller files, and upload it again."
)


def _queued(status):
    return {"status": status, "worker_token": "", "heartbeat_at": timezone.now(), "attempts": 0}


def schedule_preview(job):
    """Read the file now if it is small, else in a worker once this transaction commits."""
    ImportJob.objects.filter(pk=job.pk).update(rows_read=0, error="", **_queued(ImportStatus.READING))
    if _in_background(job):
        transaction.on_commit(partial(_queue_preview, preview_import, job.pk))
    else:
        run_preview(job.pk)


def _queue_preview(task, job_id):
    """Hand the reading to the worker; with the broker down, tell the user it will be read once the worker is back."""
    if not enqueue(task, job_id):
        ImportJob.objects.filter(pk=job_id, status=ImportStatus.READING, worker_token="").update(
            error=WORKER_UNREACHABLE
        )


def _queue_commit(task, job_id):
    """Hand the commit to the worker; with the broker down nothing is written and the import may be confirmed again."""
    if not enqueue(task, job_id):
        ImportJob.objects.filter(pk=job_id, status=ImportStatus.COMMITTING, worker_token="").update(
            status=ImportStatus.READY, error=COMMIT_NOT_QUEUED
        )


def _take(job_id, status):
    """Claim a queued job for this run; the job with its token, or None when another run has it or it moved on."""
    token = uuid.uuid4().hex
    taken = ImportJob.objects.filter(pk=job_id, status=status, worker_token="").update(
        worker_token=token, heartbeat_at=timezone.now(), attempts=F("attempts") + 1
    )
    return ImportJob.objects.get(pk=job_id) if taken else None


def _held(job):
    """The job while this run still holds it (its token not taken back by the reaper)."""
    return ImportJob.objects.filter(pk=job.pk, worker_token=job.worker_token)


def _read(job):
    """The job's file read into a preview, with progress written as it goes; None if the file is refused."""

    def progress(rows_read, total):
        _held(job).update(rows_read=rows_read, rows_total=total, heartbeat_at=timezone.now())

    try:
        return build_preview(
            job.file.path,
            job.original_name,
            province=job.province,
            overrides=job.overrides,
            progress=progress,
        )
    except RefusedFile as refusal:
        _held(job).update(status=ImportStatus.FAILED, error=str(refusal), worker_token="")
        return None


def _show(job, preview, **fields):
    fields.setdefault("error", "")
    _held(job).update(
        status=ImportStatus.READY,
        preview=page_json(preview),
        province=preview.province or job.province,
        rows_read=preview.parsed.rows_read,
        rows_total=preview.parsed.rows_read,
        worker_token="",
        **fields,
    )


def run_preview(job_id):
    """Build the preview and store it on the job; a job another run holds, or already read, is left alone."""
    job = _take(job_id, ImportStatus.READING)
    if job is None:
        return None
    preview = _read(job)
    if preview is not None:
        _show(job, preview)
    return preview


def confirm_import(job):
    """Claim a ready job for its commit (only one request or worker wins) and run or queue it."""
    if not ImportJob.objects.filter(pk=job.pk, status=ImportStatus.READY).update(
        error="", **_queued(ImportStatus.COMMITTING)
    ):
        return False
    if _in_background(job):
        transaction.on_commit(partial(_queue_commit, commit_import, job.pk))
    else:
        run_commit(job.pk)
    return True


def run_commit(job_id):
    """Read the file again with today's aliases and write it if it is still clean, else show the new problems.

    Only a job claimed for its commit is written, so running this twice writes once.
    """
    job = _take(job_id, ImportStatus.COMMITTING)
    if job is None:
        return None
    preview = _read(job)
    if preview is None:
        return None
    if not preview.is_clean:
        _show(job, preview, error=_("The file has problems that appeared since the preview; nothing was imported."))
        return None
    try:
        with transaction.atomic():
            # The job's row stays locked until the directive is written: the reaper passes over a live commit.
            if not list(_held(job).select_for_update().values_list("pk", flat=True)):
                return None
            # A big import is written by the worker: its changes are the uploader's.
            with on_behalf_of(job.created_by):
                return commit_preview(preview, job=job)
    except ImportOvertaken as overtaken:
        fresh = _read(job)
        if fresh is not None:
            _show(job, fresh, error=str(overtaken))
        return None
    except DatabaseError as exc:
        _held(job).update(
            status=ImportStatus.FAILED,
            error=_("The import could not be written: %(error)s") % {"error": exc},
            worker_token="",
        )
        return None


def reap_stuck_jobs():
    """Take back the jobs whose run stopped: read a file again, or send a commit back to its preview; their ids.

    A job is stuck when nothing was heard from it for IMPORT_STUCK_TIMEOUT_MINUTES: its worker was killed, or its
    message was lost. Reading writes nothing but the preview, so it is queued again (up to MAX_READS runs); a commit
    that stopped rolled back, so the job goes back to its preview with a message, to be confirmed again.
    """
    cutoff = timezone.now() - datetime.timedelta(minutes=settings.IMPORT_STUCK_TIMEOUT_MINUTES)
    requeue, taken_back = [], []
    with transaction.atomic():
        # A commit in progress holds its row: skipped, it is alive.
        stuck = ImportJob.objects.select_for_update(skip_locked=True).filter(
            status__in=[ImportStatus.READING, ImportStatus.COMMITTING], heartbeat_at__lt=cutoff
        )
        for job in stuck:
            # Unchanged since it was read: a run that wrote meanwhile keeps its job.
            same = ImportJob.objects.filter(pk=job.pk, worker_token=job.worker_token, heartbeat_at=job.heartbeat_at)
            if job.status == ImportStatus.COMMITTING:
                changed = same.update(status=ImportStatus.READY, error=COMMIT_INTERRUPTED, worker_token="")
            elif job.attempts >= MAX_READS:
                error = READ_ABANDONED % {"count": job.attempts}
                changed = same.update(status=ImportStatus.FAILED, error=error, worker_token="")
            else:
                changed = same.update(worker_token="", heartbeat_at=timezone.now())
                if changed:
                    requeue.append(job.pk)
            if changed:
                taken_back.append(job.pk)
    for job_id in requeue:
        enqueue(preview_import, job_id)
    return taken_back


def save_directive_details(job, details, partial=False):
    """Keep the directive's details as the person corrected them (the tasks' corrections stay) and preview again;
    `partial` keeps the fields it does not give as they were (those typed wrong). Returns whether anything changed."""
    given = {
        name: (value.isoformat() if hasattr(value, "isoformat") else (value.pk if hasattr(value, "pk") else value))
        for name, value in details.items()
        if value not in (None, "")
    }
    old = job.overrides or {}
    kept = {
        name: value
        for name, value in old.items()
        if name in (TASK_EDITS, DECLINED_BODIES) or (partial and name not in details)
    }
    given = {**kept, **given}
    if given == old:
        return False
    job.overrides = given
    job.save(update_fields=["overrides"])
    schedule_preview(job)
    return True


class NotInPreview(Exception):
    """The task is not one the preview proposes: only those can be corrected."""

    def __init__(self):
        super().__init__(_("This task is no longer in the preview; the page was out of date. Check it again."))


def _task_keys(job):
    """The keys of the preview's proposed tasks, in order (the second part of a split row has its own)."""
    return [row_key(task["sheet"], task["row"], task.get("part", 1)) for task in job.preview.get("tasks", [])]


def _corrected(text, lead, coordinators, timeframe):
    # The form's leads are every agency that is not coordinating: an executing agency typed there leads.
    return {
        cols.TEXT: text.strip(),
        cols.LEAD: lead.strip(),
        cols.COORDINATORS: coordinators.strip(),
        cols.EXECUTING: "",
        cols.TIMEFRAME: timeframe.strip(),
    }


def _save_edits(job, edits):
    job.overrides = {**job.overrides, TASK_EDITS: edits}
    job.save(update_fields=["overrides"])
    schedule_preview(job)


def edit_task(job, key, text, lead, coordinators, timeframe, dropped):
    """Keep a person's correction of a proposed task (or its removal), and preview again.

    The correction replaces the words the document gave the task's row; they are read again as the document's own
    words are (agency names matched, the timeframe read), so the preview, the confirmation and the commit agree.
    Either part of a split row is corrected on its own; leaving out the first part leaves out the second too.
    """
    edits = dict(job.overrides.get(TASK_EDITS, {}))
    if key not in _task_keys(job) and key not in edits:
        raise NotInPreview
    split = key == first_key(key) and edits.get(key, {}).get(SPLIT)
    if dropped:
        edits[key] = {"dropped": True}
        edits.pop(key + SECOND, None)
    else:
        edits[key] = _corrected(text, lead, coordinators, timeframe) | ({SPLIT: True} if split else {})
    _save_edits(job, edits)


def split_task(job, key, text, second_text, lead, coordinators, timeframe):
    """Split a proposed task in two (a paragraph that gives two tasks): the text kept in the form is the first,
    `second_text` the second, both with the agencies and timeframe typed; each is corrected, and the split undone,
    like any correction."""
    edits = dict(job.overrides.get(TASK_EDITS, {}))
    if key not in _task_keys(job) or key != first_key(key) or edits.get(key, {}).get(SPLIT):
        raise NotInPreview
    edits[key] = _corrected(text, lead, coordinators, timeframe) | {SPLIT: True}
    edits[key + SECOND] = _corrected(second_text, lead, coordinators, timeframe)
    _save_edits(job, edits)


def merge_with_previous(job, key):
    """Join a proposed task to the one above it (one task the reading cut in two, or a sentence that only goes on
    with the task above): the text joined, the agencies of both, the timeframe of the first that has one; the
    second is left out. Both are ordinary corrections, each undone on its own."""
    tasks = job.preview.get("tasks", [])
    keys = _task_keys(job)
    if key not in keys[1:]:
        raise NotInPreview
    index = keys.index(key)
    above, this = tasks[index - 1], tasks[index]
    leads = _names(above["leads"] + this["leads"])
    coordinators = [name for name in _names(above["coordinators"] + this["coordinators"]) if name not in leads]
    edits = dict(job.overrides.get(TASK_EDITS, {}))
    edits[keys[index - 1]] = {
        cols.TEXT: f"{above['text']} {this['text']}",
        cols.LEAD: "; ".join(leads),
        cols.COORDINATORS: "; ".join(coordinators),
        cols.EXECUTING: "",
        cols.TIMEFRAME: above["timeframe"] or this["timeframe"],
    }
    edits[key] = {"dropped": True}
    _save_edits(job, edits)


def _names(refs):
    """The agencies' names as the document wrote them, each once, in order."""
    return list(dict.fromkeys(ref.get("text") or ref.get("name") for ref in refs if ref.get("text") or ref.get("name")))


def undo_task_edit(job, key):
    """Take a correction back: the task reads as the document wrote it again (a split row: both parts)."""
    edits = dict(job.overrides.get(TASK_EDITS, {}))
    if edits.get(first_key(key), {}).get(SPLIT):
        key = first_key(key)
        edits.pop(key + SECOND, None)
    if edits.pop(key, None) is None:
        raise NotInPreview
    _save_edits(job, edits)


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


def decline_bodies(job, offered, ticked):
    """The catalogue bodies offered for creation that the person unticked are not created: their names are left to
    map like any unknown name, and the file is previewed again. Returns whether any was unticked."""
    to_create = {entry["text"] for entry in job.preview.get("agencies_to_create", [])}
    declined = [text for text in offered if text in to_create and text not in set(ticked)]
    if not declined:
        return False
    job.overrides = {**job.overrides, DECLINED_BODIES: sorted({*job.overrides.get(DECLINED_BODIES, ()), *declined})}
    job.save(update_fields=["overrides"])
    schedule_preview(job)
    return True


def create_agency(job, text, name, kind, catalogue_key=""):
    """Create the agency the file names (a catalogue body the person confirmed, or a new one); its name as
    written in the file becomes an alias if different."""
    _check_unmatched(job, text)
    agency = agency_services.create_agency(job.province, name, kind, catalogue_key, written=[text])
    schedule_preview(job)
    return agency


# The worker's entry points. Their names stay those of `tasks/tasks.py`, where Celery finds them (it imports them),
# so messages queued before they moved here still run.
@shared_task(name="tasks.tasks.preview_import")
def preview_import(job_id):
    """Read an uploaded file and store its preview, writing rows read / total as it goes."""
    run_preview(job_id)


@shared_task(name="tasks.tasks.commit_import")
def commit_import(job_id):
    """Write a confirmed import; a job already written or not claimed is left alone."""
    run_commit(job_id)
