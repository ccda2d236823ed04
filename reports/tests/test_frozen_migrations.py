"""The data migrations carry their rules written out (they import no app code, `portal/tests/test_layering.py`);
here each copy is run on today's models and must give what the live rule gives for the same rows.

When a live rule changes on purpose after its migration, the migration keeps the old rule: change the world below
so it no longer reaches the difference, never the migration.
"""

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from agencies.models import AgencyKind
from agencies.tests.factories import AgencyFactory
from reports import obligations
from reports.models import ReportObligation, ReportState, TaskReporter
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory
from tasks.models import AssignmentRole, Task
from tasks.status import next_change, task_status
from tasks.tests.factories import AssignmentFactory, TaskFactory

pytestmark = pytest.mark.django_db

D = datetime.date
fill_obligations = importlib.import_module("reports.migrations.0010_fill_obligations")
stored_status = importlib.import_module("tasks.migrations.0011_stored_status")
fill_lead_keys = importlib.import_module("reports.migrations.0016_fill_lead_key")
# What RunPython hands a migration's function: it migrates the database of `schema_editor.connection`.
MIGRATING_DEFAULT = SimpleNamespace(connection=connection)


@pytest.fixture
def varied(world, frozen_now):
    """Tasks that exercise every branch: an empty group, a group with an inactive member, a completed task, a
    cancelled one, one not started, a heading, reports in each state."""
    group = AgencyFactory(name="UBND các xã", province=world.province, kind=AgencyKind.DISTRICT, is_group=True)
    full = AgencyFactory(name="UBND các huyện", province=world.province, kind=AgencyKind.DISTRICT, is_group=True)
    inactive = AgencyFactory(name="UBND huyện cũ", province=world.province, kind=AgencyKind.DISTRICT, is_active=False)
    full.members.add(world.stnmt, inactive)
    tasks = [world.task]
    for code, extra in [
        ("II.2.a", {"completed_at": datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)}),
        ("II.2.b", {"cancelled_at": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)}),
        ("II.2.c", {"start_date": D(2027, 1, 1), "due_date": D(2027, 6, 30)}),
        ("II.2.d", {"due_date": D(2025, 1, 31), "due_time": datetime.time(17)}),
        ("II.2.e", {"due_date": None, "waits_on_event": True}),
        ("II.2.f", {"is_recurring": True}),
    ]:
        task = TaskFactory(directive=world.directive, code=code, **{"due_date": D(2026, 12, 31), **extra})
        AssignmentFactory(task=task, agency=group, role=AssignmentRole.LEAD)
        AssignmentFactory(task=task, agency=full, role=AssignmentRole.COORDINATING)
        AssignmentFactory(task=task, agency=world.stnmt, role=AssignmentRole.EXECUTING)
        tasks.append(task)
    TaskFactory(directive=world.directive, code="II", kind="heading")
    second = ReportingPeriodFactory(
        directive=world.directive, name="Quý I/2025", start=D(2025, 1, 1), end=D(2025, 3, 31), due_date=D(2025, 3, 10)
    )
    for agency, state in [
        (world.sct, ReportState.RETURNED_BY_MONITOR),
        (world.skhdt, ReportState.ACCEPTED),
    ]:
        ProgressReportFactory(task=world.task, agency=agency, period=world.period, state=state, is_late=True)
    ProgressReportFactory(task=tasks[2], agency=world.sct, period=second, state=ReportState.SUBMITTED, is_late=True)
    ProgressReportFactory(task=tasks[1], agency=world.stnmt, period=second, state=ReportState.PENDING_APPROVAL)
    return [t.pk for t in tasks]


def test_the_obligations_migration_fills_what_the_live_rule_expects(varied):
    expected = obligations.expected_rows(varied)
    assert expected[1], "the world owes reports"
    ReportObligation.objects.all().delete()
    TaskReporter.objects.all().delete()

    fill_obligations.fill(apps, MIGRATING_DEFAULT)

    assert obligations.stored_rows(varied) == expected


def test_the_status_migration_stores_what_the_live_rule_says(varied, frozen_now):
    Task.objects.update(status="unscheduled", status_changes_at=None)

    stored_status.store_statuses(apps, MIGRATING_DEFAULT)

    tasks = list(Task.objects.all())
    assert len({t.status for t in tasks}) >= 6
    assert [(t.status, t.status_changes_at) for t in tasks] == [
        (task_status(t, frozen_now), next_change(t, frozen_now)) for t in tasks
    ]


def test_the_lead_key_migration_stores_what_the_live_rule_says(varied):
    expected = obligations.expected_rows(varied)[2]
    assert {key for key in expected.values() if "," in key}, "a group leads through several members"
    Task.objects.update(lead_key="")

    fill_lead_keys.fill(apps, MIGRATING_DEFAULT)

    assert obligations.stored_rows(varied)[2] == expected
