"""Reporting periods generated from schedules: 003's quarterly and November deadlines, idempotently."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from reports.models import ReportingPeriod
from reports.periods import period_spans, sync_periods
from tasks.models import ScheduleKind
from tasks.tests.factories import ReportingScheduleFactory

D = datetime.date


def test_quarterly_schedule_of_003_is_due_on_the_10th_of_each_quarters_last_month(settings):
    settings.LANGUAGE_CODE = "en"
    schedule = ReportingScheduleFactory.build(kind=ScheduleKind.QUARTERLY, day_of_month=10, months="3,6,9,12")
    spans = period_spans(schedule, 2025)
    assert [(span.start, span.end, span.due_date) for span in spans] == [
        (D(2025, 1, 1), D(2025, 3, 31), D(2025, 3, 10)),
        (D(2025, 4, 1), D(2025, 6, 30), D(2025, 6, 10)),
        (D(2025, 7, 1), D(2025, 9, 30), D(2025, 9, 10)),
        (D(2025, 10, 1), D(2025, 12, 31), D(2025, 12, 10)),
    ]
    assert spans[3].name == "Quarter IV/2025"


def test_a_schedule_set_up_in_the_portal_asks_for_no_period_due_before_that_day():
    schedule = ReportingScheduleFactory.build(
        kind=ScheduleKind.QUARTERLY, day_of_month=10, months="3,6,9,12", starts_on=D(2025, 9, 10)
    )

    dues = [span.due_date for span in period_spans(schedule, 2025)]

    assert dues == [D(2025, 9, 10), D(2025, 12, 10)]
    assert period_spans(schedule, 2024) == []


def test_annual_schedule_of_003_covers_the_year_and_is_due_on_10_november():
    schedule = ReportingScheduleFactory.build(kind=ScheduleKind.ANNUAL, day_of_month=10, months="11")
    [span] = period_spans(schedule, 2025)
    assert (span.start, span.end, span.due_date) == (D(2025, 1, 1), D(2025, 12, 31), D(2025, 11, 10))


def test_monthly_due_day_past_the_end_of_a_short_month_falls_on_its_last_day():
    schedule = ReportingScheduleFactory.build(kind=ScheduleKind.MONTHLY, day_of_month=31, months="")
    spans = period_spans(schedule, 2025)
    assert len(spans) == 12
    assert spans[1].due_date == D(2025, 2, 28)


def test_schedule_without_a_day_is_due_on_the_last_day_of_the_period():
    schedule = ReportingScheduleFactory.build(kind=ScheduleKind.QUARTERLY, day_of_month=None, months="6")
    [span] = period_spans(schedule, 2025)
    assert span.due_date == D(2025, 6, 30)


def test_ad_hoc_request_of_002_is_one_day_due_at_its_hour():
    due_at = timezone.make_aware(datetime.datetime(2021, 12, 3, 17, 0))
    schedule = ReportingScheduleFactory.build(kind=ScheduleKind.AD_HOC, due_at=due_at, day_of_month=None, months="")
    [span] = period_spans(schedule, 2021)
    assert (span.start, span.end, span.due_date, span.due_time) == (
        D(2021, 12, 3),
        D(2021, 12, 3),
        D(2021, 12, 3),
        datetime.time(17, 0),
    )
    assert period_spans(schedule, 2022) == []


@pytest.mark.django_db
def test_sync_periods_is_idempotent_and_keeps_a_due_date_changed_by_hand():
    quarterly = ReportingScheduleFactory()
    annual = ReportingScheduleFactory(directive=quarterly.directive, kind=ScheduleKind.ANNUAL, months="11")
    assert sync_periods([quarterly, annual], [2025, 2026]) == 10
    ReportingPeriod.objects.filter(due_date=D(2025, 12, 10)).update(due_date=D(2025, 12, 15))
    assert sync_periods([quarterly, annual], [2025, 2026]) == 0
    assert ReportingPeriod.objects.count() == 10
    assert ReportingPeriod.objects.filter(due_date=D(2025, 12, 15), schedule=quarterly).exists()
    assert set(ReportingPeriod.objects.filter(kind=ScheduleKind.ANNUAL).values_list("due_date", flat=True)) == {
        D(2025, 11, 10),
        D(2026, 11, 10),
    }


@pytest.mark.django_db
def test_sync_periods_queries_do_not_grow_with_the_number_of_schedules(django_assert_max_num_queries):
    # Read what exists, insert what is missing and read the new ids back; the change log reads the directives'
    # periods before and after and records the new ones in one insert; the obligations of the new periods are
    # written in a few statements per due moment (`obligations.open_periods`), not per schedule or task.
    # (Ten, not more: on SQLite the change log's insert is split in batches of its rows.)
    few, many = ReportingScheduleFactory.create_batch(5), ReportingScheduleFactory.create_batch(10)
    sync_periods(ReportingScheduleFactory.create_batch(1), [2025])  # warms the caches a first call fills
    with CaptureQueriesContext(connection) as for_few:
        sync_periods(few, [2025])
    with CaptureQueriesContext(connection) as for_many:
        sync_periods(many, [2025])
    assert len(for_many.captured_queries) == len(for_few.captured_queries)
    more = ReportingScheduleFactory.create_batch(5)
    with django_assert_max_num_queries(15):
        sync_periods(more, [2026])
    assert ReportingPeriod.objects.count() == (1 + 5 + 10) * 4 + 5 * 4


VN = datetime.timezone(datetime.timedelta(hours=7))


@pytest.mark.django_db
def test_which_periods_a_task_owes_is_one_rule_in_python_and_sql():
    from reports.periods import owes_report, owes_report_q
    from reports.tests.factories import ReportingPeriodFactory
    from tasks.models import Task
    from tasks.tests.factories import DirectiveFactory, TaskFactory

    directive = DirectiveFactory(issued_on=D(2026, 5, 15))
    q2 = ReportingPeriodFactory(directive=directive, start=D(2026, 4, 1), end=D(2026, 6, 30))
    q1 = ReportingPeriodFactory(directive=directive, start=D(2026, 1, 1), end=D(2026, 3, 31))
    tasks = {
        "open": TaskFactory(directive=directive),
        # 01:00 in Hà Nội on 01/04 is still 31/03 in UTC: the local day counts, so it owes the second quarter.
        "done_1am_on_q2_start": TaskFactory(
            directive=directive,
            completed_at=datetime.datetime(2026, 4, 1, 1, tzinfo=VN),
        ),
        "done_in_q1": TaskFactory(directive=directive, completed_at=datetime.datetime(2026, 3, 20, 9, tzinfo=VN)),
        "starts_in_q3": TaskFactory(directive=directive, start_date=D(2026, 7, 1)),
        "started_early": TaskFactory(directive=directive, start_date=D(2026, 1, 1)),
        "cancelled": TaskFactory(directive=directive, cancelled_at=datetime.datetime(2026, 2, 1, 9, tzinfo=VN)),
    }
    expected = {  # the document is issued 15/05/2026: nothing is owed for the first quarter unless begun earlier
        "open": {q2},
        "done_1am_on_q2_start": {q2},
        "done_in_q1": set(),
        "starts_in_q3": set(),
        "started_early": {q1, q2},
        "cancelled": set(),
    }
    for name, task in tasks.items():
        task = Task.objects.select_related("directive").get(pk=task.pk)
        in_python = {period for period in (q1, q2) if owes_report(task, period)}
        in_sql = {
            period
            for period in (q1, q2)
            if Task.objects.filter(owes_report_q(period.start, period.end), pk=task.pk).exists()
        }
        assert in_python == in_sql == expected[name], name


@pytest.mark.django_db
def test_a_period_reads_in_the_readers_language_whatever_language_named_it(client, settings):
    """Stored as "Quý I/2025" (the portal's language); an English page says "Quarter I/2025" (issue #16 item 7)."""
    from django.utils import translation

    from reports.tests.factories import ReportingPeriodFactory

    settings.LANGUAGE_CODE = "vi"
    schedules = [
        ReportingScheduleFactory(kind=ScheduleKind.QUARTERLY, day_of_month=10, months="3"),
        ReportingScheduleFactory(kind=ScheduleKind.ANNUAL, day_of_month=10, months="11"),
        ReportingScheduleFactory(kind=ScheduleKind.MONTHLY, day_of_month=5, months="2"),
        ReportingScheduleFactory(
            kind=ScheduleKind.AD_HOC, due_at=timezone.make_aware(datetime.datetime(2025, 8, 15, 17, 0))
        ),
    ]
    sync_periods(schedules, [2025])
    periods = list(ReportingPeriod.objects.order_by("kind"))
    stored = {period.kind: period.name for period in periods}
    assert stored == {
        ScheduleKind.QUARTERLY: "Quý I/2025",
        ScheduleKind.ANNUAL: "Năm 2025",
        ScheduleKind.MONTHLY: "Tháng 02/2025",
        ScheduleKind.AD_HOC: "Đột xuất (hạn 17:00 15/08/2025)",
    }
    with translation.override("en"):
        assert {period.kind: str(period) for period in periods} == {
            ScheduleKind.QUARTERLY: "Quarter I/2025",
            ScheduleKind.ANNUAL: "Year 2025",
            ScheduleKind.MONTHLY: "Month 02/2025",
            ScheduleKind.AD_HOC: "Ad hoc report due 17:00 15/08/2025",
        }
    with translation.override("vi"):
        assert {period.kind: str(period) for period in periods} == stored
    # A period someone set up by hand over an odd span keeps the name they gave it.
    odd = ReportingPeriodFactory(name="Đợt 1 năm 2025", start=D(2025, 1, 15), end=D(2025, 4, 14))
    with translation.override("en"):
        assert str(odd) == "Đợt 1 năm 2025"


def test_a_period_ending_on_the_last_day_a_date_holds_is_named_without_overflow():
    from reports.models import period_name

    assert period_name(ScheduleKind.ANNUAL, D(9999, 1, 1), D(9999, 12, 31)) is not None
    assert period_name(ScheduleKind.QUARTERLY, D(9999, 10, 1), D(9999, 12, 31)) is not None
