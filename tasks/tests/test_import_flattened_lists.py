"""Agency cells an office exported flat (a CSV that turned line breaks into spaces, a list typed on one line): a comma
list whose last item is a group listing its members after a colon, a colon list after `phối hợp với`, a role head in
the middle of a line, bullets between names, two names with only a space between. Each body is read under its own
name and part, from xlsx and CSV, with and without diacritics."""

import datetime
import functools

import pytest

from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

from . import office_sheets

HEADER = ["STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn"]
DAK_TO = "Ủy ban nhân dân huyện Đăk Tô"
NGOC_HOI = "Ủy ban nhân dân huyện Ngọc Hồi"
ROWS = [
    # (text, agency cell, leads, coordinators)
    (
        "Rà soát quy hoạch vùng trồng sâm",
        "Sở Tài chính, Công an tỉnh, UBND các huyện: Đăk Tô, Ngọc Hồi",
        ["Sở Tài chính", "Công an tỉnh", DAK_TO, NGOC_HOI],
        [],
    ),
    (
        "Kiểm tra an toàn lưới điện nông thôn",
        "Sở Xây dựng chủ trì, phối hợp với các Sở: Nội vụ, Tư pháp",
        ["Sở Xây dựng"],
        ["Sở Nội vụ", "Sở Tư pháp"],
    ),
    (
        "Tuyên truyền phòng, chống ma túy",
        "Chủ trì: Công an tỉnh Phối hợp: Sở Y tế, Sở Tư pháp",
        ["Công an tỉnh"],
        ["Sở Y tế", "Sở Tư pháp"],
    ),
    (
        "Bồi dưỡng cán bộ cơ sở",
        "Sở Nội vụ • Trường Chính trị • Các sở, ngành liên quan",
        ["Sở Nội vụ", "Trường Chính trị tỉnh", "Các sở, ban, ngành tỉnh"],
        [],
    ),
    (
        "Tổ chức ngày hội thanh niên",
        "Sở Văn hóa, Thể thao và Du lịch Tỉnh đoàn",
        ["Sở Văn hóa, Thể thao và Du lịch", "Tỉnh Đoàn"],
        [],
    ),
]

SECTION = "NHIỆM VỤ CHUNG"


SHEET = {"header": HEADER, "section": SECTION, "rows": ROWS, "timeframe": "Quý IV/2024"}
write_xlsx = functools.partial(
    office_sheets.write_one_section_xlsx, title="KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM 2024", **SHEET
)
write_csv = functools.partial(office_sheets.write_one_section_csv, **SHEET)


@pytest.mark.parametrize(
    ("writer", "name", "plain"),
    [
        (write_xlsx, "ke-hoach.xlsx", False),
        (write_xlsx, "ke-hoach-khong-dau.xlsx", True),
        (write_csv, "ke-hoach-45-KH-UBND.csv", False),
        (write_csv, "ke-hoach-45-KH-UBND-khong-dau.csv", True),
    ],
)
def test_each_body_of_a_flattened_cell_is_read_under_its_own_name_and_part(db, tmp_path, writer, name, plain):
    province, _agencies = create_province("Kon Tum", datetime.date(2024, 5, 1))
    path = writer(tmp_path / name, plain)

    result = office_sheets.preview(path, province)

    def names(values):
        return [without_diacritics(value).casefold() for value in values]

    read = {task["code"]: (names(task["leads"]), names(task["coordinators"])) for task in result["tasks"]}
    want = {
        f"I.{number}": (names(leads), names(coordinators)) for number, (*_, leads, coordinators) in enumerate(ROWS, 1)
    }
    assert {code: read.get(code) for code in want} == want
