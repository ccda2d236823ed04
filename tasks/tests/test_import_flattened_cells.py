"""A CSV another system exported from a post-2025 plan of a province made by create_province alone: the line break
inside an agency cell flattened to a space (`Sở Nội vụ Sở Y tế`, `Sở Xây dựng BQL các KCN tỉnh`), the merged press
body and the boards written short. Every task's agencies are read right, each body the province lacks proposed under
the name it gets, and no name left for a person."""

import datetime

import pytest

from agencies.services import create_province
from agencies.tests.bodies import without_diacritics
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]
PRESS = "Báo và Phát thanh, Truyền hình Lào Cai"
KCN_BOARD = "Ban Quản lý các khu công nghiệp tỉnh Lào Cai"
ROWS = [
    (SECTION, "I. Hạ tầng khu công nghiệp"),
    (
        "Rà soát quỹ đất phát triển khu công nghiệp",
        "Sở Xây dựng",
        "Sở Nông nghiệp và Môi trường BQL các KCN tỉnh",
        "Quý IV/2026",
        ["Sở Xây dựng"],
        ["Sở Nông nghiệp và Môi trường", KCN_BOARD],
        datetime.date(2026, 12, 31),
        False,
    ),
    (
        "Xây dựng chính sách hỗ trợ nhà ở cho công nhân",
        "Sở Xây dựng",
        "Sở Tài chính Sở Tư pháp",
        "Năm 2026",
        ["Sở Xây dựng"],
        ["Sở Tài chính", "Sở Tư pháp"],
        datetime.date(2026, 12, 31),
        False,
    ),
    (SECTION, "II. Thông tin, tuyên truyền"),
    (
        "Tuyên truyền về môi trường đầu tư của tỉnh",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Báo và PT-TH tỉnh Sở Nội vụ",
        "Thường xuyên",
        ["Sở Văn hóa, Thể thao và Du lịch"],
        [PRESS, "Sở Nội vụ"],
        None,
        True,
    ),
]


pytestmark = pytest.mark.usefixtures("english")


def test_a_flattened_export_reads_every_task_right(db, tmp_path):
    province, _agencies = create_province("Lào Cai", datetime.date(2025, 10, 1))
    path = office_sheets.write_csv(tmp_path / "ke-hoach-12-KH-UBND.csv", HEADER, ROWS, SECTION)

    result = cli_json(build_preview(path, path.name, province=province))
    right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(ROWS, SECTION))

    assert (right, total) == (total, total), wrong
    assert result["unmatched_agencies"] == [] and result["proposed_agencies"] == []
    assert {entry["name"] for entry in result["agencies_to_create"]} == {PRESS, KCN_BOARD}


# A name a known name covers in part before the flattened break: a group (`UBND các xã, phường Sở Nội vụ` is never the
# group narrowed by `Sở Nội vụ`), a board (`BQL Khu kinh tế tỉnh Văn phòng UBND tỉnh` is never a board named after a
# zone `Văn phòng`), the provincial promotion centre (its comma inside its name).
KKT_BOARD = "Ban Quản lý Khu kinh tế tỉnh"
CENTRE = "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"
COVERED_ROWS = [
    (SECTION, "I. Cải cách hành chính"),
    (
        "Rà soát thủ tục hành chính cấp xã",
        "Sở Tư pháp",
        "UBND các xã, phường Sở Nội vụ",
        "Quý II/2026",
        ["Sở Tư pháp"],
        ["UBND các xã, phường, đặc khu", "Sở Nội vụ"],
        datetime.date(2026, 6, 30),
        False,
    ),
    (
        "Cải thiện chỉ số năng lực cạnh tranh cấp tỉnh",
        "Sở Tài chính",
        "Sở Công Thương, BQL Khu kinh tế tỉnh Văn phòng UBND tỉnh",
        "Năm 2026",
        ["Sở Tài chính"],
        ["Sở Công Thương", KKT_BOARD, "Văn phòng UBND tỉnh Lào Cai"],
        datetime.date(2026, 12, 31),
        False,
    ),
    (SECTION, "II. Xúc tiến đầu tư"),
    (
        "Tổ chức hội nghị xúc tiến đầu tư",
        "TT XTĐT, TM&DL",
        "Sở Tài chính Sở Văn hóa, Thể thao và Du lịch",
        "Quý III/2026",
        [CENTRE],
        ["Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"],
        datetime.date(2026, 9, 30),
        False,
    ),
    # a group written without its `Các` where its line started
    (
        "Hỗ trợ thanh niên khởi nghiệp",
        "Sở Nội vụ",
        "Sở Tài chính Địa phương",
        "Năm 2026",
        ["Sở Nội vụ"],
        ["Sở Tài chính", "UBND các xã, phường, đặc khu"],
        datetime.date(2026, 12, 31),
        False,
    ),
]


@pytest.mark.parametrize("plain", [False, True])
def test_a_flattened_break_after_a_name_a_known_name_covers_in_part_is_cut(db, tmp_path, plain):
    province, _agencies = create_province("Lào Cai", datetime.date(2025, 10, 1))
    rows = [
        row if row[0] == SECTION or not plain else (*map(without_diacritics, row[:4]), *row[4:]) for row in COVERED_ROWS
    ]
    path = office_sheets.write_csv(tmp_path / "ke-hoach-13-KH-UBND.csv", HEADER, rows, SECTION)

    result = cli_json(build_preview(path, path.name, province=province))
    right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(rows, SECTION), plain=plain)

    assert (right, total) == (total, total), wrong
    assert result["unmatched_agencies"] == [] and result["proposed_agencies"] == []
    assert {entry["name"] for entry in result["agencies_to_create"]} == {KKT_BOARD, CENTRE}


# A plan copied without diacritics naming district committees the province does not hold yet.
PLACE_ROWS = [
    (SECTION, "I. Phát triển du lịch"),
    (
        "Xây dựng sản phẩm du lịch biển",
        "UBND TP Phan Thiet",
        "UBND huyen Ham Thuan Nam, UBND huyen Tan Lap",
        "Năm 2024",
        ["Ủy ban nhân dân thành phố Phan Thiết"],
        ["Ủy ban nhân dân huyện Hàm Thuận Nam", "Ủy ban nhân dân huyện Tan Lap"],
        datetime.date(2024, 12, 31),
        False,
    ),
]


def test_a_place_written_without_diacritics_is_created_under_its_certain_spelling(db, tmp_path):
    province, _agencies = create_province("Bình Thuận", datetime.date(2024, 5, 1))
    path = office_sheets.write_csv(tmp_path / "ke-hoach-14-KH-UBND.csv", HEADER, PLACE_ROWS, SECTION)

    result = cli_json(build_preview(path, path.name, province=province))
    right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(PLACE_ROWS, SECTION))

    assert (right, total) == (total, total), wrong
    assert {entry["name"] for entry in result["agencies_to_create"]} == {
        "Ủy ban nhân dân thành phố Phan Thiết",
        "Ủy ban nhân dân huyện Hàm Thuận Nam",
        "Ủy ban nhân dân huyện Tan Lap",
    }
