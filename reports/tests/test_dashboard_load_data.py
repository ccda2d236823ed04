"""generate_load_data builds the province the benchmark measures, with every kind of task and report."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command

from agencies.models import Province
from reports import obligations
from reports.models import ObligationState, ProgressReport, TargetValue
from tasks.models import Task, TaskKind
from tasks.services import check_statuses
from tasks.status import Status

pytestmark = pytest.mark.django_db


@time_machine.travel(datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_load_data_has_the_asked_numbers_and_every_status():
    call_command("generate_load_data", tasks=900, reports=2500, province="tai-thu", stdout=io.StringIO())
    province = Province.objects.get(code="tai-thu")
    tasks = Task.objects.filter(directive__province=province, kind=TaskKind.TASK)
    assert tasks.count() == 900
    assert ProgressReport.objects.filter(task__directive__province=province).count() == 2500
    assert TargetValue.objects.filter(report__task__directive__province=province).exists()
    statuses = set(tasks.with_effective_due().values_list("status", flat=True))
    assert {
        Status.IN_PROGRESS_OVERDUE,
        Status.IN_PROGRESS_ON_TIME,
        Status.COMPLETED_ON_TIME,
        Status.COMPLETED_LATE,
        Status.RECURRING,
        Status.WAITING_EVENT,
    } <= statuses
    assert all(t.search_key for t in tasks[:50])
    # Statuses stored as the rows were built, reporters and obligations written in bulk: what the rules give.
    assert check_statuses(fix=False) == []
    ids = list(tasks.values_list("pk", flat=True))
    reporters, owed, lead_keys = obligations.stored_rows(ids)
    assert (reporters, owed, lead_keys) == obligations.expected_rows(ids)
    assert {key for key in lead_keys.values() if "," in key}, "co-led tasks and groups have several leads"
    assert {row["state"] for row in owed.values()} >= {ObligationState.OWED, ObligationState.DRAFT}
