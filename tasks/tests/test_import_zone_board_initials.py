"""A plan names the zone board the province lacks with the province's initials at the end of its name (`BQL KKT
Nghi Sơn và các KCN TH` in Thanh Hóa): the board is proposed, and created, under the province's name written out, as
the matching side reads those initials; in xlsx and CSV, with and without diacritics."""

import datetime

import pytest

from agencies.services import create_province

from .office_sheets import dry_run_json, save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
WRITTEN = "BQL KKT Nghi Sơn và các KCN TH"
NAME = "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa"


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_zone_board_named_with_the_provinces_initials_is_proposed_under_the_provinces_name(db, tmp_path, kind, plain):
    create_province("Thanh Hóa", datetime.date(2024, 5, 1))
    text = spelled(plain)
    lines = [
        [text(cell) for cell in HEADER],
        ["1", text("Thu hút đầu tư vào khu kinh tế"), text(WRITTEN), text("Sở Tài chính"), text("Năm 2026")],
        ["2", text("Rà soát quy hoạch khu công nghiệp"), text("Sở Xây dựng"), text(WRITTEN), text("Quý IV/2026")],
    ]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)

    result = dry_run_json(path, "thanh-hoa", "Khu kinh tế")

    assert result["unmatched_agencies"] == []
    assert {entry["text"]: entry["name"] for entry in result["agencies_to_create"]}[text(WRITTEN)] == text(NAME)
    assert [task["leads"] for task in result["tasks"]][0] == [text(NAME)]
