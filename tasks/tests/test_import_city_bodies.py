"""A centrally-run city (thành phố trực thuộc trung ương) names its bodies with `thành phố` where a province names
them with `tỉnh` (issue #12): `Công an thành phố`, `Văn phòng UBND thành phố Đà Nẵng`, `Thành đoàn`. The city is
known from the catalogue whether its name is typed with `Thành phố` or not; its plan's short forms (`CA TP`, `VP UBND
thành phố`, `Bộ CHQS TP`) are its own bodies, and a body it lacks is created under the city's name for it."""

import datetime

import pytest

from agencies.catalogue import catalogue, city_spelling, is_city
from agencies.models import Agency
from agencies.services import create_province
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]


@pytest.mark.parametrize(
    ("typed", "day", "city"),
    [
        ("Hải Phòng", datetime.date(2025, 11, 18), True),
        ("Thành phố Đà Nẵng", datetime.date(2024, 5, 2), True),
        ("Cần Thơ", datetime.date(2024, 5, 2), True),
        ("Huế", datetime.date(2025, 10, 22), True),
        # Huế was a province while it bore this name; a province is never a city
        ("Thừa Thiên Huế", datetime.date(2024, 5, 2), False),
        ("Sơn La", datetime.date(2024, 5, 2), False),
    ],
)
def test_a_city_created_by_either_name_has_its_bodies_named_with_thanh_pho(db, typed, day, city):
    province, agencies = create_province(typed, day)
    names = {agency.name for agency in agencies}
    place = typed.removeprefix("Thành phố ")
    level = "thành phố" if city else "tỉnh"

    assert is_city(province.name) is city
    assert {
        f"Ủy ban nhân dân {level} {place}",
        f"Văn phòng UBND {level} {place}",
        f"Thanh tra {level}",
        f"Các sở, ban, ngành {level}",
    } <= names
    assert not any(" tỉnh" in name for name in names) if city else True
    districts = "UBND các quận, huyện, thị xã" if city else "UBND các huyện, thị xã, thành phố"
    assert (districts in names) is (day < datetime.date(2025, 7, 1))


def test_city_spelling_writes_thanh_pho_for_tinh_and_the_city_names_of_the_youth_union():
    assert city_spelling("Công an tỉnh") == "Công an thành phố"
    assert city_spelling("Văn phòng UBND tỉnh Cần Thơ") == "Văn phòng UBND thành phố Cần Thơ"
    assert city_spelling("Tỉnh đoàn") == "Thành đoàn"
    # `tỉnh` inside another word, or no `tỉnh` at all, is left alone
    assert city_spelling("Sở Tài chính") == "Sở Tài chính"
    assert catalogue().body("tinh-doan").name_in("Hồ Chí Minh") == "Thành đoàn"


# (lead as written, coordinators as written): what a city's plan writes for its own bodies
ROWS = [
    (SECTION, "I. Bảo đảm an ninh"),
    ("Bảo đảm an ninh tại các khu công nghiệp", "CA thành phố", "Bộ CHQS TP, Thanh tra TP", "Quý IV"),
    ("Tổng hợp kết quả thực hiện", "VP UBND thành phố", "Các sở, ban, ngành thành phố", "Quý IV"),
    ("Tuyên truyền trong thanh niên", "Thành đoàn", "Công an TP", "Quý IV"),
    ("Rà soát quy hoạch đô thị", "UBND các quận, huyện", "Văn phòng UBND TP Đà Nẵng", "Quý IV"),
]
POLICE = "Công an thành phố"
OFFICE = "Văn phòng UBND thành phố Đà Nẵng"
# the catalogue bodies the city lacks, created from the catalogue under the city's names for them
CREATED = {
    "CA thành phố": POLICE,
    "Công an TP": POLICE,
    "Bộ CHQS TP": "Bộ Chỉ huy Quân sự thành phố",
    "Thành đoàn": "Thành đoàn",
}
LEADS = {"I.1": [POLICE], "I.2": [OFFICE], "I.3": ["Thành đoàn"], "I.4": ["UBND các quận, huyện, thị xã"]}
COORDINATORS = {
    "I.1": {"Bộ Chỉ huy Quân sự thành phố", "Thanh tra thành phố"},
    "I.2": {"Các sở, ban, ngành thành phố"},
    "I.3": {POLICE},
    "I.4": {OFFICE},
}


def _write(tmp_path, kind, plain):
    day = datetime.date(2024, 9, 16)
    if kind == "csv":
        text = office_sheets.spelled(plain)
        rows = [row if row[0] == SECTION else tuple(map(text, row)) for row in ROWS]
        path = office_sheets.write_csv(tmp_path / "ke-hoach.csv", CSV_HEADER, rows, SECTION)
        return path, {"subject": "Bảo đảm an ninh, trật tự", "issued_on": day.isoformat()}
    title = [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
        "KẾ HOẠCH",
        "Bảo đảm an ninh, trật tự",
        f"(Kèm theo Kế hoạch số 45/KH-UBND ngày {day:%d/%m/%Y} của UBND thành phố Đà Nẵng)",
    ]
    return office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, ROWS, SECTION, plain=plain), None


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_city_plan_reads_its_bodies_written_with_thanh_pho_or_tp(db, tmp_path, kind, plain):
    province, _agencies = create_province("Đà Nẵng", datetime.date(2024, 1, 1))
    path, overrides = _write(tmp_path, kind, plain)
    # the title names the city (`ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG`): the province is found by it
    given = None if kind == "xlsx" else province
    result = cli_json(build_preview(path, path.name, province=given, overrides=overrides))
    tasks = {task["code"]: task for task in result["tasks"] if task["code"].startswith("I.")}

    assert result["directive"]["province"] == "Đà Nẵng"
    assert {code: task["leads"] for code, task in tasks.items()} == LEADS
    assert {code: set(task["coordinators"]) for code, task in tasks.items()} == COORDINATORS
    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
    created = {search: entry["name"] for search, entry in _created(result).items()}
    assert created == {office_sheets.spelled(plain)(text): name for text, name in CREATED.items()}
    assert not Agency.objects.filter(province=province, name__contains="tỉnh").exists()


def _created(result):
    return {entry["text"]: entry for entry in result["agencies_to_create"]}
