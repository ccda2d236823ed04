"""An office workbook of a province made by create_province alone (issue #12) naming a district's committee by its
place, the economic-zone board and the border guard in one cell, and the commercial banks: each is the one body it
names, proposed to create under its name; none is read as the group of districts."""

import datetime

import pytest

from agencies.services import create_province

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
TITLE = [
    "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
    "KẾ HOẠCH",
    "Phát triển kinh tế cửa khẩu và tín dụng năm 2025",
    "(Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 15/01/2025 của UBND tỉnh Khánh Hòa)",
]
ROWS = [
    (SECTION, "I. Phát triển kinh tế cửa khẩu"),
    ("Quy hoạch khu kinh tế cửa khẩu", "Ban Quản lý Khu kinh tế Vân Phong, BĐBP tỉnh", "UBND TP Cam Ranh", "Năm 2025"),
    ("Giải phóng mặt bằng các dự án", "UBND H. Vạn Ninh", "Sở Tài chính", "Quý II/2025"),
    (SECTION, "II. Tín dụng"),
    ("Cho vay ưu đãi doanh nghiệp", "Các NHTM trên địa bàn", "UBND các huyện, thị xã, thành phố", "Năm 2025"),
]
TO_CREATE = {
    "Ban Quản lý Khu kinh tế Vân Phong": ("ban-quan-ly-khu-kinh-te", "Ban Quản lý Khu kinh tế Vân Phong"),
    "BĐBP tỉnh": ("bo-chi-huy-bo-doi-bien-phong-tinh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    "UBND TP Cam Ranh": ("ubnd-huyen", "Ủy ban nhân dân thành phố Cam Ranh"),
    "UBND H. Vạn Ninh": ("ubnd-huyen", "Ủy ban nhân dân huyện Vạn Ninh"),
    "Các NHTM trên địa bàn": ("cac-to-chuc-tin-dung", "Các tổ chức tín dụng"),
}


pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("plain", [False, True])
def test_named_committees_zone_board_border_guard_and_banks_are_each_the_body_they_name(db, tmp_path, plain):
    province, _created = create_province("Khánh Hòa", datetime.date(2025, 1, 1))
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", TITLE, HEADER, ROWS, SECTION, plain=plain)

    result = office_sheets.preview(path, province)

    assert office_sheets.to_create(result) == office_sheets.to_create_wanted(TO_CREATE)
    if not plain:
        assert {entry["name"] for entry in result["agencies_to_create"]} == {name for _k, name in TO_CREATE.values()}
    assert result["unmatched_agencies"] == []
    assert result["errors"] == []
