"""Names of issue #12 an import reads the way offices type them, in an xlsx and in a CSV, with and without
diacritics: a ward named after a former commune (`UBND phuong Minh Xuan` in Tuyên Quang) proposed under its spelling in
the 2025 list of communes; `Chi cục QLTT tỉnh` proposed as the body of the plan's date under that body's own name; the
fire police (`Phòng CS PCCC&CNCH - CA tỉnh`, `PC07 Công an tỉnh`) read as Công an tỉnh, whose unit it is."""

import datetime

import pytest

from agencies.models import AgencyKind
from agencies.tests.factories import province_with_bodies
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
POLICE = "Công an tỉnh Tuyên Quang"
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
ROWS = [
    (SECTION, "I. Kiểm tra"),
    ("Kiểm tra an toàn phòng cháy tại chợ", "Phòng CS PCCC&CNCH - CA tỉnh", "Chi cục QLTT tỉnh", "Quý IV"),
    ("Tuyên truyền phòng cháy tại khu dân cư", "PC07 Công an tỉnh", "UBND phường Minh Xuân", "Quý IV"),
    ("Diễn tập chữa cháy", "Phòng Cảnh sát PCCC và CNCH Công an tỉnh Tuyên Quang", "", "Quý IV"),
]
# the plan's date -> what each name that the province lacks is proposed as: (catalogue key, name)
TO_CREATE = {
    datetime.date(2023, 8, 10): {
        "Chi cục QLTT tỉnh": ("quan-ly-thi-truong", "Cục Quản lý thị trường tỉnh"),
        # before 01/7/2025 the ward's place is no unit of the 2025 list: kept as written
        "UBND phường Minh Xuân": ("ubnd-xa", "Ủy ban nhân dân phường Minh Xuân"),
    },
    datetime.date(2025, 8, 10): {
        "Chi cục QLTT tỉnh": ("chi-cuc-quan-ly-thi-truong", "Chi cục Quản lý thị trường tỉnh"),
        "UBND phường Minh Xuân": ("ubnd-xa", "Ủy ban nhân dân phường Minh Xuân"),
    },
}


def _province():
    return province_with_bodies(
        "Tuyên Quang",
        "tuyen-quang",
        {"Ủy ban nhân dân tỉnh Tuyên Quang": AgencyKind.PEOPLES_COMMITTEE, POLICE: AgencyKind.OTHER},
        [],
    )


def _write(tmp_path, kind, day, plain):
    text = office_sheets.spelled(plain)
    if kind == "csv":
        rows = [row if row[0] == SECTION else tuple(map(text, row)) for row in ROWS]
        return office_sheets.write_csv(tmp_path / "ke-hoach.csv", CSV_HEADER, rows, SECTION), {
            "subject": "Kiểm tra an toàn phòng cháy, chữa cháy",
            "issued_on": day.isoformat(),
        }
    title = [
        "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        "KẾ HOẠCH",
        "Kiểm tra an toàn phòng cháy, chữa cháy",
        f"(Ban hành kèm theo Kế hoạch số 12/KH-UBND ngày {day:%d/%m/%Y} của UBND tỉnh Tuyên Quang)",
    ]
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, ROWS, SECTION, plain=plain)
    return path, None


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("day", list(TO_CREATE))
def test_fire_police_wards_and_market_surveillance_as_offices_type_them(db, tmp_path, day, kind, plain):
    province = _province()
    path, overrides = _write(tmp_path, kind, day, plain)
    result = cli_json(build_preview(path, path.name, province=province, overrides=overrides))
    leads = {task["code"]: task["leads"] for task in result["tasks"] if "." in task["code"]}

    # every way the fire police is written is Công an tỉnh, the body it is a unit of
    assert leads == {"I.1": [POLICE], "I.2": [POLICE], "I.3": [POLICE]}
    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
    wanted = TO_CREATE[day]
    if plain and day < datetime.date(2025, 7, 1):
        wanted = {**wanted, "UBND phường Minh Xuân": ("ubnd-xa", "Ủy ban nhân dân phường Minh Xuan")}
    assert office_sheets.to_create(result) == office_sheets.to_create_wanted(wanted)
