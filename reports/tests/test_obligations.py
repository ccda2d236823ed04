"""One record says who owes which report by when (`reports.obligations`): every page and the sweep agree on it.

Each test here stands for a disagreement the apps used to have (issue #13): who reports for a task led by an
empty group, whether a report the monitoring unit returned counts as reported, and where "due soon" ends.
"""

import datetime
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from agencies.models import AgencyKind, Role
from agencies.permissions import Access
from agencies.tests.factories import AgencyFactory
from notifications.models import Kind
from notifications.sweep import plan_reminders
from reports import obligations
from reports.dashboard import aggregates
from reports.inbox import build_inbox, urgency
from reports.models import ObligationCount, ObligationSectorCount, ObligationState, ReportObligation, ReportState
from reports.tests.factories import ProgressReportFactory
from tasks.models import AssignmentRole, ReportingSchedule, Task
from tasks.tests.factories import AssignmentFactory, SectorFactory, TaskFactory

from .conftest import member

pytestmark = pytest.mark.django_db

D = datetime.date


def _agencies_reporting(task):
    task.refresh_from_db()
    return {agency.name for agency, _role in obligations.reporters(task).values()}


@pytest.fixture
def empty_group_task(world):
    """A task led by a group that has no member agency yet (`UBND các xã, phường`), with one staff member."""
    group = AgencyFactory(
        name="UBND các xã, phường, đặc khu", province=world.province, kind=AgencyKind.DISTRICT, is_group=True
    )
    task = TaskFactory(directive=world.directive, code="II.1.b", due_date=D(2026, 12, 31))
    AssignmentFactory(task=task, agency=group, role=AssignmentRole.LEAD)
    staff = member(group, Role.STAFF, "xa_phuong")
    return task, group, staff


# --- Who reports for a task led by an empty group -------------------------------------------------------------------


def test_an_empty_group_reports_itself_on_the_task_page_the_inbox_the_dashboard_and_the_sweep(
    client, world, empty_group_task, frozen_now
):
    task, group, staff = empty_group_task
    assert _agencies_reporting(task) == {group.name}
    owed = ReportObligation.objects.get(task=task, period=world.period)
    assert (owed.agency, owed.state) == (group, ObligationState.OWED)

    client.force_login(staff)
    page = client.get(task.get_absolute_url())
    assert page.context["reporters"] == [group]
    inbox = {key: rows for key, _title, rows in build_inbox(Access(staff))}
    assert [row.task for row in inbox["due"]] == [task]

    client.force_login(world.leader)
    rows = client.get(reverse("dashboard:index"), {"period": world.period.pk}).context["compliance"]
    assert {row.label: row.missing for row in rows}[group.name] == 1
    planned = plan_reminders(world.period.due_date - datetime.timedelta(days=7))
    assert any(due.recipient_id == staff.pk and due.kind == Kind.REPORT_DUE_SOON for due in planned)


def test_a_group_reports_through_its_active_members_once_it_has_some(world, empty_group_task):
    task, group, _staff = empty_group_task
    ward = AgencyFactory(name="UBND phường Trần Phú", province=world.province)
    closed = AgencyFactory(name="UBND xã Nghĩa Dõng", province=world.province, is_active=False)
    group.members.add(ward, closed)
    assert _agencies_reporting(task) == {ward.name}
    assert set(ReportObligation.objects.filter(task=task).values_list("agency__name", flat=True)) == {ward.name}
    ward.is_active = False
    ward.save()
    assert _agencies_reporting(task) == {group.name}


def test_an_inactive_agency_reports_nothing_and_its_sent_reports_stay_on_record(world):
    sent = ProgressReportFactory(task=world.task, agency=world.skhdt, period=world.period, state=ReportState.ACCEPTED)
    world.skhdt.is_active = False
    world.skhdt.save()
    assert _agencies_reporting(world.task) == {world.sct.name}
    kept = ReportObligation.objects.get(task=world.task, agency=world.skhdt)
    assert (kept.report, kept.state, kept.role) == (sent, ObligationState.ACCEPTED, "")


# --- What counts as reported ----------------------------------------------------------------------------------------


@pytest.fixture
def returned(world):
    """SCT's report for the quarter, sent on time, then returned by the monitoring unit."""
    return ProgressReportFactory(
        task=world.task, agency=world.sct, period=world.period, state=ReportState.RETURNED_BY_MONITOR, is_late=False
    )


def test_a_returned_report_is_owed_again_for_the_reminders_the_inbox_and_the_dashboard(
    client, world, returned, frozen_now
):
    obligation = ReportObligation.objects.get(task=world.task, agency=world.sct, period=world.period)
    assert obligation.state == ObligationState.RETURNED
    assert obligation in obligations.owed()

    planned = plan_reminders(world.period.due_date - datetime.timedelta(days=7))
    assert any(due.recipient_id == world.staff.pk for due in planned)

    inbox = {key: rows for key, _title, rows in build_inbox(Access(world.staff))}
    assert [row.report for row in inbox["returned"]] == [returned]

    client.force_login(world.leader)
    rows = client.get(reverse("dashboard:index"), {"period": world.period.pk}).context["compliance"]
    sct = {row.label: row for row in rows}["SCT"]
    assert (sct.owed, sct.on_time, sct.late, sct.missing) == (1, 0, 0, 1)


def test_accepting_the_report_settles_it_everywhere(client, world, returned, frozen_now):
    returned.state = ReportState.ACCEPTED
    returned.save()
    assert not obligations.owed().filter(agency=world.sct).exists()
    planned = plan_reminders(world.period.due_date - datetime.timedelta(days=7))
    assert not any(due.recipient_id == world.staff.pk for due in planned)
    client.force_login(world.leader)
    rows = client.get(reverse("dashboard:index"), {"period": world.period.pk}).context["compliance"]
    sct = {row.label: row for row in rows}["SCT"]
    assert (sct.owed, sct.on_time, sct.missing) == (1, 1, 0)


def test_consolidated_report_marks_returned_pending_and_missing_reports(client, world, returned):
    ProgressReportFactory(
        task=world.task, agency=world.skhdt, period=world.period, state=ReportState.SUBMITTED, result="Đã thẩm định"
    )
    returned.result = "Bản cần sửa"
    returned.save()
    late = TaskFactory(directive=world.directive, code="II.1.c", due_date=D(2026, 12, 31))
    AssignmentFactory(task=late, agency=world.stnmt, role=AssignmentRole.LEAD)
    client.force_login(world.monitor)
    response = client.get(reverse("dashboard:consolidated_xlsx", args=[world.directive.pk, world.period.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    results = {row[0].value: row[4].value for row in sheet.iter_rows(min_row=10)}
    assert results["II.1.a"] == "SCT (bị trả lại để chỉnh sửa): Bản cần sửa\nSở KH&ĐT (chờ tiếp nhận): Đã thẩm định"
    assert results["II.1.c"] == "Sở TN&MT (chưa báo cáo): …"


# --- Due soon: one place ---------------------------------------------------------------------------------------------


def test_due_soon_windows_come_from_settings_everywhere(settings):
    settings.DUE_SOON_DAYS = [5, 20]
    today = D(2026, 11, 25)
    assert urgency(today + datetime.timedelta(days=5), today) == "st-soon"
    assert urgency(today + datetime.timedelta(days=6), today) == ""
    keys = [key for key, _label in aggregates.column_labels()]
    assert "due_5" in keys and "due_20" in keys and "due_7" not in keys


def test_a_schedule_without_its_own_days_reminds_on_the_settings_days(settings):
    settings.REMINDER_DAYS_AHEAD = [10, 2]
    assert ReportingSchedule(remind_days_before="").reminder_offsets() == [10, 2]
    assert ReportingSchedule(remind_days_before="5,1").reminder_offsets() == [5, 1]
    assert ReportingSchedule().reminder_offsets() == [10, 2]


# --- The stored rows equal the rules --------------------------------------------------------------------------------


def test_stored_rows_equal_a_recomputation_after_the_workflow_and_changes(world, empty_group_task):
    task, group, _staff = empty_group_task
    report = ProgressReportFactory(task=world.task, agency=world.sct, period=world.period, state=ReportState.DRAFT)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for state in (ReportState.PENDING_APPROVAL, ReportState.SUBMITTED):
            report.state = state
            report.save()
    world.task.completed_at = datetime.datetime(2026, 9, 1, 10, tzinfo=datetime.UTC)
    world.task.save()
    group.members.add(world.stnmt)
    ids = [world.task.pk, task.pk]
    assert obligations.stored_rows(ids) == obligations.expected_rows(ids)
    # Completed before the quarter began: only the report already sent stays.
    assert list(ReportObligation.objects.filter(task=world.task).values_list("agency__name", "state")) == [
        ("Sở Công Thương", ObligationState.APPROVED)
    ]


def test_reassigning_obligations_moves_what_was_not_sent_to_the_successor(world):
    ProgressReportFactory(task=world.task, agency=world.skhdt, period=world.period, state=ReportState.ACCEPTED)
    successor = AgencyFactory(name="Sở Tài chính", province=world.province)
    world.skhdt.is_active = False
    world.skhdt.save()
    obligations.reassign_obligations(world.skhdt, successor)
    rows = dict(ReportObligation.objects.filter(task=world.task).values_list("agency__name", "state"))
    assert rows == {
        "Sở Công Thương": ObligationState.OWED,
        "Sở Kế hoạch và Đầu tư": ObligationState.ACCEPTED,
        "Sở Tài chính": ObligationState.OWED,
    }


def test_opening_periods_in_bulk_writes_the_rows_the_rule_gives(world, empty_group_task):
    """`open_periods` (set-based, from the stored reporters) makes exactly what `sync_tasks` makes, reports of every
    state written in the periods included, and one sent by an agency that no longer reports on the task."""
    from reports.tests.factories import ReportingPeriodFactory

    _task, group, _staff = empty_group_task
    district = AgencyFactory(name="UBND huyện Bình Sơn", province=world.province, kind=AgencyKind.DISTRICT)
    group.members.add(district)
    late_start = TaskFactory(directive=world.directive, start_date=D(2027, 2, 1), due_date=D(2027, 6, 30))
    cancelled = TaskFactory(directive=world.directive, due_date=D(2026, 12, 31))
    done_early = TaskFactory(directive=world.directive, due_date=D(2026, 6, 30))
    for task in (late_start, cancelled, done_early):
        AssignmentFactory(task=task, agency=world.stnmt, role=AssignmentRole.LEAD)
        AssignmentFactory(task=task, agency=group, role=AssignmentRole.COORDINATING)
    cancelled.cancelled_at = datetime.datetime(2026, 8, 1, tzinfo=datetime.UTC)
    cancelled.save()
    # Completed on the evening of 30/9 in Hanoi time (already 1/10 there): owed in the fourth quarter.
    done_early.completed_at = datetime.datetime(2026, 9, 30, 18, tzinfo=datetime.UTC)
    done_early.save()
    first = ReportingPeriodFactory(
        directive=world.directive, start=D(2027, 1, 1), end=D(2027, 3, 31), due_date=D(2027, 3, 10)
    )
    # Sở TN&MT does not report on II.1.a: its report is kept once it has left the agency.
    pairs = [(world.task, world.sct), (world.task, world.skhdt), (world.task, world.stnmt), (_task, district)]
    pairs += [(late_start, world.stnmt), (done_early, world.stnmt)]
    for state, (task, agency) in zip(ReportState, pairs, strict=True):
        ProgressReportFactory(task=task, agency=agency, period=world.period, state=state, is_late=True)
    ProgressReportFactory(task=cancelled, agency=world.stnmt, period=world.period, state=ReportState.ACCEPTED)
    ProgressReportFactory(task=done_early, agency=district, period=first, state=ReportState.SUBMITTED)
    ids = list(world.directive.tasks.values_list("pk", flat=True))
    expected = obligations.expected_rows(ids)
    assert obligations.stored_rows(ids) == expected

    ReportObligation.objects.filter(task_id__in=ids).delete()
    made = obligations.open_periods([world.period.pk, first.pk])

    assert obligations.stored_rows(ids) == expected
    assert made == len(expected[1])
    assert obligations.open_periods([world.period.pk, first.pk]) == 0  # idempotent
    assert obligations.stored_rows(ids) == expected


# --- The obligations counted per period, agency and state (`ObligationCount`) ---------------------------------------


def _counts(period):
    rows = ObligationCount.objects.filter(period=period).values_list("agency__name", "state", "late", "count")
    return {(name, state, late): count for name, state, late, count in rows}


def test_obligation_counts_follow_every_write_a_queryset_update_and_a_cascade_included(world, empty_group_task):
    task, group, _staff = empty_group_task
    assert _counts(world.period) == {
        ("Sở Công Thương", ObligationState.OWED, False): 1,
        ("Sở Kế hoạch và Đầu tư", ObligationState.OWED, False): 1,
        (group.name, ObligationState.OWED, False): 1,
    }
    report = ProgressReportFactory(task=world.task, agency=world.sct, period=world.period, state=ReportState.DRAFT)
    report.state, report.is_late = ReportState.ACCEPTED, True
    report.save()
    assert _counts(world.period)[("Sở Công Thương", ObligationState.ACCEPTED, True)] == 1
    assert ("Sở Công Thương", ObligationState.OWED, False) not in _counts(world.period)
    # Writes that no code of the portal watches: a queryset update, and Django's cascade when a task is deleted.
    ReportObligation.objects.filter(agency=world.skhdt).update(state=ObligationState.SENT)
    assert _counts(world.period)[("Sở Kế hoạch và Đầu tư", ObligationState.SENT, False)] == 1
    task.delete()
    assert (group.name, ObligationState.OWED, False) not in _counts(world.period)
    assert obligations.count_differences() == []
    report.delete()  # a task with reports cannot be deleted
    world.task.delete()
    assert not ObligationCount.objects.exists()


def _sector_counts(period):
    rows = ObligationSectorCount.objects.filter(period=period).values_list(
        "sector__name", "agency__name", "state", "late", "count"
    )
    return {(sector, name, state, late): count for sector, name, state, late, count in rows}


def test_obligation_counts_per_sector_follow_the_tasks_sector_and_every_write(world):
    wood, power = SectorFactory(name="Chế biến gỗ"), SectorFactory(name="Điện")
    assert _sector_counts(world.period) == {}  # a task without a sector is not counted by sector
    task = Task.objects.get(pk=world.task.pk)
    task.sector = wood
    task.save()  # the admin
    assert _sector_counts(world.period) == {
        ("Chế biến gỗ", "Sở Công Thương", ObligationState.OWED, False): 1,
        ("Chế biến gỗ", "Sở Kế hoạch và Đầu tư", ObligationState.OWED, False): 1,
    }
    report = ProgressReportFactory(task=world.task, agency=world.sct, period=world.period, state=ReportState.DRAFT)
    report.state, report.is_late = ReportState.ACCEPTED, True
    report.save()
    assert _sector_counts(world.period)[("Chế biến gỗ", "Sở Công Thương", ObligationState.ACCEPTED, True)] == 1
    # A corrected import's queryset update moves the task's counts to its new sector, the old ones go.
    Task.objects.filter(pk=world.task.pk).update(sector=power)
    assert _sector_counts(world.period) == {
        ("Điện", "Sở Công Thương", ObligationState.ACCEPTED, True): 1,
        ("Điện", "Sở Kế hoạch và Đầu tư", ObligationState.OWED, False): 1,
    }
    # A second task, new in the sector: its obligations count in it as they are written.
    other = TaskFactory(directive=world.directive, sector=power, due_date=datetime.date(2026, 12, 31))
    AssignmentFactory(task=other, agency=world.stnmt, role=AssignmentRole.LEAD)
    assert _sector_counts(world.period)[("Điện", "Sở Tài nguyên và Môi trường", ObligationState.OWED, False)] == 1
    ReportObligation.objects.filter(agency=world.skhdt).update(state=ObligationState.SENT)
    assert _sector_counts(world.period)[("Điện", "Sở Kế hoạch và Đầu tư", ObligationState.SENT, False)] == 1
    assert obligations.sector_count_differences() == []
    # The sector deleted: its tasks lose it (SET_NULL) and their obligations leave the counts.
    power.delete()
    assert _sector_counts(world.period) == {}
    Task.objects.filter(pk__in=[world.task.pk, other.pk]).update(sector=wood)
    assert sum(_sector_counts(world.period).values()) == ReportObligation.objects.count() == 3
    other.delete()  # Django's cascade deletes its obligations first
    assert ("Chế biến gỗ", "Sở Tài nguyên và Môi trường", ObligationState.OWED, False) not in _sector_counts(
        world.period
    )
    assert obligations.sector_count_differences() == []
    report.delete()
    world.task.delete()
    assert not ObligationSectorCount.objects.exists()


def test_check_status_reports_and_corrects_an_obligation_count_per_sector_written_wrong(world, capsys):
    sector = SectorFactory(name="Chế biến gỗ")
    Task.objects.filter(pk=world.task.pk).update(sector=sector)
    ObligationSectorCount.objects.filter(period=world.period, agency=world.sct).update(count=5)
    with pytest.raises(SystemExit):
        call_command("check_status", "--dry-run")
    out = capsys.readouterr().out
    expected = f"obligations of period {world.period.pk}, sector {sector.pk}, agency {world.sct.pk}, owed: "
    assert expected + "stored count 5, counted 1" in out
    with pytest.raises(SystemExit):
        call_command("check_status")
    call_command("check_status")
    assert _sector_counts(world.period)[("Chế biến gỗ", "Sở Công Thương", ObligationState.OWED, False)] == 1


def test_check_status_reports_and_corrects_an_obligation_count_written_wrong(world, capsys):
    ObligationCount.objects.filter(period=world.period, agency=world.sct).update(count=5)
    with pytest.raises(SystemExit):
        call_command("check_status", "--dry-run")
    out = capsys.readouterr().out
    assert f"obligations of period {world.period.pk}, agency {world.sct.pk}, owed: stored count 5, counted 1" in out
    with pytest.raises(SystemExit):
        call_command("check_status")
    call_command("check_status")
    assert _counts(world.period)[("Sở Công Thương", ObligationState.OWED, False)] == 1
