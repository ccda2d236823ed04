"""Fill the reporters and report obligations of the tasks that exist (`reports.obligations`)."""

from django.db import migrations


def fill(apps, schema_editor):
    # The rule is the code's own (`reports.obligations`), not a copy frozen here; it runs only where there are
    # tasks, so a new database never executes it against a schema that later migrations changed.
    if not apps.get_model("tasks", "Task").objects.exists():
        return
    from reports import obligations

    directives = apps.get_model("tasks", "Directive").objects.values_list("pk", flat=True)
    obligations.sync_directives(list(directives))


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0009_obligations"),
        ("tasks", "0010_obligations"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
