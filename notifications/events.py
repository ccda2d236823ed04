"""Who is told of what a person did (a report returned, approved or accepted, an extension asked for or decided, a
direction, tasks assigned), recorded in the action's transaction and mailed by the worker once it commits.

Each recipient gets a notification in the portal and, unless they switched that kind off, an e-mail of its own (a
one-item digest, so sending, retries, failures and the reaper are the digests').
"""

from collections import defaultdict
from functools import partial

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from agencies.models import Agency, Membership, Role
from common.batches import chunked
from reports import obligations
from reports.models import ExtensionState
from tasks.models import Task

from .models import Digest, Kind, Preference, Reminder
from .tasks import enqueue_digests


def person(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def agency_people(agency_ids, roles=(Role.STAFF, Role.HEAD)):
    """Active users holding `roles` in the agencies that report for these (`reports.obligations.standing_for`: a
    group's members' people, or a memberless group's own)."""
    reporting = obligations.standing_for(agency_ids)
    return set(
        Membership.objects.filter(agency_id__in=reporting, role__in=roles, user__is_active=True).values_list(
            "user_id", flat=True
        )
    )


def monitors_of(directive):
    """The monitoring unit's people for a directive: its own monitoring agency's, else the province's."""
    if directive.monitoring_agency_id is not None:
        people = agency_people([directive.monitoring_agency_id], [Role.MONITOR])
        if people:
            return people
    return set(
        Membership.objects.filter(
            agency__province_id=directive.province_id, role=Role.MONITOR, user__is_active=True
        ).values_list("user_id", flat=True)
    )


def _task_payload(task):
    return {
        "task_code": task.code,
        "directive": str(task.directive),
        "directive_id": task.directive_id,
        "path": reverse("tasks:task_detail", args=[task.pk]),
    }


def record(kind, recipients, payload, *, actor=None, task=None):
    """Notify `recipients` (user ids) of one event, leaving out the person who caused it; the e-mails go out once
    the transaction commits. Returns the notifications."""
    recipients = sorted(set(recipients) - {getattr(actor, "pk", None)})
    if not recipients:
        return []
    today = timezone.localdate()
    unmailed = {
        preference.user_id
        for preference in Preference.objects.filter(user_id__in=recipients).exclude(muted_kinds="")
        if kind in preference.unmailed()
    }
    digests = {
        digest.recipient_id: digest
        for digest in Digest.objects.bulk_create(
            [Digest(recipient_id=user_id, date=today) for user_id in recipients if user_id not in unmailed]
        )
    }
    notes = Reminder.objects.bulk_create(
        [
            Reminder(
                kind=kind,
                date=today,
                recipient_id=user_id,
                task=task,
                payload=payload,
                digest=digests.get(user_id),
            )
            for user_id in recipients
        ]
    )
    if digests:
        transaction.on_commit(partial(enqueue_digests, sorted(digest.pk for digest in digests.values())))
    return notes


def report_moved(report, kind, actor, comment=""):
    """A report returned (to staff by the head, to the agency by the monitoring unit), approved or accepted:
    its agency's staff and head are told (the one who acted excepted)."""
    payload = {
        **_task_payload(report.task),
        "agency": report.agency.display_name,
        "period": report.period.name,
        "actor": person(actor),
        "path": report.get_absolute_url(),
        "comment": comment,
    }
    record(kind, agency_people([report.agency_id]), payload, actor=actor, task=report.task)


def _extension_payload(extension, actor):
    return {
        **_task_payload(extension.task),
        "agency": extension.agency.display_name,
        "actor": person(actor),
        "requester": person(extension.requested_by),
        "date": date_format(extension.proposed_date, "d/m/Y"),
        "comment": extension.reason,
    }


def extension_to_forward(extension, actor):
    """Staff asked for an extension: the heads of their agency are asked to forward it (or not)."""
    payload = {
        **_extension_payload(extension, actor),
        "stage": "to_head",
        "path": reverse("reports:extension_forward", args=[extension.pk]),
    }
    record(
        Kind.EXTENSION_REQUESTED,
        agency_people([extension.agency_id], [Role.HEAD]),
        payload,
        actor=actor,
        task=extension.task,
    )


def extension_forwarded(extension, actor):
    """The head forwarded the request, or did not: the one who asked is told, with the head's comment."""
    payload = {
        **_extension_payload(extension, actor),
        "stage": "forwarded" if extension.state == ExtensionState.PENDING else "not_forwarded",
        "comment": extension.head_comment,
    }
    recipients = {extension.requested_by_id} if extension.requested_by_id else set()
    record(Kind.EXTENSION_DECIDED, recipients, payload, actor=actor, task=extension.task)


def extension_requested(extension, actor):
    """The monitoring unit of the directive is asked to decide (a head's request, or one their head forwarded)."""
    task = extension.task
    payload = _extension_payload(extension, extension.requested_by or actor)
    if extension.head_comment:
        payload["comment"] = f"{extension.reason}\n\n{extension.head_comment}"
    record(Kind.EXTENSION_REQUESTED, monitors_of(task.directive), payload, actor=actor, task=task)


def extension_decided(extension, actor):
    """The requesting agency's people and whoever asked learn the decision."""
    task = extension.task
    granted = extension.state == ExtensionState.GRANTED
    payload = {
        **_task_payload(task),
        "agency": extension.agency.display_name,
        "actor": person(actor),
        "granted": granted,
        "date": date_format(extension.granted_date, "d/m/Y") if granted else "",
        "comment": extension.decision_reason,
    }
    recipients = agency_people([extension.agency_id])
    if extension.requested_by_id:
        recipients.add(extension.requested_by_id)
    record(Kind.EXTENSION_DECIDED, recipients, payload, actor=actor, task=task)


def direction_written(direction, actor):
    """Every agency assigned to the task (a group's members too) is told."""
    task = direction.task
    agency_ids = list(task.assignments.values_list("agency_id", flat=True))
    payload = {**_task_payload(task), "actor": person(actor), "comment": direction.text}
    if direction.assignee_agency_id is not None:
        payload["agency"] = direction.assignee_agency.display_name
        payload["assignee"] = person(direction.assignee)
    if direction.due_date is not None:
        payload["date"] = date_format(direction.due_date, "d/m/Y")
    recipients = agency_people(agency_ids)
    if direction.assignee_id is not None:
        recipients.add(direction.assignee_id)
    record(Kind.DIRECTION_WRITTEN, recipients, payload, actor=actor, task=task)


def tasks_assigned(assigned, actor=None):
    """`assigned` maps an agency id to the tasks newly assigned to it (any role): one notification per agency, to its
    people (a group's members' people), naming the task or, for several, how many and the directive."""
    task_ids = sorted({pk for pks in assigned.values() for pk in pks})
    # An import assigns tens of thousands of tasks: their directives are read as values, and only the task each
    # notification names is loaded.
    directive_of = {}
    for chunk in chunked(task_ids):
        directive_of.update(Task.objects.filter(pk__in=chunk).values_list("pk", "directive_id"))
    groups = {}
    for agency_id, pks in sorted(assigned.items()):
        by_directive = defaultdict(list)
        for pk in sorted(pks):
            by_directive[directive_of[pk]].append(pk)
        groups[agency_id] = list(by_directive.items())
    named = {pks[0] for directives in groups.values() for _directive_id, pks in directives}
    tasks = Task.objects.select_related("directive").in_bulk(named)
    names = {agency.pk: agency.display_name for agency in Agency.objects.filter(pk__in=assigned)}
    for agency_id, directives in groups.items():
        people = agency_people([agency_id])
        for directive_id, pks in directives:
            first = tasks[pks[0]]
            payload = {
                **_task_payload(first),
                "agency": names[agency_id],
                "actor": person(actor),
                "count": len(pks),
            }
            if len(pks) > 1:
                payload["path"] = reverse("tasks:directive_detail", args=[directive_id])
            one = first if len(pks) == 1 else None
            record(Kind.TASK_ASSIGNED, people, payload, actor=actor, task=one)
