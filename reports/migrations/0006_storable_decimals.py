"""Decimals bounded to what both databases give back; values SQLite already rounded past reading are brought back."""

from django.db import migrations, models

import portal.validators

# SQLite rounded a longer value to a double: one that reached 10¹⁶ (or infinity) no longer fits numeric(20, 4) and
# every read of its row failed. It becomes the largest value that reads back, which is what the row meant.
READABLE_LIMIT = 9999999999999990
COLUMNS = [("tasks", "Target", "target_value"), ("tasks", "Target", "baseline_value"), ("reports", "TargetValue", "value")]


def bring_back_unreadable_values(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for app_label, model_name, column in COLUMNS:
            table = connection.ops.quote_name(apps.get_model(app_label, model_name)._meta.db_table)
            column = connection.ops.quote_name(column)
            for sign in (1, -1):
                cursor.execute(
                    f"UPDATE {table} SET {column} = %s WHERE {column} * %s > %s",
                    [sign * READABLE_LIMIT, sign, READABLE_LIMIT],
                )


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0005_dashboard_figures"),
        ("tasks", "0007_storable_decimals"),
    ]

    operations = [
        migrations.AlterField(
            model_name="targetvalue",
            name="value",
            field=models.DecimalField(
                decimal_places=4,
                max_digits=20,
                validators=[portal.validators.StorableDecimal()],
                verbose_name="value achieved",
            ),
        ),
        migrations.RunPython(bring_back_unreadable_values, migrations.RunPython.noop),
    ]
