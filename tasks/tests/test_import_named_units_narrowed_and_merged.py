"""Office workbooks of provinces made by create_province alone (issue #12), before and after 01/7/2025, whose agency
cells name local committees by their units (`UBND các huyện Bảo Lâm, Bảo Lạc và Hà Quảng`, `UBND các xã Bảo Hà, Gia
Phú`), one body followed by what narrows its part (`UBND huyện Hà Quảng nơi có tuyến đường đi qua`, `Sở Xây dựng đối
với các dự án nhóm B`), and the station and the newspaper together (`Đài PT-TH và Báo Lào Cai`): every task's
agencies are read right, each committee is created once, the qualifier is kept on the assignment, and after the 2025
merger the press is the one merged body."""

import datetime

import pytest

from agencies.models import Agency
from agencies.normalize import search_key
from agencies.services import create_province
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview, cli_json
from tasks.models import Assignment

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]


def title(province, date):
    return [
        f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}",
        "KẾ HOẠCH",
        "Cải tạo, nâng cấp hạ tầng giao thông",
        f"(Kèm theo Kế hoạch số 40/KH-UBND ngày {date:%d/%m/%Y} của UBND tỉnh {province})",
    ]


def committee(unit):
    return f"Ủy ban nhân dân {unit}"


CB_DAY = datetime.date(2024, 11, 5)
CB_ROWS = [
    (SECTION, "I. Giao thông"),
    (
        "Giải phóng mặt bằng tuyến đường",
        "UBND các huyện Bảo Lâm, Bảo Lạc và Hà Quảng",
        "Sở Giao thông vận tải",
        "Năm 2025",
        [committee("huyện Bảo Lâm"), committee("huyện Bảo Lạc"), committee("huyện Hà Quảng")],
        ["Sở Giao thông vận tải"],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "Bảo đảm an toàn giao thông khi thi công",
        "UBND huyện Hà Quảng nơi có tuyến đường đi qua",
        "Công an tỉnh\nUBND huyện Bảo Lâm, Bảo Lạc",
        "Năm 2025",
        [committee("huyện Hà Quảng")],
        ["Công an tỉnh", committee("huyện Bảo Lâm"), committee("huyện Bảo Lạc")],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "Thẩm định thiết kế các công trình",
        "Sở Xây dựng\nđối với các dự án nhóm B",
        "Sở Tài chính, UBND TP Cao Bằng",
        "Quý II/2025",
        ["Sở Xây dựng"],
        ["Sở Tài chính", committee("thành phố Cao Bằng")],
        datetime.date(2025, 6, 30),
        False,
    ),
    (
        "Tuyên truyền về dự án",
        "Đài PT-TH và Báo Cao Bằng",
        "UBND các huyện Bảo Lạc, Hà Quảng",
        "Năm 2025",
        ["Đài Phát thanh và Truyền hình tỉnh", "Báo Cao Bằng"],
        [committee("huyện Bảo Lạc"), committee("huyện Hà Quảng")],
        datetime.date(2025, 12, 31),
        False,
    ),
]
CB_QUALIFIERS = {
    ("I.2", committee("huyện Hà Quảng")): "nơi có tuyến đường đi qua",
    ("I.3", "Sở Xây dựng"): "đối với các dự án nhóm B",
}

LC_DAY = datetime.date(2025, 9, 20)
PRESS = "Báo và Phát thanh, Truyền hình Lào Cai"
LC_ROWS = [
    (SECTION, "I. Giao thông"),
    (
        "Giải phóng mặt bằng tuyến đường",
        "UBND các xã Bảo Hà, Gia Phú và Bảo Thắng",
        "Sở Nông nghiệp và Môi trường",
        "Năm 2026",
        [committee("xã Bảo Hà"), committee("xã Gia Phú"), committee("xã Bảo Thắng")],
        ["Sở Nông nghiệp và Môi trường"],
        datetime.date(2026, 12, 31),
        False,
    ),
    (
        "Chỉnh trang đô thị hai bên tuyến",
        "UBND các phường Cam Đường và Sa Pa",
        "UBND xã Bảo Hà (nơi có dự án)",
        "Năm 2026",
        [committee("phường Cam Đường"), committee("phường Sa Pa")],
        [committee("xã Bảo Hà")],
        datetime.date(2026, 12, 31),
        False,
    ),
    (
        "Tuyên truyền về dự án",
        "Đài PT-TH và Báo Lào Cai",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Năm 2026",
        [PRESS],
        ["Sở Văn hóa, Thể thao và Du lịch"],
        datetime.date(2026, 12, 31),
        False,
    ),
    (
        "Đưa tin về tiến độ thi công",
        "Báo Lào Cai và Đài PTTH tỉnh",
        "Sở Xây dựng đối với các dự án nhóm B",
        "Năm 2026",
        [PRESS],
        ["Sở Xây dựng"],
        datetime.date(2026, 12, 31),
        False,
    ),
]
LC_QUALIFIERS = {
    ("I.2", committee("xã Bảo Hà")): "nơi có dự án",
    ("I.4", "Sở Xây dựng"): "đối với các dự án nhóm B",
}

PLANS = {
    "Cao Bằng": (CB_DAY, CB_ROWS, CB_QUALIFIERS),
    "Lào Cai": (LC_DAY, LC_ROWS, LC_QUALIFIERS),
}

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("name", sorted(PLANS))
def test_every_tasks_agencies_are_read_right_and_each_committee_is_created_once(db, tmp_path, name, plain):
    day, rows, qualifiers = PLANS[name]
    province, _created = create_province(name, day)
    path = office_sheets.write_titled_xlsx(
        tmp_path / "ke-hoach.xlsx", title(name, day), HEADER, rows, SECTION, cells=lambda row: row[:4], plain=plain
    )

    preview = build_preview(path, path.name, province=province)
    result = cli_json(preview)
    right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(rows, SECTION), plain=True)

    assert (right, total) == (total, total), wrong
    assert (result["unmatched_agencies"], result["errors"]) == ([], [])

    commit_preview(preview)
    named = {name for row in rows if row[0] != SECTION for name in (*row[4], *row[5])}
    created = {search_key(agency.name) for agency in Agency.objects.filter(province=province)}
    assert {search_key(body) for body in named} <= created
    committees = Agency.objects.filter(province=province, name__startswith="Ủy ban nhân dân").exclude(
        name__startswith="Ủy ban nhân dân tỉnh"
    )
    assert sorted(committees.values_list("name", flat=True)) == sorted(
        body for body in named if body.startswith("Ủy ban nhân dân")
    )
    kept = {
        (assignment.task.code, assignment.agency.name): search_key(assignment.qualifier)
        for assignment in Assignment.objects.filter(task__directive__province=province).select_related("task", "agency")
        if assignment.qualifier
    }
    assert kept == {key: search_key(qualifier) for key, qualifier in qualifiers.items()}


def test_a_name_in_a_list_of_units_that_is_no_unit_of_the_province_is_left_for_a_person(db, tmp_path):
    province, _created = create_province("Cao Bằng", CB_DAY)
    rows = [
        (SECTION, "I. Giao thông"),
        ("Giải phóng mặt bằng", "UBND các huyện Bảo Lâm, Bình Sơn và Hà Quảng", "Sở Tài chính", "Năm 2025"),
    ]
    path = office_sheets.write_titled_xlsx(tmp_path / "k.xlsx", title("Cao Bằng", CB_DAY), HEADER, rows, SECTION)

    result = office_sheets.preview(path, province)

    assert result["unmatched_agencies"] == ["Bình Sơn"]
    [task] = [task for task in result["tasks"] if task["code"] == "I.1"]
    assert task["leads"] == [committee("huyện Bảo Lâm"), "Bình Sơn", committee("huyện Hà Quảng")]
