"""The sweep sends exactly the reminders 003's schedule implies, once, to the agencies whose reports are missing."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, UserFactory
from notifications.models import DeliveryState, Digest, Kind, Preference, Reminder
from notifications.sweep import claim, plan_reminders, report_triggers, run_sweep, task_triggers
from reports.models import ReportState
from reports.tests.factories import ProgressReportFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, TaskFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def sweep(day):
    """Run the command for one day; return the usernames emailed, sorted."""
    mail.outbox.clear()
    # The test runs inside a transaction: run what the sweep schedules for after its commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("send_reminders", "--as-of", day.isoformat(), stdout=StringIO())
    return sorted(message.to[0].split("@")[0] for message in mail.outbox)


def sweep_days(first, last):
    days = {}
    day = first
    while day <= last:
        recipients = sweep(day)
        if recipients:
            days[day] = recipients
        day += datetime.timedelta(days=1)
    return days


def test_report_triggers_are_advance_notices_the_due_day_and_the_escalation():
    assert report_triggers(D(2025, 12, 10), [7, 3, 1], 3) == [
        (Kind.REPORT_DUE_SOON, D(2025, 12, 3)),
        (Kind.REPORT_DUE_SOON, D(2025, 12, 7)),
        (Kind.REPORT_DUE_SOON, D(2025, 12, 9)),
        (Kind.REPORT_OVERDUE, D(2025, 12, 10)),
        (Kind.REPORT_ESCALATED, D(2025, 12, 13)),
    ]


def test_task_triggers_end_the_day_after_the_deadline():
    assert task_triggers(D(2025, 12, 31), [7, 3, 1])[-1] == (Kind.TASK_OVERDUE, D(2026, 1, 1))


def test_quarterly_reminders_around_10_december_go_only_to_agencies_without_a_report(province_003):
    staff = ["binhson1", "khdt1", "khdt2"]
    assert sweep_days(D(2025, 12, 1), D(2025, 12, 16)) == {
        D(2025, 12, 3): staff,
        D(2025, 12, 7): staff,
        D(2025, 12, 9): staff,
        D(2025, 12, 10): staff,
        D(2025, 12, 13): ["binhson_head", "khdt_head", "monitor"],
    }


def test_annual_reminders_around_10_november_go_to_every_agency_without_an_annual_report(province_003):
    staff = ["binhson1", "ducpho1", "khdt1", "khdt2", "tc1"]
    assert sweep_days(D(2025, 11, 1), D(2025, 11, 16)) == {
        D(2025, 11, 3): staff,
        D(2025, 11, 7): staff,
        D(2025, 11, 9): staff,
        D(2025, 11, 10): staff,
        D(2025, 11, 13): ["binhson_head", "khdt_head", "monitor", "tc_head"],
    }


def test_reminder_lists_the_agency_tasks_and_links_into_the_portal(province_003, settings):
    settings.PORTAL_BASE_URL = "https://congviec.quangngai.gov.vn"
    sweep(D(2025, 12, 13))
    monitor_mail = next(message for message in mail.outbox if message.to == ["monitor@example.gov.vn"])
    assert "Sở KH&ĐT: 1 task without a report (II.1)" in monitor_mail.body
    assert "UBND huyện Bình Sơn: 1 task without a report (II.2)" in monitor_mail.body
    assert "Sở Tài chính" not in monitor_mail.body
    assert f"https://congviec.quangngai.gov.vn/directives/{province_003.directive.pk}/" in monitor_mail.body
    assert "13/12/2025" in monitor_mail.subject
    html, mimetype = monitor_mail.alternatives[0]
    assert mimetype == "text/html"
    assert "https://congviec.quangngai.gov.vn/notifications/" in html


def test_a_report_submitted_after_the_advance_notice_stops_the_overdue_notice(province_003):
    sweep(D(2025, 12, 9))
    ProgressReportFactory(
        task=province_003.task2,
        agency=province_003.binh_son,
        period=province_003.q4,
        state=ReportState.SUBMITTED,
    )
    assert sweep(D(2025, 12, 10)) == ["khdt1", "khdt2"]


def test_sweeping_the_same_day_twice_sends_each_reminder_once(province_003):
    assert sweep(D(2025, 12, 10)) == ["binhson1", "khdt1", "khdt2"]
    assert sweep(D(2025, 12, 10)) == []
    assert Reminder.objects.filter(date=D(2025, 12, 10)).count() == 3
    assert Digest.objects.count() == 3


def test_catch_up_after_three_days_down_sends_each_missed_reminder_once_in_one_digest(province_003):
    sweep_days(D(2025, 12, 1), D(2025, 12, 6))
    # The server is down on 7, 8 and 9/12: the advance notices of 7/12 and 9/12 are missed.
    assert sweep(D(2025, 12, 10)) == ["binhson1", "khdt1", "khdt2"]
    caught_up = Reminder.objects.filter(recipient__username="khdt1", digest__date=D(2025, 12, 10))
    assert sorted(caught_up.values_list("date", "kind")) == [
        (D(2025, 12, 7), Kind.REPORT_DUE_SOON),
        (D(2025, 12, 9), Kind.REPORT_DUE_SOON),
        (D(2025, 12, 10), Kind.REPORT_OVERDUE),
    ]
    assert "was due on 10/12/2025 and has not been submitted" in mail.outbox[0].body
    assert sweep_days(D(2025, 12, 11), D(2025, 12, 12)) == {}
    assert Reminder.objects.filter(recipient__username="khdt1").count() == 4


def test_first_sweep_catches_up_the_reminders_of_the_days_before(province_003, settings):
    settings.REMINDER_CATCH_UP_DAYS = 7
    assert sweep(D(2025, 12, 6)) == ["binhson1", "khdt1", "khdt2"]
    assert set(Reminder.objects.values_list("date", flat=True)) == {D(2025, 12, 3)}
    # The 03/12 notice goes out on 06/12: it counts the days left from the day it is sent.
    assert "is due on 10/12/2025, in 4 days" in mail.outbox[0].body
    assert "in 7 days" not in mail.outbox[0].body
    assert "in 4 days" in mail.outbox[0].alternatives[0][0]


def test_one_digest_per_person_lists_reports_and_task_deadlines_together(province_003):
    task = TaskFactory(directive=province_003.directive, code="II.3", due_date=D(2025, 12, 12))
    AssignmentFactory(task=task, agency=province_003.skhdt, role=AssignmentRole.LEAD)
    assert sweep(D(2025, 12, 9)) == ["binhson1", "khdt1", "khdt2"]
    khdt1_mail = next(message for message in mail.outbox if message.to == ["khdt1@example.gov.vn"])
    assert "Task II.3 of" in khdt1_mail.body
    assert "is due on 10/12/2025, in 1 day" in khdt1_mail.body
    assert "Reminders for 09/12/2025: 2 items" in khdt1_mail.subject


def test_task_deadline_warnings_go_to_lead_staff_7_3_1_days_ahead_then_overdue(province_003):
    task = TaskFactory(directive=province_003.directive, code="II.4", due_date=D(2026, 2, 20))
    AssignmentFactory(task=task, agency=province_003.stc, role=AssignmentRole.LEAD)
    AssignmentFactory(task=task, agency=province_003.skhdt, role=AssignmentRole.COORDINATING)
    assert sweep_days(D(2026, 2, 12), D(2026, 2, 23)) == {
        D(2026, 2, 13): ["tc1"],
        D(2026, 2, 17): ["tc1"],
        D(2026, 2, 19): ["tc1"],
        D(2026, 2, 21): ["tc1"],
    }
    assert Reminder.objects.get(date=D(2026, 2, 21)).kind == Kind.TASK_OVERDUE


def test_completed_task_gets_no_overdue_warning(province_003):
    task = TaskFactory(
        directive=province_003.directive,
        code="II.5",
        due_date=D(2026, 2, 20),
        completed_at=datetime.datetime(2026, 2, 20, 9, tzinfo=datetime.UTC),
    )
    AssignmentFactory(task=task, agency=province_003.stc, role=AssignmentRole.LEAD)
    assert sweep(D(2026, 2, 21)) == []


def test_muted_advance_notices_are_not_sent_but_overdue_notices_are(province_003):
    Preference.objects.create(user=province_003.people["khdt1"], muted_kinds="report_due_soon,report_overdue")
    assert sweep(D(2025, 12, 9)) == ["binhson1", "khdt2"]
    assert sweep(D(2025, 12, 10)) == ["binhson1", "khdt1", "khdt2"]


def test_inactive_users_and_other_roles_get_nothing(province_003):
    leader = MembershipFactory(user=UserFactory(username="chutich"), agency=province_003.skhdt, role=Role.LEADERSHIP)
    province_003.people["khdt2"].is_active = False
    province_003.people["khdt2"].save()
    recipients = sweep(D(2025, 12, 10))
    assert leader.user.username not in recipients
    assert recipients == ["binhson1", "khdt1"]


def test_dry_run_lists_what_would_be_sent_and_changes_nothing(province_003, capsys):
    call_command("send_reminders", "--as-of", "2025-12-03", "--dry-run")
    out = capsys.readouterr().out
    assert "3 reminders would be sent" in out
    assert "03/12/2025\treport_due_soon\tkhdt1 <khdt1@example.gov.vn>\tQuarter IV/2025" in out
    assert mail.outbox == []
    assert not Reminder.objects.exists()


def test_sweep_records_state_sent_only_after_the_backend_accepted(province_003):
    result = run_sweep(D(2025, 12, 10))
    assert set(Digest.objects.filter(pk__in=result.digest_ids).values_list("state", flat=True)) == {
        DeliveryState.PENDING
    }
    assert mail.outbox == []


def test_sweep_creates_the_periods_of_the_schedule_for_the_next_year(province_003):
    sweep(D(2026, 3, 3))
    assert set(Reminder.objects.values_list("period__name", flat=True)) == {"Quarter I/2026"}


def test_a_sweep_that_decided_before_another_committed_claims_nothing(province_003):
    decided_earlier = plan_reminders(D(2025, 12, 10))
    run_sweep(D(2025, 12, 10))
    assert claim(decided_earlier, D(2025, 12, 10)) == []
    assert Digest.objects.count() == 3
    assert Reminder.objects.count() == 12


@pytest.mark.django_db(transaction=True)  # the command's own commit queues the emails, as in production
def test_send_reminders_records_its_decisions_when_the_broker_is_down(province_003, redis_down):
    out, err = StringIO(), StringIO()
    call_command("send_reminders", "--as-of", "2025-12-10", stdout=out, stderr=err)
    assert "3 emails claimed by this sweep (sent 0, failed 0, queued 3)" in out.getvalue()
    assert "the broker cannot be reached" in err.getvalue()
    assert Reminder.objects.count() == 12
    assert set(Digest.objects.values_list("state", flat=True)) == {DeliveryState.PENDING}
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_sweep_day_is_typed_as_the_portal_writes_dates():
    """`--as-of 10/12/2025` is the day the portal writes 10/12/2025 (and the ISO form still works); anything else is
    named in a CommandError, no traceback."""
    out = StringIO()
    call_command("send_reminders", "--as-of", "10/12/2025", "--dry-run", stdout=out)
    assert "dry run for 10/12/2025" in out.getvalue()

    with pytest.raises(CommandError, match="“31/11/2025” is not a date"):
        call_command("send_reminders", "--as-of", "31/11/2025", "--dry-run", stdout=StringIO())
