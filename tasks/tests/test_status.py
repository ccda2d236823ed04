"""Task status at the boundaries that matter: the rule, what is stored on the task, and the clock pass."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command

from agencies.tests.factories import ProvinceFactory
from tasks.models import Task, TaskCount, TaskKind
from tasks.services import advance_statuses, check_statuses, task_count_differences
from tasks.status import Status, next_change, task_status
from tasks.tests.factories import SectorFactory, TaskFactory

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
D = datetime.date


def local(year, month, day, hour=10, minute=0, second=0, microsecond=0):
    return datetime.datetime(year, month, day, hour, minute, second, microsecond, tzinfo=HCM)


FIVE_PM = datetime.time(17, 0)

# (case, local time now, task fields, expected status)
CASES = [
    ("due_today_is_in_progress", local(2025, 6, 15), {"due_date": D(2025, 6, 15)}, Status.IN_PROGRESS_ON_TIME),
    ("due_yesterday_is_overdue", local(2025, 6, 15), {"due_date": D(2025, 6, 14)}, Status.IN_PROGRESS_OVERDUE),
    ("due_next_year_is_in_progress", local(2025, 6, 15), {"due_date": D(2026, 12, 31)}, Status.IN_PROGRESS_ON_TIME),
    (
        "completed_on_the_due_date_is_on_time",
        local(2025, 6, 20),
        {"due_date": D(2025, 6, 14), "completed_at": local(2025, 6, 14, 22, 0)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "completed_the_day_after_is_late",
        local(2025, 6, 20),
        {"due_date": D(2025, 6, 14), "completed_at": local(2025, 6, 15, 8, 0)},
        Status.COMPLETED_LATE,
    ),
    (
        "completed_before_the_deadline_stays_on_time_after_it",
        local(2026, 3, 1),
        {"due_date": D(2025, 12, 31), "completed_at": local(2025, 11, 2)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "completed_without_a_deadline_is_on_time",
        local(2025, 6, 20),
        {"due_date": None, "completed_at": local(2025, 6, 14)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "one_minute_before_17h00_is_in_progress",
        local(2021, 12, 3, 16, 59),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM},
        Status.IN_PROGRESS_ON_TIME,
    ),
    (
        "at_17h00_exactly_is_in_progress",
        local(2021, 12, 3, 17, 0),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM},
        Status.IN_PROGRESS_ON_TIME,
    ),
    (
        "half_a_second_after_17h00_is_overdue",
        local(2021, 12, 3, 17, 0, 0, 500000),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM},
        Status.IN_PROGRESS_OVERDUE,
    ),
    (
        "one_minute_after_17h00_is_overdue",
        local(2021, 12, 3, 17, 1),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM},
        Status.IN_PROGRESS_OVERDUE,
    ),
    (
        "completed_at_17h30_for_17h00_is_late",
        local(2021, 12, 4),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM, "completed_at": local(2021, 12, 3, 17, 30)},
        Status.COMPLETED_LATE,
    ),
    (
        "completed_at_17h00_exactly_is_on_time",
        local(2021, 12, 4),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM, "completed_at": local(2021, 12, 3, 17, 0)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "completed_half_a_second_after_17h00_is_late",
        local(2021, 12, 4),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM, "completed_at": local(2021, 12, 3, 17, 0, 0, 500000)},
        Status.COMPLETED_LATE,
    ),
    (
        "completed_at_16h30_for_17h00_is_on_time",
        local(2021, 12, 4),
        {"due_date": D(2021, 12, 3), "due_time": FIVE_PM, "completed_at": local(2021, 12, 3, 16, 30)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "extended_deadline_ahead_keeps_an_overdue_task_in_progress",
        local(2025, 6, 15),
        {"due_date": D(2025, 6, 1), "extended_due_date": D(2025, 6, 30)},
        Status.IN_PROGRESS_ON_TIME,
    ),
    (
        "extended_deadline_passed_is_overdue",
        local(2025, 7, 2),
        {"due_date": D(2025, 6, 1), "extended_due_date": D(2025, 6, 30)},
        Status.IN_PROGRESS_OVERDUE,
    ),
    (
        "completed_after_the_original_but_within_the_extended_deadline_is_on_time",
        local(2025, 7, 2),
        {"due_date": D(2025, 6, 1), "extended_due_date": D(2025, 6, 30), "completed_at": local(2025, 6, 20)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "completed_after_the_extended_deadline_is_late",
        local(2025, 7, 2),
        {"due_date": D(2025, 6, 1), "extended_due_date": D(2025, 6, 30), "completed_at": local(2025, 7, 1)},
        Status.COMPLETED_LATE,
    ),
    (
        "recurring_is_never_overdue",
        local(2025, 6, 15),
        {"due_date": None, "is_recurring": True},
        Status.RECURRING,
    ),
    (
        "recurring_with_a_past_date_is_still_recurring",
        local(2025, 6, 15),
        {"due_date": D(2020, 12, 31), "is_recurring": True},
        Status.RECURRING,
    ),
    (
        "waiting_on_an_event_has_no_deadline",
        local(2025, 6, 15),
        {"due_date": None, "waits_on_event": True, "event_text": "quy hoạch tỉnh"},
        Status.WAITING_EVENT,
    ),
    (
        "start_date_in_the_future_is_not_started",
        local(2025, 6, 15),
        {"start_date": D(2025, 6, 16), "due_date": D(2025, 12, 31)},
        Status.NOT_STARTED,
    ),
    (
        "start_date_today_is_in_progress",
        local(2025, 6, 15),
        {"start_date": D(2025, 6, 15), "due_date": D(2025, 12, 31)},
        Status.IN_PROGRESS_ON_TIME,
    ),
    (
        "cancelled_overdue_task_is_cancelled",
        local(2025, 6, 15),
        {"due_date": D(2025, 1, 1), "cancelled_at": local(2025, 3, 1), "cancel_reason": "Thay thế"},
        Status.CANCELLED,
    ),
    ("heading_has_no_status_of_its_own", local(2025, 6, 15), {"kind": TaskKind.HEADING}, Status.HEADING),
    ("no_due_date_is_unscheduled", local(2025, 6, 15), {"due_date": None}, Status.UNSCHEDULED),
    (
        "at_23h30_local_the_due_day_is_not_over",
        local(2025, 6, 15, 23, 30),
        {"due_date": D(2025, 6, 15)},
        Status.IN_PROGRESS_ON_TIME,
    ),
    (
        "at_00h30_local_the_due_day_is_over_though_utc_is_still_on_it",
        local(2025, 6, 16, 0, 30),
        {"due_date": D(2025, 6, 15)},
        Status.IN_PROGRESS_OVERDUE,
    ),
    (
        "at_23h30_local_a_task_starting_tomorrow_is_not_started",
        local(2025, 6, 15, 23, 30),
        {"start_date": D(2025, 6, 16), "due_date": D(2025, 12, 31)},
        Status.NOT_STARTED,
    ),
    (
        "completed_at_23h30_local_on_the_due_day_is_on_time",
        local(2025, 6, 20),
        {"due_date": D(2025, 6, 15), "completed_at": local(2025, 6, 15, 23, 30)},
        Status.COMPLETED_ON_TIME,
    ),
    (
        "completed_at_00h30_local_after_the_due_day_is_late_though_utc_is_still_on_it",
        local(2025, 6, 20),
        {"due_date": D(2025, 6, 15), "completed_at": local(2025, 6, 16, 0, 30)},
        Status.COMPLETED_LATE,
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("now", "fields", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_status_stored_on_save_and_moved_on_by_the_clock_equals_the_rule(now, fields, expected):
    # Written a year before `now`: what is stored then, moved on by the clock pass at `now`, is the rule's answer.
    with time_machine.travel(now - datetime.timedelta(days=365), tick=False):
        task = TaskFactory(**fields)
    with time_machine.travel(now, tick=False):
        advance_statuses()
        assert task_status(task) == expected
    stored = Task.objects.get(pk=task.pk)
    assert stored.status == expected
    assert stored.status_changes_at == next_change(task, now)
    assert check_statuses(now, fix=False) == []


@pytest.mark.django_db
def test_the_clock_pass_reads_only_the_rows_whose_moment_came(django_assert_num_queries):
    now = local(2025, 6, 15, 23, 30)
    with time_machine.travel(local(2025, 6, 1), tick=False):
        tasks = [TaskFactory(**fields) for _case, case_now, fields, _expected in CASES if case_now == now]
        tasks += [TaskFactory(due_date=D(2025, 6, 14)), TaskFactory(due_date=None, is_recurring=True)]
    with django_assert_num_queries(2):  # read the rows whose moment came, write those that changed
        advance_statuses(now)
    stored = dict(Task.objects.values_list("pk", "status"))
    assert stored == {task.pk: task_status(task, now) for task in tasks}
    assert sorted(stored.values()) == sorted(
        [Status.IN_PROGRESS_ON_TIME, Status.NOT_STARTED, Status.IN_PROGRESS_OVERDUE, Status.RECURRING]
    )


@pytest.mark.parametrize(
    ("fields", "now", "moment"),
    [
        ({"due_date": D(2025, 6, 15)}, local(2025, 6, 15, 9), local(2025, 6, 16, 0)),
        ({"due_date": D(2025, 6, 15), "due_time": FIVE_PM}, local(2025, 6, 15, 9), local(2025, 6, 15, 17, 0, 0, 1)),
        ({"due_date": D(2025, 9, 30), "start_date": D(2025, 7, 1)}, local(2025, 6, 15, 9), local(2025, 7, 1, 0)),
        ({"due_date": D(2025, 6, 14)}, local(2025, 6, 15, 9), None),
        ({"due_date": None, "is_recurring": True}, local(2025, 6, 15, 9), None),
    ],
    ids=["midnight_after_the_due_day", "a_microsecond_past_17h00", "the_start_date", "overdue_stays", "recurring"],
)
def test_next_change_is_the_first_moment_the_rule_answers_otherwise(fields, now, moment):
    task = Task(kind=TaskKind.TASK, **fields)
    assert next_change(task, now) == moment
    if moment is not None:
        before = moment - datetime.timedelta(microseconds=1)
        assert task_status(task, before) == task_status(task, now) != task_status(task, moment)


@pytest.mark.django_db
def test_check_status_reports_and_corrects_a_row_written_past_the_rule(capsys):
    task = TaskFactory(due_date=D(2020, 1, 1))
    Task.objects.filter(pk=task.pk).update(status=Status.IN_PROGRESS_ON_TIME)  # a queryset update skips save()
    with pytest.raises(SystemExit):
        call_command("check_status", "--dry-run")
    assert f"task {task.pk} ({task.code}): stored in_progress, computed overdue" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        call_command("check_status")
    call_command("check_status")
    assert Task.objects.get(pk=task.pk).status == Status.IN_PROGRESS_OVERDUE


def _counts(province, dimension, key):
    rows = TaskCount.objects.filter(province=province, dimension=dimension, key=key, count__gt=0)
    return dict(rows.values_list("status", "count"))


@pytest.mark.django_db
def test_task_counts_follow_every_write_of_the_tasks_even_those_that_skip_save():
    first = TaskFactory(due_date=D(2020, 1, 1))
    directive, province = first.directive, first.directive.province
    second = TaskFactory(directive=directive, due_date=D(2020, 1, 1))
    TaskFactory(directive=directive, kind=TaskKind.HEADING)  # not a task: never counted
    assert _counts(province, "directive", str(directive.pk)) == {Status.IN_PROGRESS_OVERDUE: 2}
    sector = SectorFactory()
    Task.objects.filter(pk=second.pk).update(status=Status.CANCELLED, sector=sector, lead_key="7")
    assert _counts(province, "directive", str(directive.pk)) == {Status.IN_PROGRESS_OVERDUE: 1, Status.CANCELLED: 1}
    assert _counts(province, "sector", str(sector.pk)) == {Status.CANCELLED: 1}
    assert _counts(province, "sector", "") == {Status.IN_PROGRESS_OVERDUE: 1}
    assert _counts(province, "lead", "7") == {Status.CANCELLED: 1}
    Task.objects.filter(pk=first.pk).delete()
    assert _counts(province, "directive", str(directive.pk)) == {Status.CANCELLED: 1}
    assert task_count_differences() == []


@pytest.mark.django_db
def test_check_status_reports_and_corrects_a_task_count_written_wrong(capsys):
    task = TaskFactory(due_date=D(2020, 1, 1))
    province = task.directive.province
    key = str(task.directive_id)
    TaskCount.objects.filter(province=province, dimension="directive", key=key).update(count=5)
    with pytest.raises(SystemExit):
        call_command("check_status", "--dry-run")
    out = capsys.readouterr().out
    assert f"tasks of province {province.pk}, directive '{key}', overdue: stored count 5, counted 1" in out
    with pytest.raises(SystemExit):
        call_command("check_status")
    call_command("check_status")
    assert _counts(province, "directive", key) == {Status.IN_PROGRESS_OVERDUE: 1}


@pytest.mark.django_db
def test_task_counts_move_with_a_directive_moved_to_another_province():
    task = TaskFactory(due_date=D(2020, 1, 1))
    directive, old = task.directive, task.directive.province
    new = ProvinceFactory(name="Bình Định", code="binh-dinh")
    directive.province = new  # a province merger moves the absorbed province's directives so
    directive.save()
    assert _counts(old, "directive", str(directive.pk)) == {}
    assert _counts(new, "directive", str(directive.pk)) == {Status.IN_PROGRESS_OVERDUE: 1}
    assert task_count_differences() == []
