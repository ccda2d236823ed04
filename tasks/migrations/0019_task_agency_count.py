"""Tasks (kind "task") counted per province, agency that sees them, status and directive, sector or lead key
(`TaskAgencyCount`), kept by triggers in the transaction of every statement that writes tasks, assignments, groups'
members or a directive's province, and filled from the rows already stored.

An agency sees a task assigned to it or to a group it belongs to (`TaskQuerySet.visible_to`, `for_agencies`), once
however many assignments give it. PostgreSQL: one trigger per statement, which recomputes who sees the tasks the
statement touched before and after it (from its transition tables) and adds the difference, grouped, to the counts.
SQLite has no statement triggers: one per row, which adds a task's counts for an agency that starts or stops seeing
it. A count that falls to zero stays at zero.
"""

import django.db.models.deletion
from django.db import migrations, models

COUNTS = "tasks_taskagencycount"
TASKS = "tasks_task"
DIRECTIVES = "tasks_directive"
ASSIGNMENTS = "tasks_assignment"
MEMBERS = "agencies_agency_members"  # from_agency_id: the group, to_agency_id: its member
KEY = "province_id, agency_id, dimension, key, status"
_COLUMNS = "directive_id, sector_id, lead_key, status"
_UPSERT = f"ON CONFLICT ({KEY}) DO UPDATE SET count = c.count + EXCLUDED.count"


def _keys(row):
    """The three keys of a task row `row` (an alias or NEW / OLD) as (dimension, key expression)."""
    return (
        ("directive", f"CAST({row}.directive_id AS TEXT)"),
        ("sector", f"COALESCE(CAST({row}.sector_id AS TEXT), '')"),
        ("lead", f"{row}.lead_key"),
    )


def _pg_seen(assignments, members=f"SELECT from_agency_id, to_agency_id FROM {MEMBERS}"):
    """(task_id, agency_id) once for each agency that sees a task, given its `assignments` (task_id, agency_id)."""
    return (
        f"SELECT a.task_id, a.agency_id FROM ({assignments}) a UNION "
        f"SELECT a.task_id, m.to_agency_id FROM ({assignments}) a JOIN ({members}) m ON m.from_agency_id = a.agency_id"
    )


_PG_LATERAL = (
    "CROSS JOIN LATERAL (VALUES ('directive', r.directive_id::text), ('sector', COALESCE(r.sector_id::text, '')), "
    "('lead', r.lead_key)) k (dimension, key)"
)


def _pg_add(seen_signed):
    """Add to the counts the tasks of `seen_signed` (task_id, agency_id, d: +1 or -1), as the tasks are now."""
    return (
        f"INSERT INTO {COUNTS} AS c ({KEY}, count) SELECT {KEY}, SUM(d) FROM ("
        f"SELECT p.province_id, s.agency_id, k.dimension, k.key, r.status, s.d FROM ({seen_signed}) s "
        f"JOIN {TASKS} r ON r.id = s.task_id AND r.kind = 'task' JOIN {DIRECTIVES} p ON p.id = r.directive_id "
        f"{_PG_LATERAL}) x GROUP BY {KEY} HAVING SUM(d) <> 0 ORDER BY {KEY} {_UPSERT}"
    )


def _pg_function(name, body):
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {body};
            RETURN NULL;
        END $$"""


def _pg_trigger(name, operation, table, referencing):
    return (
        f"CREATE TRIGGER {name} AFTER {operation} ON {table} REFERENCING {referencing} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
    )


_REFERENCING = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
}

# Tasks written: the rows whose keys or kind changed, their old keys taken away and their new ones added, for every
# agency that sees them now (their assignments are not this statement's).
_TASK_CHANGED = (
    "SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id "
    f"WHERE (n.{_COLUMNS.replace(', ', ', n.')}, n.kind) IS DISTINCT FROM (o.{_COLUMNS.replace(', ', ', o.')}, o.kind)"
)
_PG_TASK_ROWS = {
    "INSERT": f"SELECT id, {_COLUMNS}, 1 AS d FROM new_rows WHERE kind = 'task'",
    "DELETE": f"SELECT id, {_COLUMNS}, -1 AS d FROM old_rows WHERE kind = 'task'",
    "UPDATE": f"SELECT id, {_COLUMNS}, 1 AS d FROM new_rows WHERE kind = 'task' AND id IN ({_TASK_CHANGED}) "
    f"UNION ALL SELECT id, {_COLUMNS}, -1 FROM old_rows WHERE kind = 'task' AND id IN ({_TASK_CHANGED})",
}


def _pg_task_body(operation):
    seen = _pg_seen(f"SELECT task_id, agency_id FROM {ASSIGNMENTS} WHERE task_id IN (SELECT id FROM r)")
    return (
        f"WITH r AS ({_PG_TASK_ROWS[operation]}), s AS ({seen}) "
        f"INSERT INTO {COUNTS} AS c ({KEY}, count) SELECT {KEY}, SUM(d) FROM ("
        f"SELECT p.province_id, s.agency_id, k.dimension, k.key, r.status, r.d FROM r JOIN s ON s.task_id = r.id "
        f"JOIN {DIRECTIVES} p ON p.id = r.directive_id {_PG_LATERAL}) x "
        f"GROUP BY {KEY} HAVING SUM(d) <> 0 ORDER BY {KEY} {_UPSERT}"
    )


# Assignments written: who sees their tasks after the statement (now) against before it (now, less the rows it
# wrote, plus the rows it removed).
_PG_ASSIGNMENTS_BEFORE = {
    "INSERT": "SELECT task_id, agency_id FROM now_a WHERE id NOT IN (SELECT id FROM new_rows)",
    "DELETE": "SELECT task_id, agency_id FROM now_a UNION ALL SELECT task_id, agency_id FROM old_rows",
    "UPDATE": "SELECT task_id, agency_id FROM now_a WHERE id NOT IN (SELECT id FROM new_rows) "
    "UNION ALL SELECT task_id, agency_id FROM old_rows",
}
_PG_TOUCHED = {
    "INSERT": "SELECT task_id FROM new_rows",
    "DELETE": "SELECT task_id FROM old_rows",
    "UPDATE": "SELECT task_id FROM new_rows UNION SELECT task_id FROM old_rows",
}


def _pg_assignment_body(operation):
    now_a = f"SELECT id, task_id, agency_id FROM {ASSIGNMENTS} WHERE task_id IN ({_PG_TOUCHED[operation]})"
    signed = (
        f"SELECT task_id, agency_id, 1 AS d FROM ({_pg_seen('SELECT task_id, agency_id FROM now_a')}) n "
        f"UNION ALL SELECT task_id, agency_id, -1 FROM ({_pg_seen(_PG_ASSIGNMENTS_BEFORE[operation])}) b"
    )
    return f"WITH now_a AS ({now_a}) {_pg_add(signed)}"


# A group's members written: who sees the group's tasks with the members now against before the statement.
_PG_MEMBERS_BEFORE = {
    "INSERT": f"SELECT from_agency_id, to_agency_id FROM {MEMBERS} WHERE id NOT IN (SELECT id FROM new_rows)",
    "DELETE": f"SELECT from_agency_id, to_agency_id FROM {MEMBERS} UNION ALL "
    "SELECT from_agency_id, to_agency_id FROM old_rows",
    "UPDATE": f"SELECT from_agency_id, to_agency_id FROM {MEMBERS} WHERE id NOT IN (SELECT id FROM new_rows) "
    "UNION ALL SELECT from_agency_id, to_agency_id FROM old_rows",
}
_PG_GROUPS = {
    "INSERT": "SELECT from_agency_id FROM new_rows",
    "DELETE": "SELECT from_agency_id FROM old_rows",
    "UPDATE": "SELECT from_agency_id FROM new_rows UNION SELECT from_agency_id FROM old_rows",
}


def _pg_members_body(operation):
    group_a = (
        f"SELECT task_id, agency_id FROM {ASSIGNMENTS} WHERE task_id IN "
        f"(SELECT task_id FROM {ASSIGNMENTS} WHERE agency_id IN ({_PG_GROUPS[operation]}))"
    )
    signed = (
        f"SELECT task_id, agency_id, 1 AS d FROM ({_pg_seen('SELECT task_id, agency_id FROM group_a')}) n "
        f"UNION ALL SELECT task_id, agency_id, -1 FROM "
        f"({_pg_seen('SELECT task_id, agency_id FROM group_a', _PG_MEMBERS_BEFORE[operation])}) b"
    )
    return f"WITH group_a AS ({group_a}) {_pg_add(signed)}"


# A directive moved to another province (a province merger, or its undoing) takes its tasks' counts with it.
_PG_MOVED_BODY = (
    "WITH m AS (SELECT o.id, o.province_id, -1 AS d FROM old_rows o JOIN new_rows n ON n.id = o.id "
    "WHERE n.province_id <> o.province_id UNION ALL SELECT n.id, n.province_id, 1 FROM old_rows o "
    "JOIN new_rows n ON n.id = o.id WHERE n.province_id <> o.province_id), "
    f"s AS ({_pg_seen(f'SELECT a.task_id, a.agency_id FROM {ASSIGNMENTS} a JOIN {TASKS} t ON t.id = a.task_id WHERE t.directive_id IN (SELECT id FROM m)')}) "
    f"INSERT INTO {COUNTS} AS c ({KEY}, count) SELECT {KEY}, SUM(d) FROM ("
    f"SELECT m.province_id, s.agency_id, k.dimension, k.key, r.status, m.d FROM {TASKS} r "
    f"JOIN m ON m.id = r.directive_id JOIN s ON s.task_id = r.id {_PG_LATERAL} WHERE r.kind = 'task') x "
    f"GROUP BY {KEY} HAVING SUM(d) <> 0 ORDER BY {KEY} {_UPSERT}"
)


def _pg_statements():
    statements = []
    for operation, referencing in _REFERENCING.items():
        for name, table, body in (
            (f"task_agency_count_{operation.lower()}", TASKS, _pg_task_body(operation)),
            (f"task_agency_count_assignment_{operation.lower()}", ASSIGNMENTS, _pg_assignment_body(operation)),
            (f"task_agency_count_members_{operation.lower()}", MEMBERS, _pg_members_body(operation)),
        ):
            statements += [_pg_function(name, body), _pg_trigger(name, operation, table, referencing)]
    name = "task_agency_count_directive_moved"
    statements += [_pg_function(name, _PG_MOVED_BODY), _pg_trigger(name, "UPDATE", DIRECTIVES, _REFERENCING["UPDATE"])]
    return statements


def _sqlite_sees(task, agency, assignment_other="TRUE", member_other="TRUE"):
    """SQL true when an assignment of `task` other than the one excluded gives `agency` the task (directly or
    through a group; group memberships other than the one excluded)."""
    return (
        f"EXISTS (SELECT 1 FROM {ASSIGNMENTS} a WHERE a.task_id = {task} AND {assignment_other} AND "
        f"(a.agency_id = {agency} OR EXISTS (SELECT 1 FROM {MEMBERS} m WHERE m.from_agency_id = a.agency_id "
        f"AND m.to_agency_id = {agency} AND {member_other})))"
    )


def _sqlite_add(source, sign):
    """Add `sign` to the counts of each (task `t`, agency `g.agency`) pair `source` gives (a FROM ... WHERE with
    those aliases)."""
    return " ".join(
        f"INSERT INTO {COUNTS} ({KEY}, count) SELECT p.province_id, g.agency, '{dimension}', {key}, t.status, "
        f"{sign} * COUNT(*) {source} AND t.kind = 'task' GROUP BY 1, 2, 3, 4, 5 "
        f"ON CONFLICT ({KEY}) DO UPDATE SET count = count + excluded.count;"
        for dimension, key in _keys("t")
    )


def _sqlite_seen(task):
    return (
        f"SELECT agency_id AS agency FROM {ASSIGNMENTS} WHERE task_id = {task} UNION "
        f"SELECT m.to_agency_id FROM {ASSIGNMENTS} a JOIN {MEMBERS} m ON m.from_agency_id = a.agency_id "
        f"WHERE a.task_id = {task}"
    )


def _sqlite_task(row, sign):
    """The task row `row` (NEW or OLD) counted `sign` times for every agency that sees it."""
    return " ".join(
        f"INSERT INTO {COUNTS} ({KEY}, count) SELECT p.province_id, g.agency, '{dimension}', {key}, {row}.status, "
        f"{sign} FROM ({_sqlite_seen(f'{row}.id')}) g JOIN {DIRECTIVES} p ON p.id = {row}.directive_id "
        f"WHERE {row}.kind = 'task' ON CONFLICT ({KEY}) DO UPDATE SET count = count + excluded.count;"
        for dimension, key in _keys(row)
    )


def _sqlite_assignment(row, sign):
    """The agencies the assignment `row` gives its task (its agency and the members of a group), those no other
    assignment gives it: the task counted `sign` times for them."""
    given = f"SELECT {row}.agency_id AS agency UNION SELECT to_agency_id FROM {MEMBERS} WHERE from_agency_id = {row}.agency_id"
    source = (
        f"FROM ({given}) g JOIN {TASKS} t ON t.id = {row}.task_id JOIN {DIRECTIVES} p ON p.id = t.directive_id "
        f"WHERE NOT {_sqlite_sees(f'{row}.task_id', 'g.agency', assignment_other=f'a.id <> {row}.id')}"
    )
    return _sqlite_add(source, sign)


def _sqlite_member(row, sign):
    """The tasks of the group `row` names, for its member: those the member sees by no other assignment or group."""
    source = (
        f"FROM (SELECT {row}.to_agency_id AS agency) g JOIN {TASKS} t ON t.id IN "
        f"(SELECT task_id FROM {ASSIGNMENTS} WHERE agency_id = {row}.from_agency_id) "
        f"JOIN {DIRECTIVES} p ON p.id = t.directive_id "
        f"WHERE NOT {_sqlite_sees('t.id', 'g.agency', member_other=f'm.id <> {row}.id')}"
    )
    return _sqlite_add(source, sign)


def _sqlite_moved(province, sign):
    """The moved directive's tasks counted `sign` times under `province` (OLD's or NEW's), for who sees them."""
    seen = (
        f"SELECT task_id, agency_id AS agency FROM {ASSIGNMENTS} UNION "
        f"SELECT a.task_id, m.to_agency_id FROM {ASSIGNMENTS} a JOIN {MEMBERS} m ON m.from_agency_id = a.agency_id"
    )
    return " ".join(
        f"INSERT INTO {COUNTS} ({KEY}, count) SELECT {province}, g.agency, '{dimension}', {key}, t.status, "
        f"{sign} * COUNT(*) FROM {TASKS} t JOIN ({seen}) g ON g.task_id = t.id "
        f"WHERE t.directive_id = NEW.id AND t.kind = 'task' GROUP BY 2, 3, 4, 5 "
        f"ON CONFLICT ({KEY}) DO UPDATE SET count = count + excluded.count;"
        for dimension, key in _keys("t")
    )


_SQLITE = {
    "insert": f"AFTER INSERT ON {TASKS} BEGIN {_sqlite_task('NEW', 1)} END",
    "delete": f"AFTER DELETE ON {TASKS} BEGIN {_sqlite_task('OLD', -1)} END",
    "update": f"AFTER UPDATE OF {_COLUMNS}, kind ON {TASKS} BEGIN {_sqlite_task('OLD', -1)} {_sqlite_task('NEW', 1)} END",
    "assignment_insert": f"AFTER INSERT ON {ASSIGNMENTS} BEGIN {_sqlite_assignment('NEW', 1)} END",
    "assignment_delete": f"AFTER DELETE ON {ASSIGNMENTS} BEGIN {_sqlite_assignment('OLD', -1)} END",
    "assignment_update": f"AFTER UPDATE OF task_id, agency_id ON {ASSIGNMENTS} "
    f"BEGIN {_sqlite_assignment('OLD', -1)} {_sqlite_assignment('NEW', 1)} END",
    "members_insert": f"AFTER INSERT ON {MEMBERS} BEGIN {_sqlite_member('NEW', 1)} END",
    "members_delete": f"AFTER DELETE ON {MEMBERS} BEGIN {_sqlite_member('OLD', -1)} END",
    "members_update": f"AFTER UPDATE OF from_agency_id, to_agency_id ON {MEMBERS} "
    f"BEGIN {_sqlite_member('OLD', -1)} {_sqlite_member('NEW', 1)} END",
    "directive_moved": f"AFTER UPDATE OF province_id ON {DIRECTIVES} WHEN NEW.province_id <> OLD.province_id "
    f"BEGIN {_sqlite_moved('OLD.province_id', -1)} {_sqlite_moved('NEW.province_id', 1)} END",
}

# Every task counted for every agency that sees it (the fill, and `tasks.services.task_agency_count_differences`).
SEEN = (
    f"SELECT task_id, agency_id FROM {ASSIGNMENTS} UNION "
    f"SELECT a.task_id, m.to_agency_id FROM {ASSIGNMENTS} a JOIN {MEMBERS} m ON m.from_agency_id = a.agency_id"
)
COUNTED = " UNION ALL ".join(
    f"SELECT p.province_id, s.agency_id, '{dimension}' AS dimension, {key} AS key, t.status, COUNT(*) AS count "
    f"FROM ({SEEN}) s JOIN {TASKS} t ON t.id = s.task_id JOIN {DIRECTIVES} p ON p.id = t.directive_id "
    f"WHERE t.kind = 'task' GROUP BY p.province_id, s.agency_id, {key}, t.status"
    for dimension, key in _keys("t")
)


def create_triggers(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = _pg_statements()
    else:
        statements = [f"CREATE TRIGGER task_agency_count_{name} {body}" for name, body in _SQLITE.items()]
    # The triggers first: they lock the tables against writes until this migration commits, so the counts filled
    # below miss nothing.
    statements.append(f"INSERT INTO {COUNTS} ({KEY}, count) SELECT {KEY}, count FROM ({COUNTED}) x")
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


_TRIGGER_TABLES = {"": TASKS, "assignment_": ASSIGNMENTS, "members_": MEMBERS}


def drop_triggers(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    names = [
        (f"{prefix}{operation}", table)
        for prefix, table in _TRIGGER_TABLES.items()
        for operation in ("insert", "update", "delete")
    ]
    names.append(("directive_moved", DIRECTIVES))
    with schema_editor.connection.cursor() as cursor:
        for operation, table in names:
            name = f"task_agency_count_{operation}"
            cursor.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgresql else ""))
            if postgresql:
                cursor.execute(f"DROP FUNCTION {name}()")


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0002_alias_province"),
        ("tasks", "0018_task_count"),
    ]

    operations = [
        migrations.CreateModel(
            name="TaskAgencyCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "dimension",
                    models.CharField(
                        choices=[("directive", "Directive"), ("sector", "Sector"), ("lead", "Lead")], max_length=10
                    ),
                ),
                ("key", models.TextField()),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("in_progress", "In progress, on time"),
                            ("overdue", "In progress, overdue"),
                            ("done_on_time", "Completed on time"),
                            ("done_late", "Completed late"),
                            ("recurring", "Recurring"),
                            ("not_started", "Not yet due to start"),
                            ("waiting", "Waiting on an event"),
                            ("unscheduled", "No deadline set"),
                            ("cancelled", "Cancelled or replaced"),
                            ("heading", "Heading"),
                        ],
                        max_length=20,
                    ),
                ),
                ("count", models.IntegerField()),
                (
                    "agency",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="agencies.agency",
                    ),
                ),
                (
                    "province",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="agencies.province",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("province", "agency", "dimension", "key", "status"), name="task_agency_count_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
