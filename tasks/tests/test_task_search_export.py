"""Finding tasks by their outline code or an agency's abbreviation, and taking the filtered list away in Excel."""

import datetime
import io

import openpyxl
import pytest
import time_machine
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, MembershipFactory, ProvinceFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


@pytest.fixture
def world():
    province = ProvinceFactory()
    sct = AgencyFactory(name="Sở Công Thương", short_name="SCT", province=province)
    skhdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư", short_name="Sở KH&ĐT", province=province)
    AgencyAliasFactory(agency=skhdt, alias="SKHĐT")
    directive = DirectiveFactory(province=province, number="72", symbol="KH-UBND")
    tasks = {}
    for position, (code, text, lead, due) in enumerate(
        [
            ("II.1.a", "Rà soát quy hoạch II.1.d cũ", sct, datetime.date(2020, 12, 31)),
            ("II.1.d.1", "Xây dựng đề án điện gió", sct, datetime.date(2099, 12, 31)),
            ("II.1.d", "Phát triển năng lượng tái tạo", skhdt, datetime.date(2099, 12, 31)),
            ("II.1.e", '=HYPERLINK("x","y") Thu hút đầu tư', skhdt, datetime.date(2020, 6, 30)),
        ]
    ):
        task = TaskFactory(directive=directive, code=code, text=text, position=position, due_date=due)
        AssignmentFactory(task=task, agency=lead, role=AssignmentRole.LEAD)
        tasks[code] = task
    AssignmentFactory(task=tasks["II.1.a"], agency=skhdt, role=AssignmentRole.COORDINATING)
    monitor = MembershipFactory(agency=sct, role=Role.MONITOR).user
    return province, sct, skhdt, tasks, monitor


def codes(response):
    return [task.code for task in response.context["object_list"]]


def test_an_outline_code_finds_the_task_first_then_those_under_it(client, world):
    *_, monitor = world
    client.force_login(monitor)

    found = codes(client.get(reverse("tasks:task_list"), {"q": "II.1.d"}))

    assert found[0] == "II.1.d"
    assert set(found) >= {"II.1.d", "II.1.d.1"}
    assert "II.1.e" not in found


@pytest.mark.parametrize("typed", ["Sở KH&ĐT", "sở kh&đt", "SKHĐT", "So Ke hoach va Dau tu"])
def test_an_agency_abbreviation_or_name_finds_its_tasks(client, world, typed):
    *_, monitor = world
    client.force_login(monitor)

    found = codes(client.get(reverse("tasks:task_list"), {"q": typed}))

    assert sorted(found) == ["II.1.a", "II.1.d", "II.1.e"]


def test_the_filtered_task_list_exports_to_excel_with_its_filters_named(client, world, django_assert_max_num_queries):
    province, sct, skhdt, tasks, monitor = world
    client.force_login(monitor)

    with time_machine.travel(NOW, tick=False), django_assert_max_num_queries(12):
        response = client.get(reverse("tasks:task_list"), {"status": "overdue", "format": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="danh-sach-nhiem-vu-')
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet["A1"].value == "DANH SÁCH NHIỆM VỤ"
    assert sheet["A2"].value == "Tình trạng: Đang thực hiện quá hạn"
    rows = list(sheet.iter_rows(min_row=6, values_only=True))
    assert [row[1] for row in rows] == ["II.1.a", "II.1.e"]
    assert rows[0][4] == "Sở Công Thương"
    assert rows[0][5] == "Sở Kế hoạch và Đầu tư"
    assert rows[0][7] == "31/12/2020"
    assert sheet.cell(7, 4).value.startswith("=HYPERLINK")
    assert sheet.cell(7, 4).data_type == "s"  # text that starts like a formula is never a formula


def test_the_list_links_to_the_export_of_what_it_shows(client, world):
    *_, monitor = world
    client.force_login(monitor)

    page = client.get(reverse("tasks:task_list"), {"status": "overdue", "page": "1"}).content.decode()

    assert 'href="?status=overdue&amp;format=xlsx" id="export-xlsx"' in page


def test_the_export_holds_only_what_the_user_may_see(client, world):
    province, sct, skhdt, tasks, monitor = world
    outsider = AgencyFactory(name="Sở Y tế", province=ProvinceFactory(name="Thái Nguyên", code="thai-nguyen"))
    client.force_login(MembershipFactory(agency=outsider, role=Role.MONITOR).user)

    response = client.get(reverse("tasks:task_list"), {"format": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert list(sheet.iter_rows(min_row=6, values_only=True)) == []


def test_an_export_too_large_is_refused_with_a_message(client, world, monkeypatch):
    *_, monitor = world
    monkeypatch.setattr("tasks.views.MAX_EXPORT_ROWS", 2)
    client.force_login(monitor)

    response = client.get(reverse("tasks:task_list"), {"format": "xlsx", "q": "II"}, follow=True)

    assert response.status_code == 200
    assert "quá nhiều" in response.content.decode()
