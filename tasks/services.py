"""Actions on tasks that are no form's work: the clock pass that moves stored statuses on, and their check; the
checks of the stored task counts."""

import contextlib
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import CharField, Count, F, Value
from django.db.models.functions import Cast, Coalesce

from agencies.models import Agency
from common import stored_counts

from .models import Assignment, Task, TaskAgencyCount, TaskCount, TaskCountDimension, TaskKind
from .status import STATUS_INPUTS, local_now, next_change, refresh_statuses, task_status


def advance_statuses(now=None):
    """Move on the tasks whose stored status the clock has changed (`status_changes_at` passed); return how many.

    Beat runs it every minute (`tasks.tasks.advance_statuses`); a run missed while beat was down is caught up by
    the next, which reads every row whose moment is past, however long ago. Indexed: a few rows after midnight.
    """
    now = local_now(now)
    return len(refresh_statuses(Task.objects.filter(status_changes_at__lte=now), now))


@dataclass
class StatusDifference:
    task_id: int
    code: str
    stored: str
    computed: str


def check_statuses(now=None, fix=True):
    """Recompute every task's status and next moment from the rule; return the rows whose stored values differ,
    written right when `fix`. For operators (`manage.py check_status`) and tests: nothing should ever differ."""
    now = local_now(now)
    differences = []
    for task in Task.objects.only("code", *STATUS_INPUTS).order_by("pk").iterator(chunk_size=2000):
        status, moment = task_status(task, now), next_change(task, now)
        if (task.status, task.status_changes_at) != (status, moment):
            differences.append(StatusDifference(task.pk, task.code, task.status, status))
    if fix and differences:
        refresh_statuses(Task.objects.filter(pk__in=[d.task_id for d in differences]), now)
    return differences


CountDifference = namedtuple("CountDifference", [*TaskCount.counted_by, "stored", "counted"])

_COUNT_KEYS = {
    TaskCountDimension.DIRECTIVE: Cast("directive_id", CharField()),
    TaskCountDimension.SECTOR: Coalesce(Cast("sector_id", CharField()), Value("")),
    TaskCountDimension.LEAD: F("lead_key"),
}


def task_count_differences(fix=False):
    """The stored `TaskCount` rows that differ from the tasks counted now (none should; a stored zero equals no
    task), as `CountDifference`s; with `fix`, every count is written again from the tasks (for `manage.py
    check_status`; the tasks locked against writes meanwhile on PostgreSQL)."""
    tasks = Task.objects.filter(kind=TaskKind.TASK).order_by()
    counted = [
        tasks.values_list("directive__province_id", Value(dimension.value), key, "status").annotate(n=Count("*"))
        for dimension, key in _COUNT_KEYS.items()
    ]
    return stored_counts.differences(TaskCount, TaskCount.counted_by, counted, CountDifference, fix, locked=[Task])


AgencyCountDifference = namedtuple("AgencyCountDifference", [*TaskAgencyCount.counted_by, "stored", "counted"])


def _counted_per_agency():
    """(province, agency, dimension, key, status, count) rows made from the tasks and assignments: each task (kind
    "task") once for each agency that sees it, assigned to it or to a group it belongs to (`for_agencies`). Read when
    iterated (after `stored_counts.differences` has locked the tables)."""
    members = defaultdict(set)
    for group_id, member_id in Agency.members.through.objects.values_list("from_agency_id", "to_agency_id"):
        members[group_id].add(member_id)
    seen = defaultdict(set)
    for task_id, agency_id in Assignment.objects.values_list("task_id", "agency_id").iterator(chunk_size=5000):
        seen[task_id].add(agency_id)
        seen[task_id].update(members[agency_id])
    counted = Counter()
    tasks = Task.objects.filter(kind=TaskKind.TASK).values_list(
        "pk", "directive__province_id", "directive_id", "sector_id", "lead_key", "status"
    )
    for task_id, province_id, directive_id, sector_id, lead_key, status in tasks.iterator(chunk_size=5000):
        keys = (
            (TaskCountDimension.DIRECTIVE.value, str(directive_id)),
            (TaskCountDimension.SECTOR.value, "" if sector_id is None else str(sector_id)),
            (TaskCountDimension.LEAD.value, lead_key),
        )
        for agency_id in seen.get(task_id, ()):
            for dimension, key in keys:
                counted[(province_id, agency_id, dimension, key, status)] += 1
    for row, count in counted.items():
        yield (*row, count)


def task_agency_count_differences(fix=False):
    """The stored `TaskAgencyCount` rows that differ from the tasks counted now for each agency that sees them (none
    should; a stored zero equals no task), as `AgencyCountDifference`s; with `fix`, every count is written again
    (for `manage.py check_status`; the tasks, assignments and groups' members locked against writes meanwhile on
    PostgreSQL)."""
    locked = [Task, Assignment, Agency.members.through]
    return stored_counts.differences(
        TaskAgencyCount, TaskAgencyCount.counted_by, [_counted_per_agency()], AgencyCountDifference, fix, locked=locked
    )


# What the row triggers of `TaskCount` and `TaskAgencyCount` add for a task, as one statement over a directive's tasks
# (SQLite): by directive, by sector and by lead key.
_KEYS = (
    ("directive", "CAST(t.directive_id AS TEXT)"),
    ("sector", "COALESCE(CAST(t.sector_id AS TEXT), '')"),
    ("lead", "t.lead_key"),
)
_DIRECTIVE_COUNTS = [
    f"INSERT INTO {TaskCount._meta.db_table} (province_id, dimension, key, status, count) "
    f"SELECT p.province_id, '{dimension}', {key}, t.status, %s * COUNT(*) FROM {Task._meta.db_table} t "
    f"JOIN tasks_directive p ON p.id = t.directive_id WHERE t.directive_id = %s AND t.kind = 'task' "
    "GROUP BY 1, 2, 3, 4 ON CONFLICT (province_id, dimension, key, status) DO UPDATE SET count = count + excluded.count"
    for dimension, key in _KEYS
]
# Each agency that sees a task once: assigned to it, or to a group it belongs to (`TaskQuerySet.visible_to`).
_SEEN_IN_DIRECTIVE = (
    "SELECT a.task_id, a.agency_id FROM tasks_assignment a JOIN tasks_task d ON d.id = a.task_id "
    "WHERE d.directive_id = %s UNION SELECT a.task_id, m.to_agency_id FROM tasks_assignment a "
    "JOIN tasks_task d ON d.id = a.task_id JOIN agencies_agency_members m ON m.from_agency_id = a.agency_id "
    "WHERE d.directive_id = %s"
)
_DIRECTIVE_AGENCY_COUNTS = [
    f"INSERT INTO {TaskAgencyCount._meta.db_table} (province_id, agency_id, dimension, key, status, count) "
    f"SELECT p.province_id, s.agency_id, '{dimension}', {key}, t.status, %s * COUNT(*) FROM ({_SEEN_IN_DIRECTIVE}) s "
    f"JOIN {Task._meta.db_table} t ON t.id = s.task_id JOIN tasks_directive p ON p.id = t.directive_id "
    "WHERE t.kind = 'task' GROUP BY 1, 2, 3, 4, 5 "
    "ON CONFLICT (province_id, agency_id, dimension, key, status) DO UPDATE SET count = count + excluded.count"
    for dimension, key in _KEYS
]
# The row triggers on tasks and assignments that keep both counts (migrations tasks/0018 and tasks/0019).
_COUNT_TRIGGERS = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('tasks_task', 'tasks_assignment') "
    "AND (name LIKE 'task\\_count\\_%' ESCAPE '\\' OR name LIKE 'task\\_agency\\_count\\_%' ESCAPE '\\') "
    "ORDER BY name"
)


@contextlib.contextmanager
def directive_counted_once(directive):
    """Write one directive's tasks and assignments in bulk with its stored task counts (`TaskCount`,
    `TaskAgencyCount`) brought up to date once at the end rather than row by row.

    On SQLite, whose triggers fire once per row (an import of 50,000 tasks ran some 600,000 trigger statements, 8 s
    of its 24), the triggers on tasks and assignments are dropped for the block and created again after it from
    the SQL the database holds for them, the directive's tasks taken out of the counts before and counted back after.
    All of it in one savepoint: SQLite's schema changes are transactional, so an error restores the triggers and the
    counts, and the write lock SQLite holds for the transaction keeps every other writer out meanwhile. Only this
    directive's tasks and their assignments may be written in the block. PostgreSQL's triggers fire once per
    statement already: nothing changes there."""
    if connection.vendor != "sqlite":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_COUNT_TRIGGERS)
        triggers = cursor.fetchall()
        _add_directive_counts(cursor, directive.pk, -1)
        for name, _sql in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
        yield
        for _name, sql in triggers:
            cursor.execute(sql)
        _add_directive_counts(cursor, directive.pk, 1)


def _add_directive_counts(cursor, directive_id, sign):
    for sql in _DIRECTIVE_COUNTS:
        cursor.execute(sql, [sign, directive_id])
    for sql in _DIRECTIVE_AGENCY_COUNTS:
        cursor.execute(sql, [sign, directive_id, directive_id])
