"""A body the province lacks that one file writes two ways, a short form in one row (`BQL KKT`) and the full name in
another (`Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn`), is one new agency: every task shows it, and the
import creates it, under the name that says most, whichever row comes first; in xlsx and CSV, with and without
diacritics. A per-place body (two districts' committees) stays two."""

import datetime

import pytest

from agencies.models import Agency
from agencies.services import create_province
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]
BOARD = "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"
YEAR_END, Q3 = datetime.date(2024, 12, 31), datetime.date(2024, 9, 30)
ROWS = [
    (SECTION, "I. Phát triển kinh tế cửa khẩu"),
    ("Thu hút đầu tư hạ tầng cửa khẩu", "BQL KKT", "Sở Tài chính", "Năm 2024", [BOARD], ["Sở Tài chính"], YEAR_END),
    ("Rà soát quy hoạch khu kinh tế", "Sở Xây dựng", BOARD, "Quý III/2024", ["Sở Xây dựng"], [BOARD], Q3),
    (
        "Xúc tiến thương mại qua cửa khẩu",
        "Sở Công Thương",
        "BQL KKT tỉnh",
        "Năm 2024",
        ["Sở Công Thương"],
        [BOARD],
        YEAR_END,
    ),
    (
        "Hỗ trợ kinh tế tập thể",
        "UBND huyện Cao Lộc",
        "UBND huyện Văn Lãng",
        "Năm 2024",
        ["Ủy ban nhân dân huyện Cao Lộc"],
        ["Ủy ban nhân dân huyện Văn Lãng"],
        YEAR_END,
    ),
]


def _rows(order):
    section, *tasks = ROWS
    tasks = tasks if order == "short first" else [tasks[1], tasks[0], *tasks[2:]]
    return [section, *((*row, False) for row in tasks)]


@pytest.fixture
def lang_son(db):
    province, _agencies = create_province("Lạng Sơn", datetime.date(2024, 5, 1))
    return province


@pytest.mark.parametrize("order", ["short first", "full name first"])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_a_body_written_two_ways_is_one_name_on_every_task(lang_son, tmp_path, order, plain, form):
    rows = _rows(order)
    if plain:
        rows = [row if row[0] == SECTION else (*map(office_sheets.spelled(True), row[:4]), *row[4:]) for row in rows]
    if form == "csv":
        path = office_sheets.write_csv(tmp_path / "ke-hoach-5-KH-UBND.csv", HEADER, rows, SECTION)
    else:
        path = office_sheets.write_titled_xlsx(
            tmp_path / "ke-hoach.xlsx",
            ["KẾ HOẠCH", "Phát triển kinh tế cửa khẩu năm 2024"],
            ["STT", *HEADER[2:]],
            rows,
            SECTION,
            cells=lambda row: row[:4],
        )

    preview = build_preview(
        path,
        path.name,
        province=lang_son,
        overrides={"subject": "Phát triển kinh tế cửa khẩu", "issued_on": datetime.date(2024, 5, 1)},
    )
    result = cli_json(preview)

    # a copy without diacritics: the zone's name spelled from the province's places (`Dong Dang` → `Đồng Đăng`)
    board = BOARD
    named = {name for task in result["tasks"] for name in task["leads"] + task["coordinators"] if "Khu kinh tế" in name}
    assert named == {board}
    assert {entry["name"] for entry in result["agencies_to_create"] if "Khu kinh tế" in entry["name"]} == {board}
    assert (result["unmatched_agencies"], result["errors"]) == ([], [])
    if not plain:
        right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(rows, SECTION))
        assert right == total, wrong

    commit_preview(preview)

    assert list(
        Agency.objects.filter(province=lang_son, name__contains="Khu kinh tế").values_list("name", flat=True)
    ) == [board]
    assert Agency.objects.filter(province=lang_son, name__startswith="Ủy ban nhân dân huyện").count() == 2
