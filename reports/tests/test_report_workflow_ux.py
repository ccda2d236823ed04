"""The report form and workflow as a clerk and a head use them: sending is the main action, a file can be removed, a
draft deleted, a report withdrawn before the head acts, the head comments when approving, "completed" below 100 %
asks for confirmation, and the history shows what differs between two versions of the text."""

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.test import TestCase

from reports import services
from reports.models import EventKind, HistoryEvent, ProgressReport, ReportedStatus, ReportState
from reports.tests.factories import pdf_upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_now")]

FIELDS = {"result": "Đã khảo sát 3 địa điểm.", "status": ReportedStatus.IN_PROGRESS, "percent_complete": 30}


@pytest.fixture
def draft(world):
    report = ProgressReport(task=world.task, agency=world.sct, period=world.period)
    return services.save_draft(world.staff, report, FIELDS, files=[pdf_upload("bien-ban.pdf")])


def form_data(report, **changes):
    return {**FIELDS, "version": report.version, **changes}


def test_sending_is_the_styled_main_action_of_the_form(client, world, draft):
    client.force_login(world.staff)
    page = client.get(f"/reports/{draft.pk}/edit/").content.decode()
    assert 'id="btn-send" class="primary"' in page
    assert 'id="btn-save" class="secondary"' in page


def test_staff_remove_an_attached_file_and_the_history_names_it(client, world, draft):
    attachment = draft.attachments.get()
    name = attachment.file.name
    client.force_login(world.staff)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/reports/attachments/{attachment.pk}/remove/", {"version": draft.version})
    assert response.status_code == 302 and response.url == f"/reports/{draft.pk}/edit/"
    assert not draft.attachments.exists() and not default_storage.exists(name)
    event = draft.history.get(kind=EventKind.ATTACHMENT_REMOVED)
    assert event.comment == "bien-ban.pdf" and event.actor == world.staff


def test_another_agency_cannot_remove_a_file(client, world, draft):
    client.force_login(world.other_staff)
    response = client.post(f"/reports/attachments/{draft.attachments.get().pk}/remove/", {"version": draft.version})
    assert response.status_code == 404
    assert draft.attachments.exists()


def test_a_file_of_a_report_sent_on_stays(world, draft):
    sent = services.submit_for_approval(world.staff, draft, draft.version)
    with pytest.raises(services.WorkflowError):
        services.remove_attachment(world.staff, sent.attachments.get(), sent.version)


def test_staff_delete_a_draft_and_the_task_history_keeps_that_it_was(client, world, draft):
    name = draft.attachments.get().file.name
    client.force_login(world.staff)
    assert 'id="btn-delete-draft"' in client.get(f"/reports/{draft.pk}/").content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/reports/{draft.pk}/delete/", {"version": draft.version})
    assert response.status_code == 302 and response.url == world.task.get_absolute_url()
    assert not ProgressReport.objects.filter(pk=draft.pk).exists() and not default_storage.exists(name)
    event = HistoryEvent.objects.get(task=world.task, kind=EventKind.DRAFT_DELETED)
    assert event.comment == "SCT, Quý IV/2026"


def test_a_report_once_sent_on_cannot_be_deleted(world, draft):
    report = services.submit_for_approval(world.staff, draft, draft.version)
    report = services.approve_and_submit(world.head, report, report.version)
    report = services.return_to_agency(world.monitor, report, "Bổ sung.", report.version)
    with pytest.raises(services.WorkflowError):
        services.delete_draft(world.staff, report, report.version)
    with pytest.raises(PermissionDenied):
        services.delete_draft(world.coord_staff, report, report.version)


def test_staff_withdraw_a_report_before_the_head_acts_but_not_after(client, world, draft):
    report = services.submit_for_approval(world.staff, draft, draft.version)
    client.force_login(world.staff)
    assert 'id="btn-withdraw"' in client.get(f"/reports/{report.pk}/").content.decode()
    client.post(f"/reports/{report.pk}/withdraw/", {"version": report.version})
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT
    assert report.history.filter(kind=EventKind.WITHDRAWN, actor=world.staff).exists()

    report = services.submit_for_approval(world.staff, report, report.version)
    report = services.approve_and_submit(world.head, report, report.version)
    with pytest.raises(services.WorkflowError, match="không thể thu hồi"):
        services.withdraw(world.staff, report, report.version)


def test_head_comments_when_approving(client, world, draft):
    report = services.submit_for_approval(world.staff, draft, draft.version)
    client.force_login(world.head)
    assert 'id="approve-comment"' in client.get(f"/reports/{report.pk}/").content.decode()
    client.post(f"/reports/{report.pk}/approve/", {"version": report.version, "comment": "Đồng ý, gửi Sở."})
    report.refresh_from_db()
    assert report.state == ReportState.SUBMITTED
    assert report.history.get(kind=EventKind.SUBMITTED).comment == "Đồng ý, gửi Sở."


def test_completed_below_100_percent_asks_for_confirmation_and_saves_once_confirmed(client, world, draft):
    client.force_login(world.staff)
    url = f"/reports/{draft.pk}/edit/"
    response = client.post(url, form_data(draft, status=ReportedStatus.COMPLETED, save="1"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "tỷ lệ hoàn thành là 30%" in page
    assert 'type="checkbox" name="confirm_completed"' in page
    draft.refresh_from_db()
    assert draft.status == ReportedStatus.IN_PROGRESS

    response = client.post(url, form_data(draft, status=ReportedStatus.COMPLETED, confirm_completed="on", save="1"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == ReportedStatus.COMPLETED


def test_completed_at_100_percent_needs_no_confirmation(client, world, draft):
    client.force_login(world.staff)
    data = form_data(draft, status=ReportedStatus.COMPLETED, percent_complete=100, save="1")
    assert client.post(f"/reports/{draft.pk}/edit/", data).status_code == 302


def test_history_shows_the_part_of_a_long_text_that_changed(world, draft):
    long = (
        "Đã khảo sát 25 doanh nghiệp cơ khí tại KCN Tịnh Phong và tổ chức hội thảo với các hiệp hội doanh nghiệp "
        "trong tỉnh về nhu cầu đào tạo nghề; kết quả đã được tổng hợp."
    )
    report = services.save_draft(world.staff, draft, {"result": long}, version=draft.version)
    services.save_draft(world.staff, report, {"result": long.replace("25", "28")}, version=report.version)
    event = report.history.filter(kind=EventKind.DRAFT_SAVED).order_by("-at", "-pk").first()
    [(label, old, new)] = event.change_lines()
    assert "<mark>25</mark>" in old and "<mark>28</mark>" in new
    assert old != new
    assert "kết quả đã được tổng hợp" not in old  # the unchanged end is cut to its first words
