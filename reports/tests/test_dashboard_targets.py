"""Targets against reported values, and the server-drawn SVG charts."""

import datetime
from decimal import Decimal
from xml.etree import ElementTree

import pytest
import time_machine
from django.urls import reverse

from reports.dashboard import charts
from reports.models import ReportState
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory, TargetValueFactory
from tasks.tests.factories import TargetFactory, TaskFactory

from .dashboard_world import NOW, build_world

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _period(world, year):
    return ReportingPeriodFactory(
        directive=world.plan,
        name=f"Năm {year}",
        start=datetime.date(year, 1, 1),
        end=datetime.date(year, 12, 31),
        due_date=datetime.date(year, 11, 10),
    )


def test_targets_page_draws_each_target_with_its_sent_values_in_time_order(client):
    world = build_world()
    task = TaskFactory(directive=world.plan, code="II.2.g")
    wind = TargetFactory(task=task, description="Công suất điện gió", unit="MW", target_value=100, due_year=2030)
    contracts = TargetFactory(task=task, description="Số hợp đồng", unit="hợp đồng", target_value=5, due_year=2025)
    periods = {year: _period(world, year) for year in (2024, 2025, 2026)}
    for year, value, state in (
        (2026, 60, ReportState.ACCEPTED),
        (2024, 20, ReportState.SUBMITTED),
        (2025, 35, ReportState.ACCEPTED),
    ):
        report = ProgressReportFactory(task=task, agency=world.sct, period=periods[year], state=state)
        TargetValueFactory(report=report, target=wind, value=value)
    draft = ProgressReportFactory(task=task, agency=world.skhdt, period=periods[2025], state=ReportState.DRAFT)
    TargetValueFactory(report=draft, target=wind, value=99)
    client.force_login(world.leader)
    response = client.get(reverse("dashboard:targets"))
    assert response.status_code == 200
    charts_by_target = dict(response.context["charts"])
    assert set(charts_by_target) == set(task.targets.all())
    svg = ElementTree.fromstring(str(charts_by_target[wind]))
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert labels.index("Năm 2024") < labels.index("Năm 2025") < labels.index("Năm 2026")
    assert "99" not in labels  # a draft's value is not shown
    assert {"20", "35", "60", "100"} <= set(labels)
    assert [t.sent_values for t in response.context["targets"] if t == contracts] == [[]]


def test_staff_see_only_the_targets_of_their_agencys_tasks(client):
    world = build_world()
    own = TaskFactory(directive=world.plan)
    own.assignments.create(agency=world.sct, role="lead")
    TargetFactory(task=own, description="Của SCT")
    TargetFactory(task=TaskFactory(directive=world.plan), description="Của người khác")
    client.force_login(world.alice)
    targets = client.get(reverse("dashboard:targets")).context["targets"]
    assert [t.description for t in targets] == ["Của SCT"]


@pytest.mark.parametrize("size", [2, 12])
def test_targets_page_runs_a_bounded_number_of_queries(client, size, django_assert_max_num_queries):
    world = build_world()
    period = _period(world, 2025)
    for _ in range(size):
        target = TargetFactory(task=TaskFactory(directive=world.plan))
        TargetValueFactory(
            report=ProgressReportFactory(task=target.task, agency=world.sct, period=period, state=ReportState.ACCEPTED),
            target=target,
        )
    client.force_login(world.leader)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("dashboard:targets")).status_code == 200


def test_target_chart_is_valid_svg_with_the_target_line():
    svg = ElementTree.fromstring(str(charts.target_line([("2024", Decimal(20)), ("2025", Decimal("35.5"))], 100, 2030)))
    assert svg.tag == f"{SVG}svg"
    dashed = [line for line in svg.iter(f"{SVG}line") if line.get("stroke-dasharray")]
    assert len(dashed) == 1
    assert len(list(svg.iter(f"{SVG}circle"))) == 2
    assert "35,5" in [t.text for t in svg.iter(f"{SVG}text")]


def _extent(text):
    """(left, right) of an SVG text by its anchor and estimated width."""
    x, width = float(text.get("x")), charts.text_width(text.text)
    return {"start": (x, x + width), "end": (x - width, x)}.get(text.get("text-anchor"), (x - width / 2, x + width / 2))


def _texts(svg, anchor="middle"):
    return [t for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == anchor]


def test_target_chart_labels_neither_overlap_nor_leave_the_chart_and_use_vietnamese_separators():
    quarters = [
        (f"Quý {q}/{year}", Decimal(4108 + 1250 * i))
        for i, (year, q) in enumerate((year, q) for year in (2024, 2025, 2026) for q in ("I", "II", "III", "IV"))
    ]
    svg = ElementTree.fromstring(str(charts.target_line(quarters, Decimal("12500.5"), 2026)))
    width = float(svg.get("width"))
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert "17.858" in texts and "12.500,5" in texts and "17,858" not in texts
    for row in ("label", "value"):
        # Point labels sit on one line below the plot, values above their points: same-line labels must not touch.
        shown = sorted(
            _extent(t)
            for t in svg.iter(f"{SVG}text")
            if t.get("text-anchor") != "end" and t.get("y") != "12" and (t.get("fill") == "#5b6775") == (row == "label")
        )
        assert len(shown) > 2, row
        for (_start, end), (start, _end) in zip(shown, shown[1:], strict=False):
            assert end < start, (row, end, start)
        assert shown[0][0] >= 0 and shown[-1][1] <= width, row
    # The latest quarter is always written.
    assert "Quý IV/2026" in texts
    axis = [t for t in _texts(svg, "end") if t.text == "12.500,5"]
    assert axis and float(axis[0].get("x")) - charts.text_width(axis[0].text) >= 0
    # Nor does the first value written run into the axis label when the values sit at the target's height.
    close = ElementTree.fromstring(str(charts.target_line([("2024", 3950), ("2025", 4035)], Decimal(4108), 2025)))
    axis_right = next(_extent(t)[1] for t in _texts(close, "end") if t.text == "4.108")
    values = [_extent(t) for t in close.iter(f"{SVG}text") if t.text in ("3.950", "4.035")]
    assert len(values) == 2 and all(left > axis_right for left, _right in values)


def test_status_chart_bars_link_to_their_task_lists(client):
    world = build_world()
    client.force_login(world.leader)
    context = client.get(reverse("dashboard:index")).context
    svg = ElementTree.fromstring(str(context["status_chart"]))
    links = {a.get("href") for a in svg.iter(f"{SVG}a")}
    overdue = context["totals"]["overdue"]
    assert overdue.url in links
    assert ElementTree.fromstring(str(context["agency_chart"])).tag == f"{SVG}svg"
