"""An office workbook of a province made by create_province alone naming common provincial bodies (issue #12): the
post, the statistics office, the power company written as a joint-stock company and the economic-zone board named after
its zone are each proposed to create under the name they get, and so is `Hội DN tỉnh` (`Hoi DN tinh`): the province's
general business association, Hiệp hội Doanh nghiệp tỉnh, not Hội Doanh nhân trẻ nor Hội Doanh nghiệp nhỏ và vừa."""

import datetime

import pytest

from agencies.services import create_province

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
TITLE = [
    "ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
    "KẾ HOẠCH",
    "Phát triển khu kinh tế và dịch vụ công năm 2026",
    "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh Thanh Hóa)",
]
ROWS = [
    (SECTION, "I. Phát triển khu kinh tế"),
    ("Thu hút đầu tư vào khu kinh tế", "BQL KKT Nghi Sơn và các KCN", "Sở Tài chính", "Năm 2026"),
    ("Bảo đảm cung ứng điện", "Công ty CP Điện lực Thanh Hóa", "Cục Thống kê tỉnh", "Năm 2026"),
    (SECTION, "II. Dịch vụ công"),
    ("Tiếp nhận hồ sơ qua bưu chính", "Bưu điện tỉnh", "Hội DN tỉnh", "Năm 2026"),
]
TO_CREATE = {
    "BQL KKT Nghi Sơn và các KCN": (
        "ban-quan-ly-khu-kinh-te",
        "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp",
    ),
    "Công ty CP Điện lực Thanh Hóa": ("cong-ty-dien-luc", "Công ty Cổ phần Điện lực Thanh Hóa"),
    "Cục Thống kê tỉnh": ("cuc-thong-ke-tinh", "Cục Thống kê tỉnh"),
    "Bưu điện tỉnh": ("buu-dien-tinh", "Bưu điện tỉnh"),
    "Hội DN tỉnh": ("hiep-hoi-doanh-nghiep-tinh", "Hiệp hội Doanh nghiệp tỉnh"),
}


pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("plain", [False, True])
def test_common_bodies_and_hoi_dn_are_proposed_under_their_names(db, tmp_path, plain):
    province, _created = create_province("Thanh Hóa", datetime.date(2026, 1, 1))
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", TITLE, HEADER, ROWS, SECTION, plain=plain)

    result = office_sheets.preview(path, province)

    assert office_sheets.to_create(result) == office_sheets.to_create_wanted(TO_CREATE)
    if not plain:
        assert {entry["name"] for entry in result["agencies_to_create"]} == {name for _k, name in TO_CREATE.values()}
    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
