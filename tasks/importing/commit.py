"""Write a clean preview to the database: all of it or nothing, and the same file twice changes nothing.

Tasks are matched to the stored ones by outline code. New tasks are created in bulk, level by
level so each knows its parent's id; changed tasks are updated field group by field group;
tasks gone from the file are reported and kept, so their progress reports are never lost.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies import services as agency_services
from agencies.models import Province
from audit.bulk import tracking
from audit.rows import BATCH, insert_rows
from common.collector import collector_paused
from tasks.models import (
    Assignment,
    Directive,
    DirectiveLink,
    ImportStatus,
    Milestone,
    Sector,
    Target,
    Task,
    directive_rows,
)
from tasks.reporting_duty import ScheduleSpec, add_schedules
from tasks.services import directive_counted_once
from tasks.signals import tasks_assigned, tasks_bulk_changed
from tasks.status import refresh_statuses, store_status
from tasks.timeframes import apply_timeframe

from .preview import diff_tasks, find_existing, stored_signatures

TASK_FIELDS = ("parent", "label", "kind", "text", "expected_product")
TIMEFRAME_FIELDS = (
    "timeframe_text",
    "start_date",
    "due_date",
    "due_time",
    "is_recurring",
    "waits_on_event",
    "event_text",
    "needs_review",
    "review_note",
)


class ImportBlocked(Exception):
    """The preview still has errors: nothing may be written."""


class ImportOvertaken(Exception):
    """Another import wrote this directive after this one's preview was read: nothing was written."""

    def __init__(self):
        super().__init__(
            _(
                "Another import (or a person) wrote this directive while this import was waiting, so nothing was "
                "imported. The file has been read again: check the preview and confirm again."
            )
        )


@dataclass
class CommitResult:
    directive: Directive
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: list = field(default_factory=list)
    agencies_created: list = field(default_factory=list)  # (name as written, agency) of the catalogue bodies created

    def as_json(self):
        return {
            "directive": self.directive.pk,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "missing": [code for code, _text in self.missing],
            "agencies_created": list(dict.fromkeys(agency.name for _text, agency in self.agencies_created)),
        }


def commit_preview(preview, *, job=None):
    """Create or update the directive and its tasks from a preview without errors."""
    if not preview.is_clean:
        raise ImportBlocked(len(preview.errors))
    tasks = preview.parsed.tasks
    try:
        with collector_paused(), transaction.atomic():
            _claim(preview)
            bodies = _create_bodies(preview)
            result = _write(preview, tasks, job, bodies)
    except IntegrityError:
        # A directive with the same number written meanwhile outside an import (the admin).
        raise ImportOvertaken() from None
    return result


def _claim(preview):
    """Hold the province's imports back until this one commits, then check that the preview still holds.

    The preview decided outside this transaction whether the file is a new directive or one imported
    before; two confirms of the same file (numbered or not, so no unique constraint can tell) would
    otherwise both create it. The province row is locked without blocking the rows that refer to it;
    SQLite takes its write lock when the transaction starts (transaction_mode IMMEDIATE).
    """
    Province.objects.select_for_update(no_key=True).get(pk=preview.province.pk)
    existing = find_existing(preview.province, preview.directive, preview.sha256)
    if getattr(existing, "pk", None) != getattr(preview.existing, "pk", None):
        raise ImportOvertaken()


def _create_bodies(preview):
    """Create the catalogue bodies the file names that the province lacks (`CA tỉnh` → Công an tỉnh), in the
    import's transaction, and give their ids to the tasks that name them; (name as written, agency) of each.

    Bodies before groups, so a group created here counts a body created here among its members; every way the file
    writes one body gives one agency, the other spellings kept as its aliases; each place's committee is its own."""
    entries = sorted(
        preview.parsed.to_create.values(), key=lambda entry: agency_services.catalogue_body(entry.key).is_group
    )
    agencies = {}
    for entry in entries:
        body = agency_services.new_body(entry.key, entry.name)
        same = [
            other.text for other in entries if agency_services.new_body(other.key, other.name) == body and other.alias
        ]
        if body not in agencies:
            agencies[body] = agency_services.create_agency(
                preview.province, entry.name, entry.kind, entry.key, written=same
            )
    for task in preview.parsed.tasks:
        for ref in task.agencies:
            if ref.agency_id is None and ref.body in agencies:
                ref.agency_id = agencies[ref.body].pk
    return [(entry.text, agencies[agency_services.new_body(entry.key, entry.name)]) for entry in entries]


def _write(preview, tasks, job, bodies=()):
    directive = _save_directive(preview)
    assigned_before = _assigned(directive)
    stored = stored_signatures(directive) if preview.existing else {}
    diff = diff_tasks(directive if preview.existing else None, tasks, stored)
    ids = {code: pk for code, (pk, _signature) in stored.items()}
    new = set(diff.new)
    changed = [task for task in tasks if task.code in diff.changed]
    sectors = _sectors([task for task in tasks if task.code in new or task.code in diff.changed])
    with directive_counted_once(directive):
        with tracking(*directive_rows(directive)) as tracked:
            created = _create_tasks(tracked, directive, [task for task in tasks if task.code in new], ids, sectors)
            _update_tasks(tracked, changed, diff.changed, ids, sectors)
            _renumber(directive, tasks, ids)
            # Rows written in bulk bypass Task.save(): new rows carry the status they were built with; the rows whose
            # dates changed are recomputed here.
            changed_ids = [ids[parsed.code] for parsed in changed]
            for start in range(0, len(changed_ids), BATCH):
                refresh_statuses(Task.objects.filter(pk__in=changed_ids[start : start + BATCH]))
        # The reporters' rows and lead keys of the tasks written (reports' receiver).
        tasks_bulk_changed.send(sender=Task, directive_ids=[directive.pk], created=created, changed=changed_ids)
    newly = defaultdict(list)
    for task_id, agency_id in _assignees(directive, created, changed_ids):
        if (task_id, agency_id) not in assigned_before:
            newly[agency_id].append(task_id)
    if newly:
        tasks_assigned.send(sender=Task, assigned=dict(newly), actor=job.created_by if job else None)
    result = CommitResult(directive, len(new), len(changed), diff.unchanged, diff.missing, list(bodies))
    if job is not None:
        job.directive = directive
        job.status = ImportStatus.DONE
        job.result = result.as_json()
        job.finished_at = timezone.now()
        job.error = ""  # a race lost before, told on the page, is over
        job.worker_token = ""
        job.save(update_fields=["directive", "status", "result", "finished_at", "error", "worker_token"])
    return result


def _assigned(directive):
    """{(task id, agency id)} of the directive's assignments, whatever the role."""
    return set(Assignment.objects.filter(task__directive=directive).values_list("task_id", "agency_id"))


def _assignees(directive, created, changed):
    """(task id, agency id) pairs, each once in order, of the assignments of the tasks the import wrote: only theirs
    can be new (a new task's are all new)."""
    pairs = Assignment.objects.filter(task__directive=directive).order_by("task_id", "agency_id")
    written = sorted({*created, *changed})
    for start in range(0, len(written), BATCH):
        chunk = pairs.filter(task_id__in=written[start : start + BATCH]).values_list("task_id", "agency_id")
        yield from chunk.distinct()


def _save_directive(preview):
    fields = preview.directive
    values = {
        "kind": fields["kind"],
        "number": fields["number"],
        "symbol": fields["symbol"],
        "subject": fields["subject"],
        "place": fields["place"],
        "issued_on": fields["issued_on"],
        "issuing_agency_id": fields["issuing_agency"],
    }
    if fields.get("signer"):  # read from a document's signature; a spreadsheet has none
        values["signer_name"] = fields["signer"][:100]
        values["signer_capacity"] = fields.get("signer_capacity", "")[:150]
    if fields.get("recipients"):  # a document's `Kính gửi`, one recipient a line
        values["recipients"] = "\n".join(fields["recipients"])
    if preview.existing is None:
        directive = Directive.objects.create(
            province=preview.province, monitoring_agency_id=fields["monitoring_agency"], **values
        )
    else:
        directive = Directive.objects.select_for_update().get(pk=preview.existing.pk)
        if directive.monitoring_agency_id is None:
            values["monitoring_agency_id"] = fields["monitoring_agency"]
        if any(getattr(directive, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(directive, name, value)
            directive.save()
    _link(directive, fields["links"])
    _schedule(directive, fields)
    return directive


def _schedule(directive, fields):
    """Add the chosen reporting schedules the directive does not have yet; a schedule is never removed here,
    since its periods may already hold reports."""
    add_schedules(
        directive,
        [ScheduleSpec.from_key(key) for key in fields["schedules"]],
        original_text=fields["reporting_text"],
        report_to=fields["monitoring_agency_name"],
    )


def _link(directive, links):
    """Add the documents the subject names, found in the portal when they are there; existing links stay."""
    known = set(directive.links.values_list("reference", flat=True))
    for link in links:
        if link["reference"] in known:
            continue
        number, symbol = re.match(r"(\d+)[-/](.+)", link["reference"]).groups()
        target = Directive.objects.filter(number=number, symbol=symbol).exclude(pk=directive.pk).first()
        DirectiveLink.objects.create(
            source=directive,
            relation=link["relation"],
            target=target,
            reference=link["reference"],
            title=link["title"],
            issued_on=link["issued_on"],
        )


def _sectors(parsed_tasks):
    """{name: id} of the sectors the rows name, creating the ones the portal does not have yet."""
    names = {parsed.sector for parsed in parsed_tasks if parsed.sector}
    known = dict(Sector.objects.filter(name__in=names).values_list("name", "pk"))
    for name in sorted(names - set(known)):
        known[name] = Sector.objects.create(name=name).pk
    return known


class _NewTasks:
    """The rows of new tasks. A file repeats a few timeframes thousands of times: the fields a timeframe sets and the
    status they give (`store_status`: a new task's status reads only its kind and timeframe) are worked out once per
    distinct timeframe and kind, on a Task kept for it, and each row sets its own fields on that Task in turn."""

    def __init__(self, directive, ids, sectors):
        self.directive, self.ids, self.sectors = directive, ids, sectors
        self.built = {}  # (timeframe, kind) -> (Task, milestones)

    def values(self, parsed):
        key = (parsed.timeframe, parsed.kind)
        if key not in self.built:
            task = Task(directive_id=self.directive.pk, kind=parsed.kind)
            milestones = apply_timeframe(task, parsed.timeframe)
            store_status(task)
            self.built[key] = task, milestones
        task, parsed.milestones = self.built[key]
        task.parent_id = self.ids.get(parsed.parent_code)
        task.code, task.label, task.position, task.depth = parsed.code, parsed.label[:20], parsed.position, parsed.depth
        task.text, task.expected_product = parsed.text, parsed.note
        task.sector_id = self.sectors.get(parsed.sector)
        task.refresh_search_key()
        return _stored_values(task)


def delete_rows(model, task_ids):
    """DELETE a task's rows of `model` (milestones, assignments) for these tasks, in batches.

    A queryset delete would load each row to send its signals; the import marks the directive's dashboard figures
    stale once, with `tasks_bulk_changed`, instead of once per deleted assignment.
    """
    ops = connection.ops
    table, column = ops.quote_name(model._meta.db_table), ops.quote_name(model._meta.get_field("task").column)
    with connection.cursor() as cursor:
        for start in range(0, len(task_ids), BATCH):
            chunk = task_ids[start : start + BATCH]
            cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({', '.join(['%s'] * len(chunk))})", chunk)


# The columns of a built Task that insert_rows takes from it; the creation and update times are left to it.
STORED = [
    field.attname
    for field in Task._meta.concrete_fields
    if not (field.primary_key or getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False))
]


def _stored_values(task):
    """A built Task as insert_rows takes it."""
    values = task.__dict__
    return {name: values[name] for name in STORED}


def _create_tasks(tracked, directive, parsed_tasks, ids, sectors):
    """Insert level by level, each INSERT giving back its new ids, so every parent has its id before its children;
    the change log is told what was inserted. Return the new tasks' ids."""
    by_depth = {}
    for parsed in parsed_tasks:
        by_depth.setdefault(parsed.depth, []).append(parsed)
    rows = _NewTasks(directive, ids, sectors)
    created = []
    for depth in sorted(by_depth):
        level = by_depth[depth]
        keys = tracked.insert(Task, (rows.values(parsed) for parsed in level))
        ids.update(zip((parsed.code for parsed in level), keys, strict=True))
        created += keys
    tracked.insert(Assignment, (row for parsed in parsed_tasks for row in _assignments(parsed, ids[parsed.code])))
    tracked.insert(Milestone, (row for parsed in parsed_tasks for row in _milestones(parsed, ids[parsed.code])))
    tracked.insert(Target, (row for parsed in parsed_tasks for row in _targets(parsed, ids[parsed.code])))
    return created


def _assignments(parsed, task_id):
    seen = set()
    for position, ref in enumerate(parsed.agencies):
        if (ref.holder_id, ref.role) in seen:
            continue
        seen.add((ref.holder_id, ref.role))
        # A body that has ceased is written as the document names it; the work goes to the body that holds it now.
        yield {
            "task_id": task_id,
            "agency_id": ref.holder_id,
            "predecessor_id": ref.agency_id if ref.current_id else None,
            "role": ref.role,
            "original_text": ref.text[:255],
            "qualifier": ref.qualifier,
            "position": position,
        }


def _milestones(parsed, task_id):
    for position, (text, due_date) in enumerate(parsed.milestones):
        yield {"task_id": task_id, "text": text, "due_date": due_date, "position": position}


def _targets(parsed, task_id, start=0):
    for position, target in enumerate(parsed.targets[start:], start=start):
        yield {
            "task_id": task_id,
            "description": target.description,
            "unit": target.unit[:50],
            "comparison": target.comparison,
            "target_value": target.value,
            "due_year": target.due_year,
            "original_text": target.original,
            "position": position,
        }


def _update_tasks(tracked, changed, what_changed, ids, sectors):
    """Update only the groups of fields that changed; reports and reported target values stay attached."""
    stored = Task.objects.in_bulk([ids[parsed.code] for parsed in changed])
    updated_fields = set()
    new_timeframes, new_assignments = [], []
    now = timezone.now()
    for parsed in changed:
        task = stored[ids[parsed.code]]
        task.updated_at = now
        names = what_changed[parsed.code]
        if {"parent", "label", "kind", "text", "expected_product"} & set(names):
            task.parent_id = ids.get(parsed.parent_code)
            task.label, task.kind, task.text, task.expected_product = (
                parsed.label[:20],
                parsed.kind,
                parsed.text,
                parsed.note,
            )
            task.depth = parsed.depth
            task.refresh_search_key()
            updated_fields.update((*TASK_FIELDS, "depth", "search_key"))
        if "sector" in names:
            task.sector_id = sectors.get(parsed.sector)
            updated_fields.add("sector")
        if "timeframe_text" in names:
            parsed.milestones = apply_timeframe(task, parsed.timeframe)
            new_timeframes.append((parsed, task.pk))
            updated_fields.update(TIMEFRAME_FIELDS)
        if "assignments" in names:
            new_assignments.append((parsed, task.pk))
        if "targets" in names:
            _sync_targets(parsed, task)
    # Milestones and assignments are replaced for all changed tasks at once, not task by task.
    delete_rows(Milestone, [task_id for _parsed, task_id in new_timeframes])
    tracked.insert(Milestone, (row for parsed, task_id in new_timeframes for row in _milestones(parsed, task_id)))
    delete_rows(Assignment, [task_id for _parsed, task_id in new_assignments])
    tracked.insert(Assignment, (row for parsed, task_id in new_assignments for row in _assignments(parsed, task_id)))
    if updated_fields:
        Task.objects.bulk_update(stored.values(), [*sorted(updated_fields), "updated_at"], batch_size=BATCH)


def _sync_targets(parsed, task):
    """Rewrite targets in place by position, so values already reported against them stay linked."""
    existing = list(Target.objects.filter(task=task).order_by("position"))
    for target, fresh in zip(existing, _targets(parsed, task.pk), strict=False):
        for name in ("description", "unit", "comparison", "target_value", "due_year", "original_text"):
            setattr(target, name, fresh[name])
        target.save()
    insert_rows(Target, list(_targets(parsed, task.pk, start=len(existing))))
    surplus = existing[len(parsed.targets) :]
    Target.objects.filter(pk__in=[target.pk for target in surplus], values__isnull=True).delete()


def _renumber(directive, tasks, ids):
    """Keep the file's order when rows were inserted or moved, without touching anything else."""
    wanted = {ids[parsed.code]: parsed.position for parsed in tasks}
    moved = [
        Task(pk=pk, position=wanted[pk])
        for pk, position in Task.objects.filter(directive=directive).values_list("pk", "position")
        if pk in wanted and wanted[pk] != position
    ]
    Task.objects.bulk_update(moved, ["position"], batch_size=BATCH)
