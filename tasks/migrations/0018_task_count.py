"""Tasks (kind "task") counted per province and status by directive, by sector and by lead key (`TaskCount`), kept
by triggers on the tasks in the transaction of every statement that writes them, and filled from the tasks already
stored.

PostgreSQL: one trigger per statement (insert, update, delete) adds the statement's rows, grouped, to the counts
(its transition tables), so the clock pass or an import of thousands of tasks costs one grouped upsert. SQLite has no
statement triggers: one per row. A directive moved to another province (a province merger) moves its tasks' counts
with it (a trigger on the directives). A count that falls to zero stays at zero.
"""

import django.db.models.deletion
from django.db import migrations, models

COUNTS = "tasks_taskcount"
TASKS = "tasks_task"
DIRECTIVES = "tasks_directive"
KEY = "province_id, dimension, key, status"


def _pg_keyed(rows):
    """Each task row of `rows` (with its sign `d`) under its three keys, with its directive's province."""
    return (
        f"SELECT p.province_id, k.dimension, k.key, r.status, r.d FROM ({rows}) r "
        f"JOIN {DIRECTIVES} p ON p.id = r.directive_id "
        "CROSS JOIN LATERAL (VALUES ('directive', r.directive_id::text), ('sector', COALESCE(r.sector_id::text, '')), "
        "('lead', r.lead_key)) k (dimension, key)"
    )


_COLUMNS = "directive_id, sector_id, lead_key, status"
_PG_ROWS = {
    "INSERT": f"SELECT {_COLUMNS}, 1 AS d FROM new_rows WHERE kind = 'task'",
    "DELETE": f"SELECT {_COLUMNS}, -1 AS d FROM old_rows WHERE kind = 'task'",
    "UPDATE": f"SELECT {_COLUMNS}, 1 AS d FROM new_rows WHERE kind = 'task' "
    f"UNION ALL SELECT {_COLUMNS}, -1 FROM old_rows WHERE kind = 'task'",
}
_PG_REFERENCING = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
}


def _pg_create(operation):
    name = f"task_count_{operation.lower()}"
    # Keys in order, so two transactions writing the same counts lock them in the same order.
    delta = (
        f"SELECT {KEY}, SUM(d) AS d FROM ({_pg_keyed(_PG_ROWS[operation])}) x GROUP BY {KEY} "
        f"HAVING SUM(d) <> 0 ORDER BY {KEY}"
    )
    return [
        f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {COUNTS} AS c ({KEY}, count) {delta}
            ON CONFLICT ({KEY}) DO UPDATE SET count = c.count + EXCLUDED.count;
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {name} AFTER {operation} ON {TASKS} REFERENCING {_PG_REFERENCING[operation]} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


# A directive moved to another province (a province merger, or its undoing) takes its tasks' counts with it.
_PG_MOVED = f"""CREATE FUNCTION task_count_directive_moved() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO {COUNTS} AS c ({KEY}, count)
        SELECT {KEY}, SUM(d) FROM (
            SELECT m.province_id, k.dimension, k.key, t.status, m.d FROM {TASKS} t
            JOIN (SELECT o.id, o.province_id, -1 AS d FROM old_rows o JOIN new_rows n ON n.id = o.id
                  WHERE n.province_id <> o.province_id
                  UNION ALL SELECT n.id, n.province_id, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                  WHERE n.province_id <> o.province_id) m ON m.id = t.directive_id
            CROSS JOIN LATERAL (VALUES ('directive', t.directive_id::text), ('sector', COALESCE(t.sector_id::text, '')),
            ('lead', t.lead_key)) k (dimension, key)
            WHERE t.kind = 'task'
        ) x GROUP BY {KEY} HAVING SUM(d) <> 0 ORDER BY {KEY}
        ON CONFLICT ({KEY}) DO UPDATE SET count = c.count + EXCLUDED.count;
        RETURN NULL;
    END $$"""
_PG_MOVED_TRIGGER = (
    f"CREATE TRIGGER task_count_directive_moved AFTER UPDATE ON {DIRECTIVES} "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION task_count_directive_moved()"
)


def _sqlite_moved(province, sign):
    """The moved directive's tasks counted `sign` times under `province` (OLD's or NEW's)."""
    keys = {
        "directive": "CAST(t.directive_id AS TEXT)",
        "sector": "COALESCE(CAST(t.sector_id AS TEXT), '')",
        "lead": "t.lead_key",
    }
    return " ".join(
        f"INSERT INTO {COUNTS} ({KEY}, count) SELECT {province}, '{dimension}', {key}, t.status, {sign} * COUNT(*) "
        f"FROM {TASKS} t WHERE t.directive_id = NEW.id AND t.kind = 'task' GROUP BY 3, 4 "
        f"ON CONFLICT ({KEY}) DO UPDATE SET count = count + excluded.count;"
        for dimension, key in keys.items()
    )


def _sqlite_add(row, step):
    keys = {
        "directive": f"CAST({row}.directive_id AS TEXT)",
        "sector": f"COALESCE(CAST({row}.sector_id AS TEXT), '')",
        "lead": f"{row}.lead_key",
    }
    return " ".join(
        f"INSERT INTO {COUNTS} ({KEY}, count) SELECT p.province_id, '{dimension}', {key}, {row}.status, {step} "
        f"FROM {DIRECTIVES} p WHERE p.id = {row}.directive_id AND {row}.kind = 'task' "
        f"ON CONFLICT ({KEY}) DO UPDATE SET count = count + {step};"
        for dimension, key in keys.items()
    )


_SQLITE = {
    "insert": f"AFTER INSERT ON {TASKS} BEGIN {_sqlite_add('NEW', 1)} END",
    "delete": f"AFTER DELETE ON {TASKS} BEGIN {_sqlite_add('OLD', -1)} END",
    "update": f"AFTER UPDATE OF {_COLUMNS}, kind ON {TASKS} BEGIN {_sqlite_add('OLD', -1)} {_sqlite_add('NEW', 1)} END",
    "directive_moved": f"AFTER UPDATE OF province_id ON {DIRECTIVES} WHEN NEW.province_id <> OLD.province_id "
    f"BEGIN {_sqlite_moved('OLD.province_id', -1)} {_sqlite_moved('NEW.province_id', 1)} END",
}


def create_triggers(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = [sql for operation in _PG_ROWS for sql in _pg_create(operation)]
        statements += [_PG_MOVED, _PG_MOVED_TRIGGER]
        fill = _pg_keyed(f"SELECT {_COLUMNS}, 1 AS d FROM {TASKS} WHERE kind = 'task'")
    else:
        statements = [f"CREATE TRIGGER task_count_{name} {body}" for name, body in _SQLITE.items()]
        fill = " UNION ALL ".join(
            f"SELECT p.province_id, '{dimension}' AS dimension, {key} AS key, t.status, 1 AS d FROM {TASKS} t "
            f"JOIN {DIRECTIVES} p ON p.id = t.directive_id WHERE t.kind = 'task'"
            for dimension, key in (
                ("directive", "CAST(t.directive_id AS TEXT)"),
                ("sector", "COALESCE(CAST(t.sector_id AS TEXT), '')"),
                ("lead", "t.lead_key"),
            )
        )
    # The triggers first: they lock the tasks against writes until this migration commits, so the counts filled
    # below miss nothing.
    statements.append(f"INSERT INTO {COUNTS} ({KEY}, count) SELECT {KEY}, SUM(d) FROM ({fill}) x GROUP BY {KEY}")
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def drop_triggers(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    with schema_editor.connection.cursor() as cursor:
        for operation, table in (
            ("insert", TASKS),
            ("update", TASKS),
            ("delete", TASKS),
            ("directive_moved", DIRECTIVES),
        ):
            name = f"task_count_{operation}"
            cursor.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgresql else ""))
            if postgresql:
                cursor.execute(f"DROP FUNCTION {name}()")


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0002_alias_province"),
        ("tasks", "0017_counts_index_with_lead_key"),
    ]

    operations = [
        migrations.CreateModel(
            name="TaskCount",
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
                    models.UniqueConstraint(fields=("province", "dimension", "key", "status"), name="task_count_unique")
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
