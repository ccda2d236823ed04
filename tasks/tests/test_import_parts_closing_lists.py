"""An office sheet whose agency cells close lists with their part (`Sở Tư pháp, Sở Y tế (chủ trì); Sở Nội vụ (phối
hợp)`) or name the coordinators in the lead's bracket (`Sở Nội vụ (chủ trì, phối hợp với Sở Tư pháp)`), in one agency
column or beside an empty coordinators column: every task's leads and coordinators as written (issue #12), in .xlsx
and a CSV export, with and without diacritics."""

import datetime

import pytest

from agencies.services import create_province

from . import office_sheets

SECTION = "SECTION"
ROWS = [
    (SECTION, "I. Phát triển công nghiệp chế biến"),
    (
        "Rà soát quy hoạch cụm công nghiệp",
        "Sở Xây dựng, Sở Công Thương (chủ trì);\nSở Tài chính, UBND các huyện, thị xã, thành phố (phối hợp)",
        "",
        "Quý III/2024",
        ["Sở Xây dựng", "Sở Công Thương"],
        ["Sở Tài chính", "UBND các huyện, thị xã, thành phố"],
        datetime.date(2024, 9, 30),
        False,
    ),
    (
        "Hỗ trợ doanh nghiệp đổi mới công nghệ",
        "Sở Khoa học và Công nghệ (chủ trì, phối hợp với Sở Công Thương và Sở Tài chính)",
        "",
        "Năm 2024",
        ["Sở Khoa học và Công nghệ"],
        ["Sở Công Thương", "Sở Tài chính"],
        datetime.date(2024, 12, 31),
        False,
    ),
    (
        "Đào tạo nguồn nhân lực",
        "Sở Lao động - Thương binh và Xã hội (chủ trì)",
        "Sở Giáo dục và Đào tạo",
        "Hằng năm",
        ["Sở Lao động - Thương binh và Xã hội"],
        ["Sở Giáo dục và Đào tạo"],
        None,
        True,
    ),
]
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


@pytest.fixture
def province(db):
    province, _created = create_province("Bình Phước", datetime.date(2024, 2, 1))
    return province


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_parts_closing_lists_and_coordinators_in_the_leads_bracket_are_read_as_written(province, tmp_path, plain, form):
    if form == "xlsx":
        title = ["(Kèm theo Kế hoạch số 20/KH-UBND ngày 05/02/2024 của UBND tỉnh Bình Phước)"]
        path = office_sheets.write_titled_xlsx(
            tmp_path / "ke-hoach.xlsx", title, HEADER, ROWS, SECTION, cells=lambda row: row[:4], plain=plain
        )
    else:
        header = ["Mã nhiệm vụ", "Mục", *HEADER[1:]]
        path = office_sheets.write_csv(tmp_path / "xuat.csv", header, ROWS, SECTION)
        if plain:
            path.write_text(office_sheets.without_diacritics(path.read_text(encoding="utf-8-sig")), encoding="utf-8")

    result = office_sheets.preview(path, province)

    assert (result["unmatched_agencies"], result["agencies_to_create"]) == ([], [])
    want = office_sheets.expected(ROWS, SECTION)
    right, total, wrong = office_sheets.exactly_right(result, want, plain)
    assert (right, total) == (total, total), wrong
