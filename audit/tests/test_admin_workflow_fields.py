"""Fields the workflow owns are read-only in the admin: an accepted report's content, a task's completion,
decided extensions; a report the agency may still change is changed in the admin and logged."""

import datetime

import pytest

from agencies.tests.admin_pages import admin_url
from audit.models import Change
from reports.models import ExtensionState, ReportState
from reports.tests.factories import ExtensionRequestFactory, ProgressReportFactory, TargetValueFactory
from tasks.tests.factories import TaskFactory

from .admin_forms import change_form_data, change_in_admin

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("state", [ReportState.ACCEPTED, ReportState.SUBMITTED, ReportState.PENDING_APPROVAL])
def test_a_report_that_left_its_agency_keeps_its_content_when_the_admin_posts_a_new_one(admin_client, state):
    report = ProgressReportFactory(state=state, result="Đã hoàn thành.", percent_complete=100)
    value = TargetValueFactory(report=report, value=40)

    response = change_in_admin(admin_client, report, result="Viết lại.", percent_complete="10")

    assert response.status_code == 302
    report.refresh_from_db()
    value.refresh_from_db()
    assert (report.result, report.percent_complete, value.value) == ("Đã hoàn thành.", 100, 40)
    page = admin_client.get(admin_url(type(report), "change", report.pk)).content.decode()
    assert 'name="result"' not in page
    assert 'name="target_values-0-value"' not in page
    assert admin_client.get(admin_url(type(report), "delete", report.pk)).status_code == 403


@pytest.mark.parametrize("state", [ReportState.DRAFT, ReportState.RETURNED_BY_HEAD, ReportState.RETURNED_BY_MONITOR])
def test_a_report_its_agency_may_still_change_is_changed_in_the_admin_and_logged(admin_client, admin_user, state):
    report = ProgressReportFactory(state=state, result="Bản nháp.")

    change_in_admin(admin_client, report, result="Bản sửa.")

    report.refresh_from_db()
    assert report.result == "Bản sửa."
    entry = Change.objects.get(object_id=report.pk, content_type__model="progressreport", action=Change.Action.UPDATE)
    assert (entry.actor, entry.changes["result"]) == (admin_user, ["Bản nháp.", "Bản sửa."])


def test_a_task_completion_is_not_a_field_of_the_admin_form(admin_client):
    task = TaskFactory(completed_at=None)
    data = change_form_data(admin_client.get(admin_url(type(task), "change", task.pk)))
    assert not any(name.startswith("completed_at") for name in data)

    change_in_admin(admin_client, task, completed_at_0="01/01/2026", completed_at_1="08:00")

    task.refresh_from_db()
    assert task.completed_at is None


def test_a_decided_extension_cannot_be_deleted_in_the_admin(admin_client):
    extension = ExtensionRequestFactory(
        state=ExtensionState.GRANTED, granted_date=datetime.date(2026, 6, 30), decision_reason="Đồng ý."
    )
    assert admin_client.get(admin_url(type(extension), "delete", extension.pk)).status_code == 403
    pending = ExtensionRequestFactory()
    assert admin_client.get(admin_url(type(pending), "delete", pending.pk)).status_code == 200


def test_a_direction_deleted_in_the_admin_stays_in_the_task_history(admin_client, admin_user):
    from reports.tests.factories import DirectionFactory

    direction = DirectionFactory(text="Khẩn trương hoàn thành.")
    task = direction.task

    response = admin_client.post(admin_url(type(direction), "delete", direction.pk), {"post": "yes"})

    assert response.status_code == 302
    entry = Change.objects.for_owner(task).get(action=Change.Action.DELETE)
    assert (entry.actor, entry.changes["text"]) == (admin_user, ["Khẩn trương hoàn thành.", "None"])
