"""Each action a person takes tells the people it concerns at once: a notification in the portal, counted in the
menu, and an e-mail of its own sent by the worker after the action commits, unless they switched that e-mail off."""

import datetime

import pytest
from django.core import mail
from django.test import TestCase

from notifications.models import Kind, Preference, Reminder
from notifications.tasks import enqueue_digests
from notifications.tests.conftest import pending
from reports import services
from tasks.models import AssignmentRole
from tasks.signals import tasks_assigned
from tasks.tests.factories import AssignmentFactory, TaskFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def told(kind):
    return {(n.recipient.username, n.kind) for n in Reminder.objects.filter(kind=kind).select_related("recipient")}


def act(action, *args, **kwargs):
    """Run an action and its after-commit work (the e-mails handed to the eager worker)."""
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        return action(*args, **kwargs)


def test_head_returning_a_report_tells_staff_in_the_portal_and_by_email(world, settings):
    settings.PORTAL_BASE_URL = "https://theodoi.quangngai.gov.vn"
    report = pending(world)
    act(services.return_to_staff, world.head, report, "Bổ sung số liệu công suất.", report.version)

    assert told(Kind.REPORT_RETURNED) == {("an", Kind.REPORT_RETURNED)}  # not the head who returned it
    note = Reminder.objects.get(kind=Kind.REPORT_RETURNED)
    assert note.get_absolute_url() == report.get_absolute_url()
    assert [message.to for message in mail.outbox] == [[world.staff.email]]
    message = mail.outbox[0]
    assert "Binh" in message.subject and "II.1.a" in message.subject
    assert f"https://theodoi.quangngai.gov.vn{report.get_absolute_url()}" in message.body
    assert "Bổ sung số liệu công suất." in message.body
    assert "127.0.0.1" not in message.body


def test_approving_tells_staff_and_accepting_tells_the_agency(world):
    report = pending(world)
    report = act(services.approve_and_submit, world.head, report, report.version, "Đồng ý.")
    assert told(Kind.REPORT_APPROVED) == {("an", Kind.REPORT_APPROVED)}
    assert len(mail.outbox) == 1

    act(services.accept, world.monitor, report, report.version)
    assert told(Kind.REPORT_ACCEPTED) == {("an", Kind.REPORT_ACCEPTED), ("binh", Kind.REPORT_ACCEPTED)}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([world.staff.email, world.head.email])


def test_monitoring_unit_returning_tells_staff_and_head(world):
    report = pending(world)
    report = act(services.approve_and_submit, world.head, report, report.version)
    act(services.return_to_agency, world.monitor, report, "Thiếu số liệu.", report.version)
    assert told(Kind.REPORT_RETURNED) == {("an", Kind.REPORT_RETURNED), ("binh", Kind.REPORT_RETURNED)}
    assert "Khanh returned" in Reminder.objects.filter(kind=Kind.REPORT_RETURNED).first().summary()


def test_extension_request_tells_the_monitoring_unit_and_the_decision_tells_the_agency(world):
    extension = act(
        services.request_extension, world.head, world.task, world.sct, "Chờ quy hoạch.", datetime.date(2027, 6, 30)
    )
    assert told(Kind.EXTENSION_REQUESTED) == {("khanh", Kind.EXTENSION_REQUESTED)}
    assert "to 30/06/2027" in Reminder.objects.get(kind=Kind.EXTENSION_REQUESTED).summary()
    assert [m.to for m in mail.outbox] == [[world.monitor.email]]

    act(services.decide_extension, world.leader, extension, True, "Đồng ý gia hạn.")
    assert told(Kind.EXTENSION_DECIDED) == {("an", Kind.EXTENSION_DECIDED), ("binh", Kind.EXTENSION_DECIDED)}
    assert (
        "extended the deadline of task II.1.a" in Reminder.objects.filter(kind=Kind.EXTENSION_DECIDED).first().summary()
    )


def test_staff_extension_request_asks_their_head_who_forwards_it_to_the_monitoring_unit(world):
    extension = act(
        services.request_extension, world.staff, world.task, world.sct, "Chờ vốn.", datetime.date(2027, 6, 30)
    )
    # Only their own head is asked: not the monitoring unit, not the other agencies of the task.
    assert told(Kind.EXTENSION_REQUESTED) == {("binh", Kind.EXTENSION_REQUESTED)}
    note = Reminder.objects.get(kind=Kind.EXTENSION_REQUESTED)
    assert note.summary() == (
        f"An asks to extend the deadline of task II.1.a of {world.directive} to 30/06/2027: forward the request to "
        "the monitoring unit, or not."
    )
    assert note.get_absolute_url() == f"/reports/extensions/{extension.pk}/forward/"
    assert [m.to for m in mail.outbox] == [[world.head.email]]

    act(services.forward_extension, world.head, extension, True, "Đề nghị xem xét.")
    assert told(Kind.EXTENSION_REQUESTED) == {("binh", Kind.EXTENSION_REQUESTED), ("khanh", Kind.EXTENSION_REQUESTED)}
    to_monitor = Reminder.objects.get(kind=Kind.EXTENSION_REQUESTED, recipient=world.monitor)
    assert "(asked by An)" in to_monitor.summary()
    assert to_monitor.payload["comment"] == "Chờ vốn.\n\nĐề nghị xem xét."
    forwarded = Reminder.objects.get(kind=Kind.EXTENSION_DECIDED, recipient=world.staff)
    assert forwarded.summary() == (
        f"Binh forwarded your request to extend the deadline of task II.1.a of {world.directive} to the monitoring "
        "unit."
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted([world.monitor.email, world.staff.email])


def test_head_not_forwarding_tells_the_one_who_asked_why(world):
    extension = services.request_extension(world.staff, world.task, world.sct, "Chờ vốn.", datetime.date(2027, 6, 30))
    act(services.forward_extension, world.head, extension, False, "Bổ sung số liệu giải ngân.")
    note = Reminder.objects.get(kind=Kind.EXTENSION_DECIDED)
    assert note.recipient == world.staff
    assert note.summary() == (
        f"Binh did not forward your request to extend the deadline of task II.1.a of {world.directive}."
    )
    assert note.payload["comment"] == "Bổ sung số liệu giải ngân."
    assert not Reminder.objects.filter(recipient=world.monitor).exists()
    assert [m.to for m in mail.outbox] == [[world.staff.email]]


def test_refused_extension_says_so(world):
    extension = services.request_extension(world.staff, world.task, world.sct, "Chờ vốn.", datetime.date(2027, 6, 30))
    services.forward_extension(world.head, extension, True)
    act(services.decide_extension, world.monitor, extension, False, "Không đủ căn cứ.")
    note = Reminder.objects.filter(kind=Kind.EXTENSION_DECIDED, recipient=world.staff).order_by("pk").last()
    assert "refused to extend" in note.summary()
    assert note.payload["comment"] == "Không đủ căn cứ."


def test_direction_tells_every_agency_of_the_task_but_not_others(world):
    act(services.write_direction, world.leader, world.task, "Khẩn trương hoàn thành trong quý IV.")
    assert {name for name, _kind in told(Kind.DIRECTION_WRITTEN)} == {"an", "binh", "cuong", "dung"}
    assert len(mail.outbox) == 4


def test_direction_names_who_carries_it_out_and_by_when(world):
    act(
        services.write_direction,
        world.leader,
        world.task,
        "Trình đề án trước ngày 20/12.",
        assignee_agency=world.sct,
        assignee=world.staff,
        due_date=datetime.date(2026, 12, 20),
    )
    note = Reminder.objects.get(kind=Kind.DIRECTION_WRITTEN, recipient=world.staff)
    assert note.summary() == (
        f"{world.leader.get_full_name()} wrote a direction on task II.1.a of {world.directive} for An of SCT, "
        "to be carried out by 20/12/2026."
    )
    body = next(m.body for m in mail.outbox if m.to == [world.staff.email])
    assert "to be carried out by 20/12/2026" in body and "Trình đề án trước ngày 20/12." in body


def test_tasks_assigned_to_an_agency_tell_its_people_once_per_directive(world):
    second = TaskFactory(directive=world.directive, code="II.1.b")
    third = TaskFactory(directive=world.directive, code="II.1.c")
    for task in (second, third):
        AssignmentFactory(task=task, agency=world.stnmt, role=AssignmentRole.LEAD)
    act(tasks_assigned.send, sender=None, assigned={world.stnmt.pk: [second.pk, third.pk]}, actor=world.monitor)
    notes = Reminder.objects.filter(kind=Kind.TASK_ASSIGNED)
    assert {note.recipient.username for note in notes} == {"giang", "ha"}
    assert notes[0].summary() == f"2 tasks of {world.directive} were assigned to Sở TN&MT."
    assert notes[0].get_absolute_url() == f"/directives/{world.directive.pk}/"


def test_import_tells_the_agencies_it_gave_tasks(world, tmp_path):
    act(tasks_assigned.send, sender=None, assigned={world.stnmt.pk: [world.task.pk]}, actor=None)
    note = Reminder.objects.get(kind=Kind.TASK_ASSIGNED, recipient=world.other_staff)
    assert note.summary() == f"Task II.1.a of {world.directive} was assigned to Sở TN&MT."
    assert note.get_absolute_url() == f"/tasks/{world.task.pk}/"


def test_email_of_an_event_can_be_switched_off_and_it_still_shows_in_the_portal(world, client):
    Preference.objects.create(user=world.staff, muted_kinds=Kind.REPORT_RETURNED)
    report = pending(world)
    act(services.return_to_staff, world.head, report, "Sửa lại.", report.version)
    note = Reminder.objects.get(kind=Kind.REPORT_RETURNED)
    assert note.digest is None and mail.outbox == []
    client.force_login(world.staff)
    page = client.get("/notifications/").content.decode()
    assert "Binh returned the Quý IV/2026 report of SCT on task II.1.a" in page
    assert "Not emailed" in page


def test_preferences_form_switches_event_emails_off(world, client):
    client.force_login(world.staff)
    client.post("/notifications/preferences/", {"language": "vi", "unmailed": ["report_returned", "task_assigned"]})
    preference = Preference.objects.get(user=world.staff)
    assert preference.unmailed() == {"report_returned", "task_assigned"}
    assert preference.muted() == set()


def test_menu_counts_unread_notifications_until_the_list_is_opened(world, client):
    report = pending(world)
    act(services.return_to_staff, world.head, report, "Sửa lại.", report.version)
    client.force_login(world.staff)
    page = client.get("/tasks/").content.decode()
    assert '<span class="unread-count"' in page and ">1</span>" in page
    client.get("/notifications/")
    assert "unread-count" not in client.get("/tasks/").content.decode()


def test_nothing_is_told_when_the_action_is_refused(world):
    report = pending(world)
    with pytest.raises(services.WorkflowError):
        act(services.return_to_staff, world.head, report, "  ", report.version)
    assert not Reminder.objects.exists() and mail.outbox == []


def test_an_import_tells_each_agency_of_its_new_tasks_once_and_a_second_import_tells_nobody(db, tmp_path):
    from agencies.models import Role
    from agencies.tests.factories import MembershipFactory, ProvinceFactory
    from tasks.importing.commit import commit_preview
    from tasks.importing.preview import build_preview
    from tasks.tests.import_workbooks import build_004_workbook, create_agencies

    agencies = create_agencies(ProvinceFactory())
    clerk = MembershipFactory(agency=agencies["sct"], role=Role.STAFF).user
    path = build_004_workbook(tmp_path / "k.xlsx")
    directive = commit_preview(build_preview(path, path.name)).directive
    note = Reminder.objects.get(recipient=clerk)
    led = directive.tasks.filter(assignments__agency=agencies["sct"]).distinct().count()
    assert note.kind == Kind.TASK_ASSIGNED and note.payload["count"] == led > 1
    assert note.summary() == f"{led} tasks of {directive} were assigned to {agencies['sct'].display_name}."

    commit_preview(build_preview(path, path.name))
    assert Reminder.objects.filter(recipient=clerk).count() == 1


def test_days_left_in_the_portal_agree_with_the_email_sent_the_same_day(world):
    """A sweep that catches up records the 7-day notice under its own day but mails it 3 days later: both say 4."""
    from notifications.models import Digest

    digest = Digest.objects.create(recipient=world.staff, date=datetime.date(2026, 12, 6))
    note = Reminder.objects.create(
        kind=Kind.REPORT_DUE_SOON,
        date=datetime.date(2026, 12, 3),
        recipient=world.staff,
        period=world.period,
        digest=digest,
        payload={
            "period": "Quý IV/2026",
            "directive": "KH 72",
            "directive_id": world.directive.pk,
            "due_date": "2026-12-10",
        },
    )
    act(enqueue_digests, [digest.pk])
    assert "in 4 days" in note.summary()
    assert "in 4 days" in mail.outbox[0].body
