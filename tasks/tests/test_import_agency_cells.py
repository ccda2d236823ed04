"""A workbook whose agency cells are typed the way department staff type them (short forms, colon lists, groups,
qualified groups, no diacritics): every task gets its agencies, and a group's qualifier reaches the task page."""

import pytest

from agencies.catalogue import catalogue
from agencies.models import Role
from agencies.services import create_agency
from agencies.tests.bodies import BQL, create_quang_ngai
from agencies.tests.factories import AgencyFactory, MembershipFactory, UserFactory
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview, cli_json
from tasks.models import Assignment, Task

from .import_workbooks import HEADING, build_004_workbook

HUYEN = "UBND các huyện, thị xã, thành phố"
WIND = "nơi dự kiến đặt nhà máy điện gió"
# (label, task, lead cell, coordinators cell, timeframe) and the agencies a reader finds in them
ROWS = [
    ("II", "NHIỆM VỤ, GIẢI PHÁP", HEADING),
    (1, "Phát triển công nghiệp", HEADING),
    (
        "a)",
        "Xây dựng tiêu chí vùng công nghiệp động lực",
        "Sở KH-ĐT",
        "Sở TC, BQL KKTDQ và các KCN QN, UBND các huyện, TP",
        "năm 2020",
    ),
    (
        "b)",
        "Rà soát quy hoạch các cụm công nghiệp",
        "SCT",
        "các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Tài chính",
        "năm 2021",
    ),
    (
        "c)",
        "Đào tạo nghề cho lao động công nghiệp",
        "Sở Lao động - Thương binh và Xã hội",
        "Các sở, ban, ngành liên quan",
        "năm 2021",
    ),
    ("d)", "Kêu gọi đầu tư nhà máy điện gió", "Sở Công Thương", f"UBND các huyện, thành phố {WIND}", "Đến năm 2030"),
    (
        "đ)",
        "Bảo đảm an ninh trật tự khu công nghiệp",
        "VP UBND tỉnh",
        "CA tỉnh; BCH QS tỉnh; các tổ chức liên quan",
        "năm 2022",
    ),
    (
        "e)",
        "Thu hút doanh nghiệp vào khu công nghiệp",
        "Sở Kế hoạch và Đầu tư, Ban QLKKT Dung Quất và các KCN QN",
        "Các cơ quan, tổ chức liên quan",
        "năm 2025",
    ),
    (
        "g)",
        "Bảo vệ môi trường khu công nghiệp",
        "Sở NN&PTNT",
        "Sở TN-MT, UBND cấp xã, Các đơn vị liên quan",
        "năm 2025",
    ),
]
EXPECTED = {
    "II.1.a": (["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính", BQL, HUYEN]),
    "II.1.b": (
        ["Sở Công Thương"],
        ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính"],
    ),
    "II.1.c": (["Sở Lao động - Thương binh và Xã hội"], ["Các sở, ban, ngành tỉnh"]),
    "II.1.d": (["Sở Công Thương"], [HUYEN]),
    "II.1.đ": (
        ["Văn phòng UBND tỉnh Quảng Ngãi"],
        ["Công an tỉnh Quảng Ngãi", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi", "Các tổ chức liên quan"],
    ),
    "II.1.e": (["Sở Kế hoạch và Đầu tư", BQL], ["Các cơ quan, tổ chức liên quan"]),
    "II.1.g": (
        ["Sở Nông nghiệp và Phát triển nông thôn"],
        ["Sở Tài nguyên và Môi trường", "UBND các xã, phường, đặc khu", "Các đơn vị liên quan"],
    ),
}


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def quang_ngai(db):
    province = create_quang_ngai()
    for key in (
        "ubnd-cap-huyen",
        "cac-so-ban-nganh",
        "cac-to-chuc",
        "cac-co-quan-to-chuc",
        "cac-don-vi",
        "ubnd-cap-xa",
    ):
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    return province


@pytest.mark.parametrize("no_diacritics", [False, True])
def test_every_task_gets_its_agencies_from_cells_typed_as_staff_type_them(quang_ngai, tmp_path, no_diacritics):
    path = build_004_workbook(tmp_path / "k.xlsx", rows=ROWS, no_diacritics=no_diacritics)

    result = cli_json(build_preview(path, "k.xlsx"))

    found = {task["code"]: (task["leads"], task["coordinators"]) for task in result["tasks"] if task["leads"]}
    assert found == EXPECTED
    assert (result["unmatched_agencies"], result["errors"]) == ([], [])


def test_qualified_group_keeps_its_qualifier_on_the_assignment_and_the_task_page(quang_ngai, tmp_path, client):
    preview = build_preview(build_004_workbook(tmp_path / "k.xlsx", rows=ROWS), "k.xlsx")
    commit_preview(preview)
    task = Task.objects.get(code="II.1.d")
    user = UserFactory(username="theo-doi")
    MembershipFactory(user=user, agency=AgencyFactory(province=quang_ngai), role=Role.MONITOR)
    client.force_login(user)

    assignment = Assignment.objects.get(task=task, role="coordinating")
    page = client.get(task.get_absolute_url()).content.decode()

    assert (assignment.agency.name, assignment.qualifier) == (HUYEN, WIND)
    assert f"({WIND})" in page
    assert Assignment.objects.exclude(task=task).filter(qualifier__gt="").count() == 0
    assert build_preview(tmp_path / "k.xlsx", "k.xlsx").diff.unchanged == len(EXPECTED) + 2


def test_a_group_the_province_lacks_is_created_from_the_catalogue_with_its_members_when_imported(db, tmp_path):
    province = create_quang_ngai()
    rows = [row for row in ROWS if row[0] in ("II", 1, "c)")]
    path = build_004_workbook(tmp_path / "k.xlsx", rows=rows)

    preview = build_preview(path, "k.xlsx")

    assert preview.parsed.unmatched == {}
    assert [(entry.text, entry.name, entry.key) for entry in preview.parsed.to_create.values()] == [
        ("Các sở, ban, ngành liên quan", "Các sở, ban, ngành tỉnh", "cac-so-ban-nganh")
    ]

    result = commit_preview(preview)

    [(written, group)] = result.agencies_created
    assert (written, group.name, group.is_group) == ("Các sở, ban, ngành liên quan", "Các sở, ban, ngành tỉnh", True)
    departments = province.agencies.filter(kind="department", is_group=False)
    assert departments and set(group.members.all()) >= set(departments)
    assert Assignment.objects.filter(agency=group, task__directive=result.directive).exists()
