"""Fill the reporters and report obligations of the tasks that exist, with the historical models.

The rules are written out here as they stood when the tables were made (`reports/obligations.py`,
`reports/periods.owes_report`, `ReportingPeriod.due_datetime` of that day): a migration must give the same rows
whatever the code becomes later, so it imports none of it. The live rules keep the rows right from then on, and
`reports.obligations.sync_tasks` recomputes any task from scratch (`reports/tests/test_frozen_migrations.py`
checks this copy against them).
"""

import datetime
from collections import defaultdict

from django.db import migrations
from django.utils import timezone

LEADING_ROLES = ("lead", "co_lead", "executing")
# Report state -> obligation state; reports that left their agency are kept as history.
STATE_OF_REPORT = {
    "draft": "draft",
    "returned_by_head": "draft",
    "pending_approval": "sent",
    "submitted": "approved",
    "accepted": "accepted",
    "returned_by_monitor": "returned",
}
SETTLED = ("approved", "accepted")
KEPT_REPORT_STATES = ("submitted", "returned_by_monitor", "accepted")
CHUNK = 1000


def _standing_for(agency, members):
    agencies = [agency]
    if agency.is_group:
        agencies = [m for m in members[agency.pk] if m.is_active and not m.is_group] or [agency]
    return [reporter for reporter in agencies if reporter.is_active]


def _reporters(assignments, members):
    found = {}
    for assignment in assignments:
        for reporter in _standing_for(assignment.agency, members):
            if reporter.pk not in found or (
                assignment.role in LEADING_ROLES and found[reporter.pk] not in LEADING_ROLES
            ):
                found[reporter.pk] = assignment.role
    return found


def _owes_report(task, period):
    begins = task.start_date or task.directive.issued_on
    return (
        task.cancelled_at is None
        and (begins is None or begins <= period.end)
        and (task.completed_at is None or timezone.localdate(task.completed_at) >= period.start)
    )


def _due_at(period):
    moment = period.due_time or datetime.time(23, 59, 59, 999999)
    return timezone.make_aware(datetime.datetime.combine(period.due_date, moment))


def _fill_chunk(apps, db, task_ids):
    Agency = apps.get_model("agencies", "Agency")
    Assignment = apps.get_model("tasks", "Assignment")
    ProgressReport = apps.get_model("reports", "ProgressReport")
    ReportingPeriod = apps.get_model("reports", "ReportingPeriod")
    ReportObligation = apps.get_model("reports", "ReportObligation")
    Task = apps.get_model("tasks", "Task")
    TaskReporter = apps.get_model("reports", "TaskReporter")

    tasks = list(Task.objects.using(db).filter(pk__in=task_ids, kind="task").select_related("directive"))
    assignments = defaultdict(list)
    for assignment in Assignment.objects.using(db).filter(task_id__in=task_ids).select_related("agency").order_by("pk"):
        assignments[assignment.task_id].append(assignment)
    groups = {a.agency_id for rows in assignments.values() for a in rows if a.agency.is_group}
    members = defaultdict(list)
    for link in Agency.members.through.objects.using(db).filter(from_agency_id__in=groups).select_related("to_agency"):
        members[link.from_agency_id].append(link.to_agency)
    periods = defaultdict(list)
    for period in ReportingPeriod.objects.using(db).filter(directive_id__in={t.directive_id for t in tasks}):
        periods[period.directive_id].append(period)
    reports = {(r.task_id, r.agency_id, r.period_id): r for r in ProgressReport.objects.using(db).filter(task_id__in=task_ids)}

    reporter_rows, obligation_rows, due = {}, {}, {}
    for task in tasks:
        found = _reporters(assignments[task.pk], members)
        for agency_id, role in found.items():
            reporter_rows[(task.pk, agency_id)] = role
        for period in periods[task.directive_id]:
            if _owes_report(task, period):
                due[period.pk] = _due_at(period)
                for agency_id, role in found.items():
                    obligation_rows[(task.pk, agency_id, period.pk)] = role
    for key, report in reports.items():
        if key not in obligation_rows and report.state in KEPT_REPORT_STATES:
            obligation_rows[key] = reporter_rows.get(key[:2], "")
    for period in ReportingPeriod.objects.using(db).filter(pk__in={k[2] for k in obligation_rows} - set(due)):
        due[period.pk] = _due_at(period)

    TaskReporter.objects.using(db).bulk_create(
        [
            TaskReporter(task_id=t, agency_id=a, role=role, leads=role in LEADING_ROLES)
            for (t, a), role in reporter_rows.items()
        ]
    )
    obligations = []
    for (t, a, p), role in obligation_rows.items():
        report = reports.get((t, a, p))
        state = "owed" if report is None else STATE_OF_REPORT[report.state]
        obligations.append(
            ReportObligation(
                task_id=t,
                agency_id=a,
                period_id=p,
                role=role,
                due_at=due[p],
                state=state,
                late=bool(report is not None and state in SETTLED and report.is_late),
                report_id=report.pk if report else None,
            )
        )
    ReportObligation.objects.using(db).bulk_create(obligations, batch_size=CHUNK)


def fill(apps, schema_editor):
    """The tables are new and empty: every row is created, in the database being migrated."""
    db = schema_editor.connection.alias
    task_ids = sorted(apps.get_model("tasks", "Task").objects.using(db).values_list("pk", flat=True))
    for start in range(0, len(task_ids), CHUNK):
        _fill_chunk(apps, db, task_ids[start : start + CHUNK])


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0009_obligations"),
        ("tasks", "0010_obligations"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
