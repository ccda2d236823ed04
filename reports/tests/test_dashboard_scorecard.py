"""The agency scorecard: figures per agency, sortable, drill-down links, province-wide roles only."""

import datetime
import io

import openpyxl
import pytest
import time_machine
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, UserFactory
from reports.models import ExtensionRequest, ReportState
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory
from tasks.models import AssignmentRole

from .dashboard_world import NOW, build_world, grow

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def world(frozen):
    return build_world()


def _scores(client, **params):
    response = client.get(reverse("dashboard:scorecard"), params)
    assert response.status_code == 200
    return response.context["scores"]


def _quarter(world, year, quarter, due):
    start = datetime.date(year, 3 * quarter - 2, 1)
    return ReportingPeriodFactory(
        directive=world.plan,
        name=f"Quý {quarter}/{year}",
        start=start,
        end=datetime.date(year, 3 * quarter, 28),
        due_date=due,
    )


def test_scorecard_counts_each_agencys_tasks_reports_and_pending_extensions(client, world):
    q3 = _quarter(world, 2026, 3, datetime.date(2026, 9, 10))
    sct_task = world.plan.tasks.filter(
        assignments__agency=world.sct, assignments__role=AssignmentRole.LEAD, completed_at__isnull=True
    ).first()
    ProgressReportFactory(task=sct_task, agency=world.sct, period=q3, state=ReportState.ACCEPTED, is_late=True)
    ExtensionRequest.objects.create(
        task=sct_task, agency=world.sct, reason="Chờ vốn", proposed_date=datetime.date(2027, 6, 30)
    )
    client.force_login(world.leader)
    scores = {s.label: s for s in _scores(client)}
    sct = scores["SCT"]
    assert (sct.led, sct.done_on_time, sct.done_late, sct.overdue) == (3, 0, 0, 1)
    assert (sct.late, sct.on_time, sct.extensions) == (1, 0, 1)
    assert sct.owed == world.plan.tasks.filter(assignments__agency=world.sct, completed_at__isnull=True).count()
    assert scores["Sở KH&ĐT"].on_time_share == 100
    listed = client.get(sct.overdue_url).context["paginator"].count
    assert listed == sct.overdue
    assert client.get(sct.led_url).context["paginator"].count == sct.led


def test_scorecard_sorts_by_any_column_both_ways(client, world):
    grow(world, 2)
    client.force_login(world.leader)
    by_led = [s.led for s in _scores(client, sort="led")]
    assert by_led == sorted(by_led)
    by_overdue = [s.overdue for s in _scores(client, sort="-overdue")]
    assert by_overdue == sorted(by_overdue, reverse=True)
    shares = [s.on_time_share for s in _scores(client, sort="-on_time_share")]
    assert shares[-1] is None or None not in shares
    assert [s.label for s in _scores(client, sort="nonsense")] == [s.label for s in _scores(client)]


def test_staff_and_heads_may_not_open_the_scorecard(client, world):
    head = MembershipFactory(agency=world.sct, role=Role.HEAD, user=UserFactory(username="giamdoc")).user
    for user in (world.alice, head):
        client.force_login(user)
        assert client.get(reverse("dashboard:scorecard")).status_code == 403


@pytest.mark.parametrize("size", [1, 4])
def test_scorecard_runs_a_bounded_number_of_queries(client, world, size, django_assert_max_num_queries):
    grow(world, size)
    for quarter in (1, 2, 3):
        _quarter(world, 2026, quarter, datetime.date(2026, 3 * quarter, 10))
    client.force_login(world.leader)
    with django_assert_max_num_queries(15):
        _scores(client, periods=8)


def test_scorecard_downloads_as_a_workbook_in_the_order_shown(client, world):
    grow(world, 2)
    client.force_login(world.leader)
    shown = [(s.label, s.overdue) for s in _scores(client, sort="-overdue")]
    response = client.get(reverse("dashboard:scorecard"), {"sort": "-overdue", "format": "xlsx"})
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [(row[0].value, row[3].value) for row in sheet.iter_rows(min_row=6)] == shown
