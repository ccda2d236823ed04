"""Fill each task's `lead_key` from its stored reporters, with the historical models: the ids of the reporters
with `leads`, ascending and comma-separated, as `reports.obligations` writes them from now on."""

from collections import defaultdict

from django.db import migrations

CHUNK = 2000


def fill(apps, schema_editor):
    alias = schema_editor.connection.alias
    reporter_model, task_model = apps.get_model("reports", "TaskReporter"), apps.get_model("tasks", "Task")
    leads = defaultdict(list)
    rows = reporter_model.objects.using(alias).filter(leads=True).order_by("task_id", "agency_id")
    for task_id, agency_id in rows.values_list("task_id", "agency_id").iterator(chunk_size=CHUNK):
        leads[task_id].append(agency_id)
    same = defaultdict(list)
    for task_id, agency_ids in leads.items():
        same[",".join(str(pk) for pk in agency_ids)].append(task_id)
    for key, task_ids in same.items():
        for start in range(0, len(task_ids), CHUNK):
            task_model.objects.using(alias).filter(pk__in=task_ids[start : start + CHUNK]).update(lead_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0015_storable_decimal_moved"),
        ("tasks", "0014_lead_key"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
