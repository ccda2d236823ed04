"""Stored dashboard figures: equal to the live count at every moment, stale after every change, read when fresh."""

import datetime
import io
import threading
import time

import pytest
import time_machine
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from agencies.models import Role
from agencies.tests.factories import ProvinceFactory
from reports import services
from reports.dashboard import aggregates, figures
from reports.models import ExtensionRequest, FiguresState, StatusFigure
from reports.tests.factories import ReportingPeriodFactory
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview
from tasks.models import Assignment, AssignmentRole, Directive, ScheduleKind, Task
from tasks.status import Status
from tasks.tests.factories import AssignmentFactory, TaskFactory
from tasks.tests.import_workbooks import ROWS, build_004_workbook, create_agencies

from .conftest import member
from .dashboard_world import DAY, NOW, VN, build_world, grow

pytestmark = pytest.mark.django_db

COLUMNS = [key for key, _label in aggregates.column_labels()]


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def world(frozen):
    w = build_world()
    # Reports owed over three quarters, tasks completed before, during and after them, one cancelled.
    quarter_ends = {2: datetime.date(2026, 6, 30), 3: datetime.date(2026, 9, 30), 4: datetime.date(2026, 12, 31)}
    for quarter, end in quarter_ends.items():
        start = datetime.date(2026, 3 * quarter - 2, 1)
        # The letter has no period for the fourth quarter yet (see _new_period).
        for directive in (w.plan, w.letter) if quarter < 4 else (w.plan,):
            ReportingPeriodFactory(
                directive=directive, kind=ScheduleKind.QUARTERLY, start=start, end=end, due_date=end + 10 * DAY
            )
    done = [datetime.datetime(2026, 3, 31, 16, 0, tzinfo=VN), datetime.datetime(2026, 7, 1, 0, 30, tzinfo=VN)]
    for moment, lead in zip(done, (w.sct, w.huyen_bs), strict=True):
        task = TaskFactory(directive=w.plan, due_date=datetime.date(2026, 6, 30), completed_at=moment)
        AssignmentFactory(task=task, agency=lead, role=AssignmentRole.LEAD)
        AssignmentFactory(task=task, agency=w.districts, role=AssignmentRole.COORDINATING)
    cancelled = TaskFactory(directive=w.letter, due_date=NOW.date(), cancelled_at=NOW - 40 * DAY)
    AssignmentFactory(task=cancelled, agency=w.sct, role=AssignmentRole.LEAD)
    # Due today at 17h00: in progress until then, overdue after; and one that starts next week.
    w.due_at_five = TaskFactory(directive=w.letter, due_date=NOW.date(), due_time=datetime.time(17, 0))
    AssignmentFactory(task=w.due_at_five, agency=w.skhdt, role=AssignmentRole.CO_LEAD)
    # On time, led by Sở Công Thương with Sở KH&ĐT coordinating: the task the changes below act on.
    w.sct_task = TaskFactory(directive=w.plan, due_date=NOW.date() + 60 * DAY)
    AssignmentFactory(task=w.sct_task, agency=w.sct, role=AssignmentRole.LEAD)
    AssignmentFactory(task=w.sct_task, agency=w.skhdt, role=AssignmentRole.COORDINATING)
    later = TaskFactory(directive=w.plan, start_date=NOW.date() + 7 * DAY, due_date=NOW.date() + 90 * DAY)
    AssignmentFactory(task=later, agency=w.huyen_dp, role=AssignmentRole.LEAD)
    return w


def _normalized(breakdowns):
    """The four dicts with plain counts, agencies that neither lead nor owe anything left out."""
    totals, by_directive, by_sector, by_agency = breakdowns
    keep = lambda counts: {key: counts.get(key, 0) for key in COLUMNS}  # noqa: E731
    agencies = {pk: (label, keep(counts)) for pk, (label, counts) in by_agency.items() if counts["total"]}
    return (
        keep(totals),
        {pk: (label, keep(counts)) for pk, (label, counts) in by_directive.items()},
        {pk: (label, keep(counts)) for pk, (label, counts) in by_sector.items()},
        agencies,
    )


def _live(province, now, windows, directive=None):
    tasks = Task.objects.assignable().filter(directive__province=province).with_status(now)
    if directive is not None:
        tasks = tasks.filter(directive=directive)
    return _normalized(aggregates.task_breakdowns(tasks, timezone.localtime(now).date()))


def _stored(province, now, windows, directive=None):
    figures.refresh_stale(Directive.objects.all(), now)
    assert figures.stale_directives(Directive.objects.all(), now) == []
    tasks = Task.objects.none()  # nothing is counted live when every figure is fresh
    return _normalized(figures.task_breakdowns(province, directive, tasks, now))


MOMENTS = [
    datetime.datetime(2026, 11, 25, 7, 59, tzinfo=VN),  # before the 08h00 deadline
    NOW,
    datetime.datetime(2026, 11, 25, 17, 0, tzinfo=VN),  # the 17h00 deadline itself: still on time
    datetime.datetime(2026, 11, 25, 17, 0, 1, tzinfo=VN),
    datetime.datetime(2026, 11, 25, 23, 59, 59, tzinfo=VN),
    datetime.datetime(2026, 11, 26, 0, 0, tzinfo=VN),  # midnight: yesterday's deadlines have passed
    datetime.datetime(2026, 12, 2, 0, 0, tzinfo=VN),  # a task starts, due-soon windows have moved
]


@pytest.mark.parametrize("moment", MOMENTS, ids=lambda m: m.strftime("%d-%H%M%S"))
def test_stored_figures_equal_the_live_count_at_every_moment(world, frozen, moment):
    frozen.move_to(moment)
    windows = aggregates.period_windows(world.province)
    assert len(windows) == 3
    for chosen in ([], windows[:1], windows):
        assert _stored(world.province, moment, chosen) == _live(world.province, moment, chosen)
        for directive in (world.plan, world.letter):
            assert _stored(world.province, moment, chosen, directive) == _live(
                world.province,
                moment,
                chosen,
                directive,
            )


def test_figures_hold_until_a_deadline_hour_today_then_until_midnight(world, frozen):
    figures.refresh_stale(Directive.objects.all(), NOW)
    letter = FiguresState.objects.get(directive=world.letter)
    plan = FiguresState.objects.get(directive=world.plan)
    assert letter.status_valid_until == datetime.datetime(2026, 11, 25, 17, 0, 0, 1, tzinfo=VN)
    assert plan.status_valid_until == datetime.datetime(2026, 11, 26, 0, 0, tzinfo=VN)
    directives = Directive.objects.filter(province=world.province)
    assert figures.stale_directives(directives, datetime.datetime(2026, 11, 25, 17, 0, tzinfo=VN)) == []
    assert figures.stale_directives(directives, letter.status_valid_until) == [world.letter.pk]
    assert sorted(figures.stale_directives(directives, plan.status_valid_until)) == sorted(
        [world.plan.pk, world.letter.pk]
    )


def _fresh(world):
    figures.refresh_stale(Directive.objects.all(), timezone.now())
    assert figures.stale_directives(Directive.objects.all(), timezone.now()) == []


def _stale(world):
    return set(figures.stale_directives(Directive.objects.filter(province=world.province), timezone.now()))


def _open_task(world, directive, agency):
    """A task the agency leads that is in progress and on time."""
    return directive.tasks.filter(
        assignments__agency=agency,
        assignments__role=AssignmentRole.LEAD,
        completed_at__isnull=True,
        cancelled_at__isnull=True,
        is_recurring=False,
        due_date__gt=NOW.date() + DAY,
        start_date__isnull=True,
    ).first()


def _complete(world):
    monitor = member(world.sct, Role.MONITOR, "theodoi")
    services.mark_task_completed(monitor, _open_task(world, world.plan, world.sct), timezone.now())
    return {world.plan.pk}


def _extend(world):
    task = _open_task(world, world.letter, world.skhdt) or _open_task(world, world.letter, world.sct)
    extension = ExtensionRequest.objects.create(
        task=task, agency=world.sct, reason="Chờ vốn", proposed_date=NOW.date() + 400 * DAY
    )
    services.decide_extension(member(world.sct, Role.MONITOR, "theodoi"), extension, True, "Đồng ý")
    return {world.letter.pk}


def _assign(world):
    AssignmentFactory(task=_open_task(world, world.plan, world.sct), agency=world.skhdt, role=AssignmentRole.CO_LEAD)
    return {world.plan.pk}


def _unassign(world):
    Assignment.objects.filter(task__directive=world.letter, role=AssignmentRole.LEAD).first().delete()
    return {world.letter.pk}


def _regroup(world):
    world.districts.members.remove(world.huyen_dp)
    return {world.plan.pk, world.letter.pk}


def _edit_task(world):
    task = _open_task(world, world.plan, world.sct)
    task.due_date = NOW.date() - 2 * DAY
    task.save()
    return {world.plan.pk}


def _move_task(world):
    world.sct_task.directive = world.letter
    world.sct_task.save()
    return {world.plan.pk, world.letter.pk}


def _move_assignment(world):
    assignment = world.sct_task.assignments.get(role=AssignmentRole.LEAD)
    assignment.task = world.due_at_five
    assignment.save()
    return {world.plan.pk, world.letter.pk}


def _delete_sector(world):
    world.wood.delete()
    return {world.plan.pk, world.letter.pk}


CHANGES = [
    _complete,
    _extend,
    _assign,
    _unassign,
    _regroup,
    _edit_task,
    _move_task,
    _move_assignment,
    _delete_sector,
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_every_change_makes_its_directive_stale_and_the_refresh_matches_the_live_count(world, change):
    _fresh(world)
    windows = aggregates.period_windows(world.province)
    before = _live(world.province, timezone.now(), windows)
    changed = change(world)
    assert _stale(world) == changed
    after = _live(world.province, timezone.now(), windows)
    assert after != before, "the change should move a figure"
    assert _stored(world.province, timezone.now(), windows) == after


def test_reimporting_a_corrected_file_makes_its_directive_stale(tmp_path, frozen):
    agencies = create_agencies(ProvinceFactory())
    first = build_004_workbook(tmp_path / "k.xlsx")
    directive = commit_preview(build_preview(first, first.name)).directive
    figures.refresh_stale(Directive.objects.all(), timezone.now())
    rows = [list(row) for row in ROWS]
    wind = next(row for row in rows if row[0] == "i)")
    wind[3] = "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió, Sở Tài chính"
    corrected = build_004_workbook(tmp_path / "k-sua.xlsx", rows=[tuple(row) for row in rows])
    commit_preview(build_preview(corrected, corrected.name))
    assert figures.stale_directives(Directive.objects.all(), timezone.now()) == [directive.pk]
    assert _stored(agencies["sct"].province, NOW, []) == _live(agencies["sct"].province, NOW, [])


def _dashboard(client, **params):
    response = client.get(reverse("dashboard:index"), params)
    assert response.status_code == 200
    return response.context


def test_dashboard_reads_the_stored_figures_when_they_are_fresh(client, world):
    client.force_login(world.leader)
    live = _dashboard(client)["totals"][Status.IN_PROGRESS_OVERDUE].count
    _fresh(world)
    # Proof the page reads storage: a figure written by hand shows, until a change makes the directive stale.
    StatusFigure.objects.filter(directive=world.plan, agency__isnull=True).update(overdue=1000)
    shown = _dashboard(client)["totals"][Status.IN_PROGRESS_OVERDUE].count
    assert shown > 1000
    _edit_task(world)
    assert _dashboard(client)["totals"][Status.IN_PROGRESS_OVERDUE].count == live + 1


def test_a_stale_dashboard_counts_live_and_asks_the_worker_to_refresh_once(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.leader)
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _dashboard(client)
    assert len(callbacks) == 1  # the worker's refresh (run inline: Celery is eager in tests)
    assert _stale(world) == set()
    _edit_task(world)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _dashboard(client)
    assert callbacks == []  # asked less than a minute ago: the worker's pass will come
    assert _stale(world) == {world.plan.pk}


def test_a_stale_dashboard_still_answers_when_redis_is_down(
    client, world, redis_down, caplog, django_capture_on_commit_callbacks
):
    client.force_login(world.leader)
    with django_capture_on_commit_callbacks(execute=True):
        live = _dashboard(client)["totals"]["total"].count
    assert live == _live(world.province, timezone.now(), [])[0]["total"]
    assert "cache unreachable" in caplog.text


def test_a_stale_dashboard_still_answers_when_only_the_broker_is_down(
    client, world, redis_down, settings, caplog, django_capture_on_commit_callbacks
):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    client.force_login(world.leader)
    with django_capture_on_commit_callbacks(execute=True):
        live = _dashboard(client)["totals"]["total"].count
    assert live == _live(world.province, timezone.now(), [])[0]["total"]
    assert "not queued: broker unreachable" in caplog.text
    assert world.plan.pk in _stale(world)  # left to beat's next pass


@pytest.mark.parametrize("size", [1, 4])
def test_fresh_and_stale_dashboards_run_a_bounded_number_of_queries(client, world, size, django_assert_max_num_queries):
    grow(world, size)
    client.force_login(world.leader)
    # 15 for the page, one for the menu's count of unread notifications.
    with django_assert_max_num_queries(16):
        _dashboard(client)  # stale: counted live
    _fresh(world)
    with django_assert_max_num_queries(16):
        _dashboard(client)
    with django_assert_max_num_queries(16):
        client.get(reverse("dashboard:scorecard"), {"periods": 8})
    _edit_task(world)
    with django_assert_max_num_queries(16):
        _dashboard(client)  # one directive live, the other stored


def test_beat_refreshes_the_stale_figures_every_few_minutes(world):
    entry = settings.CELERY_BEAT_SCHEDULE["dashboard-figures"]
    assert entry["task"] == "reports.tasks.refresh_dashboard_figures"
    assert 0 in entry["schedule"].minute  # one run falls on midnight
    from reports.tasks import refresh_dashboard_figures

    assert refresh_dashboard_figures.delay(world.province.pk).get() == 2
    assert refresh_dashboard_figures.delay().get() == 1  # the other province's directive
    assert refresh_dashboard_figures.delay().get() == 0


def test_command_recomputes_the_stale_figures_or_all(world):
    out = io.StringIO()
    call_command("refresh_dashboard_figures", stdout=out)
    assert out.getvalue().startswith("Đã tính lại 3 văn bản trong 0,")
    assert figures.stale_directives(Directive.objects.all(), timezone.now()) == []
    call_command("refresh_dashboard_figures", "--province", world.province.code, "--all", stdout=out)
    assert "\nĐã tính lại 2 văn bản" in out.getvalue()
    with pytest.raises(CommandError, match="Không có tỉnh nào có mã xyz"):
        call_command("refresh_dashboard_figures", "--province", "xyz")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs two PostgreSQL connections")
@pytest.mark.django_db(transaction=True)
def test_a_change_committed_while_a_refresh_runs_leaves_the_figures_stale(world, monkeypatch):
    _fresh(world)
    figures.invalidate([world.plan.pk])
    computing, release = threading.Event(), threading.Event()
    store = figures._store_status_figures

    def slow_store(directive_ids, now):
        result = store(directive_ids, now)
        computing.set()
        assert release.wait(30)
        return result

    monkeypatch.setattr(figures, "_store_status_figures", slow_store)

    def in_thread(function):
        def run():
            try:
                function()
            finally:
                connection.close()

        thread = threading.Thread(target=run)
        thread.start()
        return thread

    refreshing = in_thread(lambda: figures.refresh([world.plan.pk], timezone.now()))
    assert computing.wait(30)
    # The task is completed while the refresh holds the state row: its invalidation waits for the refresh.
    task = _open_task(world, world.plan, world.sct)
    changing = in_thread(lambda: Task.objects.filter(pk=task.pk).get().save())
    time.sleep(0.5)
    assert changing.is_alive(), "the change should wait for the refresh's lock"
    release.set()
    refreshing.join(30)
    changing.join(30)
    assert figures.stale_directives(Directive.objects.all(), timezone.now()) == [world.plan.pk]


def test_freshness_rule_is_the_same_in_python_and_in_sql(world):
    at = NOW
    combos = [
        # (version, status_version, status_valid_until)
        (0, 0, at + DAY),
        (1, 0, at + DAY),
        (1, 1, at),
        (1, 1, at - DAY),
        (2, 2, None),
        (3, 3, at + DAY),
        (0, None, at + DAY),
        (4, 4, at + datetime.timedelta(microseconds=1)),
    ]
    directives = [world.plan, world.letter]
    for version, status_version, valid_until in combos:
        for directive in directives:
            FiguresState.objects.update_or_create(
                directive=directive,
                defaults={
                    "version": version,
                    "status_version": status_version,
                    "status_valid_until": valid_until,
                },
            )
        state = FiguresState.objects.get(directive=world.plan)
        in_python = not state.status_fresh_at(at)
        in_sql = world.plan.pk in figures.stale_directives(Directive.objects.filter(pk=world.plan.pk), at)
        assert in_python == in_sql, (version, status_version, valid_until)
