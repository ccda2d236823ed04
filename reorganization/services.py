"""Record, preview, apply and undo a reorganization: the open work of a body that ceased goes to its successor.

Open work is what a task not completed or cancelled still carries: its assignments, the predecessor's report
drafts (not yet sent), pending extension requests, the directive's monitoring and consolidating agency. Closed
tasks and reports already sent stay under the old name: history never changes. A predecessor with one successor
(merger, rename, province merger) hands everything over; one with several (split, dissolution) hands each open
task to the successor chosen for it, suggested from the task's sector and text.

`apply()` takes effect only from the event's effective date (`apply_due()`, run by beat, applies the confirmed
events whose date has come), in one transaction that records each change as a Transfer, so `undo()` can put
everything back until work is done under the new body.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.matching import AgencyMatcher
from agencies.models import Agency, Membership
from agencies.normalize import search_key
from reports.models import (
    EDITABLE_STATES,
    OPEN_EXTENSION_STATES,
    Direction,
    EventKind,
    ExtensionRequest,
    HistoryEvent,
    ProgressReport,
    ReportState,
)
from tasks.models import Assignment, Directive, ReportingSchedule, Task
from tasks.status import local_now

from .models import Reorganization, ReorganizationKind, ReorganizationState, Succession, Transfer, TransferKind

# Reports still inside the agency move with the task; those sent to the monitoring unit stay with their author.
MOVABLE_REPORT_STATES = (*EDITABLE_STATES, ReportState.PENDING_APPROVAL)
TRANSFER_EVENTS = (EventKind.TRANSFERRED, EventKind.TRANSFER_UNDONE)
OPEN_TASK = Q(task__completed_at__isnull=True, task__cancelled_at__isnull=True)


class ReorganizationError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class Move:
    kind: str
    obj: object
    from_agency: Agency | None
    to_agency: Agency | None
    task: Task | None = None

    @property
    def label(self):
        return TransferKind(self.kind).label


@dataclass
class Plan:
    """What applying the event would change, computed without writing anything."""

    reorganization: Reorganization
    moves: list = field(default_factory=list)
    kept_tasks: list = field(default_factory=list)  # closed tasks of the predecessors, left under their name
    kept_reports: list = field(default_factory=list)  # reports already sent, left with their author
    conflicts: list = field(default_factory=list)  # drafts the successor already has for the same period
    choices: list = field(default_factory=list)  # (task, successions, chosen successor) of a split

    @property
    def moved_tasks(self):
        seen = {}
        for move in self.moves:
            if move.task is not None:
                seen.setdefault(move.task.pk, move.task)
        return list(seen.values())

    def moves_of(self, *kinds):
        return [move for move in self.moves if move.kind in kinds]


def _bigrams(text):
    phrases = [search_key(part).split() for part in text.replace(";", ",").split(",")]
    return {f"{a} {b}" for words in phrases for a, b in zip(words, words[1:], strict=False)}


def suggest_successor(task, successions):
    """The succession whose functions the task's sector and text name most (two-word phrases), else the first."""
    words = _bigrams(f"{task.text}, {task.sector.name if task.sector_id else ''}")

    def score(succession):
        share = _bigrams(f"{succession.share}, {succession.successor.name}") - _bigrams(
            succession.successor.name.split(" ", 1)[0]
        )
        return len(words & share)

    return max(successions, key=lambda succession: (score(succession), -succession.position))


@transaction.atomic
def record_reorganization(kind, province, effective_date, legal_basis, pairs, *, user=None, **details):
    """Record an event (not yet confirmed): `pairs` are (predecessor, successor) or (predecessor, successor, share)."""
    legal_basis = (legal_basis or "").strip()
    if not legal_basis:
        raise ReorganizationError(_("Give the legal basis (number and symbol) of the reorganization."))
    if not pairs:
        raise ReorganizationError(_("Name at least one body that ceases and the body that takes over its work."))
    successors = {}
    for pair in pairs:
        predecessor, successor = pair[0], pair[1]
        if predecessor.pk == successor.pk:
            raise ReorganizationError(_("%(agency)s cannot succeed itself.") % {"agency": predecessor.name})
        successors.setdefault(predecessor.pk, set()).add(successor.pk)
    if kind in (ReorganizationKind.MERGER, ReorganizationKind.RENAME) and any(len(s) > 1 for s in successors.values()):
        raise ReorganizationError(_("In a merger or a rename each body has one successor; record a split instead."))
    reorganization = Reorganization.objects.create(
        kind=kind,
        province=province,
        effective_date=effective_date,
        legal_basis=legal_basis,
        recorded_by=user,
        **details,
    )
    shares = catalogue_shares(province, pairs) if any(len(s) > 1 for s in successors.values()) else {}
    Succession.objects.bulk_create(
        Succession(
            reorganization=reorganization,
            predecessor=pair[0],
            successor=pair[1],
            share=(pair[2] if len(pair) > 2 else "") or shares.get((pair[0].pk, pair[1].pk), ""),
            position=position,
        )
        for position, pair in enumerate(pairs)
    )
    return reorganization


def catalogue_shares(province, pairs):
    """(predecessor id, successor id) -> the functions the catalogue says the successor took (a split's shares)."""
    matcher = AgencyMatcher(province)
    keys = {}
    for body in matcher.catalogue.bodies:
        for pk in matcher.own_bodies(body.key):
            keys.setdefault(pk, body)
    shares = {}
    for predecessor, successor, *_rest in pairs:
        body, successor_body = keys.get(predecessor.pk), keys.get(successor.pk)
        if body is not None and successor_body is not None:
            shares[(predecessor.pk, successor.pk)] = body.shares.get(successor_body.key, "")
    return shares


def province_pairs(province, absorbed):
    """(the absorbed province's body, the province's own body of the same catalogue kind) for each it has both of,
    and the absorbed province's active bodies without a counterpart (left where they are, for a person)."""
    own, theirs = AgencyMatcher(province), AgencyMatcher(absorbed)
    agencies = {agency.pk: agency for agency in Agency.objects.filter(province__in=[province, absorbed])}
    pairs, paired = [], set()
    for body in theirs.catalogue.bodies:
        targets = own.own_bodies(body.key)
        for pk in sorted(theirs.own_bodies(body.key) - paired):
            if len(targets) == 1:
                pairs.append((agencies[pk], agencies[next(iter(targets))]))
                paired.add(pk)
    unpaired = [
        agency
        for agency in agencies.values()
        if agency.province_id == absorbed.pk and agency.is_active and agency.pk not in paired
    ]
    return pairs, unpaired


def build_plan(reorganization, choices=None):
    """Everything applying `reorganization` would move, with the split choices given (else stored, else suggested)."""
    successions = list(reorganization.successions.select_related("predecessor", "successor"))
    by_predecessor = {}
    for succession in successions:
        by_predecessor.setdefault(succession.predecessor_id, []).append(succession)
    chosen = {str(k): int(v) for k, v in (reorganization.choices if choices is None else choices).items()}
    plan = Plan(reorganization)
    split_tasks = {}

    def successor_for(predecessor_id, task):
        options = by_predecessor[predecessor_id]
        if len(options) == 1:
            return options[0].successor
        pick = next((s for s in options if s.successor_id == chosen.get(str(task.pk))), None)
        pick = pick or suggest_successor(task, options)
        split_tasks.setdefault(task.pk, (task, options, pick.successor))
        return pick.successor

    predecessors = list(by_predecessor)
    assignments = list(
        Assignment.objects.filter(OPEN_TASK, agency_id__in=predecessors)
        .select_related("task__sector", "task__directive", "agency")
        .order_by("task__directive_id", "task__position", "position", "pk")
    )
    task_ids = {a.task_id for a in assignments}
    taken = set(Assignment.objects.filter(task_id__in=task_ids).values_list("task_id", "agency_id", "role"))
    for assignment in assignments:
        successor = successor_for(assignment.agency_id, assignment.task)
        key = (assignment.task_id, successor.pk, assignment.role)
        kind = TransferKind.ASSIGNMENT_JOINED if key in taken else TransferKind.ASSIGNMENT
        taken.add(key)
        plan.moves.append(Move(kind, assignment, assignment.agency, successor, assignment.task))

    reports = list(
        ProgressReport.objects.filter(OPEN_TASK, agency_id__in=predecessors)
        .select_related("task__sector", "agency", "period")
        .order_by("task_id", "period_id", "pk")
    )
    report_keys = set(
        ProgressReport.objects.filter(task_id__in={r.task_id for r in reports}).values_list(
            "task_id", "agency_id", "period_id"
        )
    )
    for report in reports:
        if report.state not in MOVABLE_REPORT_STATES:
            plan.kept_reports.append(report)
            continue
        successor = successor_for(report.agency_id, report.task)
        key = (report.task_id, successor.pk, report.period_id)
        if key in report_keys:
            plan.conflicts.append(report)
            continue
        report_keys.add(key)
        plan.moves.append(Move(TransferKind.REPORT, report, report.agency, successor, report.task))

    for extension in ExtensionRequest.objects.filter(
        OPEN_TASK, agency_id__in=predecessors, state__in=OPEN_EXTENSION_STATES
    ).select_related("task__sector", "agency"):
        successor = successor_for(extension.agency_id, extension.task)
        plan.moves.append(Move(TransferKind.EXTENSION, extension, extension.agency, successor, extension.task))

    for direction in Direction.objects.filter(OPEN_TASK, assignee_agency_id__in=predecessors).select_related(
        "task__sector", "assignee_agency"
    ):
        successor = successor_for(direction.assignee_agency_id, direction.task)
        plan.moves.append(Move(TransferKind.DIRECTION, direction, direction.assignee_agency, successor, direction.task))

    plan.kept_tasks = list(
        Task.objects.filter(assignments__agency_id__in=predecessors)
        .exclude(completed_at__isnull=True, cancelled_at__isnull=True)
        .distinct()
        .order_by("directive_id", "position")
    )
    _plan_agency_links(plan, by_predecessor, reorganization)
    plan.choices = list(split_tasks.values())
    return plan


def _plan_agency_links(plan, by_predecessor, reorganization):
    """Memberships, group membership, monitoring and consolidating roles, and (province merger) documents."""
    first = {pk: options[0].successor for pk, options in by_predecessor.items()}
    for membership in Membership.objects.filter(agency_id__in=by_predecessor).select_related("user", "agency"):
        if len(by_predecessor[membership.agency_id]) > 1:
            plan.moves.append(Move(TransferKind.MEMBERSHIP_REVIEW, membership, membership.agency, None))
            continue
        successor = first[membership.agency_id]
        joined = Membership.objects.filter(user=membership.user_id, agency=successor, role=membership.role).exists()
        kind = TransferKind.MEMBERSHIP_JOINED if joined else TransferKind.MEMBERSHIP
        plan.moves.append(Move(kind, membership, membership.agency, successor))
    links = Agency.members.through.objects.filter(to_agency_id__in=by_predecessor).select_related("from_agency")
    for link in links:
        for succession in by_predecessor[link.to_agency_id]:
            plan.moves.append(Move(TransferKind.GROUP_MEMBER, link, succession.predecessor, succession.successor))
    open_directives = Task.objects.filter(completed_at__isnull=True, cancelled_at__isnull=True).values("directive_id")
    for directive in Directive.objects.filter(pk__in=open_directives, monitoring_agency_id__in=by_predecessor):
        predecessor = next(s.predecessor for s in by_predecessor[directive.monitoring_agency_id])
        plan.moves.append(Move(TransferKind.MONITORING, directive, predecessor, first[predecessor.pk]))
    for schedule in ReportingSchedule.objects.filter(
        directive_id__in=open_directives, reporting_agency_id__in=by_predecessor
    ).select_related("reporting_agency"):
        agency = schedule.reporting_agency
        plan.moves.append(Move(TransferKind.SCHEDULE, schedule, agency, first[agency.pk]))
    if reorganization.absorbed_province_id:
        for directive in Directive.objects.filter(pk__in=open_directives, province=reorganization.absorbed_province_id):
            plan.moves.append(Move(TransferKind.DIRECTIVE_PROVINCE, directive, None, None))
    for pk, options in by_predecessor.items():
        agency = options[0].predecessor
        plan.moves.append(Move(TransferKind.AGENCY, agency, agency, first[pk] if len(options) == 1 else None))


def preview(reorganization, choices=None):
    """The plan, read only: nothing is written."""
    return build_plan(reorganization, choices)


@transaction.atomic
def confirm(reorganization, user=None, choices=None, now=None):
    """Confirm a recorded event with the split choices made; it is applied at once if its date has come."""
    reorganization = Reorganization.objects.select_for_update().get(pk=reorganization.pk)
    if reorganization.state != ReorganizationState.DRAFT:
        raise ReorganizationError(_("This reorganization has already been confirmed."))
    if choices is not None:
        valid = {s.successor_id for s in reorganization.successions.all()}
        if any(int(v) not in valid for v in choices.values()):
            raise ReorganizationError(_("A chosen successor is not one of this reorganization's successors."))
        reorganization.choices = {str(k): int(v) for k, v in choices.items()}
    reorganization.state = ReorganizationState.SCHEDULED
    reorganization.save(update_fields=["choices", "state"])
    if reorganization.effective_date <= local_now(now).date():
        apply(reorganization, now=now, actor=user)
        reorganization.refresh_from_db()
    return reorganization


def apply_due(now=None):
    """Apply every confirmed event whose effective date has come; return how many. Safe to run twice."""
    today = local_now(now).date()
    due = Reorganization.objects.filter(state=ReorganizationState.SCHEDULED, effective_date__lte=today)
    applied = 0
    for reorganization in due.order_by("effective_date", "pk"):
        applied += apply(reorganization, now=now)
    return applied


def _effective_moment(reorganization):
    """The start of the effective day, local time: when the history says the work changed hands."""
    return timezone.make_aware(datetime.datetime.combine(reorganization.effective_date, datetime.time()))


@transaction.atomic
def apply(reorganization, now=None, actor=None):
    """Move the open work as planned, all or nothing; True if this call applied it (False: not due, or done)."""
    now = local_now(now)
    reorganization = Reorganization.objects.select_for_update().get(pk=reorganization.pk)
    if reorganization.state != ReorganizationState.SCHEDULED or reorganization.effective_date > now.date():
        return False
    plan = build_plan(reorganization)
    for move in plan.moves:
        _perform(reorganization, move)
    at = _effective_moment(reorganization)
    _record_history(reorganization, plan, EventKind.TRANSFERRED, actor, at)
    reorganization.state = ReorganizationState.APPLIED
    reorganization.applied_at = now
    reorganization.save(update_fields=["state", "applied_at"])
    return True


def _transfer(reorganization, move, **data):
    return Transfer.objects.create(
        reorganization=reorganization,
        kind=move.kind,
        object_id=move.obj.pk,
        task=move.task,
        from_agency=move.from_agency,
        to_agency=move.to_agency,
        data=data,
    )


def _perform(reorganization, move):
    obj, kind = move.obj, move.kind
    if kind == TransferKind.ASSIGNMENT_JOINED:
        _transfer(reorganization, move, **_assignment_data(obj))
        obj.delete()
    elif kind == TransferKind.MEMBERSHIP_JOINED:
        _transfer(reorganization, move, user_id=obj.user_id, role=obj.role)
        obj.delete()
    elif kind == TransferKind.ASSIGNMENT:
        _transfer(reorganization, move, predecessor_id=obj.predecessor_id)
        obj.agency, obj.predecessor = move.to_agency, move.from_agency
        obj.save(update_fields=["agency", "predecessor"])
    elif kind in (TransferKind.REPORT, TransferKind.EXTENSION, TransferKind.MEMBERSHIP):
        _transfer(reorganization, move)
        obj.agency = move.to_agency
        obj.save(update_fields=["agency"])
    elif kind == TransferKind.DIRECTION:
        _transfer(reorganization, move)
        obj.assignee_agency = move.to_agency
        obj.save(update_fields=["assignee_agency"])
    elif kind == TransferKind.MEMBERSHIP_REVIEW:
        _transfer(reorganization, move)
    elif kind == TransferKind.GROUP_MEMBER:
        group = obj.from_agency
        added = not group.members.filter(pk=move.to_agency.pk).exists()
        removed = group.members.filter(pk=move.from_agency.pk).exists()
        _transfer(reorganization, move, group_id=group.pk, added=added, removed=removed)
        if added:
            group.members.add(move.to_agency)
        if removed:
            group.members.remove(move.from_agency)
    elif kind == TransferKind.MONITORING:
        _transfer(reorganization, move)
        obj.monitoring_agency = move.to_agency
        obj.save(update_fields=["monitoring_agency"])
    elif kind == TransferKind.SCHEDULE:
        _transfer(reorganization, move)
        obj.reporting_agency = move.to_agency
        obj.save(update_fields=["reporting_agency"])
    elif kind == TransferKind.DIRECTIVE_PROVINCE:
        _transfer(reorganization, move, province_id=obj.province_id)
        obj.province_id = reorganization.province_id
        obj.save(update_fields=["province"])
    elif kind == TransferKind.AGENCY:
        before = {
            "valid_until": obj.valid_until.isoformat() if obj.valid_until else None,
            "is_active": obj.is_active,
            "successor_id": obj.successor_id,
        }
        _transfer(reorganization, move, **before)
        obj.valid_until = reorganization.effective_date - datetime.timedelta(days=1)
        obj.is_active = False
        obj.successor = move.to_agency
        obj.save(update_fields=["valid_until", "is_active", "successor"])


def _assignment_data(assignment):
    return {
        "role": assignment.role,
        "original_text": assignment.original_text,
        "qualifier": assignment.qualifier,
        "position": assignment.position,
    }


def _record_history(reorganization, plan, kind, actor, at):
    """One history event per task that moved, saying from which body to which and on what basis."""
    comment = _("%(kind)s from %(date)s (%(basis)s)") % {
        "kind": reorganization.get_kind_display(),
        "date": f"{reorganization.effective_date:%d/%m/%Y}",
        "basis": reorganization.legal_basis,
    }
    by_task = {}
    for move in plan.moves:
        if move.task is None or move.kind not in (TransferKind.ASSIGNMENT, TransferKind.ASSIGNMENT_JOINED):
            continue
        old, new = move.from_agency.name, move.to_agency.name
        if kind == EventKind.TRANSFER_UNDONE:
            old, new = new, old
        changes = by_task.setdefault(move.task.pk, (move.task, []))[1]
        change = {"field": "agency", "old": old, "new": new}
        if change not in changes:
            changes.append(change)
    HistoryEvent.objects.bulk_create(
        HistoryEvent(task=task, actor=actor, at=at, kind=kind, comment=comment, changes=changes)
        for task, changes in by_task.values()
    )


def undo_blocker(reorganization):
    """Why the event cannot be undone now, or None (a confirmed event not yet in effect is simply called off)."""
    if reorganization.state == ReorganizationState.SCHEDULED:
        return None
    if reorganization.state != ReorganizationState.APPLIED:
        return _("Only an applied reorganization can be undone.")
    agencies = set()
    for succession in reorganization.successions.all():
        agencies.update((succession.predecessor_id, succession.successor_id))
    later = Reorganization.objects.filter(
        state=ReorganizationState.APPLIED, applied_at__gt=reorganization.applied_at
    ).filter(Q(successions__predecessor_id__in=agencies) | Q(successions__successor_id__in=agencies))
    if later.exists():
        return _("A later reorganization of the same bodies was applied: undo it first.")
    tasks = reorganization.transfers.exclude(task=None).values("task_id")
    worked = HistoryEvent.objects.filter(task_id__in=tasks, at__gt=reorganization.applied_at).exclude(
        kind__in=TRANSFER_EVENTS
    )
    if worked.exists():
        return _("Work has been done under the new body since: the reorganization can no longer be undone.")
    return None


@transaction.atomic
def undo(reorganization, user=None, now=None):
    """Put back everything the event moved, in reverse order, and say so in each task's history."""
    now = local_now(now)
    reorganization = Reorganization.objects.select_for_update().get(pk=reorganization.pk)
    blocker = undo_blocker(reorganization)
    if blocker:
        raise ReorganizationError(blocker)
    if reorganization.state == ReorganizationState.SCHEDULED:
        reorganization.state = ReorganizationState.UNDONE
        reorganization.undone_at = now
        reorganization.save(update_fields=["state", "undone_at"])
        return reorganization
    transfers = list(reorganization.transfers.select_related("from_agency", "to_agency", "task").order_by("-pk"))
    for transfer in transfers:
        _revert(transfer)
    plan = Plan(reorganization, moves=[Move(t.kind, None, t.from_agency, t.to_agency, t.task) for t in transfers])
    plan.moves.reverse()
    _record_history(reorganization, plan, EventKind.TRANSFER_UNDONE, user, now)
    reorganization.state = ReorganizationState.UNDONE
    reorganization.undone_at = now
    reorganization.save(update_fields=["state", "undone_at"])
    return reorganization


_MOVED_MODELS = {
    TransferKind.REPORT: ProgressReport,
    TransferKind.EXTENSION: ExtensionRequest,
    TransferKind.MEMBERSHIP: Membership,
}


def _revert(transfer):
    kind, data = transfer.kind, transfer.data
    if kind == TransferKind.ASSIGNMENT:
        _set(Assignment, transfer.object_id, agency=transfer.from_agency, predecessor_id=data.get("predecessor_id"))
    elif kind in _MOVED_MODELS:
        _set(_MOVED_MODELS[kind], transfer.object_id, agency=transfer.from_agency)
    elif kind == TransferKind.DIRECTION:
        _set(Direction, transfer.object_id, assignee_agency=transfer.from_agency)
    elif kind == TransferKind.ASSIGNMENT_JOINED:
        Assignment.objects.get_or_create(
            task=transfer.task, agency=transfer.from_agency, role=data["role"], defaults=data
        )
    elif kind == TransferKind.MEMBERSHIP_JOINED:
        Membership.objects.get_or_create(user_id=data["user_id"], agency=transfer.from_agency, role=data["role"])
    elif kind == TransferKind.GROUP_MEMBER:
        group = Agency.objects.get(pk=data["group_id"])
        if data["added"]:
            group.members.remove(transfer.to_agency)
        if data["removed"]:
            group.members.add(transfer.from_agency)
    elif kind == TransferKind.MONITORING:
        _set(Directive, transfer.object_id, monitoring_agency=transfer.from_agency)
    elif kind == TransferKind.SCHEDULE:
        _set(ReportingSchedule, transfer.object_id, reporting_agency=transfer.from_agency)
    elif kind == TransferKind.DIRECTIVE_PROVINCE:
        _set(Directive, transfer.object_id, province_id=data["province_id"])
    elif kind == TransferKind.AGENCY:
        until = data["valid_until"]
        _set(
            Agency,
            transfer.object_id,
            valid_until=datetime.date.fromisoformat(until) if until else None,
            is_active=data["is_active"],
            successor_id=data["successor_id"],
        )


def _set(model, pk, **fields):
    """Save through the model (so the dashboard figures hear of it) when the row still exists."""
    obj = model.objects.filter(pk=pk).first()
    if obj is not None:
        for name, value in fields.items():
            setattr(obj, name, value)
        obj.save()
