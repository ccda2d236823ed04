"""The administrators' reorganization screen: record → preview (nothing moves) → confirm → undo, permission-checked."""

import datetime

import pytest
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory
from reorganization.models import Reorganization, ReorganizationKind, ReorganizationState
from tasks.models import Assignment, AssignmentRole
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    province = ProvinceFactory()
    khdt = AgencyFactory(province=province, name="Sở Kế hoạch và Đầu tư")
    tc = AgencyFactory(province=province, name="Sở Tài chính")
    task = TaskFactory(directive=DirectiveFactory(province=province), text="Thu hút đầu tư vào các khu công nghiệp")
    AssignmentFactory(task=task, agency=khdt, role=AssignmentRole.LEAD)
    admin = MembershipFactory(agency=AgencyFactory(province=province, name="Sở Công Thương"), role=Role.ADMIN).user
    staff = MembershipFactory(agency=khdt, role=Role.STAFF).user
    other = ProvinceFactory(name="Kon Tum", code="kon-tum")
    other_admin = MembershipFactory(agency=AgencyFactory(province=other, name="Sở Nội vụ"), role=Role.ADMIN).user
    return {
        "province": province,
        "khdt": khdt,
        "tc": tc,
        "task": task,
        "admin": admin,
        "staff": staff,
        "other_admin": other_admin,
    }


def record(client, world, **overrides):
    data = {
        "kind": ReorganizationKind.MERGER,
        "province": world["province"].pk,
        "effective_date": "01/03/2025",
        "legal_basis": "45/2025/NĐ-CP",
        "predecessors": [world["khdt"].pk],
        "successors": [world["tc"].pk],
        **overrides,
    }
    return client.post(reverse("reorganization:create"), data)


def lead(task):
    return Assignment.objects.get(task=task, role=AssignmentRole.LEAD).agency


def test_administrator_records_previews_confirms_and_undoes(client, world):
    client.force_login(world["admin"])
    response = record(client, world)
    reorganization = Reorganization.objects.get()
    assert response.status_code == 302
    page = client.get(reverse("reorganization:detail", args=[reorganization.pk])).content.decode()
    assert "Thu hút đầu tư vào các khu công nghiệp" in page and "Sở Tài chính" in page
    assert lead(world["task"]) == world["khdt"]  # the preview moved nothing
    client.post(reverse("reorganization:confirm", args=[reorganization.pk]))
    reorganization.refresh_from_db()
    assert reorganization.state == ReorganizationState.APPLIED
    assert lead(world["task"]) == world["tc"]
    page = client.get(reverse("reorganization:detail", args=[reorganization.pk])).content.decode()
    assert 'id="undo"' in page
    client.post(reverse("reorganization:undo", args=[reorganization.pk]))
    assert lead(world["task"]) == world["khdt"]


def test_a_merger_with_two_successors_is_refused_with_a_message(client, world):
    client.force_login(world["admin"])
    other = AgencyFactory(province=world["province"], name="Sở Nội vụ")
    response = record(client, world, successors=[world["tc"].pk, other.pk])
    assert response.status_code == 400
    assert "đúng một cơ quan kế thừa" in response.content.decode()
    assert not Reorganization.objects.exists()


def test_a_bad_date_is_refused_where_it_is_typed(client, world):
    client.force_login(world["admin"])
    response = record(client, world, effective_date="31/02/2025")
    assert response.status_code == 400
    assert not Reorganization.objects.exists()


@pytest.mark.parametrize("who", ["staff", "other_admin", None])
def test_only_the_provinces_administrators_reach_the_screen(client, world, who):
    if who:
        client.force_login(world[who])
    response = client.get(reverse("reorganization:list"))
    assert response.status_code == (302 if who is None else 403 if who == "staff" else 200)
    response = record(client, world)
    assert not Reorganization.objects.exists()
    assert response.status_code in (302, 400, 403) and lead(world["task"]) == world["khdt"]


def test_another_provinces_administrator_cannot_see_or_confirm_the_event(client, world):
    client.force_login(world["admin"])
    record(client, world)
    reorganization = Reorganization.objects.get()
    client.force_login(world["other_admin"])
    assert client.get(reverse("reorganization:detail", args=[reorganization.pk])).status_code == 404
    assert client.post(reverse("reorganization:confirm", args=[reorganization.pk])).status_code == 404
    assert lead(world["task"]) == world["khdt"]


def test_a_future_event_waits_and_can_be_called_off(client, world):
    client.force_login(world["admin"])
    record(client, world, effective_date=(datetime.date.today() + datetime.timedelta(days=30)).strftime("%d/%m/%Y"))
    reorganization = Reorganization.objects.get()
    client.post(reverse("reorganization:confirm", args=[reorganization.pk]))
    reorganization.refresh_from_db()
    assert reorganization.state == ReorganizationState.SCHEDULED and lead(world["task"]) == world["khdt"]
    client.post(reverse("reorganization:undo", args=[reorganization.pk]))
    reorganization.refresh_from_db()
    assert reorganization.state == ReorganizationState.UNDONE
