"""Several places' committees and bodies in one agency cell of an office workbook (issue #12), in a province made by
create_province alone: every name a cell writes is read (each place's committee proposed to create under its own name,
never dropped because another place's committee of the same kind came first), two bodies on two lines are two, and the
city named like its province is that city's committee. Confirming creates one committee per place."""

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
TITLE = [
    "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
    "KẾ HOẠCH",
    "Phát triển cụm công nghiệp năm 2024",
    "(Kèm theo Kế hoạch số 75/KH-UBND ngày 02/4/2024 của UBND tỉnh Bắc Giang)",
]
LUC_NAM, YEN_DUNG = "Ủy ban nhân dân huyện Lục Nam", "Ủy ban nhân dân huyện Yên Dũng"
LANG_GIANG, VIET_YEN = "Ủy ban nhân dân huyện Lạng Giang", "Ủy ban nhân dân thị xã Việt Yên"
CITY = "Ủy ban nhân dân thành phố Bắc Giang"
TRADE, YOUTH = "Sở Công Thương", "Tỉnh đoàn"
WOMEN, STATION = "Hội Liên hiệp Phụ nữ tỉnh", "Đài Phát thanh và Truyền hình tỉnh"
FARMERS, VETERANS = "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"
# (text, lead cell, coordinator cell, timeframe cell, leads, coordinators, due date, recurring)
ROWS = [
    (SECTION, "I. Quy hoạch cụm công nghiệp"),
    (
        "Rà soát quy hoạch các cụm công nghiệp",
        "UBND huyện Lục Nam\nUBND huyện Yên Dũng",
        "Sở Công Thương",
        "Quý III/2024",
        [LUC_NAM, YEN_DUNG],
        [TRADE],
        datetime.date(2024, 9, 30),
        False,
    ),
    (
        "Giải phóng mặt bằng cụm công nghiệp",
        "Sở Công Thương",
        "UBND huyện Lạng Giang, UBND huyện Yên Dũng, UBND thị xã Việt Yên, Tỉnh đoàn",
        "Năm 2024",
        [TRADE],
        [LANG_GIANG, YEN_DUNG, VIET_YEN, YOUTH],
        datetime.date(2024, 12, 31),
        False,
    ),
    (SECTION, "II. Tuyên truyền"),
    (
        "Tuyên truyền chính sách phát triển cụm công nghiệp",
        "UBND TP Bắc Giang",
        "Hội Liên hiệp Phụ nữ tỉnh\nĐài PT-TH tỉnh",
        "Thường xuyên",
        [CITY],
        [WOMEN, STATION],
        None,
        True,
    ),
    (
        "Vận động hội viên tham gia",
        "Hội Nông dân tỉnh\nHội CCB tỉnh, Tỉnh đoàn",
        "UBND thành phố Bắc Giang\nUBND thị xã Việt Yên",
        "Tháng 10/2024",
        [FARMERS, VETERANS, YOUTH],
        [CITY, VIET_YEN],
        datetime.date(2024, 10, 31),
        False,
    ),
]
COMMITTEES = {LUC_NAM, YEN_DUNG, LANG_GIANG, VIET_YEN, CITY}


pytestmark = pytest.mark.usefixtures("english")


def write(tmp_path, form):
    if form == "csv":
        header = ["Mã nhiệm vụ", "Mục", *HEADER[1:]]
        return office_sheets.write_csv(tmp_path / "ke-hoach.csv", header, ROWS, SECTION)
    path = tmp_path / "ke-hoach.xlsx"
    return office_sheets.write_titled_xlsx(
        path, TITLE, HEADER, ROWS, SECTION, cells=lambda row: row[:4], plain=form == "plain"
    )


@pytest.mark.parametrize("form", ["xlsx", "plain", "csv"])
def test_every_committee_and_body_a_cell_names_is_read_and_each_place_is_created_once(db, tmp_path, form):
    province, _created = create_province("Bắc Giang", datetime.date(2024, 4, 2))
    path = write(tmp_path, form)

    # a CSV export gives no title: its subject and date are typed in the preview
    typed = {"subject": "Phát triển cụm công nghiệp", "issued_on": "2024-04-02"} if form == "csv" else None
    preview = build_preview(path, path.name, province=province, overrides=typed)
    result = cli_json(preview)
    right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(ROWS, SECTION), plain=True)

    assert (right, total) == (total, total), wrong
    assert (result["unmatched_agencies"], result["errors"]) == ([], [])
    to_create = {search_key(entry["name"]): entry["catalogue_key"] for entry in result["agencies_to_create"]}
    assert {name: to_create.get(search_key(name)) for name in COMMITTEES} == dict.fromkeys(COMMITTEES, "ubnd-huyen")

    commit_preview(preview)
    created = {search_key(agency.name): agency for agency in Agency.objects.filter(province=province)}
    assert {search_key(name) for name in COMMITTEES} <= set(created)
    # one committee per place, each on the tasks that name it, none under another place's name
    for name in COMMITTEES:
        agency = created[search_key(name)]
        codes = set(Assignment.objects.filter(agency=agency).values_list("task__code", flat=True))
        want = {
            code
            for code, (leads, coordinators, _due, _rec) in office_sheets.expected(ROWS, SECTION).items()
            if name in (*leads, *coordinators)
        }
        assert codes == want, name
