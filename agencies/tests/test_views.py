"""The agency list and the page listing what an agency leads and supports."""

import pytest
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, MembershipFactory, ProvinceFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, TaskFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sct():
    return AgencyFactory(name="Sở Công Thương", short_name="SCT")


@pytest.fixture
def monitor(sct):
    return MembershipFactory(agency=sct, role=Role.MONITOR).user


def test_agency_page_separates_led_and_supported_tasks(client, monitor, sct):
    led = TaskFactory(text="Xây dựng đề án cơ khí")
    AssignmentFactory(task=led, agency=sct, role=AssignmentRole.LEAD)
    supported = TaskFactory(directive=led.directive, text="Xúc tiến đầu tư dệt may")
    AssignmentFactory(task=supported, agency=sct, role=AssignmentRole.COORDINATING)
    client.force_login(monitor)
    response = client.get(sct.get_absolute_url())
    assert [t.pk for t in response.context["led_tasks"]] == [led.pk]
    assert [t.pk for t in response.context["supported_tasks"]] == [supported.pk]


def test_a_groups_task_appears_on_each_members_page(client, monitor, sct):
    district = AgencyFactory(name="UBND huyện Đức Phổ", province=sct.province)
    group = AgencyFactory(name="UBND các huyện, thị xã, thành phố", province=sct.province, is_group=True)
    group.members.add(district)
    task = TaskFactory(text="Xây dựng kế hoạch khuyến công hằng năm")
    AssignmentFactory(task=task, agency=group, role=AssignmentRole.LEAD)
    client.force_login(monitor)
    response = client.get(district.get_absolute_url())
    assert [t.pk for t in response.context["led_tasks"]] == [task.pk]


def test_agency_search_uses_aliases_and_ignores_accents(client, monitor, sct):
    skhdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư", province=sct.province)
    AgencyAliasFactory(agency=skhdt, alias="SKHĐT")
    client.force_login(monitor)
    for query in ("ke hoach dau tu", "skhdt"):
        response = client.get(reverse("agencies:agency_list"), {"q": query})
        assert list(response.context["object_list"]) == [skhdt], query


def test_agencies_of_another_province_are_hidden(client, monitor, sct):
    other = AgencyFactory(name="Sở Công Thương", province=ProvinceFactory(name="Thái Nguyên", code="thai-nguyen"))
    client.force_login(monitor)
    assert client.get(other.get_absolute_url()).status_code == 404
    assert other not in client.get(reverse("agencies:agency_list")).context["object_list"]


def test_anonymous_cannot_list_agencies(client, sct):
    assert client.get(reverse("agencies:agency_list")).status_code == 302
    assert client.get(sct.get_absolute_url()).status_code == 302
