"""The leadership dashboard: every count equals the task list it links to, bounded queries, scoped by role."""

import datetime
import io

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, ProvinceFactory, UserFactory
from reports.dashboard.aggregates import STATUS_COLUMNS, AgencyLabels, obligation_counts
from reports.models import ReportObligation, ReportState
from reports.obligations import SETTLED
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory
from tasks.models import AssignmentRole, Directive, Task, TaskKind
from tasks.status import Status, task_status
from tasks.tests.factories import DirectiveFactory, TaskFactory

from .dashboard_world import DAY, NOW, build_world, grow

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_world()


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _dashboard(client, **params):
    response = client.get(reverse("dashboard:index"), params)
    assert response.status_code == 200
    return response


def _linked_cells(context):
    cells = list(context["totals"].values())
    for rows in ("directive_rows", "agency_rows", "sector_rows"):
        for row in context[rows]:
            cells.extend(row.in_order)
    return cells


def _assert_every_number_equals_its_list(client, context):
    checked = 0
    for cell in _linked_cells(context):
        if cell.url is None:
            assert cell.count == 0
            continue
        listed = client.get(cell.url).context["paginator"].count
        assert listed == cell.count, f"{cell.key} {cell.url}: dashboard {cell.count}, list {listed}"
        checked += 1
    return checked


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("dashboard:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_totals_count_each_status_as_computed_for_each_task(client, world):
    client.force_login(world.leader)
    totals = _dashboard(client).context["totals"]
    counts = {key: cell.count for key, cell in totals.items()}
    assert counts == {
        Status.COMPLETED_ON_TIME: 1,
        Status.COMPLETED_LATE: 1,
        Status.IN_PROGRESS_ON_TIME: 3,
        Status.IN_PROGRESS_OVERDUE: 3,
        Status.RECURRING: 1,
        Status.NOT_STARTED: 0,
        Status.WAITING_EVENT: 1,
        Status.UNSCHEDULED: 0,
        Status.CANCELLED: 0,
        "due_7": 1,
        "due_30": 2,
        "total": 10,
    }


def test_status_columns_add_up_to_the_total_and_rates_are_shown_per_agency_and_directive(client, world):
    # A task not yet started, one without a deadline and a cancelled one: the columns the dashboard used to leave out.
    TaskFactory(directive=world.plan, due_date=NOW.date() + 60 * DAY, start_date=NOW.date() + 10 * DAY)
    TaskFactory(directive=world.plan, due_date=None)
    TaskFactory(directive=world.plan, due_date=NOW.date() + 60 * DAY, cancelled_at=NOW)
    client.force_login(world.leader)
    context = _dashboard(client).context
    statuses = [status.value for status in STATUS_COLUMNS]
    for cells in [context["totals"]] + [
        row.cells for name in ("directive_rows", "agency_rows", "sector_rows") for row in context[name]
    ]:
        assert sum(cells[key].count for key in statuses) == cells["total"].count
    assert {key: context["totals"][key].count for key in ("not_started", "unscheduled", "cancelled")} == {
        "not_started": 1,
        "unscheduled": 1,
        "cancelled": 1,
    }
    plan = next(row for row in context["directive_rows"] if row.key == world.plan.pk)
    done_on_time, done_late, overdue = (plan.cells[key].count for key in ("done_on_time", "done_late", "overdue"))
    assert plan.due == done_on_time + done_late + overdue > 0
    assert plan.on_time_rate == round(100 * done_on_time / plan.due, 1)
    assert plan.done_rate == round(100 * (done_on_time + done_late) / plan.due, 1)
    assert plan.overdue_rate == round(100 * overdue / plan.due, 1)
    body = _dashboard(client).content.decode()
    # Vietnamese separators: a decimal comma and a space before the sign (`33,3 %`).
    shown = f"{plan.on_time_rate:g}".replace(".", ",") + "\u00a0%"
    assert f'data-rate="on-time">{shown}<' in body


def test_every_dashboard_number_equals_the_task_list_it_links_to(client, world):
    client.force_login(world.leader)
    context = _dashboard(client).context
    assert _assert_every_number_equals_its_list(client, context) > 30


def test_filtered_dashboard_numbers_equal_their_lists(client, world):
    grow(world, 2)
    client.force_login(world.leader)
    context = _dashboard(
        client,
        sector=world.power.pk,
        status=[Status.IN_PROGRESS_OVERDUE, Status.IN_PROGRESS_ON_TIME],
        due_before="15/12/2026",
    ).context
    wanted = {Status.IN_PROGRESS_OVERDUE, Status.IN_PROGRESS_ON_TIME}
    expected = [
        t
        for t in Task.objects.filter(sector=world.power, kind=TaskKind.TASK)
        if task_status(t) in wanted and t.effective_due_date <= datetime.date(2026, 12, 15)
    ]
    assert context["totals"]["total"].count == len(expected) > 0
    assert context["totals"][Status.COMPLETED_ON_TIME].url is None
    assert _assert_every_number_equals_its_list(client, context) > 10


def test_filter_by_agency_keeps_every_number_equal_to_its_list(client, world):
    client.force_login(world.leader)
    context = _dashboard(client, agency=world.skhdt.pk).context
    # Sở KH&ĐT leads 3 tasks and coordinates the 6 tasks the others lead.
    assert context["totals"]["total"].count == 9
    _assert_every_number_equals_its_list(client, context)


@pytest.mark.parametrize(
    "reader, filters",
    [
        ("leader", {"status": [Status.IN_PROGRESS_OVERDUE, Status.IN_PROGRESS_ON_TIME]}),
        ("leader", {"agency": "skhdt", "status": [Status.IN_PROGRESS_OVERDUE]}),
        ("leader", {"agency": "huyen_bs"}),
        ("alice", {"status": [Status.IN_PROGRESS_ON_TIME, Status.COMPLETED_ON_TIME]}),
    ],
)
def test_status_and_agency_filters_read_the_stored_counts_each_number_equal_to_its_list(client, world, reader, filters):
    """Filtered by status, by agency (a reader of the whole province) or both, the page sums the stored counts
    (`stored_scope`: the whole province's or the agency's, `TaskAgencyCount`): each number still equals its list."""
    client.force_login(getattr(world, reader))
    params = {key: getattr(world, value).pk if key == "agency" else value for key, value in filters.items()}
    context = _dashboard(client, **params).context
    assert context["totals"]["total"].count > 0
    for status, cell in context["totals"].items():
        if status in {s.value for s in STATUS_COLUMNS} and "status" in filters and status not in filters["status"]:
            assert cell.count == 0
    assert _assert_every_number_equals_its_list(client, context) > 3


def test_group_task_counts_for_each_member_district(client, world):
    client.force_login(world.leader)
    rows = {row.label: row for row in _dashboard(client).context["agency_rows"]}
    assert rows["UBND huyện Đức Phổ"].cells["overdue"].count == 1
    assert rows["UBND huyện Bình Sơn"].cells["overdue"].count == 2
    assert "UBND các huyện, thị xã, thành phố" not in rows


def test_overdue_list_shows_the_oldest_first_with_its_lead(client, world):
    client.force_login(world.leader)
    overdue = _dashboard(client).context["overdue"]
    assert [t.effective_due for t in overdue] == [
        NOW.date() - 30 * DAY,
        NOW.date() - 10 * DAY,
        NOW.date(),
    ]
    assert overdue[0].lead_name == "SCT"


def test_staff_see_only_the_tasks_their_agency_takes_part_in(client, world):
    client.force_login(world.alice)
    context = _dashboard(client).context
    task_list_count = client.get(reverse("tasks:task_list")).context["paginator"].count
    assert context["totals"]["total"].count == task_list_count == 3
    assert not context["whole_province"]
    _assert_every_number_equals_its_list(client, context)


def test_staff_are_offered_every_filter_folded_under_its_summary_and_open_once_filtered(client, world):
    client.force_login(world.alice)
    html = _dashboard(client).content.decode()
    start = html.index('<details class="dash-filters">')
    filters = html[start : html.index("</details>", start)]
    assert "<summary>" in filters
    for field in ("directive", "agency", "sector", "period", "due_after", "due_before", "status"):
        assert f'name="{field}"' in filters, field

    html = _dashboard(client, sector=world.wood.pk).content.decode()
    assert '<details class="dash-filters" open>' in html


def test_staff_of_two_agencies_count_the_tasks_both_take_part_in_once(client, world):
    """One agency's own dashboard sums its stored counts (`TaskAgencyCount`); a reader of two agencies sharing tasks
    (SKHĐT coordinates SCT's) has their tasks counted, each once, as the task list lists them."""
    user = UserFactory(username="sct-skhdt")
    for agency in (world.sct, world.skhdt):
        MembershipFactory(agency=agency, role=Role.STAFF, user=user)
    client.force_login(user)
    context = _dashboard(client).context
    task_list_count = client.get(reverse("tasks:task_list")).context["paginator"].count
    shared = Task.objects.filter(assignments__agency=world.sct).filter(assignments__agency=world.skhdt)
    assert shared.exists()
    assert context["totals"]["total"].count == task_list_count
    _assert_every_number_equals_its_list(client, context)


def test_user_without_membership_is_refused(client, world):
    client.force_login(UserFactory(username="nobody"))
    assert client.get(reverse("dashboard:index")).status_code == 403


def test_another_provinces_dashboard_is_not_found(client, world):
    client.force_login(world.leader)
    other = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    assert client.get(reverse("dashboard:index"), {"province": other.pk}).status_code == 404


def test_compliance_counts_reports_submitted_late_and_missing(client, world):
    period = ReportingPeriodFactory(
        directive=world.plan,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 11, 10),
    )
    sct_tasks = world.plan.tasks.filter(assignments__agency=world.sct, assignments__role=AssignmentRole.LEAD)
    sent = [ReportState.SUBMITTED, ReportState.ACCEPTED]
    for task, state, late in zip(sct_tasks, sent, [False, True], strict=False):
        ProgressReportFactory(task=task, agency=world.sct, period=period, state=state, is_late=late)
    client.force_login(world.leader)
    context = _dashboard(client).context
    assert context["window"].name == "Quý IV/2026"
    rows = {row.label: row for row in context["compliance"]}
    owed = world.plan.tasks.filter(assignments__agency=world.sct, completed_at__isnull=True).count()
    assert (rows["SCT"].owed, rows["SCT"].on_time, rows["SCT"].late) == (owed, 1, 1)
    assert rows["SCT"].missing == owed - 2
    assert rows["SCT"].rate == round(100 * 2 / owed, 1)
    assert rows["Sở KH&ĐT"].on_time == 0


def _report_world(world):
    period = ReportingPeriodFactory(
        directive=world.plan,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 11, 10),
    )
    # The same quarter of the other directive counts in the same window.
    ReportingPeriodFactory(
        directive=world.letter,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 11, 10),
    )
    sct_tasks = list(world.plan.tasks.filter(assignments__agency=world.sct, assignments__role=AssignmentRole.LEAD))
    states = [ReportState.SUBMITTED, ReportState.ACCEPTED, ReportState.RETURNED_BY_MONITOR, ReportState.DRAFT]
    for task, state, late in zip(sct_tasks, states, [False, True, False, False], strict=False):
        ProgressReportFactory(task=task, agency=world.sct, period=period, state=state, is_late=late)
    return period


def _compliance_checked_against_lists(client, context):
    """Every count of the compliance table equals the task list it links to (as the same user); returns how many
    were checked."""
    checked = 0
    for line in context["compliance_lines"]:
        for key in ("owed", "on_time", "late", "missing"):
            count, url = getattr(line.row, key), getattr(line, f"{key}_url")
            if not count:
                assert url is None
                continue
            listed = client.get(url).context["paginator"].count
            assert listed == count, f"{line.row.label} {key} {url}: dashboard {count}, list {listed}"
            checked += 1
    return checked


@pytest.mark.parametrize(
    "filters", [{}, {"directive": "plan"}, {"agency": "sct"}, {"status": "overdue"}, {"sector": "wood"}]
)
def test_every_report_compliance_count_equals_the_task_list_it_links_to(client, world, filters):
    _report_world(world)
    client.force_login(world.leader)
    named = ("plan", "sct", "wood")
    params = {key: getattr(world, value).pk if value in named else value for key, value in filters.items()}
    context = _dashboard(client, **params).context
    assert _compliance_checked_against_lists(client, context) >= 4
    sct = next(line for line in context["compliance_lines"] if line.row.agency_id == world.sct.pk)
    assert sct.missing_url or filters
    if not sct.missing_url:
        return
    listed = {task.pk for task in client.get(sct.missing_url).context["object_list"]}
    settled = set(
        world.plan.tasks.filter(
            reports__agency=world.sct,
            reports__state__in=[ReportState.SUBMITTED, ReportState.ACCEPTED],
        ).values_list("pk", flat=True)
    )
    assert listed and not listed & settled


@pytest.mark.parametrize("role", [Role.STAFF, Role.HEAD])
def test_an_agencys_own_dashboard_counts_the_reports_it_owes(client, world, role, django_assert_max_num_queries):
    """The product's call (issue #13's benchmark): a staff member's or head's dashboard shows what their agency owes
    (its stored counts), not every co-assigned agency's reports on their tasks; each count still drills down to
    exactly its tasks, and equals the agency's row on the whole province's dashboard."""
    _report_world(world)
    user = MembershipFactory(agency=world.sct, role=role, user=UserFactory(username=f"sct-{role}")).user
    client.force_login(world.leader)
    province_rows = {row.agency_id: row for row in _dashboard(client).context["compliance"]}
    assert world.skhdt.pk in province_rows  # it coordinates SCT's tasks: it owes reports on them too
    client.force_login(user)
    with django_assert_max_num_queries(16):
        response = _dashboard(client)
    context = response.context
    assert not context["whole_province"]
    assert [row.agency_id for row in context["compliance"]] == [world.sct.pk]
    (own,) = context["compliance"]
    whole = province_rows[world.sct.pk]
    assert (own.owed, own.on_time, own.late, own.missing) == (whole.owed, whole.on_time, whole.late, whole.missing)
    assert (own.on_time, own.late) == (1, 1)
    assert "Báo cáo của cơ quan SCT" in response.content.decode()
    assert _compliance_checked_against_lists(client, context) >= 3
    reports = next(tile for tile in context["tiles"] if tile.key == "reports")
    assert (reports.whole.count, reports.part.count) == (own.owed, own.on_time + own.late)
    # Narrowed by a filter: the agency's obligations on the tasks the filter leaves.
    with django_assert_max_num_queries(16):
        overdue = _dashboard(client, status="overdue").context
    assert [row.agency_id for row in overdue["compliance"]] == [world.sct.pk]
    assert 0 < overdue["compliance"][0].owed < own.owed
    assert _compliance_checked_against_lists(client, overdue) >= 1


def test_the_agency_filter_counts_that_agencys_reports_on_the_tasks_it_leaves(client, world):
    _report_world(world)
    client.force_login(world.leader)
    response = _dashboard(client, agency=world.sct.pk, status="overdue")
    context = response.context
    assert [row.agency_id for row in context["compliance"]] == [world.sct.pk]
    assert "Báo cáo của cơ quan SCT" in response.content.decode()
    assert _compliance_checked_against_lists(client, context) >= 2
    owed = world.plan.tasks.filter(
        assignments__agency=world.sct, status=Status.IN_PROGRESS_OVERDUE, obligations__agency=world.sct
    )
    assert context["compliance"][0].owed == owed.count() > 0
    # Unfiltered, the whole province's table names every agency that owes a report, under its usual heading.
    everyone = _dashboard(client)
    assert {world.sct.pk, world.skhdt.pk} <= {row.agency_id for row in everyone.context["compliance"]}
    assert "Báo cáo của cơ quan" not in everyone.content.decode()


def _compliance_numbers(context):
    return {row.agency_id: (row.owed, row.on_time, row.late) for row in context["compliance"]}


def test_one_sector_counts_its_reports_from_the_counts_stored_per_sector(client, world, django_assert_max_num_queries):
    """The sector filter alone reads `ObligationSectorCount`: the same numbers as its tasks' obligations counted,
    also after a task moves to another sector; "No sector", another filter besides or a narrower reader count the
    tasks' obligations."""
    _report_world(world)
    client.force_login(world.leader)

    def counted(**params):
        with CaptureQueriesContext(connection) as queries:
            context = _dashboard(client, **params).context
        sql = " ".join(query["sql"] for query in queries)
        return context, "reports_obligationsectorcount" in sql, "reports_reportobligation" in sql

    for move in range(2):
        context, stored, obligations = counted(sector=world.wood.pk)
        assert stored and not obligations
        tasks = Task.objects.assignable().filter(directive__province=world.province, sector=world.wood)
        expected = obligation_counts(tasks, [context["window"]], AgencyLabels(world.province))
        assert _compliance_numbers(context) == {pk: (r["owed"], r["on_time"], r["late"]) for pk, r in expected.items()}
        assert sum(owed for owed, _on_time, _late in _compliance_numbers(context).values()) > 0
        assert _compliance_checked_against_lists(client, context) >= 2
        # A corrected import moves a reported task to the other sector.
        if not move:
            reported = ReportObligation.objects.filter(task__sector=world.wood, state__in=SETTLED).first().task_id
            Task.objects.filter(pk=reported).update(sector=world.power)
    with django_assert_max_num_queries(16):
        _dashboard(client, sector=world.power.pk)
    checked = 0
    for params in ({"sector": "null"}, {"sector": world.wood.pk, "status": "overdue"}):
        context, stored, obligations = counted(**params)
        assert obligations and not stored
        checked += _compliance_checked_against_lists(client, context)
    assert checked >= 1


def test_dashboard_opens_on_tiles_with_rates_whose_counts_link_to_their_tasks(client, world):
    _report_world(world)
    client.force_login(world.leader)
    response = _dashboard(client)
    body = response.content.decode()
    # The tiles come before the filter form, which is folded away until a filter is used.
    assert body.index('id="tile-on-time"') < body.index('class="dash-filters"') < body.index('role="search"')
    assert '<details class="dash-filters" open>' not in body
    assert 'type="checkbox" name="status"' in body and '<select name="status"' not in body
    assert "multiple" not in body.split('class="dash-filters"')[1].split("</form>")[0]
    tiles = {tile.key: tile for tile in response.context["tiles"]}
    assert set(tiles) == {"on-time", "overdue", "done", "reports"}
    totals = response.context["totals"]
    due = totals["done_on_time"].count + totals["done_late"].count + totals["overdue"].count
    assert tiles["on-time"].rate == round(100 * totals["done_on_time"].count / due, 1)
    assert tiles["overdue"].rate == round(100 * totals["overdue"].count / due, 1)
    for tile in tiles.values():
        for link in (tile.part, tile.whole):
            if link.url:
                assert client.get(link.url).context["paginator"].count == link.count, (tile.key, link.url)
    assert tiles["on-time"].whole.count == due and tiles["on-time"].whole.url
    sent = sum(row.on_time + row.late for row in response.context["compliance"])
    owed = sum(row.owed for row in response.context["compliance"])
    assert (tiles["reports"].part.count, tiles["reports"].whole.count) == (sent, owed)
    # For one agency the reports tile links its missing reports to exactly their tasks.
    one = _dashboard(client, agency=world.sct.pk)
    assert '<details class="dash-filters" open>' in one.content.decode()
    reports = next(tile for tile in one.context["tiles"] if tile.key == "reports")
    assert reports.missing.count and client.get(reports.missing.url).context["paginator"].count == reports.missing.count


def test_overdue_and_soon_lists_link_to_all_their_tasks(client, world):
    grow(world, 2)
    client.force_login(world.leader)
    context = _dashboard(client).context
    listed = client.get(context["overdue_url"]).context
    assert listed["paginator"].count == context["totals"]["overdue"].count > len(context["overdue"]) - 1
    assert {t.pk for t in context["overdue"]} <= {t.pk for t in listed["paginator"].object_list}
    soon = client.get(context["soon_url"]).context["paginator"]
    assert {t.pk for t in context["soon"]} <= {t.pk for t in soon.object_list}
    assert soon.count == context["totals"]["due_30"].count


@pytest.mark.parametrize("size", [1, 4])
def test_dashboard_runs_a_bounded_number_of_queries(client, world, size, django_assert_max_num_queries):
    grow(world, size)
    ReportingPeriodFactory(directive=world.plan, start=datetime.date(2026, 10, 1), end=datetime.date(2026, 12, 31))
    client.force_login(world.leader)
    # 15 for the page, one for the menu's count of unread notifications.
    with django_assert_max_num_queries(16):
        _dashboard(client)
    with django_assert_max_num_queries(16):
        _dashboard(client, directive=world.plan.pk, agency=world.sct.pk, sector=world.wood.pk, lead=world.sct.pk)
    with django_assert_max_num_queries(16):
        client.get(
            reverse("tasks:task_list"),
            {"province": world.province.pk, "status": "overdue", "lead": world.sct.pk, "sector": "null"},
        )


@pytest.fixture
def demo():
    # load_demo refuses to run without DEBUG because its accounts share a known password.
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
    return get_user_model().objects.get(username="lanhdaotinh")


def test_demo_dashboard_counts_equal_the_task_list_filtered_by_each_status(client, demo):
    client.force_login(demo)
    context = _dashboard(client).context
    province = context["province"]
    task_list = reverse("tasks:task_list")
    for status in STATUS_COLUMNS:
        listed = client.get(task_list, {"province": province.pk, "status": status.value}).context["paginator"].count
        assert context["totals"][status.value].count == listed, status
    assert context["totals"]["total"].count == client.get(task_list).context["paginator"].count > 20
    assert context["totals"][Status.IN_PROGRESS_OVERDUE].count > 0


def test_demo_dashboard_filtered_by_directive_equals_the_filtered_task_list(client, demo):
    client.force_login(demo)
    directive = Directive.objects.filter(symbol="KH-UBND").annotate(n=Count("tasks")).order_by("-n").first()
    context = _dashboard(client, directive=directive.pk).context
    for status in STATUS_COLUMNS:
        listed = client.get(reverse("tasks:task_list"), {"directive": directive.pk, "status": status.value})
        assert context["totals"][status.value].count == listed.context["paginator"].count, status
    assert [row.key for row in context["directive_rows"]] == [directive.pk]
    _assert_every_number_equals_its_list(client, context)


def test_directive_breakdown_shows_the_most_overdue_first_and_all_on_request(client, world):
    for n in range(22):
        TaskFactory(directive=DirectiveFactory(province=world.province), due_date=NOW.date() - DAY * (n + 1))
    client.force_login(world.leader)
    context = _dashboard(client).context
    rows = context["directive_rows"]
    assert len(rows) == 20 and context["directive_count"] == 24
    overdue = [row.cells[Status.IN_PROGRESS_OVERDUE].count for row in rows]
    assert overdue == sorted(overdue, reverse=True)
    assert len(context["directive_choices"]) == 24
    assert len(_dashboard(client, directives="all").context["directive_rows"]) == 24


def test_text_search_on_the_dashboard_counts_what_the_list_finds(client, world):
    grow(world, 2)
    client.force_login(world.leader)
    context = _dashboard(client, q="DE AN").context
    assert 0 < context["totals"]["total"].count
    assert _assert_every_number_equals_its_list(client, context) > 5


def test_filter_form_keeps_the_chosen_directive_agency_and_sector_selected(client, world):
    client.force_login(world.leader)
    response = _dashboard(client, directive=world.plan.pk, agency=world.sct.pk, sector=world.wood.pk)
    html = response.content.decode()
    for name, key, label in (
        ("directive", world.plan.pk, "1762/QĐ-UBND"),
        ("agency", world.sct.pk, "SCT"),
        ("sector", world.wood.pk, world.wood.name),
    ):
        assert f'<option value="{key}" selected>{label}</option>' in html, name
    assert html.count(" selected>") == 4  # the three above and the current reporting period


def test_a_filter_option_escapes_its_label_as_the_template_would(client, world):
    world.wood.name = 'Gỗ & "nội thất" <mới>'
    world.wood.save()
    client.force_login(world.leader)
    html = _dashboard(client, sector=world.wood.pk).content.decode()
    shown = "Gỗ &amp; &quot;nội thất&quot; &lt;mới&gt;"
    assert f'<option value="{world.wood.pk}" selected>{shown}</option>' in html
    assert world.wood.name not in html


def test_a_bad_filter_is_named_by_its_label_and_the_rest_still_counts(client, world):
    client.force_login(world.leader)
    response = _dashboard(client, due_after="99/99/2026", status="nonsense")
    text = response.content.decode()
    assert "<li>Hạn từ ngày: Hãy nhập một ngày hợp lệ, dạng dd/mm/yyyy.</li>" in text
    assert "<li>Tình trạng: " in text
    assert response.context["totals"]["total"].count == _dashboard(client).context["totals"]["total"].count
