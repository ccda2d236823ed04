"""Reporting actions: each opens a transaction, checks who acts and the report's state, writes and records history.

Views and jobs call these `do`-style functions and never change a report's state themselves. Every change to a
report bumps its `version`; an action made on a version that is no longer current is refused (`StaleReport`),
so two people editing the same report never silently overwrite each other.
"""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, When
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from agencies.models import Agency
from agencies.permissions import Access
from tasks.models import AssignmentRole, Task

from . import obligations, workflow_signals
from .models import (
    EDITABLE_STATES,
    OPEN_EXTENSION_STATES,
    Attachment,
    Direction,
    EventKind,
    ExtensionRequest,
    ExtensionState,
    HistoryEvent,
    ProgressReport,
    ReportedStatus,
    ReportState,
    TargetValue,
)

REPORT_FIELDS = ("result", "status", "percent_complete", "difficulties", "proposals")


class WorkflowError(Exception):
    """An action the report's state or the data does not allow; the message is shown to the user."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class StaleReport(WorkflowError):
    """The report changed after the user opened it."""


def _record(task, kind, actor, report=None, comment="", changes=()):
    return HistoryEvent.objects.create(
        task=task,
        report=report,
        actor=actor,
        kind=kind,
        comment=comment,
        changes=list(changes),
    )


def _display(value):
    return "" if value is None else str(value)


def _number(value):
    return "" if value is None else f"{value.normalize():f}"


def _date(value):
    return "" if value is None else date_format(value, "SHORT_DATE_FORMAT")


def _lock(report, version):
    """The report's row, locked for this transaction, refused if it moved on since `version` was read."""
    current = (
        ProgressReport.objects.select_for_update(of=("self",))
        .select_related("task__directive", "period", "agency")
        .get(pk=report.pk)
    )
    if version is not None and current.version != int(version):
        last = current.history.select_related("actor").order_by("-at", "-pk").first()
        if last is not None and last.actor is not None:
            raise StaleReport(
                _(
                    "%(user)s changed this report at %(time)s, after you opened it. Your changes were not saved: "
                    "open the report again to see theirs, then make yours."
                )
                % {
                    "user": last.actor.get_full_name() or last.actor.get_username(),
                    "time": date_format(timezone.localtime(last.at), "SHORT_DATETIME_FORMAT"),
                }
            )
        raise StaleReport(
            _(
                "Someone changed this report after you opened it. Your changes were not saved: open the report "
                "again to see theirs, then make yours."
            )
        )
    return current


def _require(allowed):
    if not allowed:
        raise PermissionDenied


def _require_state(report, states):
    if report.state not in states:
        raise WorkflowError(
            _("This action is not possible while the report is “%(state)s”.") % {"state": report.get_state_display()}
        )


def _advance(report, state, **fields):
    report.state = state
    for name, value in fields.items():
        setattr(report, name, value)
    report.version += 1
    report.save()


@transaction.atomic
def save_draft(user, report, fields, target_values=None, version=None, files=()):
    """Create or change a report while its agency still holds it; `report` may be unsaved (a new draft).

    `fields` maps REPORT_FIELDS to values, `target_values` maps Target to a Decimal (or None to clear),
    `files` are checked uploads (see attachments.check_upload) to attach.
    """
    access = Access(user)
    _require(access.can_write_for(report.agency_id))
    if report.pk is None:
        task = report.task
        _require(report.agency_id in obligations.reporters(task))
        if report.period.directive_id not in (None, task.directive_id):
            raise WorkflowError(_("This reporting period belongs to another directive."))
        if task.is_recurring and fields.get("status") == ReportedStatus.COMPLETED:
            raise WorkflowError(_("A recurring task is reported every period and is never completed."))
        before = {}
        old_values = {}
        for name, value in fields.items():
            setattr(report, name, value)
        try:
            with transaction.atomic():
                report.save()
        except IntegrityError:
            raise StaleReport(
                _("Someone else started this report a moment ago. Open it again and add your changes to theirs.")
            ) from None
    else:
        report = _lock(report, version)
        _require(access.can_write_for(report.agency_id))
        _require_state(report, EDITABLE_STATES)
        if report.task.is_recurring and fields.get("status") == ReportedStatus.COMPLETED:
            raise WorkflowError(_("A recurring task is reported every period and is never completed."))
        before = {name: getattr(report, name) for name in REPORT_FIELDS}
        old_values = {tv.target_id: tv for tv in report.target_values.all()}
        for name, value in fields.items():
            setattr(report, name, value)
        report.version += 1
        report.save()
    changes = [
        {"field": name, "old": _display(before.get(name)), "new": _display(getattr(report, name))}
        for name in REPORT_FIELDS
        if name in fields and _display(before.get(name)) != _display(getattr(report, name))
    ]
    for target, value in (target_values or {}).items():
        _require(target.task_id == report.task_id)
        existing = old_values.get(target.pk)
        old = existing.value if existing else None
        if value is None:
            if existing:
                existing.delete()
        elif existing:
            existing.value = value
            existing.save(update_fields=["value"])
        else:
            TargetValue.objects.create(report=report, target=target, value=value)
        if old != value:
            changes.append(
                {
                    "field": "target",
                    "label": f"{target.description} ({target.unit})",
                    "old": _number(old),
                    "new": _number(value),
                }
            )
    _record(report.task, EventKind.DRAFT_SAVED, user, report, changes=changes)
    for upload in files:
        attachment = Attachment.objects.create(
            report=report,
            file=upload,
            original_name=upload.name[:255],
            size=upload.size,
            uploaded_by=user,
        )
        _record(report.task, EventKind.ATTACHMENT_ADDED, user, report, comment=attachment.original_name)
    return report


@transaction.atomic
def submit_for_approval(user, report, version):
    """Staff send the report to their agency head."""
    report = _lock(report, version)
    _require(Access(user).can_write_for(report.agency_id))
    _require_state(report, EDITABLE_STATES)
    if not report.result.strip():
        raise WorkflowError(_("Write the results achieved before sending the report."))
    _advance(report, ReportState.PENDING_APPROVAL)
    _record(report.task, EventKind.SUBMITTED_FOR_APPROVAL, user, report)
    return report


@transaction.atomic
def withdraw(user, report, version):
    """Staff take back a report sent to their head before the head acted on it, to change it."""
    report = _lock(report, version)
    _require(Access(user).can_write_for(report.agency_id))
    if report.state != ReportState.PENDING_APPROVAL:
        raise WorkflowError(_("The agency head has already acted on this report: it can no longer be withdrawn."))
    _advance(report, ReportState.DRAFT)
    _record(report.task, EventKind.WITHDRAWN, user, report)
    return report


def _delete_files_after_commit(names):
    storage = Attachment._meta.get_field("file").storage
    transaction.on_commit(lambda: [storage.delete(name) for name in names])


@transaction.atomic
def delete_draft(user, report, version):
    """Delete a draft never sent on, with its target values and files; the task's history keeps that it was."""
    report = _lock(report, version)
    _require(Access(user).can_write_for(report.agency_id))
    if report.state != ReportState.DRAFT or report.submitted_at is not None:
        raise WorkflowError(_("Only a draft that was never sent on can be deleted."))
    names = list(report.attachments.values_list("file", flat=True))
    description = f"{report.agency.display_name}, {report.period.name}"
    task = report.task
    report.delete()
    _record(task, EventKind.DRAFT_DELETED, user, comment=description)
    _delete_files_after_commit(names)
    return task


@transaction.atomic
def remove_attachment(user, attachment, version):
    """Remove a file from a report its agency still holds; the report's history names the file removed."""
    report = _lock(attachment.report, version)
    _require(Access(user).can_write_for(report.agency_id))
    _require_state(report, EDITABLE_STATES)
    attachment = report.attachments.get(pk=attachment.pk)
    attachment.delete()
    report.version += 1
    report.save(update_fields=["version", "updated_at"])
    _record(report.task, EventKind.ATTACHMENT_REMOVED, user, report, comment=attachment.original_name)
    _delete_files_after_commit([attachment.file.name])
    return report


@transaction.atomic
def return_to_staff(user, report, comment, version):
    """The agency head sends the report back to staff with what to correct."""
    report = _lock(report, version)
    _require(Access(user).can_approve_for(report.agency_id))
    _require_state(report, [ReportState.PENDING_APPROVAL])
    if not comment.strip():
        raise WorkflowError(_("Say what must be corrected when returning a report."))
    _advance(report, ReportState.RETURNED_BY_HEAD)
    _record(report.task, EventKind.RETURNED_BY_HEAD, user, report, comment=comment)
    workflow_signals.report_moved.send(
        ProgressReport, report=report, step=EventKind.RETURNED_BY_HEAD, actor=user, comment=comment
    )
    return report


@transaction.atomic
def approve_and_submit(user, report, version, comment=""):
    """The agency head approves and sends the report to the monitoring unit; lateness is judged at the first send."""
    report = _lock(report, version)
    _require(Access(user).can_approve_for(report.agency_id))
    _require_state(report, [ReportState.PENDING_APPROVAL])
    now = timezone.now()
    is_late = report.period.is_late(now) if report.submitted_at is None else report.is_late
    _advance(report, ReportState.SUBMITTED, submitted_by=user, submitted_at=now, is_late=is_late)
    _record(report.task, EventKind.SUBMITTED, user, report, comment=comment)
    workflow_signals.report_moved.send(
        ProgressReport, report=report, step=EventKind.SUBMITTED, actor=user, comment=comment
    )
    return report


@transaction.atomic
def return_to_agency(user, report, comment, version):
    """The monitoring unit sends the report back to the agency with what to correct."""
    report = _lock(report, version)
    _require(Access(user).can_review_in(report.task.directive.province_id))
    _require_state(report, [ReportState.SUBMITTED])
    if not comment.strip():
        raise WorkflowError(_("Say what must be corrected when returning a report."))
    _advance(report, ReportState.RETURNED_BY_MONITOR)
    _record(report.task, EventKind.RETURNED_BY_MONITOR, user, report, comment=comment)
    workflow_signals.report_moved.send(
        ProgressReport, report=report, step=EventKind.RETURNED_BY_MONITOR, actor=user, comment=comment
    )
    return report


@transaction.atomic
def accept(user, report, version, comment=""):
    """The monitoring unit accepts the report; a lead agency's report of completion completes the task."""
    report = _lock(report, version)
    _require(Access(user).can_review_in(report.task.directive.province_id))
    _require_state(report, [ReportState.SUBMITTED])
    _advance(report, ReportState.ACCEPTED)
    _record(report.task, EventKind.ACCEPTED, user, report, comment=comment)
    workflow_signals.report_moved.send(
        ProgressReport, report=report, step=EventKind.ACCEPTED, actor=user, comment=comment
    )
    task = report.task
    if (
        report.status == ReportedStatus.COMPLETED
        and not task.is_recurring
        and task.completed_at is None
        and obligations.leads(task, report.agency_id)
    ):
        mark_task_completed(user, task, report.submitted_at, evidence=report)
    return report


@transaction.atomic
def mark_task_completed(user, task, completed_at, evidence=None):
    """Record a task as completed at `completed_at`, with the accepted report that shows it as evidence."""
    task = Task.objects.select_for_update(of=("self",)).select_related("directive").get(pk=task.pk)
    _require(Access(user).can_review_in(task.directive.province_id))
    if task.is_recurring:
        raise WorkflowError(_("A recurring task is reported every period and is never completed."))
    if task.completed_at is not None:
        raise WorkflowError(_("This task is already recorded as completed."))
    task.completed_at = completed_at
    task.save(update_fields=["completed_at", "updated_at"])
    moment = date_format(timezone.localtime(completed_at), "SHORT_DATETIME_FORMAT")
    changes = [{"field": "completed_at", "old": "", "new": moment}]
    _record(task, EventKind.TASK_COMPLETED, user, evidence, changes=changes)
    return task


@transaction.atomic
def request_extension(user, task, agency, reason, proposed_date):
    """A lead agency asks to extend the task's deadline, with a reason and a proposed date.

    Staff ask their own head, who forwards the request (`forward_extension`); a head's request goes straight to the
    monitoring unit and leadership.
    """
    task = Task.objects.select_for_update(of=("self",)).get(pk=task.pk)
    access = Access(user)
    _require(access.can_write_for(agency.pk) and obligations.leads(task, agency.pk))
    if task.completed_at or task.cancelled_at:
        raise WorkflowError(_("A completed or cancelled task cannot be extended."))
    current = task.effective_due_date
    if current is not None and proposed_date <= current:
        raise WorkflowError(
            _("The proposed deadline must be after the current deadline, %(date)s.")
            % {"date": date_format(current, "SHORT_DATE_FORMAT")}
        )
    if task.extension_requests.filter(state__in=OPEN_EXTENSION_STATES).exists():
        raise WorkflowError(_("An extension request for this task is already awaiting a decision."))
    by_head = access.can_approve_for(agency.pk)
    extension = ExtensionRequest.objects.create(
        task=task,
        agency=agency,
        requested_by=user,
        reason=reason,
        proposed_date=proposed_date,
        due_date_before=current,
        state=ExtensionState.PENDING if by_head else ExtensionState.AWAITING_HEAD,
        forwarded_by=user if by_head else None,
        forwarded_at=timezone.now() if by_head else None,
    )
    _record(
        task,
        EventKind.EXTENSION_REQUESTED,
        user,
        comment=reason,
        changes=[{"field": "proposed_date", "old": _date(current), "new": _date(proposed_date)}],
    )
    if by_head:
        workflow_signals.extension_requested.send(ExtensionRequest, extension=extension, actor=user)
    else:
        workflow_signals.extension_awaits_head.send(ExtensionRequest, extension=extension, actor=user)
    return extension


@transaction.atomic
def forward_extension(user, extension, forward, comment=""):
    """The requesting agency's head forwards a staff request to the monitoring unit and leadership, or does not
    (saying why); the one who asked is told either way."""
    extension = (
        ExtensionRequest.objects.select_for_update(of=("self",)).select_related("task__directive").get(pk=extension.pk)
    )
    _require(Access(user).can_approve_for(extension.agency_id))
    if extension.state != ExtensionState.AWAITING_HEAD:
        raise WorkflowError(_("The agency head has already acted on this extension request."))
    if not forward and not comment.strip():
        raise WorkflowError(_("Say why the request is not forwarded."))
    extension.head_comment = comment
    extension.forwarded_at = timezone.now()
    extension.forwarded_by = user
    if forward:
        extension.state = ExtensionState.PENDING
        kind = EventKind.EXTENSION_FORWARDED
    else:
        extension.state = ExtensionState.NOT_FORWARDED
        kind = EventKind.EXTENSION_NOT_FORWARDED
    extension.save()
    _record(extension.task, kind, user, comment=comment)
    workflow_signals.extension_forwarded.send(ExtensionRequest, extension=extension, actor=user)
    if forward:
        workflow_signals.extension_requested.send(ExtensionRequest, extension=extension, actor=user)
    return extension


@transaction.atomic
def decide_extension(user, extension, grant, reason, granted_date=None):
    """The monitoring unit or leadership grants (to `granted_date`, default the proposed one) or refuses."""
    extension = (
        ExtensionRequest.objects.select_for_update(of=("self",)).select_related("task__directive").get(pk=extension.pk)
    )
    task = extension.task
    _require(Access(user).can_decide_in(task.directive.province_id))
    if extension.state == ExtensionState.AWAITING_HEAD:
        raise WorkflowError(_("The requesting agency's head has not forwarded this request yet."))
    if extension.state != ExtensionState.PENDING:
        raise WorkflowError(_("This extension request has already been decided."))
    if not reason.strip():
        raise WorkflowError(_("Give the reason for the decision."))
    extension.decided_by = user
    extension.decided_at = timezone.now()
    extension.decision_reason = reason
    if grant:
        new_date = granted_date or extension.proposed_date
        old_date = task.effective_due_date
        if old_date is not None and new_date <= old_date:
            raise WorkflowError(
                _("The extended deadline must be after the current deadline, %(date)s.")
                % {"date": date_format(old_date, "SHORT_DATE_FORMAT")}
            )
        extension.state = ExtensionState.GRANTED
        extension.granted_date = new_date
        task.extended_due_date = new_date
        task.save(update_fields=["extended_due_date", "updated_at"])
        changes = [{"field": "extended_due_date", "old": _date(old_date), "new": _date(new_date)}]
        kind = EventKind.EXTENSION_GRANTED
    else:
        extension.state = ExtensionState.REFUSED
        changes = []
        kind = EventKind.EXTENSION_REFUSED
    extension.save()
    _record(task, kind, user, comment=reason, changes=changes)
    workflow_signals.extension_decided.send(ExtensionRequest, extension=extension, actor=user)
    return extension


def direction_agencies(task):
    """The agencies a direction on `task` may be given to: the task's own (its assignments), the lead first."""
    assignments = task.assignments.select_related("agency").order_by("pk")
    ordered = sorted(assignments, key=lambda a: (a.role not in (AssignmentRole.LEAD,), a.pk))
    ids = list(dict.fromkeys(a.agency_id for a in ordered))
    order = Case(*[When(pk=pk, then=position) for position, pk in enumerate(ids)], output_field=IntegerField())
    return Agency.objects.filter(pk__in=ids).order_by(order) if ids else Agency.objects.none()


@transaction.atomic
def write_direction(user, task, text, submission=None, assignee_agency=None, assignee=None, due_date=None):
    """Leadership or the monitoring unit writes a direction on a task, for one of its agencies (optionally one of
    that agency's people) by a deadline; the task's agencies see it in their inbox and are notified.

    `submission` identifies the form it was written in: sent again, it returns the direction already written.
    """
    task = Task.objects.select_related("directive").get(pk=task.pk)
    access = Access(user)
    _require(access.can_decide_in(task.directive.province_id))
    if not text.strip():
        raise WorkflowError(_("Write the direction."))
    if assignee_agency is not None and not direction_agencies(task).filter(pk=assignee_agency.pk).exists():
        raise WorkflowError(_("A direction is given to one of the task's agencies."))
    if assignee is not None and (
        assignee_agency is None or not assignee.memberships.filter(agency_id=assignee_agency.pk).exists()
    ):
        raise WorkflowError(_("Choose one of the people of the agency chosen above."))
    changes = []
    if assignee_agency is not None:
        who = assignee_agency.display_name
        if assignee is not None:
            who = f"{who} ({assignee.get_full_name() or assignee.get_username()})"
        changes.append({"field": "assignee_agency", "old": "", "new": who})
    if due_date is not None:
        changes.append({"field": "due_date", "old": "", "new": _date(due_date)})
    try:
        with transaction.atomic():
            direction = Direction.objects.create(
                task=task,
                author=user,
                author_agency=access.agency_for_province(task.directive.province_id),
                text=text,
                assignee_agency=assignee_agency,
                assignee=assignee,
                due_date=due_date,
                submission=submission,
            )
            _record(task, EventKind.DIRECTION_WRITTEN, user, comment=text, changes=changes)
            workflow_signals.direction_written.send(Direction, direction=direction, actor=user)
    except IntegrityError:
        direction = Direction.objects.filter(submission=submission, task=task, author=user).first()
        if direction is None:
            raise WorkflowError(_("This form was already used for another direction. Open it again.")) from None
    return direction
