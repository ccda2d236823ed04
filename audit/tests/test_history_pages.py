"""The history pages: who may open them, what they show, and a bounded number of queries."""

import pytest
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, MembershipFactory, ProvinceFactory
from audit.context import acting
from audit.models import Source
from reports.tests.factories import DirectionFactory, ProgressReportFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, TargetFactory, TaskFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sct():
    return AgencyFactory(name="Sở Công Thương")


def member(agency, role=Role.STAFF):
    return MembershipFactory(agency=agency, role=role).user


def test_each_object_page_links_to_its_history(client, sct):
    task = TaskFactory(directive__province=sct.province)
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    report = ProgressReportFactory(task=task, agency=sct)
    client.force_login(member(sct))
    for page, history in [
        (task.get_absolute_url(), reverse("audit:task_history", args=[task.pk])),
        (report.get_absolute_url(), reverse("audit:report_history", args=[report.pk])),
        (task.directive.get_absolute_url(), reverse("audit:directive_history", args=[task.directive.pk])),
        (sct.get_absolute_url(), reverse("audit:agency_history", args=[sct.pk])),
    ]:
        assert f'href="{history}"' in client.get(page).content.decode()
        assert client.get(history).status_code == 200


def test_a_task_history_shows_changes_to_its_assignments_targets_and_directions(client, sct):
    task = TaskFactory(directive__province=sct.province)
    with acting(source=Source.WEB, actor=member(sct, Role.MONITOR)):
        AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
        TargetFactory(task=task, description="Công suất điện gió", unit="MW", target_value=100)
        DirectionFactory(task=task, text="Khẩn trương triển khai.")
    client.force_login(member(sct))

    page = client.get(reverse("audit:task_history", args=[task.pk])).content.decode()

    assert "Sở Công Thương" in page
    assert "Chủ trì" in page
    assert "Công suất điện gió" in page
    assert "Khẩn trương triển khai." in page


def test_other_provinces_cannot_open_a_task_directive_or_agency_history(client, sct):
    task = TaskFactory(directive__province=sct.province)
    other = AgencyFactory(name="Sở Công Thương", province=ProvinceFactory(name="Thái Nguyên", code="thai-nguyen"))
    client.force_login(member(other, Role.MONITOR))
    for name, pk in [("task_history", task.pk), ("directive_history", task.directive.pk)]:
        assert client.get(reverse(f"audit:{name}", args=[pk])).status_code == 404, name


def test_staff_of_an_agency_not_on_the_task_cannot_open_its_history(client, sct):
    task = TaskFactory(directive__province=sct.province)
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    client.force_login(member(AgencyFactory(name="Sở Tài chính", province=sct.province)))
    assert client.get(reverse("audit:task_history", args=[task.pk])).status_code == 404


def test_the_request_it_came_from_is_shown_to_administrators_only(client, sct):
    with acting(source=Source.ADMIN, path="POST /admin/agencies/agency/1/change/", remote_addr="10.1.2.3"):
        AgencyAliasFactory(agency=sct, alias="SCT")
    url = reverse("audit:agency_history", args=[sct.pk])

    client.force_login(member(sct))
    assert "10.1.2.3" not in client.get(url).content.decode()
    client.force_login(member(sct, Role.ADMIN))
    page = client.get(url).content.decode()
    assert "10.1.2.3" in page
    assert "POST /admin/agencies/agency/1/change/" in page


@pytest.mark.parametrize("rows", [1, 8])
def test_a_history_page_runs_a_bounded_number_of_queries(client, sct, rows, django_assert_max_num_queries):
    task = TaskFactory(directive__province=sct.province)
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    for n in range(rows):
        with acting(source=Source.WEB, actor=member(sct, Role.MONITOR)):
            AssignmentFactory(task=task, agency=AgencyFactory(province=sct.province), role=AssignmentRole.COORDINATING)
            task.text = f"Nội dung {n}"
            task.save()
    client.force_login(member(sct))

    with django_assert_max_num_queries(12):
        assert client.get(reverse("audit:task_history", args=[task.pk])).status_code == 200


def test_a_group_gaining_a_member_shows_on_the_group_history(client, sct):
    group = AgencyFactory(name="Các sở, ngành liên quan", province=sct.province, is_group=True)
    with acting(source=Source.WEB, actor=member(sct, Role.ADMIN)):
        group.members.add(sct)
    client.force_login(member(sct))

    page = client.get(reverse("audit:agency_history", args=[group.pk])).content.decode()

    assert "<ins>Sở Công Thương</ins>" in page
