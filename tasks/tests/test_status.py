"""Task status at the boundaries that matter, in Python and as a queryset annotation, which must agree."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tasks.models import Task, TaskKind
from tasks.status import Status, annotate_status, task_status
from tasks.tests.factories import TaskFactory

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
def test_status_in_python_and_in_sql_agree(now, fields, expected):
    task = TaskFactory(**fields)

    with time_machine.travel(now, tick=False):
        in_python = task_status(task)
        annotated = Task.objects.with_status().get(pk=task.pk)

    assert in_python == expected
    assert annotated.status == expected
    assert annotated.effective_due == task.effective_due_date


@pytest.mark.django_db
def test_annotation_gives_each_task_its_own_status_in_one_query(django_assert_num_queries):
    now = local(2025, 6, 15, 23, 30)
    tasks = [TaskFactory(**fields) for _case, case_now, fields, _expected in CASES if case_now == now]
    tasks += [TaskFactory(due_date=D(2025, 6, 14)), TaskFactory(due_date=None, is_recurring=True)]

    with django_assert_num_queries(1):
        annotated = {task.pk: task.status for task in annotate_status(Task.objects.all(), now)}

    assert annotated == {task.pk: task_status(task, now) for task in tasks}
    assert sorted(annotated.values()) == sorted(
        [Status.IN_PROGRESS_ON_TIME, Status.NOT_STARTED, Status.IN_PROGRESS_OVERDUE, Status.RECURRING]
    )
