"""An export whose `Mã` column numbers the tasks in arabic (`1.1`, `1.2`, `2.1.3`) while its `Nhóm nhiệm vụ` column
writes the roman section (`I. …`, `II. …`): each section is the heading of the codes its number starts, the codes
kept as written. Before, a section row read from the group column had no task under it and was refused as a task
with no lead, which blocked the whole file."""

import datetime

import pytest

from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

from . import office_sheets

HEADER = ["Mã", "Nhóm nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
FIRST = "I. CẢI CÁCH HÀNH CHÍNH"
SECOND = "II. CHUYỂN ĐỔI SỐ"
THIRD = "III. TỔ CHỨC THỰC HIỆN"
ROWS = [
    ["1.1", FIRST, "Rà soát thủ tục hành chính lĩnh vực công thương", "Sở Công Thương", "Sở Tư pháp", "Quý IV/2026"],
    ["1.2", FIRST, "Công bố danh mục thủ tục hành chính mới", "Sở Tư pháp", "Sở Công Thương", "Năm 2026"],
    ["2.1.1", SECOND, "Xây dựng cơ sở dữ liệu doanh nghiệp", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Năm 2026"],
    ["2.1.2", SECOND, "Kết nối dữ liệu với hệ thống của tỉnh", "Sở Khoa học và Công nghệ", "", "Quý II/2026"],
    ["2.2", SECOND, "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Thường xuyên"],
    ["3.1", THIRD, "Tổng hợp, báo cáo kết quả thực hiện", "Sở Công Thương", "", "Hằng năm"],
]


def write_csv(path, plain):
    text = office_sheets.spelled(plain)
    return office_sheets.save_csv(path, [HEADER, *([text(value) for value in row] for row in ROWS)], "utf-8-sig")


def write_xlsx(path, plain):
    text = office_sheets.spelled(plain)
    return office_sheets.save_xlsx(path, [HEADER, *([text(value) or None for value in row] for row in ROWS)])


@pytest.mark.parametrize(
    ("writer", "name", "plain"),
    [
        (write_csv, "ke-hoach-215-KH-UBND.csv", False),
        (write_csv, "ke-hoach-215-KH-UBND-khong-dau.csv", True),
        (write_xlsx, "ke-hoach-215-KH-UBND.xlsx", False),
    ],
)
def test_arabic_codes_sit_under_the_roman_section_their_number_starts(db, tmp_path, writer, name, plain):
    province, _agencies = create_province("Lào Cai", datetime.date(2025, 10, 1))
    path = writer(tmp_path / name, plain)

    result = office_sheets.preview(path, province)

    assert [problem for problem in result["errors"] if problem["row"]] == []
    tasks = {task["code"]: task for task in result["tasks"]}
    assert set(tasks) == {"I", "II", "III", *(row[0] for row in ROWS)}
    for row in ROWS:
        assert [without_diacritics(lead) for lead in tasks[row[0]]["leads"]] == [without_diacritics(row[3])]
