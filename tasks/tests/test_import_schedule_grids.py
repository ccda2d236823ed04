"""Schedule grids drawn the other ways offices draw them (issue #12), each read as a clerk reads it:

- a column per month: `Tháng 1 … Tháng 12`, `T1 … T12` or `1 … 12` under `Năm 2024`, or `Tháng 1/2024` in each; a task
  marked in T3–T6 runs 01/03–30/06 of that year;
- a column per half-year: `6 tháng đầu năm | 6 tháng cuối năm` under each year, `I | II` under each year with the words
  above saying they are halves (`Thời gian thực hiện (6 tháng)`), or `6 tháng đầu năm 2024` in each.

Numerals whose kind nothing says (`I | II`, or `1 | 2 | 3 | 4` under a year: halves, quarters or months?) are no
period: the task's timeframe is left to its words. Each grid in .xlsx (merged titles), .ods, .xls and CSV, with and
without diacritics."""

import datetime

import openpyxl
import pytest

from agencies.services import create_province
from tasks.importing.layout import find_layout
from tasks.importing.reader import Row, read_sheets
from tasks.importing.safety import check_file
from tasks.timeframes import Period, is_mark

from . import office_sheets
from .spreadsheet_formats import as_ods, as_xls

D = datetime.date
TITLES = ["STT", "Nhiệm vụ", "Cơ quan chủ trì"]
LEADS = ["Sở Công Thương", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"]


def write_grid(tmp_path, name, header, merges, lines, form, plain):
    """A plan whose header rows are `header` (None under a merged title), merged over `merges` in a workbook, saved as
    `form`; a CSV writes each title once, where the workbook's merged range starts."""
    text = office_sheets.spelled(plain)
    rows = [[text(value) if isinstance(value, str) else value for value in line] for line in header + lines]
    name = f"{name}{'-khong-dau' if plain else ''}"
    if form == "csv":
        cells = [["" if value is None else value for value in row] for row in rows]
        return office_sheets.save_csv(tmp_path / f"{name}.csv", cells, "utf-8-sig")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    source = tmp_path / f"{name}.xlsx"
    workbook.save(source)
    copies = {"ods": as_ods, "xls": as_xls}
    return source if form == "xlsx" else copies[form](source, tmp_path / f"{name}.{form}")


@pytest.fixture
def province(db):
    return create_province("Bắc Ninh", D(2024, 2, 1))[0]


def _task_lines(marks_by_row, width):
    """Task rows marking the period columns listed (0-based among `width` period columns) with `x`."""
    lines = []
    for number, (lead, marked) in enumerate(zip(LEADS, marks_by_row, strict=True), start=1):
        cells = ["x" if index in marked else None for index in range(width)]
        lines.append([str(number), f"Nhiệm vụ số {number} của kế hoạch", lead, *cells])
    return lines


def _timeframes(result):
    tasks = {task["code"]: task for task in result["tasks"]}
    return {
        code: (task["start_date"], task["due_date"], task["timeframe"], task["recurring"], task["needs_review"])
        for code, task in tasks.items()
    }


def _row_problems(result):
    return [problem for problem in result["errors"] + result["warnings"] if problem["row"]]


MONTH_NAMES = {
    "words": [f"Tháng {month}" for month in range(1, 13)],
    "short": [f"T{month}" for month in range(1, 13)],
    "numbers": list(range(1, 13)),
    "padded": [f"Th{month:02d}" for month in range(1, 13)],
}
# rows: T3–T6; T12; T1, T2 and T11; every month of the year
MONTH_MARKS = [{2, 3, 4, 5}, {11}, {0, 1, 10}, set(range(12))]
MONTH_WANTED = {
    "1": ("2024-03-01", "2024-06-30", "Tháng 3 - 6/2024", False, False),
    "2": ("2024-12-01", "2024-12-31", "Tháng 12/2024", False, False),
    "3": ("2024-01-01", "2024-11-30", "Tháng 1 - 2/2024, Tháng 11/2024", False, False),
    # every month of the plan's year marked: the year it runs in, not `hằng tháng`
    "4": ("2024-01-01", "2024-12-31", "Tháng 1 - 12/2024", False, False),
}


def _month_header(kind):
    if kind == "each":
        first = [*TITLES, "Thời gian thực hiện", *[None] * 11]
        second = [None, None, None, *[f"Tháng {month}/2024" for month in range(1, 13)]]
        return [first, second], ["D1:O1", "A1:A2", "B1:B2", "C1:C2"]
    first = [*TITLES, "Thời gian thực hiện", *[None] * 11]
    second = [None, None, None, "Năm 2024", *[None] * 11]
    third = [None, None, None, *MONTH_NAMES[kind]]
    return [first, second, third], ["D1:O1", "D2:O2", "A1:A3", "B1:B3", "C1:C3"]


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "ods", "xls", "csv"])
@pytest.mark.parametrize("kind", ["words", "short", "numbers", "padded", "each"])
def test_month_columns_give_the_months_marked(province, tmp_path, kind, form, plain):
    header, merges = _month_header(kind)
    path = write_grid(tmp_path, f"thang-{kind}", header, merges, _task_lines(MONTH_MARKS, 12), form, plain)

    result = office_sheets.preview(path, province)

    assert _timeframes(result) == MONTH_WANTED
    assert _row_problems(result) == []


HALF_MARKS = [{0}, {1, 2}, set(), {3}]
HALF_WANTED = {
    "1": ("2024-01-01", "2024-06-30", "6 tháng đầu năm 2024", False, False),
    "2": ("2024-07-01", "2025-06-30", "6 tháng cuối năm 2024 - 6 tháng đầu năm 2025", False, False),
    "3": (None, None, "", False, False),
    "4": ("2025-07-01", "2025-12-31", "6 tháng cuối năm 2025", False, False),
}


def _half_header(kind):
    if kind == "each":
        first = [*TITLES, "Thời gian thực hiện", None, None, None]
        second = [
            None,
            None,
            None,
            *(f"6 tháng {part} năm {year}" for year in (2024, 2025) for part in ("đầu", "cuối")),
        ]
        return [first, second], ["D1:G1", "A1:A2", "B1:B2", "C1:C2"]
    title = "Thời gian thực hiện" if kind == "words" else "Thời gian thực hiện (6 tháng)"
    halves = ["6 tháng đầu năm", "6 tháng cuối năm"] if kind == "words" else ["I", "II"]
    first = [*TITLES, title, None, None, None]
    second = [None, None, None, "Năm 2024", None, "Năm 2025", None]
    third = [None, None, None, *halves, *halves]
    return [first, second, third], ["D1:G1", "D2:E2", "F2:G2", "A1:A3", "B1:B3", "C1:C3"]


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "ods", "xls", "csv"])
@pytest.mark.parametrize("kind", ["words", "numerals", "each"])
def test_half_year_columns_give_the_halves_marked(province, tmp_path, kind, form, plain):
    header, merges = _half_header(kind)
    path = write_grid(tmp_path, f"nua-nam-{kind}", header, merges, _task_lines(HALF_MARKS, 4), form, plain)

    result = office_sheets.preview(path, province)

    # the timeframe text says what was marked in the portal's words, with diacritics, whatever the sheet's spelling
    assert _timeframes(result) == HALF_WANTED
    assert _row_problems(result) == []


def _rows(*lines):
    return [Row("Sheet", number, tuple(line)) for number, line in enumerate(lines, start=1)]


@pytest.mark.parametrize(
    "numerals",
    [["I", "II"], ["1", "2", "3", "4"], [1, 2, 3, 4], ["I", "II", "III", "IV"]],
    ids=["two-romans", "four-numbers", "four-typed-numbers", "four-romans"],
)
def test_numerals_under_a_year_that_nothing_names_are_no_period(numerals):
    """`I | II` under `Năm 2024` may be halves or quarters, `1 | 2 | 3 | 4` quarters or months: not guessed."""
    width = len(numerals)
    layout = find_layout(
        _rows(
            [*TITLES, "Thời gian thực hiện", *[None] * (width - 1)],
            [None, None, None, "Năm 2024", *[None] * (width - 1)],
            [None, None, None, *numerals],
            ["1", "Rà soát quy hoạch", "Sở Công Thương", "x"],
        )
    )

    assert layout.periods == ()


@pytest.mark.parametrize(
    ("above", "numerals", "periods"),
    [
        ("Thời gian thực hiện theo quý", ["I", "II", "III", "IV"], [Period(2024, q) for q in (1, 2, 3, 4)]),
        ("Tiến độ thực hiện (quý)", ["1", "2", "3", "4"], [Period(2024, q) for q in (1, 2, 3, 4)]),
        ("Thoi gian thuc hien (nua nam)", ["I", "II"], [Period(2024, half=1), Period(2024, half=2)]),
        ("Thời gian thực hiện theo tháng", ["1", "2", "3"], [Period(2024, month=m) for m in (1, 2, 3)]),
    ],
)
def test_numerals_under_a_year_are_what_the_words_above_them_count(above, numerals, periods):
    width = len(numerals)
    layout = find_layout(
        _rows(
            [*TITLES, above, *[None] * (width - 1)],
            [None, None, None, "Năm 2024", *[None] * (width - 1)],
            [None, None, None, *numerals],
            ["1", "Rà soát quy hoạch", "Sở Công Thương", "x"],
        )
    )

    assert [period for _index, period in layout.periods] == periods


def _merged_grid():
    """A grid over 2023–2026 whose marks are merged across the years a task runs in, as offices draw a Gantt bar: one
    `x` over 2023–2025; one over 2025–2026; a `✓` merged over two tasks' rows and two years; a bar in the task's last
    years beside a mark of its own; a merged cell of words (no mark), which is the task's written timeframe."""
    header = [
        [*TITLES, "Thời gian thực hiện", None, None, None, "Ghi chú"],
        [None, None, None, "Năm 2023", "Năm 2024", "Năm 2025", "Năm 2026", None],
    ]
    lines = [
        ["1", "Xây dựng cơ sở dữ liệu ngành", LEADS[0], "x", None, None, None, None],
        ["2", "Số hóa hồ sơ lưu trữ", LEADS[1], None, None, "x", None, None],
        ["3", "Đào tạo cán bộ chuyên trách", LEADS[2], None, "✓", None, None, None],
        ["4", "Tập huấn cán bộ cấp xã", LEADS[3], None, None, None, None, None],
        ["5", "Kiểm tra việc thực hiện", LEADS[0], "x", "x", None, None, None],
        ["6", "Tổng kết kế hoạch", LEADS[1], "Quý III/2025", None, None, None, None],
    ]
    merges = ["D1:G1", "A1:A2", "B1:B2", "C1:C2", "H1:H2", "D3:F3", "F4:G4", "E5:F6", "E7:G7", "D8:F8"]
    return header, merges, lines


MERGED_WANTED = {
    "1": ("2023-01-01", "2025-12-31", "Năm 2023 - 2025", False, False),
    "2": ("2025-01-01", "2026-12-31", "Năm 2025 - 2026", False, False),
    "3": ("2024-01-01", "2025-12-31", "Năm 2024 - 2025", False, False),
    "4": ("2024-01-01", "2025-12-31", "Năm 2024 - 2025", False, False),
    "5": ("2023-01-01", "2026-12-31", "Năm 2023 - 2026", False, False),
    "6": (None, "2025-09-30", "Quý III/2025", False, False),
}


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "ods", "xls"])
def test_a_mark_merged_across_periods_marks_every_period_it_spans(province, tmp_path, form, plain):
    header, merges, lines = _merged_grid()
    path = write_grid(tmp_path, "thanh-gantt", header, merges, lines, form, plain)

    result = office_sheets.preview(path, province)

    wanted = dict(MERGED_WANTED)
    if plain:
        wanted["6"] = (None, "2025-09-30", "Quy III/2025", False, False)
    assert _timeframes(result) == wanted
    assert _row_problems(result) == []


def test_the_reader_gives_a_merged_range_in_its_first_column_and_its_span_on_each_row(tmp_path):
    """What each workbook reader gives for merged cells: the value in the range's first cell, nothing in the others
    (a range taller than a row repeated down its first column), and the columns it spans on every row it crosses."""
    header, merges, lines = _merged_grid()
    for form in ("xlsx", "ods", "xls"):
        path = write_grid(tmp_path, "doc-o-gop", header, merges, lines, form, False)
        checked = check_file(path, path.name)
        rows = {row.number: row for sheet in read_sheets(path, checked) for row in sheet.rows}
        assert rows[3].cells[3:] == ("x",), form
        assert rows[3].spans == ((3, 5),), form
        assert (rows[5].cells[4:], rows[6].cells[4:]) == (("✓",), ("✓",)), form
        assert rows[5].spans == rows[6].spans == ((4, 5),), form
        assert rows[4].spans == ((5, 6),), form
        assert (rows[1].spans, rows[2].spans) == (((3, 6),), ()), form


WORDS_HEADER = [
    [*TITLES, "Thời gian thực hiện", None, "Sản phẩm"],
    [None, None, None, "Năm 2024", "Năm 2025", None],
]
WORDS_MERGES = ["D1:E1", "A1:A2", "B1:B2", "C1:C2", "F1:F2"]
# (text typed under 2024, under 2025) -> (start, due, timeframe text)
WORDS_ROWS = [
    (("Quý III", None), (None, "2024-09-30", "Quý III năm 2024")),
    ((None, "Tháng 9"), (None, "2025-09-30", "Tháng 9 năm 2025")),
    (("6 tháng đầu", None), ("2024-01-01", "2024-06-30", "6 tháng đầu năm 2024")),
    ((None, "Quý III, IV"), ("2025-07-01", "2025-12-31", "Quý III, IV năm 2025")),
    ((None, "Nửa cuối năm"), ("2025-07-01", "2025-12-31", "Nửa cuối năm 2025")),
    (("Cuối năm", None), (None, "2024-12-31", "Cuối năm 2024")),
    (("Tháng 3 - 6", None), ("2024-03-01", "2024-06-30", "Tháng 3 - 6 năm 2024")),
]


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "ods", "csv"])
def test_a_part_of_a_year_written_in_its_column_is_read_in_that_year(province, tmp_path, form, plain):
    """`Quý III` typed under `Năm 2024` instead of a mark: the task runs in that part of 2024, due at its end; the
    words are the task's timeframe, with the year they were written under."""
    lines = [
        [str(number), f"Nhiệm vụ số {number}", LEADS[number % len(LEADS)], *typed, "Báo cáo"]
        for number, (typed, _want) in enumerate(WORDS_ROWS, start=1)
    ]
    path = write_grid(tmp_path, "chu-trong-cot-nam", WORDS_HEADER, WORDS_MERGES, lines, form, plain)

    result = office_sheets.preview(path, province)

    text = office_sheets.spelled(plain)
    year_word = "nam" if plain else "năm"
    assert _timeframes(result) == {
        str(number): (start, due, text(words).replace("năm", year_word), False, False)
        for number, (_typed, (start, due, words)) in enumerate(WORDS_ROWS, start=1)
    }
    assert _row_problems(result) == []


def test_words_that_name_no_part_of_a_year_are_left_as_written(province, tmp_path):
    """Never guessed: `Hoàn thành` under `Năm 2024` names no deadline, so the task keeps its words, for a person to
    read; a date of its own is read as written."""
    lines = [
        ["1", "Nhiệm vụ một", LEADS[0], "Hoàn thành", None, None],
        ["2", "Nhiệm vụ hai", LEADS[1], None, "Tháng 9/2026", None],
    ]
    path = write_grid(tmp_path, "chu-khac", WORDS_HEADER, WORDS_MERGES, lines, "xlsx", False)

    result = office_sheets.preview(path, province)

    timeframes = _timeframes(result)
    assert timeframes["1"][:3] == (None, None, "Hoàn thành")
    assert timeframes["1"][4] is True
    assert timeframes["2"] == (None, "2026-09-30", "Tháng 9/2026", False, False)
    assert [(problem["row"], problem["column"]) for problem in _row_problems(result)] == [(3, "D")]


MARKS_HEADER = [
    [*TITLES, "Thời gian thực hiện", None, None, "Chỉ tiêu năm 2025"],
    [None, None, None, "Năm 2023", "Năm 2024", "Năm 2025", None],
]
MARKS_MERGES = ["D1:F1", "A1:A2", "B1:B2", "C1:C2", "G1:G2"]
# (cells under 2023, 2024, 2025, target) -> (start, due, timeframe text)
MARKS_ROWS = [
    ((" X ", "X  ", None, None), ("2023-01-01", "2024-12-31", "Năm 2023 - 2024")),
    ((None, "+", "+", 2), ("2024-01-01", "2025-12-31", "Năm 2024 - 2025")),
    (("*", None, None, None), ("2023-01-01", "2023-12-31", "Năm 2023")),
    ((None, "●", "■", None), ("2024-01-01", "2025-12-31", "Năm 2024 - 2025")),
    (("√", "√", "√", 1), ("2023-01-01", "2025-12-31", "Năm 2023 - 2025")),
    # a grid ticked with 1s: marks; the target column's 1 beside it is no period
    ((1, 1, None, 1), ("2023-01-01", "2024-12-31", "Năm 2023 - 2024")),
    ((1, None, 1, None), ("2023-01-01", "2025-12-31", "Năm 2023, Năm 2025")),
    # figures in the periods' cells: quantities, no mark, no words
    ((1, 2, 3, None), (None, None, "")),
    ((5, None, 1, 6), (None, None, "")),
]


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "xls", "csv"])
def test_the_marks_offices_tick_a_grid_with(province, tmp_path, form, plain):
    lines = [
        [str(number), f"Nhiệm vụ số {number}", LEADS[number % len(LEADS)], *cells]
        for number, (cells, _want) in enumerate(MARKS_ROWS, start=1)
    ]
    path = write_grid(tmp_path, "dau-danh", MARKS_HEADER, MARKS_MERGES, lines, form, plain)

    result = office_sheets.preview(path, province)

    assert _timeframes(result) == {
        str(number): (*want, False, False) for number, (_cells, want) in enumerate(MARKS_ROWS, start=1)
    }
    assert _row_problems(result) == []


@pytest.mark.parametrize(
    ("value", "numbers", "mark"),
    [
        ("x", (), True),
        (" X ", (), True),
        ("+", (), True),
        ("√", (), True),
        ("■", (), True),
        (True, (), True),
        (False, (), False),
        ("-", (), False),
        ("☐", (), False),
        ("o", (), False),
        (1, (1, 1), True),
        ("1", (1,), True),
        (1, (1, 2), False),
        (2, (2,), False),
        ("2024", (), False),
        ("Quý III", (), False),
    ],
)
def test_is_mark(value, numbers, mark):
    assert is_mark(value, numbers) is mark


# A plan's task table whose ordinary titles are merged down both header rows and whose years, beside them, are merged
# across their parts (`Năm 2026` over `Quý I … Quý IV`, `Năm 2027` over the next four), under the plan's title rows and
# an empty row, as offices lay a sheet out. Before, the empty row was taken with the header's first row for a two-row
# header, so the parts' row was read as a task and only the first column of each year as its period.
BESIDE_TITLES = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn hoàn thành"]
BESIDE_ABOVE = [["KẾ HOẠCH"], ["Triển khai chuyển đổi số giai đoạn 2026 - 2027"], []]
BESIDE_YEARS = (2026, 2027)
# kind -> (the parts of a year, how each year is written, rows' marks among the parts of both years, wanted timeframes)
BESIDE_GRIDS = {
    "quarters": (
        ["Quý I", "Quý II", "Quý III", "Quý IV"],
        "Năm {}",
        [{1, 2}, {0, 1}, {3, 4}],
        [
            ("2026-04-01", "2026-09-30", "Quý II/2026 - Quý III/2026"),
            ("2026-01-01", "2026-06-30", "Quý I/2026 - Quý II/2026"),
            ("2026-10-01", "2027-03-31", "Quý IV/2026 - Quý I/2027"),
        ],
    ),
    "months": (
        [f"Tháng {month}" for month in range(1, 13)],
        "{}",
        [{2, 3, 4, 5}, {11}, {13, 14}],
        [
            ("2026-03-01", "2026-06-30", "Tháng 3 - 6/2026"),
            ("2026-12-01", "2026-12-31", "Tháng 12/2026"),
            ("2027-02-01", "2027-03-31", "Tháng 2 - 3/2027"),
        ],
    ),
    "short-months": (
        [f"T{month}" for month in range(1, 13)],
        "Năm {}",
        [{0}, {6, 7, 8}, {23}],
        [
            ("2026-01-01", "2026-01-31", "Tháng 1/2026"),
            ("2026-07-01", "2026-09-30", "Tháng 7 - 9/2026"),
            ("2027-12-01", "2027-12-31", "Tháng 12/2027"),
        ],
    ),
    "halves": (
        ["6 tháng đầu năm", "6 tháng cuối năm"],
        "Năm {}",
        [{0}, {1, 2}, {3}],
        [
            ("2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"),
            ("2026-07-01", "2027-06-30", "6 tháng cuối năm 2026 - 6 tháng đầu năm 2027"),
            ("2027-07-01", "2027-12-31", "6 tháng cuối năm 2027"),
        ],
    ),
}


def _beside_grid(kind, merged_years=True):
    """The header rows, merged ranges and task rows of a BESIDE_GRIDS plan; its fourth task marks the first part and
    has words in the timeframe column naming another, which win."""
    parts, year_format, marks, _wanted = BESIDE_GRIDS[kind]
    width = len(parts) * len(BESIDE_YEARS)
    first = [*BESIDE_TITLES]
    for year in BESIDE_YEARS:
        first += [year_format.format(year), *[None] * (len(parts) - 1)]
    first.append("Ghi chú")
    second = [None] * len(BESIDE_TITLES) + parts * len(BESIDE_YEARS) + [None]
    last = openpyxl.utils.get_column_letter(len(first))
    merges = [f"{letter}{len(BESIDE_ABOVE) + 1}:{letter}{len(BESIDE_ABOVE) + 2}" for letter in ("A", "B", "C", "D")]
    merges += [f"{letter}{len(BESIDE_ABOVE) + 1}:{letter}{len(BESIDE_ABOVE) + 2}" for letter in ("E", "F", last)]
    if merged_years:
        for number in range(len(BESIDE_YEARS)):
            start = len(BESIDE_TITLES) + 1 + number * len(parts)
            letters = [openpyxl.utils.get_column_letter(column) for column in (start, start + len(parts) - 1)]
            merges.append(f"{letters[0]}{len(BESIDE_ABOVE) + 1}:{letters[1]}{len(BESIDE_ABOVE) + 1}")
    lines = []
    for number, (lead, marked) in enumerate(zip(LEADS, [*marks, {0}], strict=True), start=1):
        words = "Quý IV/2027" if number == len(LEADS) else None
        cells = ["x" if index in marked else None for index in range(width)]
        lines.append([str(number), f"Nhiệm vụ số {number} của kế hoạch", lead, None, "Báo cáo", words, *cells, None])
    return [*BESIDE_ABOVE, first, second], merges, lines


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "xlsx-unmerged", "ods", "xls", "csv"])
@pytest.mark.parametrize("kind", list(BESIDE_GRIDS))
def test_years_beside_the_titles_over_their_parts(province, tmp_path, kind, form, plain):
    """`Năm 2026` merged over `Quý I … Quý IV` in the header's first row beside titles merged down both rows: the parts'
    row is the header's, each column is a part of the year above it, a task is due at the end of the last part it
    marks, and words in the timeframe column win. The years written over their first column only (`xlsx-unmerged`, a
    CSV) read the same."""
    header, merges, lines = _beside_grid(kind, merged_years=form != "xlsx-unmerged")
    path = write_grid(tmp_path, f"nam-ben-{kind}", header, merges, lines, form.split("-")[0], plain)

    result = office_sheets.preview(path, province)

    _parts, _year_format, _marks, wanted = BESIDE_GRIDS[kind]
    written = office_sheets.spelled(plain)("Quý IV/2027")
    assert _timeframes(result) == {
        **{str(number): (*want, False, False) for number, want in enumerate(wanted, start=1)},
        "4": (None, "2027-12-31", written, False, False),
    }
    # the header's rows are no task; the words that win are named beside the part marked, for a person to check
    assert [(problem["row"], problem["column"]) for problem in _row_problems(result)] == [(9, "F")]


@pytest.mark.parametrize(
    "above",
    [[], [[]], [["KẾ HOẠCH"], []], [[None] * 14 + ["Biểu số 01"]], [["Đơn vị tính: triệu đồng"], [None]]],
    ids=["nothing", "empty-row", "title-and-empty-row", "form-number", "unit-and-empty-row"],
)
@pytest.mark.parametrize("year", ["Năm {}", "Nam {}", "{}"])
def test_a_row_over_the_header_that_names_nothing_more_is_none_of_it(above, year):
    """Whatever stands over a header naming nothing it does not name (an empty row, a form's number, the unit) is no
    header row of it, so the header's own second row (`Quý I … Quý IV` under `Năm 2026`) is not read as a task."""
    quarters = ["Quý I", "Quý II", "Quý III", "Quý IV"]
    titles = BESIDE_TITLES
    layout = find_layout(
        _rows(
            *above,
            [*titles, year.format(2026), None, None, None, year.format(2027), None, None, None, "Ghi chú"],
            [*titles, *quarters, *quarters, "Ghi chú"],
            ["1", "Nhiệm vụ số 1", "Sở Tài chính", None, None, None, None, "x", "x"],
        )
    )

    assert layout.header_rows == (len(above) + 1, len(above) + 2)
    assert [period for _index, period in layout.periods] == [
        Period(year, quarter) for year in (2026, 2027) for quarter in (1, 2, 3, 4)
    ]


# A grid of two years over their parts whose cells hold words naming the part instead of an `x` (`Quý II` typed in the
# 2028 `Quý II` column): each is read in its column's year, due at that part's end; a numeral or a month's short name
# is read as its column counts (`IV` in a quarter's column, `T9` in a month's); words naming another part than the
# column's (`Quý III` typed in a `Quý II` column) are read as typed, in the column's year, and named in a warning.
PART_WORD_YEARS = (2027, 2028)
# kind -> (the parts of a year, rows: ({column among both years' parts: typed}, wanted start, due, text, flagged));
# the text wanted is the typed words with the column's year, or (a numeral, a short name) the portal's words
PART_WORD_GRIDS = {
    "quarters": (
        ["Quý I", "Quý II", "Quý III", "Quý IV"],
        [
            ({5: "Quý II"}, None, "2028-06-30", None, False),
            ({1: "Q2"}, None, "2027-06-30", None, False),
            ({2: "quý 3"}, None, "2027-09-30", None, False),
            ({7: "IV"}, None, "2028-12-31", "Quý IV/2028", False),
            ({1: "Quý III"}, None, "2027-09-30", None, True),
            ({0: "x", 1: "Quý II"}, None, "2027-06-30", None, False),
            ({4: "Cuối năm"}, None, "2028-12-31", None, True),
        ],
    ),
    "months": (
        [f"Tháng {month}" for month in range(1, 13)],
        [
            ({17: "Tháng 6"}, None, "2028-06-30", None, False),
            ({8: "T9"}, None, "2027-09-30", "Tháng 9/2027", False),
            ({9: "Tháng 11"}, None, "2027-11-30", None, True),
            ({23: "tháng 12"}, None, "2028-12-31", None, False),
        ],
    ),
    "halves": (
        ["6 tháng đầu năm", "6 tháng cuối năm"],
        [
            ({2: "6 tháng đầu"}, "2028-01-01", "2028-06-30", None, False),
            ({1: "II"}, "2027-07-01", "2027-12-31", "6 tháng cuối năm 2027", False),
            ({0: "Nửa cuối năm"}, "2027-07-01", "2027-12-31", None, True),
        ],
    ),
}


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("form", ["xlsx", "ods", "xls", "csv"])
@pytest.mark.parametrize("kind", list(PART_WORD_GRIDS))
def test_words_naming_a_part_typed_in_its_column_are_read_in_its_year(province, tmp_path, kind, form, plain):
    parts, rows = PART_WORD_GRIDS[kind]
    titles = ["TT", "Nội dung", "Chủ trì", "Phối hợp"]
    width = len(parts) * len(PART_WORD_YEARS)
    first = [*titles]
    for year in PART_WORD_YEARS:
        first += [f"Năm {year}", *[None] * (len(parts) - 1)]
    header = [first, [None] * len(titles) + parts * len(PART_WORD_YEARS)]
    merges = [f"{letter}1:{letter}2" for letter in "ABCD"]
    for number in range(len(PART_WORD_YEARS)):
        start = len(titles) + 1 + number * len(parts)
        merges.append(
            f"{openpyxl.utils.get_column_letter(start)}1:{openpyxl.utils.get_column_letter(start + len(parts) - 1)}1"
        )
    lines = []
    for number, (typed, *_want) in enumerate(rows, start=1):
        cells = [typed.get(index) for index in range(width)]
        lines.append([str(number), f"Xây dựng đề án số {number}", LEADS[number % 4], LEADS[(number + 1) % 4], *cells])
    path = write_grid(tmp_path, f"chu-trong-o-{kind}", header, merges, lines, form, plain)

    result = office_sheets.preview(path, province)

    text = office_sheets.spelled(plain)
    wanted = {}
    for number, (typed, start, due, label, _flagged) in enumerate(rows, start=1):
        words = text([value for value in typed.values() if value != "x"][0])
        year = int(due[:4])
        if label is None:
            year_word = "nam" if words.isascii() else "năm"
            label = f"{words} {year}" if words.endswith(("năm", "nam")) else f"{words} {year_word} {year}"
        wanted[str(number)] = (start, due, label, False, False)
    assert _timeframes(result) == wanted
    # a part typed in another part's column is named for a person, as any deadline written outside the periods marked
    flagged = [number + 2 for number, (*_row, flagged) in enumerate(rows, start=1) if flagged]
    assert [problem["row"] for problem in _row_problems(result)] == flagged
    assert all("nằm ngoài các kỳ được đánh dấu" in problem["message"] for problem in _row_problems(result))


def test_words_in_a_parts_column_that_name_no_part_are_left_as_written(province, tmp_path):
    """`Hoàn thành` in a quarter's column, or `II` under a year that nothing divides, is no part of a year: never
    guessed, the task keeps its words for a person; a deadline with its own year is read as written."""
    header = [
        ["TT", "Nội dung", "Chủ trì", "Năm 2027", None, None, None, "Năm 2028"],
        [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2"]
    lines = [
        ["1", "Nhiệm vụ một", LEADS[0], None, "Hoàn thành", None, None, None],
        ["2", "Nhiệm vụ hai", LEADS[1], None, None, None, None, "II"],
        ["3", "Nhiệm vụ ba", LEADS[2], None, None, "30/9/2027", None, None],
    ]
    path = write_grid(tmp_path, "chu-khac-quy", header, merges, lines, "xlsx", False)

    result = office_sheets.preview(path, province)

    timeframes = _timeframes(result)
    assert timeframes["1"][:3] == (None, None, "Hoàn thành")
    assert timeframes["2"][:3] == (None, None, "II")
    assert timeframes["3"][1:3] == ("2027-09-30", "30/9/2027")
