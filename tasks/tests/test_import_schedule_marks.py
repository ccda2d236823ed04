"""A plan whose timeframe is a schedule drawn as a grid (Gantt-like): `Thời gian thực hiện` merged over a column per
year (`Năm 2023 | Năm 2024 | Năm 2025`), per quarter under its year, or bare years (`2023 | 2024 | 2025`), each task
marking the periods it runs in (`x`, `X`, `✓`, `•`, `v`).

Before, no deadline was read from the marks, the header's second row was read as a task and the items of a later
section lost its numeral (`1.1` instead of `IV.1.1`). Now the header's rows are read as one, a task runs from the first
marked period's start and is due at the end of the last one, its timeframe text says what was marked; words written in
a timeframe cell win over marks."""

import datetime

import openpyxl
import pytest

from agencies.services import create_province
from agencies.tests.bodies import without_diacritics
from tasks.importing.layout import TIMEFRAME, find_layout
from tasks.importing.reader import Row

from . import office_sheets
from .spreadsheet_formats import as_ods, as_xls

D = datetime.date
TITLES = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"]
# (label, text, lead, coordinator, marks by period column, product)
YEAR_ROWS = [
    ("I", "PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ", "", "", "", ""),
    ("1", "Rà soát quy hoạch các cụm công nghiệp", "Sở Công Thương", "Sở Tài chính", "xx-", "Báo cáo"),
    ("2", "Xây dựng đề án phát triển công nghiệp hỗ trợ", "Sở Tài chính", "Sở Công Thương", "-X✓", "Đề án"),
    ("II", "CẢI CÁCH HÀNH CHÍNH", "", "", "", ""),
    ("1", "Tổng kết cải cách thủ tục hành chính", "Sở Nội vụ", "Sở Tư pháp", "•vx", "Báo cáo"),
    ("2", "Công khai thủ tục hành chính", "Sở Tư pháp", "", "---", "Danh mục"),
    ("IV.", "TỔ CHỨC THỰC HIỆN", "", "", "", ""),
    ("1", "Phổ biến kế hoạch", "Sở Công Thương", "", "x--", ""),
    ("1.1", "Phổ biến đến các doanh nghiệp", "Sở Công Thương", "Sở Tài chính", "x--", ""),
    ("2", "Đánh giá kết quả", "Sở Nội vụ", "", "-x-", ""),
    ("2.1", "Báo cáo kết quả", "Sở Nội vụ", "", "--x", "Báo cáo"),
]
YEARS = (2023, 2024, 2025)
# code -> (lead, coordinators, start, due, timeframe text), the year columns' marks read
YEAR_WANTED = {
    "I.1": ("Sở Công Thương", ["Sở Tài chính"], D(2023, 1, 1), D(2024, 12, 31), "Năm 2023 - 2024"),
    "I.2": ("Sở Tài chính", ["Sở Công Thương"], D(2024, 1, 1), D(2025, 12, 31), "Năm 2024 - 2025"),
    # every year of the plan marked: the plan's span, not `hằng năm`
    "II.1": ("Sở Nội vụ", ["Sở Tư pháp"], D(2023, 1, 1), D(2025, 12, 31), "Năm 2023 - 2025"),
    "II.2": ("Sở Tư pháp", [], None, None, ""),
    "IV.1": ("Sở Công Thương", [], D(2023, 1, 1), D(2023, 12, 31), "Năm 2023"),
    "IV.1.1": ("Sở Công Thương", ["Sở Tài chính"], D(2023, 1, 1), D(2023, 12, 31), "Năm 2023"),
    "IV.2": ("Sở Nội vụ", [], D(2024, 1, 1), D(2024, 12, 31), "Năm 2024"),
    "IV.2.1": ("Sở Nội vụ", [], D(2025, 1, 1), D(2025, 12, 31), "Năm 2025"),
}
# The same plan per quarter of 2023 and 2024: `Năm 2023` over `Quý I … Quý IV`, under `Thời gian thực hiện`.
QUARTER_MARKS = {
    "xx-": "--xx" + "x---",
    "-X✓": "----" + "-X✓-",
    "•vx": "•vxx" + "xxxx",
    "---": "--------",
    "x--": "x---" + "----",
    "-x-": "-x--" + "----",
    "--x": "----" + "---x",
}
QUARTER_WANTED = {
    "I.1": (D(2023, 7, 1), D(2024, 3, 31), "Quý III/2023 - Quý I/2024"),
    "I.2": (D(2024, 4, 1), D(2024, 9, 30), "Quý II/2024 - Quý III/2024"),
    "II.1": (D(2023, 1, 1), D(2024, 12, 31), "Quý I/2023 - Quý IV/2024"),
    "II.2": (None, None, ""),
    "IV.1": (D(2023, 1, 1), D(2023, 3, 31), "Quý I/2023"),
    "IV.1.1": (D(2023, 1, 1), D(2023, 3, 31), "Quý I/2023"),
    "IV.2": (D(2023, 4, 1), D(2023, 6, 30), "Quý II/2023"),
    "IV.2.1": (D(2024, 10, 1), D(2024, 12, 31), "Quý IV/2024"),
}


def _header(kind):
    """The header rows of each kind of schedule, and the merged ranges an office draws over them."""
    if kind == "years":
        first = [*TITLES, "Thời gian thực hiện", None, None, "Sản phẩm"]
        second = [*TITLES, "Năm 2023", "Năm 2024", "Năm 2025", "Sản phẩm"]
        return [first, second], ["E1:G1", *(f"{column}1:{column}2" for column in "ABCDH")]
    if kind == "bare":
        return [[*TITLES, "2023", "2024", "2025", "Sản phẩm"]], []
    first = [*TITLES, "Thời gian thực hiện", *[None] * 7, "Sản phẩm"]
    second = [*TITLES, "Năm 2023", None, None, None, "Năm 2024", None, None, None, "Sản phẩm"]
    third = [*TITLES, *["Quý I", "Quý II", "Quý III", "Quý IV"] * 2, "Sản phẩm"]
    return [first, second, third], ["E1:L1", "E2:H2", "I2:L2", *(f"{column}1:{column}3" for column in "ABCDM")]


def _lines(kind, plain):
    text = office_sheets.spelled(plain)
    header, merges = _header(kind)
    if plain:
        header = [[text(value) if value else value for value in row] for row in header]
    lines = []
    for label, task, lead, coordinator, marks, product in YEAR_ROWS:
        if not lead:
            lines.append([label, text(task)])
            continue
        marks = QUARTER_MARKS[marks] if kind == "quarters" else marks
        cells = [None if mark == "-" else mark for mark in marks]
        lines.append([label, text(task), text(lead), text(coordinator) or None, *cells, text(product) or None])
    return header, merges, lines


def write_xlsx(path, kind, plain, merged=True):
    header, merges, lines = _lines(kind, plain)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in header + lines:
        sheet.append(line)
    for cells in merges if merged else ():
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def write_csv(path, kind, plain):
    """The same grid exported as CSV: no merged cells, each header title written once, above its column."""
    header, _merges, lines = _lines(kind, plain)
    header = [
        header[0],
        *([None if value == header[0][i] else value for i, value in enumerate(row)] for row in header[1:]),
    ]
    return office_sheets.save_csv(path, [[value or "" for value in row] for row in header + lines], "utf-8-sig")


def write(tmp_path, kind, plain, form):
    name = f"ke-hoach-{kind}{'-khong-dau' if plain else ''}"
    if form == "csv":
        return write_csv(tmp_path / f"{name}.csv", kind, plain)
    source = write_xlsx(tmp_path / f"{name}.xlsx", kind, plain)
    copies = {"xlsx": lambda: source, "ods": as_ods, "xls": as_xls}
    return source if form == "xlsx" else copies[form](source, tmp_path / f"{name}.{form}")


@pytest.fixture
def province(db):
    return create_province("Quảng Bình", D(2023, 3, 1))[0]


def _read(result):
    return {task["code"]: task for task in result["tasks"]}


def _wanted(kind):
    if kind != "quarters":
        return YEAR_WANTED
    return {code: (*YEAR_WANTED[code][:2], *QUARTER_WANTED[code]) for code in YEAR_WANTED}


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "ods", "xls", "csv"])
@pytest.mark.parametrize("kind", ["years", "quarters", "bare"])
def test_marked_periods_are_the_tasks_timeframe_and_the_header_rows_no_task(province, tmp_path, kind, form, plain):
    result = office_sheets.preview(write(tmp_path, kind, plain, form), province)

    tasks = _read(result)
    assert set(tasks) == {"I", "II", "IV", *YEAR_WANTED}
    for code, (lead, coordinators, start, due, text) in _wanted(kind).items():
        task = tasks[code]
        assert [without_diacritics(name) for name in task["leads"]] == [without_diacritics(lead)], code
        assert [without_diacritics(name) for name in task["coordinators"]] == [
            without_diacritics(name) for name in coordinators
        ], code
        assert (task["start_date"], task["due_date"]) == (start and start.isoformat(), due and due.isoformat()), code
        assert task["timeframe"] == text, code
        assert task["recurring"] is False, code
        assert task["needs_review"] is False, code
    # no header row read as a task, no row asked about: the unmarked task (II.2) is imported without a due date and,
    # as a task with an empty timeframe cell, with no warning
    assert [problem for problem in result["errors"] + result["warnings"] if problem["row"]] == []


WRITTEN_HEADER = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ thực hiện", None, "Thời hạn hoàn thành"],
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Năm 2024", "Năm 2025", "Thời hạn hoàn thành"],
]
WRITTEN_ROWS = [
    ["1", "Ban hành quy chế phối hợp", "Sở Nội vụ", "Sở Tư pháp", "x", None, "30/6/2024"],
    ["2", "Hoàn thiện cơ sở dữ liệu", "Sở Tài chính", None, "x", "x", "Quý II/2026"],
    ["3", "Triển khai kế hoạch", "Sở Công Thương", None, None, "x", None],
    ["4", "Kiểm tra, giám sát", "Sở Công Thương", None, "x", "x", "Hằng năm"],
]


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_a_written_deadline_wins_over_the_marks(province, tmp_path, form, plain):
    """One rule: words in a timeframe cell win over the periods marked, which are read only when none are written; a
    written deadline outside the marked periods is named for a person to check."""
    text = office_sheets.spelled(plain)
    lines = [[text(value) if value else value for value in line] for line in WRITTEN_HEADER + WRITTEN_ROWS]
    if form == "csv":
        lines[1] = [None if value == lines[0][i] else value for i, value in enumerate(lines[1])]
        path = office_sheets.save_csv(tmp_path / "lich.csv", [[value or "" for value in line] for line in lines])
    else:
        path = office_sheets.save_xlsx(tmp_path / "lich.xlsx", lines)

    result = office_sheets.preview(path, province)

    tasks = _read(result)
    assert {code: (task["due_date"], task["recurring"]) for code, task in tasks.items()} == {
        "1": ("2024-06-30", False),
        "2": ("2026-06-30", False),
        "3": ("2025-12-31", False),
        "4": (None, True),
    }
    assert tasks["3"]["timeframe"] == "Năm 2025"
    assert [
        (problem["row"], problem["column"]) for problem in result["errors"] + result["warnings"] if problem["row"]
    ] == [(4, "G")]
    warning = next(problem["message"] for problem in result["warnings"] if problem["row"] == 4)
    assert text("Quý II/2026") in warning
    assert "Năm 2024 - 2025" in warning


def _rows(*lines):
    return [Row("Sheet", number, tuple(line)) for number, line in enumerate(lines, start=1)]


def test_a_year_under_other_words_is_no_period():
    """`Chỉ tiêu năm 2025` is the target for that year, not a schedule's column; the one-row header stays one row."""
    layout = find_layout(
        _rows(
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Chỉ tiêu năm 2025"],
            ["1", "Phát triển cụm công nghiệp", "Sở Công Thương", "Năm 2025", "05 cụm"],
        )
    )

    assert layout.periods == ()
    assert (layout.header_rows, layout.columns[TIMEFRAME]) == ((1,), 3)


def test_a_task_row_under_a_one_row_header_is_not_a_second_header_row():
    layout = find_layout(
        _rows(
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", None],
            ["1", "Phát triển cụm công nghiệp", "Sở Công Thương", "Năm 2025", "x"],
        )
    )

    assert (layout.header_rows, layout.data_start, layout.periods) == ((1,), 2, ())


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
def test_a_date_typed_in_a_periods_column_is_a_written_deadline_and_a_number_there_nothing(province, tmp_path, plain):
    text = office_sheets.spelled(plain)
    lines = [
        [text(value) for value in ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "2023", "2024", "2025"]],
        ["1", text("Ban hành quy chế"), text("Sở Nội vụ"), "x", D(2024, 9, 30), None],
        ["2", text("Phát triển cụm công nghiệp"), text("Sở Công Thương"), 3, "v", "V"],
    ]
    result = office_sheets.preview(office_sheets.save_xlsx(tmp_path / "lich.xlsx", lines), province)

    tasks = _read(result)
    assert [(task["due_date"], task["timeframe"]) for task in tasks.values()] == [
        ("2024-09-30", "30/09/2024"),
        ("2025-12-31", "Năm 2024 - 2025"),
    ]
    assert [
        (problem["row"], problem["column"]) for problem in result["errors"] + result["warnings"] if problem["row"]
    ] == [(2, "D")]
