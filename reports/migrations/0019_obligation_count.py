"""Report obligations counted per period, agency, state and late flag (`ObligationCount`), kept by triggers on the
obligations in the transaction of every statement that writes them, and filled from the obligations already stored.

PostgreSQL: one trigger per statement (insert, update, delete) adds the statement's rows, grouped, to the counts
(its transition tables), so a new quarter's 450,000 obligations cost one grouped upsert. SQLite has no statement
triggers: one per row. A count that falls to zero is deleted.
"""

import django.db.models.deletion
from django.db import migrations, models

KEY = "period_id, agency_id, state, late"
COUNTS = "reports_obligationcount"
OBLIGATIONS = "reports_reportobligation"

# PostgreSQL: the rows a statement inserted count +1, those it deleted -1 (an update: both), summed per key.
_PG_ROWS = {
    "INSERT": f"SELECT {KEY}, 1 AS d FROM new_rows",
    "DELETE": f"SELECT {KEY}, -1 AS d FROM old_rows",
    "UPDATE": f"SELECT {KEY}, 1 AS d FROM new_rows UNION ALL SELECT {KEY}, -1 FROM old_rows",
}
_PG_REFERENCING = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
}


def _pg_create(operation):
    name = f"obligation_count_{operation.lower()}"
    # Keys in order, so two transactions writing the same counts lock them in the same order.
    delta = f"SELECT {KEY}, SUM(d) AS d FROM ({_PG_ROWS[operation]}) r GROUP BY {KEY} HAVING SUM(d) <> 0 ORDER BY {KEY}"
    zero = ""
    if operation != "INSERT":
        zero = f"DELETE FROM {COUNTS} c USING (SELECT DISTINCT period_id, agency_id FROM old_rows) o "
        zero += "WHERE c.period_id = o.period_id AND c.agency_id = o.agency_id AND c.count = 0;"
    return [
        f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {COUNTS} AS c ({KEY}, count) {delta}
            ON CONFLICT ({KEY}) DO UPDATE SET count = c.count + EXCLUDED.count;
            {zero}
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {name} AFTER {operation} ON {OBLIGATIONS} REFERENCING {_PG_REFERENCING[operation]} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


def _sqlite_add(row, step):
    values = f"{row}.period_id, {row}.agency_id, {row}.state, {row}.late"
    return (
        f"INSERT INTO {COUNTS} ({KEY}, count) VALUES ({values}, {step}) "
        f"ON CONFLICT ({KEY}) DO UPDATE SET count = count + {step};"
    )


def _sqlite_zero():
    return (
        f"DELETE FROM {COUNTS} WHERE period_id = OLD.period_id AND agency_id = OLD.agency_id AND state = OLD.state "
        "AND late = OLD.late AND count = 0;"
    )


_SQLITE = {
    "insert": f"AFTER INSERT ON {OBLIGATIONS} BEGIN {_sqlite_add('NEW', 1)} END",
    "delete": f"AFTER DELETE ON {OBLIGATIONS} BEGIN {_sqlite_add('OLD', -1)} {_sqlite_zero()} END",
    "update": f"AFTER UPDATE OF {KEY} ON {OBLIGATIONS} "
    f"BEGIN {_sqlite_add('OLD', -1)} {_sqlite_zero()} {_sqlite_add('NEW', 1)} END",
}


def create_triggers(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = [sql for operation in _PG_ROWS for sql in _pg_create(operation)]
    else:
        statements = [f"CREATE TRIGGER obligation_count_{name} {body}" for name, body in _SQLITE.items()]
    # The triggers first: they lock the obligations against writes until this migration commits, so the counts
    # filled below miss nothing.
    statements.append(f"INSERT INTO {COUNTS} ({KEY}, count) SELECT {KEY}, COUNT(*) FROM {OBLIGATIONS} GROUP BY {KEY}")
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def drop_triggers(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    with schema_editor.connection.cursor() as cursor:
        for operation in ("insert", "update", "delete"):
            name = f"obligation_count_{operation}"
            cursor.execute(f"DROP TRIGGER {name}" + (f" ON {OBLIGATIONS}" if postgresql else ""))
            if postgresql:
                cursor.execute(f"DROP FUNCTION {name}()")


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0002_alias_province"),
        ("reports", "0018_obligation_foreign_keys_without_own_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="ObligationCount",
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
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("period", "agency", "state", "late"), name="obligation_count_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
