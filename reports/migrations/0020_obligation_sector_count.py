"""Report obligations counted per period, sector of their task, agency, state and late flag
(`ObligationSectorCount`), kept by triggers on the obligations and on the tasks in the transaction of every
statement that writes them, and filled from the obligations already stored. Obligations of a task without a sector
are not counted.

PostgreSQL: one trigger per statement, as `0019_obligation_count`: the obligations a statement inserted, updated or
deleted, joined to their task for its sector, grouped into one upsert; the tasks a statement updated whose sector
changed move their obligations' counts from the old sector to the new one. SQLite: one trigger per row. A count that
falls to zero is deleted.

An obligation's task is still there when the obligation is deleted: Django deletes a task's obligations before the
task (its cascade, the `DEFERRABLE` foreign key).
"""

import django.db.models.deletion
from django.db import migrations, models

COLUMNS = "period_id, sector_id, agency_id, state, late"
COUNTS = "reports_obligationsectorcount"
OBLIGATIONS = "reports_reportobligation"
TASKS = "tasks_task"


def _pg_rows(table, sign):
    """The obligations of transition table `table`, each under its task's sector, counted `sign`."""
    return (
        f"SELECT o.period_id, t.sector_id, o.agency_id, o.state, o.late, {sign} AS d FROM {table} o "
        f"JOIN {TASKS} t ON t.id = o.task_id WHERE t.sector_id IS NOT NULL"
    )


_PG_ROWS = {
    "INSERT": _pg_rows("new_rows", 1),
    "DELETE": _pg_rows("old_rows", -1),
    "UPDATE": f"{_pg_rows('new_rows', 1)} UNION ALL {_pg_rows('old_rows', -1)}",
}
_PG_REFERENCING = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
}


def _pg_upsert(rows):
    # Keys in order, so two transactions writing the same counts lock them in the same order.
    return (
        f"INSERT INTO {COUNTS} AS c ({COLUMNS}, count) SELECT {COLUMNS}, SUM(d) FROM ({rows}) r "
        f"GROUP BY {COLUMNS} HAVING SUM(d) <> 0 ORDER BY {COLUMNS} "
        "ON CONFLICT (period_id, sector_id, agency_id, state, late) DO UPDATE SET count = c.count + EXCLUDED.count;"
    )


def _pg_create(operation):
    name = f"obligation_sector_count_{operation.lower()}"
    zero = ""
    if operation != "INSERT":
        # Found by their keys' leading columns (a scan for zeros would read every count).
        keys = f"SELECT DISTINCT period_id, sector_id, agency_id FROM ({_PG_ROWS[operation]}) r"
        zero = f"DELETE FROM {COUNTS} c USING ({keys}) k "
        zero += "WHERE c.period_id = k.period_id AND c.sector_id = k.sector_id AND c.agency_id = k.agency_id "
        zero += "AND c.count = 0;"
    return [
        f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {_pg_upsert(_PG_ROWS[operation])}
            {zero}
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {name} AFTER {operation} ON {OBLIGATIONS} REFERENCING {_PG_REFERENCING[operation]} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


# Tasks whose sector a statement changed: their obligations leave the old sector's counts for the new one's. Every
# other update of tasks (the clock pass, an edit) only finds that no sector changed.
_CHANGED = "old_rows o JOIN new_rows n ON n.id = o.id WHERE n.sector_id IS DISTINCT FROM o.sector_id"
_PG_MOVED_ROWS = (
    "SELECT ob.period_id, m.sector_id, ob.agency_id, ob.state, ob.late, m.d "
    f"FROM (SELECT o.id, o.sector_id, -1 AS d FROM {_CHANGED} AND o.sector_id IS NOT NULL "
    f"UNION ALL SELECT n.id, n.sector_id, 1 FROM {_CHANGED} AND n.sector_id IS NOT NULL) m "
    f"JOIN {OBLIGATIONS} ob ON ob.task_id = m.id"
)
# The old sector's counts that fell to zero, found by their keys (a scan for zeros would read every count).
_PG_MOVED_ZERO = (
    f"DELETE FROM {COUNTS} c USING (SELECT DISTINCT ob.period_id, o.sector_id FROM old_rows o "
    f"JOIN new_rows n ON n.id = o.id JOIN {OBLIGATIONS} ob ON ob.task_id = o.id "
    "WHERE n.sector_id IS DISTINCT FROM o.sector_id AND o.sector_id IS NOT NULL) k "
    "WHERE c.sector_id = k.sector_id AND c.period_id = k.period_id AND c.count = 0;"
)
# Counted, not EXISTS: for EXISTS the planner picks a nested loop over the two transition tables (the clock pass's
# 2,000 rows: 1.6 s); a count joins them by hash.
_PG_MOVED = f"""CREATE FUNCTION obligation_sector_count_task_moved() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        moved bigint;
    BEGIN
        SELECT COUNT(*) INTO moved FROM {_CHANGED};
        IF moved > 0 THEN
            {_pg_upsert(_PG_MOVED_ROWS)}
            {_PG_MOVED_ZERO}
        END IF;
        RETURN NULL;
    END $$"""
_PG_MOVED_TRIGGER = (
    f"CREATE TRIGGER obligation_sector_count_task_moved AFTER UPDATE ON {TASKS} "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION obligation_sector_count_task_moved()"
)

_UPSERT = f"ON CONFLICT ({COLUMNS}) DO UPDATE SET count = count + excluded.count;"


def _sqlite_add(row, step):
    return (
        f"INSERT INTO {COUNTS} ({COLUMNS}, count) SELECT {row}.period_id, t.sector_id, {row}.agency_id, "
        f"{row}.state, {row}.late, {step} FROM {TASKS} t WHERE t.id = {row}.task_id AND t.sector_id IS NOT NULL "
        f"{_UPSERT}"
    )


def _sqlite_zero():
    return (
        f"DELETE FROM {COUNTS} WHERE period_id = OLD.period_id AND agency_id = OLD.agency_id AND state = OLD.state "
        "AND late = OLD.late AND count = 0;"
    )


def _sqlite_moved(sector, sign):
    """The task's obligations counted `sign` times under `sector` (OLD's or NEW's)."""
    return (
        f"INSERT INTO {COUNTS} ({COLUMNS}, count) SELECT o.period_id, {sector}, o.agency_id, o.state, o.late, "
        f"{sign} * COUNT(*) FROM {OBLIGATIONS} o WHERE o.task_id = NEW.id AND {sector} IS NOT NULL "
        f"GROUP BY o.period_id, o.agency_id, o.state, o.late {_UPSERT}"
    )


_SQLITE = {
    "insert": f"AFTER INSERT ON {OBLIGATIONS} BEGIN {_sqlite_add('NEW', 1)} END",
    "delete": f"AFTER DELETE ON {OBLIGATIONS} BEGIN {_sqlite_add('OLD', -1)} {_sqlite_zero()} END",
    "update": f"AFTER UPDATE OF period_id, agency_id, state, late, task_id ON {OBLIGATIONS} "
    f"BEGIN {_sqlite_add('OLD', -1)} {_sqlite_zero()} {_sqlite_add('NEW', 1)} END",
    "task_moved": f"AFTER UPDATE OF sector_id ON {TASKS} WHEN NEW.sector_id IS NOT OLD.sector_id "
    f"BEGIN {_sqlite_moved('OLD.sector_id', -1)} {_sqlite_moved('NEW.sector_id', 1)} "
    f"DELETE FROM {COUNTS} WHERE sector_id = OLD.sector_id AND count = 0; END",
}


def create_triggers(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = [sql for operation in _PG_ROWS for sql in _pg_create(operation)]
        statements += [_PG_MOVED, _PG_MOVED_TRIGGER]
    else:
        statements = [f"CREATE TRIGGER obligation_sector_count_{name} {body}" for name, body in _SQLITE.items()]
    # The triggers first: they lock the obligations and the tasks against writes until this migration commits, so
    # the counts filled below miss nothing.
    statements.append(
        f"INSERT INTO {COUNTS} ({COLUMNS}, count) SELECT o.period_id, t.sector_id, o.agency_id, o.state, o.late, "
        f"COUNT(*) FROM {OBLIGATIONS} o JOIN {TASKS} t ON t.id = o.task_id WHERE t.sector_id IS NOT NULL "
        "GROUP BY o.period_id, t.sector_id, o.agency_id, o.state, o.late"
    )
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def drop_triggers(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    with schema_editor.connection.cursor() as cursor:
        for operation, table in [(op, OBLIGATIONS) for op in ("insert", "update", "delete")] + [("task_moved", TASKS)]:
            name = f"obligation_sector_count_{operation}"
            cursor.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgresql else ""))
            if postgresql:
                cursor.execute(f"DROP FUNCTION {name}()")


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0002_alias_province"),
        ("reports", "0019_obligation_count"),
        ("tasks", "0018_task_count"),
    ]

    operations = [
        migrations.CreateModel(
            name="ObligationSectorCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("owed", "Not yet written"),
                            ("draft", "Being written"),
                            ("sent", "Sent to the agency head"),
                            ("approved", "Submitted, awaiting acceptance"),
                            ("accepted", "Accepted"),
                            ("returned", "Returned by the monitoring unit"),
                        ],
                        max_length=10,
                    ),
                ),
                ("late", models.BooleanField()),
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
                    "period",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="reports.reportingperiod",
                    ),
                ),
                (
                    "sector",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="tasks.sector",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["sector", "period"],
                        include=("agency", "state", "late", "count"),
                        name="obligation_sector_count_idx",
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("period", "sector", "agency", "state", "late"), name="obligation_sector_count_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
