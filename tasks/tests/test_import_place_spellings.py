"""A plan and its copy without diacritics propose one body for a name built on a place: a committee of one of the
province's units typed with other capitals or marks than the place list's (`UBND huyện Krông pắc`) and a board named
after its zone written without diacritics (`BQL Khu kinh te Tran De`, `BQL KKT Nam Phu Yen`) are created under the
place's name as the portal's lists spell it, before and after the merger of 01/7/2025."""

import datetime

import pytest

from agencies.services import create_province
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]

# (province, the plan's date, the title's issuer, {a lead as written: the name it is created under})
PLANS = [
    (
        "Sóc Trăng",
        datetime.date(2023, 4, 12),
        "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        {
            "BQL Khu kinh tế Trần Đề": "Ban Quản lý Khu kinh tế Trần Đề",
            "UBND huyện Mỹ xuyên": "Ủy ban nhân dân huyện Mỹ Xuyên",
        },
    ),
    (
        "Đắk Lắk",
        datetime.date(2023, 4, 12),
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
        {
            "UBND huyện Krông pắc": "Ủy ban nhân dân huyện Krông Pắc",
            "BQL KKT Nam Phú Yên": "Ban Quản lý Khu kinh tế Nam Phú Yên",
        },
    ),
    (
        "Đắk Lắk",
        datetime.date(2025, 9, 15),
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
        {
            "UBND xã krông Pắc": "Ủy ban nhân dân xã Krông Pắc",
            "BQL Khu kinh tế Nam Phú Yên": "Ban Quản lý Khu kinh tế Nam Phú Yên",
        },
    ),
    (
        "Bình Phước",
        datetime.date(2023, 4, 12),
        "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
        {
            "UBND huyện Bù gia mập": "Ủy ban nhân dân huyện Bù Gia Mập",
            "BQL KKT cửa khẩu Hoa Lư": "Ban Quản lý Khu kinh tế cửa khẩu Hoa Lư",
        },
    ),
    (
        "Cần Thơ",
        datetime.date(2025, 9, 15),
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        {"Ban Quản lý Khu kinh tế Trần Đề": "Ban Quản lý Khu kinh tế Trần Đề"},
    ),
]


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("province", "day", "issuer", "leads"), PLANS)
def test_a_plan_and_its_copy_without_diacritics_create_a_place_named_body_under_the_lists_spelling(
    db, tmp_path, province, day, issuer, leads, plain
):
    province, _agencies = create_province(province, day)
    rows = [
        (SECTION, "I. Phát triển kinh tế"),
        *((f"Nhiệm vụ số {number}", lead, "", "Quý IV") for number, lead in enumerate(leads, start=1)),
    ]
    title = [issuer, "KẾ HOẠCH", "Phát triển kinh tế", f"(Kèm theo Kế hoạch số 45/KH-UBND ngày {day:%d/%m/%Y})"]
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, rows, SECTION, plain=plain)

    result = cli_json(build_preview(path, path.name, province=province))

    assert result["directive"]["issued_on"] == day.isoformat()
    written = office_sheets.spelled(plain)
    created = {entry["text"]: entry["name"] for entry in result["agencies_to_create"]}
    assert created == {written(lead): name for lead, name in leads.items()}
    tasks = {task["code"]: task["leads"] for task in result["tasks"] if task["code"].startswith("I.")}
    assert tasks == {f"I.{number}": [name] for number, name in enumerate(leads.values(), start=1)}
    assert (result["unmatched_agencies"], result["errors"]) == ([], [])
