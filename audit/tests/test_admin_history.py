"""A change made in the admin shows on the object's history page: who, when, the old and the new value."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory
from audit.models import Change, Source
from reports.tests.factories import ProgressReportFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, TaskFactory

from .admin_forms import change_in_admin

pytestmark = pytest.mark.django_db

LONG = "Đã hoàn thành khảo sát hiện trạng các cụm công nghiệp trên địa bàn tỉnh; " * 4


@pytest.fixture
def sct():
    return AgencyFactory(name="Sở Công Thương")


@pytest.fixture
def staff(sct):
    return MembershipFactory(agency=sct, role=Role.STAFF, user__first_name="Lan", user__last_name="Nguyễn").user


@pytest.fixture
def task(sct):
    task = TaskFactory(due_date=datetime.date(2025, 12, 31))
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    return task


@time_machine.travel(datetime.datetime(2026, 1, 5, 2, 30, tzinfo=datetime.UTC), tick=False)
def test_due_date_changed_in_the_admin_shows_on_the_task_history_page(client, admin_client, admin_user, task, staff):
    response = change_in_admin(admin_client, task, due_date="30/06/2026")
    assert response.status_code == 302, response.context["errors"] if response.context else response

    client.force_login(staff)
    page = client.get(reverse("audit:task_history", args=[task.pk])).content.decode()

    assert "Lịch sử thay đổi" in page
    assert admin_user.get_username() in page
    assert "05/01/2026 09:30" in page  # 02:30 UTC in Asia/Ho_Chi_Minh
    assert "Hạn hoàn thành" in page
    assert "<del>31/12/2025</del>" in page
    assert "<ins>30/06/2026</ins>" in page
    change = Change.objects.get(object_id=task.pk, action=Change.Action.UPDATE, changes__has_key="due_date")
    assert change.source == Source.ADMIN
    assert change.actor == admin_user
    assert change.remote_addr == "127.0.0.1"
    assert change.request_path == f"POST {reverse('admin:tasks_task_change', args=[task.pk])}"


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, 15, tzinfo=datetime.UTC), tick=False)
def test_result_changed_in_the_admin_shows_whole_on_the_report_history_page(client, admin_client, admin_user, sct):
    report = ProgressReportFactory(agency=sct, result=LONG + "giai đoạn 1.")
    staff = MembershipFactory(agency=sct, role=Role.STAFF).user

    response = change_in_admin(admin_client, report, result=LONG + "giai đoạn 2.")
    assert response.status_code == 302

    client.force_login(staff)
    page = client.get(reverse("audit:report_history", args=[report.pk])).content.decode()
    assert admin_user.get_username() in page
    assert "02/03/2026 17:15" in page
    assert "Kết quả thực hiện" in page
    assert f"<del>{LONG}giai đoạn 1.</del>" in page
    assert f"<ins>{LONG}giai đoạn 2.</ins>" in page


def test_staff_of_another_agency_cannot_open_a_report_history(client, sct):
    report = ProgressReportFactory(agency=sct)
    other = MembershipFactory(agency=AgencyFactory(name="Sở Tài chính"), role=Role.STAFF).user
    client.force_login(other)
    assert client.get(reverse("audit:report_history", args=[report.pk])).status_code == 404


def test_history_pages_need_a_sign_in(client, task):
    response = client.get(reverse("audit:task_history", args=[task.pk]))
    assert response.status_code == 302
