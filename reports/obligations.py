"""Who reports on a task, and which report each of them owes by when: the rules, and the rows that store them.

Three rules live here and nowhere else:
- `resolve_reporters`: the agencies that report on a task are its active assignees, a group standing for its
  active members; a group with no active member reports itself, so nobody's task goes unreported and unreminded.
- `owes_report` (in `periods`): in which periods a task is reported.
- `SETTLED`: what counts as reported: a report submitted to the monitoring unit, or accepted. A report the
  monitoring unit returned is owed again.

`TaskReporter` and `ReportObligation` rows are the stored result, with each task's `lead_key` (the ids of its
reporters that lead it, which the dashboard groups on); `sync_tasks` recomputes them for tasks from scratch
(idempotent), and is called when an assignment, a task or a group's membership changes
(`reports.signals`). `open_periods` writes the obligations of new periods in a few set-based statements from the
stored reporters (a quarter of 200,000 tasks in seconds), `create_for_new_tasks` the rows of tasks written
in bulk (the load-data generator) and `create_for_written_tasks` those of an import's new tasks, by the same
statement. `record_report` follows the report workflow. `expected_rows` and
`stored_rows` let a test or an operator compare the two.

`ObligationCount` holds the obligations counted per period, agency, state and late flag, kept by database triggers
on every write (migration `0019_obligation_count`); `count_differences` compares them with a count made here.
`ObligationSectorCount` holds them per sector of their task too (`0020_obligation_sector_count`), for a dashboard
filtered by one sector; `sector_count_differences` compares those.
"""

from collections import defaultdict, namedtuple

from django.db import connection, transaction
from django.db.models import Count, DateTimeField, F, IntegerField, Q, Value

from agencies.models import Agency
from audit.rows import insert_rows
from common import stored_counts
from common.batches import chunked
from tasks.models import LEADING_ROLES, Assignment, Task

from .models import (
    SENT_STATES,
    ObligationCount,
    ObligationSectorCount,
    ObligationState,
    ProgressReport,
    ReportingPeriod,
    ReportObligation,
    ReportState,
    TaskReporter,
)
from .periods import owes_report, owes_report_q

CHUNK = 1000
# Counts as reported: the agency's report reached the monitoring unit and was not sent back.
SETTLED = (ObligationState.APPROVED, ObligationState.ACCEPTED)

_STATE_OF_REPORT = {
    ReportState.DRAFT: ObligationState.DRAFT,
    ReportState.RETURNED_BY_HEAD: ObligationState.DRAFT,
    ReportState.PENDING_APPROVAL: ObligationState.SENT,
    ReportState.SUBMITTED: ObligationState.APPROVED,
    ReportState.ACCEPTED: ObligationState.ACCEPTED,
    ReportState.RETURNED_BY_MONITOR: ObligationState.RETURNED,
}


def obligation_state(report):
    """The obligation's state given its report (None: not yet written)."""
    return ObligationState.OWED if report is None else _STATE_OF_REPORT[report.state]


def is_settled(report):
    return obligation_state(report) in SETTLED


def resolve_reporters(assignments, members_of):
    """{agency id: (agency, role)}: who reports on a task with these assignments (agencies loaded).

    `members_of(group)` gives the group's member agencies. A group stands for its active members that are not
    groups; a group without one reports itself. An inactive agency reports nothing. An agency named in several
    roles reports once, in a leading role if it has one.
    """
    found = {}
    for assignment in assignments:
        for reporter in _standing_for(assignment.agency, members_of):
            if reporter.pk not in found or (
                assignment.role in LEADING_ROLES and found[reporter.pk][1] not in LEADING_ROLES
            ):
                found[reporter.pk] = (reporter, assignment.role)
    return found


def _standing_for(agency, members_of):
    """The agencies that report for one assignee (the rule of `resolve_reporters`)."""
    agencies = [agency]
    if agency.is_group:
        agencies = [m for m in members_of(agency) if m.is_active and not m.is_group] or [agency]
    return [reporter for reporter in agencies if reporter.is_active]


def standing_for(agency_ids):
    """Ids of the agencies that report for these assignees: a group's active members, else the group itself."""
    agencies = list(Agency.objects.filter(pk__in=agency_ids))
    members = _group_members([agency.pk for agency in agencies if agency.is_group])
    return {reporter.pk for agency in agencies for reporter in _standing_for(agency, lambda g: members[g.pk])}


def lead_key(agency_ids):
    """A task's `lead_key`: the ids of the agencies leading it, ascending and comma-separated ("" for none)."""
    return ",".join(str(pk) for pk in sorted(agency_ids))


def lead_agency_ids(key):
    """The agency ids a `lead_key` holds."""
    return [int(pk) for pk in key.split(",")] if key else []


def _lead_keys(task_ids, reporter_rows):
    """{task id: `lead_key`} for these tasks, from {(task, agency): role} as `expected_rows` gives it."""
    leading = {pk: [] for pk in task_ids}
    for (task_id, agency_id), role in reporter_rows.items():
        if role in LEADING_ROLES:
            leading[task_id].append(agency_id)
    return {pk: lead_key(agency_ids) for pk, agency_ids in leading.items()}


def _store_lead_keys(keys, stored):
    """Write the `lead_key`s that differ from the `stored` ones ({task id: key} both): one UPDATE from a list of
    (id, key) values per batch of tasks, so the statements grow with the tasks changed, not with their keys."""
    changed = sorted((pk, key) for pk, key in keys.items() if stored.get(pk, "") != key)
    table = connection.ops.quote_name(Task._meta.db_table)
    for chunk in chunked(changed):
        rows = ", ".join(["(%s, %s)"] * len(chunk))
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET lead_key = v.column2 FROM (VALUES {rows}) AS v WHERE {table}.id = v.column1",
                [value for row in chunk for value in row],
            )


def reporters(task):
    """{agency id: (agency, role)} for a task, by agency name, from the stored rows (one query)."""
    rows = task.reporters.select_related("agency").order_by("agency__name", "agency_id")
    return {row.agency_id: (row.agency, row.role) for row in rows}


def leads(task, agency_id):
    entry = reporters(task).get(agency_id)
    return entry is not None and entry[1] in LEADING_ROLES


# --- Computing the rows from scratch ------------------------------------------------------------------------------


def _group_members(group_ids):
    members = defaultdict(list)
    through = Agency.members.through.objects.filter(from_agency_id__in=group_ids).select_related("to_agency")
    for link in through:
        members[link.from_agency_id].append(link.to_agency)
    return members


# What `resolve_reporters` reads of an assignment.
_Assigned = namedtuple("_Assigned", ["agency", "role"])


def _reporters_of(task_ids):
    """{task id: `resolve_reporters` of its assignments} for these (assignable) tasks, in three queries.

    Assignments are read as values; tasks assigned alike (the same agencies in the same roles, in order: an import
    repeats a few combinations thousands of times) are resolved once and share the answer, which callers only read.
    """
    assigned = defaultdict(list)
    rows = Assignment.objects.filter(task_id__in=task_ids).order_by("pk").values_list("task_id", "agency_id", "role")
    for task_id, agency_id, role in rows:
        assigned[task_id].append((agency_id, role))
    agencies = Agency.objects.in_bulk({agency_id for pairs in assigned.values() for agency_id, _role in pairs})
    members = _group_members([pk for pk, agency in agencies.items() if agency.is_group])
    resolved = {}
    found = {}
    for pk in task_ids:
        key = tuple(assigned[pk])
        if key not in resolved:
            resolved[key] = resolve_reporters(
                [_Assigned(agencies[agency_id], role) for agency_id, role in key], lambda group: members[group.pk]
            )
        found[pk] = resolved[key]
    return found


def expected_rows(task_ids):
    """What the rules say for these tasks: ({(task, agency): role}, {(task, agency, period): fields}, {task:
    `lead_key`}).

    Obligations: one per reporter, for each of the task's directive's periods it is reported in
    (`owes_report`), plus any report that left its agency (kept as history).
    """
    tasks = list(
        Task.objects.assignable()
        .filter(pk__in=task_ids)
        .select_related("directive")
        .only("id", "directive_id", "start_date", "completed_at", "cancelled_at", "directive__issued_on")
    )
    found_for = _reporters_of([task.pk for task in tasks])
    periods = defaultdict(list)
    for period in ReportingPeriod.objects.filter(directive_id__in={t.directive_id for t in tasks}):
        periods[period.directive_id].append(period)
    reports = {
        (r.task_id, r.agency_id, r.period_id): r
        for r in ProgressReport.objects.filter(task_id__in=task_ids).only(
            "id", "task_id", "agency_id", "period_id", "state", "is_late"
        )
    }
    due = {}
    reporter_rows, obligation_rows = {}, {}
    for task in tasks:
        found = found_for[task.pk]
        for agency_id, (_agency, role) in found.items():
            reporter_rows[(task.pk, agency_id)] = role
        for period in periods[task.directive_id]:
            if not owes_report(task, period):
                continue
            for agency_id, (_agency, role) in found.items():
                obligation_rows[(task.pk, agency_id, period.pk)] = role
            due[period.pk] = period.due_datetime()
    for key, report in reports.items():
        # A report that left its agency keeps its obligation even when the agency no longer reports on the task.
        if key not in obligation_rows and report.state in SENT_STATES:
            obligation_rows[key] = reporter_rows.get(key[:2], "")
    for period in ReportingPeriod.objects.filter(pk__in={k[2] for k in obligation_rows} - set(due)):
        due[period.pk] = period.due_datetime()
    fields = {}
    for key, role in obligation_rows.items():
        report = reports.get(key)
        fields[key] = {
            "role": role,
            "due_at": due[key[2]],
            "state": obligation_state(report),
            "late": bool(report is not None and is_settled(report) and report.is_late),
            "report_id": report.pk if report else None,
        }
    return reporter_rows, fields, _lead_keys([task.pk for task in tasks], reporter_rows)


def stored_rows(task_ids):
    """The stored rows for these tasks, in the shapes `expected_rows` gives."""
    reporter_rows = {
        (r.task_id, r.agency_id): r.role for r in TaskReporter.objects.filter(task_id__in=task_ids).order_by()
    }
    fields = {}
    for o in ReportObligation.objects.filter(task_id__in=task_ids).order_by():
        fields[(o.task_id, o.agency_id, o.period_id)] = {
            "role": o.role,
            "due_at": o.due_at,
            "state": o.state,
            "late": o.late,
            "report_id": o.report_id,
        }
    keys = dict(Task.objects.assignable().filter(pk__in=task_ids).values_list("pk", "lead_key"))
    return reporter_rows, fields, keys


@transaction.atomic
def _sync_chunk(task_ids):
    # Lock the tasks so two writers of one task's rows take turns (SQLite locks the whole file anyway).
    stored_keys = dict(Task.objects.select_for_update().filter(pk__in=task_ids).values_list("pk", "lead_key"))
    want_reporters, want, want_keys = expected_rows(task_ids)
    # A task that is no longer assignable (now a heading) leads nothing.
    _store_lead_keys({pk: want_keys.get(pk, "") for pk in stored_keys}, stored_keys)
    have_reporters = {(r.task_id, r.agency_id): r for r in TaskReporter.objects.filter(task_id__in=task_ids).order_by()}
    TaskReporter.objects.filter(
        pk__in=[r.pk for key, r in have_reporters.items() if key not in want_reporters]
    ).delete()
    changed = []
    for key, role in want_reporters.items():
        row = have_reporters.get(key)
        if row is not None and (row.role, row.leads) != (role, role in LEADING_ROLES):
            row.role, row.leads = role, role in LEADING_ROLES
            changed.append(row)
    TaskReporter.objects.bulk_update(changed, ["role", "leads"])
    TaskReporter.objects.bulk_create(
        [
            TaskReporter(task_id=t, agency_id=a, role=role, leads=role in LEADING_ROLES)
            for (t, a), role in want_reporters.items()
            if (t, a) not in have_reporters
        ]
    )
    have = {
        (o.task_id, o.agency_id, o.period_id): o
        for o in ReportObligation.objects.filter(task_id__in=task_ids).order_by()
    }
    ReportObligation.objects.filter(pk__in=[o.pk for key, o in have.items() if key not in want]).delete()
    changed = []
    for key, values in want.items():
        row = have.get(key)
        if row is not None and any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            changed.append(row)
    ReportObligation.objects.bulk_update(changed, ["role", "due_at", "state", "late", "report_id"], batch_size=CHUNK)
    ReportObligation.objects.bulk_create(
        [
            ReportObligation(task_id=t, agency_id=a, period_id=p, **values)
            for (t, a, p), values in want.items()
            if (t, a, p) not in have
        ],
        batch_size=CHUNK,
    )


# --- In bulk: new periods, tasks written in bulk ------------------------------------------------------------------

BULK_CHUNK = 5000
# Report states whose obligation counts as settled (`SETTLED`), for the set-based statements.
_SETTLING_REPORT_STATES = [state for state, settles in _STATE_OF_REPORT.items() if settles in SETTLED]


def _execute(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _lock_tasks_and_reporters():
    """Hold off writes to the tasks and their reporters until the bulk statements commit (PostgreSQL: a SHARE lock,
    which reads do not wait for): a task completed, cancelled or reassigned meanwhile is then written after them and
    recomputed by its own `sync_tasks`, and none is half-seen. Row locks on every task would do the same but leave
    200,000 rows to vacuum again, and the dashboard's index-only scans with them."""
    if connection.vendor != "postgresql":
        return  # SQLite locks the whole file for a write transaction
    _execute(f"LOCK TABLE {Task._meta.db_table}, {TaskReporter._meta.db_table} IN SHARE MODE", [])


def _insert_obligations(select_sql, params):
    table = ReportObligation._meta.db_table
    return _execute(
        f"INSERT INTO {table} (task_id, agency_id, period_id, role, due_at, state, late, report_id) "
        f"{select_sql} ON CONFLICT (task_id, agency_id, period_id) DO NOTHING",
        params,
    )


def _insert_owed(reporters, period_ids, due):
    """INSERT the obligations these stored reporters owe in these periods, all due at `due`: one per reporter of each
    task a period owes a report (`owes_report_q`), in one INSERT ... SELECT."""
    owed = (
        reporters.filter(
            Q(task__directive__periods__in=period_ids)
            & owes_report_q(F("task__directive__periods__start"), F("task__directive__periods__end"), task="task__")
        )
        .order_by()
        .values(
            o_task=F("task_id"),
            o_agency=F("agency_id"),
            o_period=F("task__directive__periods__id"),
            o_role=F("role"),
            o_due=Value(due, output_field=DateTimeField()),
            o_state=Value(ObligationState.OWED.value),
            o_late=Value(False),
            o_report=Value(None, output_field=IntegerField()),
        )
    )
    return _insert_obligations(*owed.query.sql_with_params())


def open_periods(period_ids):
    """Create the obligations of these periods from the stored reporters, in a few statements whatever the number
    of tasks; return how many were created.

    The same rows `sync_tasks` makes (`expected_rows`): one per reporter of each task the period owes a report
    (`owes_report_q`, the SQL twin of `owes_report`), plus a report that left its agency (`SENT_STATES`)
    from an agency that no longer reports; then the reports already written in the periods give their
    obligation its state (`_STATE_OF_REPORT`), late flag and report. Idempotent: existing rows are left alone
    and brought up to date with their report.
    """
    periods = list(ReportingPeriod.objects.filter(pk__in=set(period_ids)).order_by("pk"))
    if not periods:
        return 0
    created = 0
    by_due = defaultdict(list)
    for period in periods:
        by_due[period.due_datetime()].append(period.pk)
    with transaction.atomic(savepoint=False):
        _lock_tasks_and_reporters()
        for due, ids in by_due.items():
            # One statement per due moment: the due moment is a constant of the SELECT.
            created += _insert_owed(TaskReporter.objects.all(), ids, due)
        # A report that left its agency keeps its obligation when the agency no longer reports on the task (few rows:
        # their due moment is looked up per period).
        reports, reporters = ProgressReport._meta.db_table, TaskReporter._meta.db_table
        for chunk in chunked(sorted(period.pk for period in periods)):
            dues = [value for period in periods if period.pk in chunk for value in (period.pk, period.due_datetime())]
            created += _insert_obligations(
                f"SELECT r.task_id, r.agency_id, r.period_id, COALESCE(tr.role, %s), "
                f"CASE r.period_id {' '.join(['WHEN %s THEN %s'] * len(chunk))} END, %s, %s, NULL "
                f"FROM {reports} r LEFT JOIN {reporters} tr ON tr.task_id = r.task_id AND tr.agency_id = r.agency_id "
                f"WHERE r.period_id IN ({', '.join(['%s'] * len(chunk))}) "
                f"AND r.state IN ({', '.join(['%s'] * len(SENT_STATES))})",
                ["", *dues, ObligationState.OWED.value, False, *chunk, *SENT_STATES],
            )
        _record_reports([period.pk for period in periods])
    return created


def _record_reports(period_ids):
    """Give the obligations of these periods the state, late flag and report of the report written for them."""
    table, reports = ReportObligation._meta.db_table, ProgressReport._meta.db_table
    states = " ".join("WHEN %s THEN %s" for _state in _STATE_OF_REPORT)
    settling = ", ".join(["%s"] * len(_SETTLING_REPORT_STATES))
    for chunk in chunked(sorted(period_ids)):
        _execute(
            f"UPDATE {table} SET state = CASE r.state {states} END, "
            f"late = CASE WHEN r.state IN ({settling}) THEN r.is_late ELSE %s END, report_id = r.id "
            f"FROM {reports} r WHERE r.period_id IN ({', '.join(['%s'] * len(chunk))}) "
            f"AND {table}.period_id = r.period_id AND {table}.task_id = r.task_id "
            f"AND {table}.agency_id = r.agency_id",
            [
                *[value for pair in _STATE_OF_REPORT.items() for value in pair],
                *_SETTLING_REPORT_STATES,
                False,
                *chunk,
            ],
        )


def create_for_written_tasks(directive_ids, task_ids):
    """The reporters, lead keys and obligations of these directives' tasks written in bulk in this transaction, none
    of their rows stored yet and no report written for them (an import's new tasks): reporters by the rule
    (`resolve_reporters`), written as values, with each task's `lead_key`; obligations set-based from them, one
    INSERT ... SELECT per due moment of their directives' periods and chunk of tasks. The tasks are not seen by
    other transactions yet, so no lock is taken (unlike `open_periods`)."""
    task_ids = sorted(set(task_ids))
    if not task_ids:
        return 0
    created = 0
    for chunk in chunked(task_ids):
        assignable = list(Task.objects.assignable().filter(pk__in=chunk).values_list("pk", flat=True))
        rows = {
            (task_id, agency_id): role
            for task_id, found in _reporters_of(assignable).items()
            for agency_id, (_agency, role) in found.items()
        }
        insert_rows(
            TaskReporter,
            (
                {"task_id": task_id, "agency_id": agency_id, "role": role, "leads": role in LEADING_ROLES}
                for (task_id, agency_id), role in rows.items()
            ),
        )
        _store_lead_keys(_lead_keys(assignable, rows), {})
    periods = ReportingPeriod.objects.filter(directive_id__in=directive_ids).order_by("pk")
    by_due = defaultdict(list)
    for period in periods:
        by_due[period.due_datetime()].append(period.pk)
    for due, ids in by_due.items():
        for chunk in chunked(task_ids):
            created += _insert_owed(TaskReporter.objects.filter(task_id__in=chunk), ids, due)
    return created


def create_for_new_tasks(directive_ids):
    """The reporters and obligations of these directives' tasks, written in bulk with none stored yet (the
    load-data generator): reporters by the rule in chunks, then every period's obligations by `open_periods`."""
    task_ids = list(Task.objects.assignable().filter(directive_id__in=directive_ids).values_list("pk", flat=True))
    for chunk in chunked(sorted(task_ids), BULK_CHUNK):
        with transaction.atomic():
            found_for = _reporters_of(chunk)
            TaskReporter.objects.bulk_create(
                [
                    TaskReporter(task_id=task_id, agency_id=agency_id, role=role, leads=role in LEADING_ROLES)
                    for task_id, found in found_for.items()
                    for agency_id, (_agency, role) in found.items()
                ],
                batch_size=BULK_CHUNK,
                ignore_conflicts=True,
            )
            rows = {(t, a): role for t, found in found_for.items() for a, (_agency, role) in found.items()}
            _store_lead_keys(_lead_keys(chunk, rows), {})
    return open_periods(ReportingPeriod.objects.filter(directive_id__in=directive_ids).values_list("pk", flat=True))


def sync_tasks(task_ids):
    """Recompute the reporters and obligations of these tasks from the rules (a few queries per thousand tasks)."""
    for chunk in chunked(sorted(set(task_ids))):
        _sync_chunk(chunk)


def sync_directives(directive_ids):
    """Recompute every task of these directives: a period opened or moved, or the tasks were written in bulk."""
    sync_tasks(Task.objects.filter(directive_id__in=directive_ids).values_list("pk", flat=True))


def sync_agencies(agency_ids):
    """Recompute the tasks assigned to these agencies or to a group holding one: its membership or activity
    changed."""
    groups = Agency.members.through.objects.filter(to_agency_id__in=agency_ids).values_list("from_agency_id", flat=True)
    assigned = Assignment.objects.filter(Q(agency_id__in=agency_ids) | Q(agency_id__in=list(groups)))
    sync_tasks(assigned.values_list("task_id", flat=True).distinct())


def record_report(report):
    """Keep the report's obligation in step with the report (the workflow calls it through a signal)."""
    sync_tasks([report.task_id])


def reassign_obligations(from_agency, to_agency):
    """Move what `from_agency` still owes to `to_agency` (a successor after a reorganization): its assignments
    pass to the successor first, then the affected tasks are recomputed. Settled reports stay with the agency that
    sent them; what it had not yet sent is owed by the successor."""
    with transaction.atomic():
        task_ids = set(Assignment.objects.filter(agency=from_agency).values_list("task_id", flat=True))
        task_ids |= set(ReportObligation.objects.filter(agency=from_agency).values_list("task_id", flat=True))
        for assignment in Assignment.objects.filter(agency=from_agency):
            if Assignment.objects.filter(task_id=assignment.task_id, agency=to_agency, role=assignment.role).exists():
                assignment.delete()
            else:
                assignment.agency = to_agency
                assignment.save(update_fields=["agency"])
        sync_tasks(task_ids)


CountDifference = namedtuple("CountDifference", [*ObligationCount.counted_by, "stored", "counted"])
SectorCountDifference = namedtuple("SectorCountDifference", [*ObligationSectorCount.counted_by, "stored", "counted"])


def count_differences(fix=False):
    """The stored `ObligationCount` rows that differ from the obligations counted now (none should), as
    `CountDifference`s; with `fix`, every count is written again from the obligations (for `manage.py
    check_status`; the obligations locked against writes meanwhile on PostgreSQL)."""
    rows = ReportObligation.objects.values_list(*ObligationCount.counted_by)
    return _differences(ObligationCount, rows, CountDifference, fix)


def sector_count_differences(fix=False):
    """The same for `ObligationSectorCount`: the obligations of tasks with a sector, counted per period, sector of
    their task, agency, state and late flag (`SectorCountDifference`s); the tasks locked too when fixing."""
    rows = ReportObligation.objects.filter(task__sector__isnull=False).values_list(
        "period_id", "task__sector_id", "agency_id", "state", "late"
    )
    return _differences(ObligationSectorCount, rows, SectorCountDifference, fix, also_locked=[Task])


def _differences(model, rows, difference, fix, also_locked=()):
    """`rows` gives the obligations' values of `model.counted_by`, in its order."""
    counted = rows.order_by().annotate(n=Count("*"))
    locked = [ReportObligation, *also_locked]
    return stored_counts.differences(model, model.counted_by, [counted], difference, fix, locked)


def owed(queryset=None):
    """Obligations not yet settled."""
    return (queryset if queryset is not None else ReportObligation.objects.all()).exclude(state__in=SETTLED)


def overdue_at(moment, queryset=None):
    """Obligations not settled whose due moment has passed."""
    return owed(queryset).filter(due_at__lt=moment)
