"""The table shapes the held-out measure of issue #12 still read wrong, typed anew: a workbook whose later sheets hold
a summary (counts per agency, statistics) and a second real task sheet; the header repeated in the middle of the table
(a page break, a second table pasted under the first, all its titles or only the main ones); lettered groups (`A.`,
`B.`, `C.`) under a roman section, numbered through the section or again from 1 in each group, and lettered divisions
above the roman sections; deadlines written as systems export a date (`2026-10-15`, `2026/12/20`, `30-06-2026`,
`2027-03-31 00:00:00`) beside a real date cell. In .xlsx, .xls, .ods and CSV, with and without diacritics."""

import csv
import datetime

import openpyxl
import pytest

from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import ProvinceFactory
from tasks.importing.preview import build_preview, cli_json
from tasks.models import TaskKind

from .import_workbooks import create_agencies
from .spreadsheet_formats import as_ods, as_xls

pytestmark = pytest.mark.usefixtures("english")

TITLE = [["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"], ["Số: 45/KH-UBND"], ["KẾ HOẠCH Phát triển công nghiệp hỗ trợ năm 2026"]]
HEADER = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
SCT, STC, SXD = "Sở Công Thương", "Sở Tài chính", "Sở Xây dựng"
SKHDT, STNMT, SKHCN = "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Khoa học và Công nghệ"
D = datetime.date
GROUP = "group"

# (label, text, lead, coordinator, timeframe cell, due date); (GROUP, letter, title) a lettered group; a list: a row
# written as it stands (the header again). `number` is the item's number under each lettering.
SECTION_I = [
    ("I", "CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ", "", "", "", None),
    (1, "Rà soát cơ chế hỗ trợ doanh nghiệp công nghiệp hỗ trợ", SCT, STC, "2026-10-15", D(2026, 10, 15)),
    (2, "Xây dựng cơ sở dữ liệu doanh nghiệp công nghiệp hỗ trợ", SKHCN, "", "30-06-2026", D(2026, 6, 30)),
    HEADER,  # a page break in the office's file
    (3, "Công bố danh mục sản phẩm công nghiệp hỗ trợ ưu tiên", SCT, SKHDT, "Trước 2026/12/20", D(2026, 12, 20)),
]


def section_ii(restarted):
    """Section II's rows, its items numbered through the section (1-6) or again from 1 under each letter."""
    numbers = [1, 2, 1, 1, 2, 1] if restarted else [1, 2, 3, 4, 5, 6]
    return [
        ("II", "PHÁT TRIỂN CÁC NGÀNH CÔNG NGHIỆP HỖ TRỢ", "", "", "", None),
        (GROUP, "A.", "Cơ khí chế tạo"),
        (numbers[0], "Hỗ trợ doanh nghiệp cơ khí đổi mới công nghệ", SCT, "", "Quý III/2026", D(2026, 9, 30)),
        (numbers[1], "Thu hút dự án sản xuất linh kiện", SKHDT, SCT, "2027-03-31 00:00:00", D(2027, 3, 31)),
        HEADER[:3],  # a second table pasted under the first, only its main titles
        (GROUP, "B.", "Điện tử, công nghệ thông tin"),
        (numbers[2], "Quy hoạch khu công nghiệp điện tử", SXD, STNMT, "năm 2026", D(2026, 12, 31)),
        (GROUP, "C.", "Chế biến nông sản"),
        (numbers[3], "Đánh giá vùng nguyên liệu nông sản", STNMT, "", "15/11/2026", D(2026, 11, 15)),
        (
            numbers[4],
            "Kết nối doanh nghiệp chế biến với hợp tác xã",
            SCT,
            "",
            datetime.datetime(2026, 9, 30),
            D(2026, 9, 30),
        ),
        (GROUP, "D.", "Lĩnh vực khác"),
        (numbers[5], "Tổng kết, đánh giá kết quả thực hiện", STC, "", "năm 2027", D(2027, 12, 31)),
    ]


SECOND_SHEET = [  # a real second task sheet: imported as now
    HEADER,
    ("III", "TỔ CHỨC THỰC HIỆN", "", "", "", None),
    (1, "Theo dõi, đôn đốc thực hiện kế hoạch", SCT, "", "năm 2027", D(2027, 12, 31)),
]
SUMMARIES = {
    "Tổng hợp": [  # counts per agency
        ["TỔNG HỢP SỐ NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ"],
        ["STT", "Cơ quan chủ trì", "Số nhiệm vụ", "Ghi chú"],
        [1, SCT, 4, ""],
        [2, SKHDT, 1, ""],
        [3, STC, 1, "Năm 2027"],
        ["", "Tổng cộng", 6, ""],
    ],
    "Thống kê": [  # statistics
        ["STT", "Đơn vị", "Tổng số nhiệm vụ", "Đã hoàn thành", "Đang thực hiện"],
        [1, SCT, 4, 1, 3],
        [2, SXD, 1, 0, 1],
    ],
    "Số lượng": [["TT", "Đơn vị thực hiện", "Số lượng nhiệm vụ", "Tỷ lệ (%)"], [1, SCT, 4, 50]],
    "Theo dõi": [  # figures under titles that read as the tasks' own
        ["STT", "Cơ quan chủ trì", "Nhiệm vụ được giao", "Đã hoàn thành"],
        ["(1)", "(2)", "(3)", "(4)"],
        [1, SCT, 4, 1],
        [2, SKHDT, "1", "0"],
        [3, STC, "1", "50%"],
    ],
}


def expected(restarted):
    """{code: (leads, due date)} of every task and heading, in the order the file gives them."""
    codes = {"I": ([], None), "I.1": ([SCT], D(2026, 10, 15)), "I.2": ([SKHCN], D(2026, 6, 30))}
    codes["I.3"] = ([SCT], D(2026, 12, 20))
    codes["II"] = ([], None)
    items = [
        ("A", [SCT], D(2026, 9, 30)),
        ("A", [SKHDT], D(2027, 3, 31)),
        ("B", [SXD], D(2026, 12, 31)),
        ("C", [STNMT], D(2026, 11, 15)),
        ("C", [SCT], D(2026, 9, 30)),
        ("D", [STC], D(2027, 12, 31)),
    ]
    numbers = [1, 2, 1, 1, 2, 1] if restarted else [1, 2, 3, 4, 5, 6]
    for (letter, leads, due), number in zip(items, numbers, strict=True):
        codes.setdefault(f"II.{letter}", ([], None))
        codes[f"II.{letter}.{number}" if restarted else f"II.{number}"] = (leads, due)
    codes["III"], codes["III.1"] = ([], None), ([SCT], D(2027, 12, 31))
    return codes


def _cells(entry, plain):
    spell = without_diacritics if plain else (lambda value: value)
    if isinstance(entry, list):
        return [spell(value) for value in entry]
    if entry[0] == GROUP:
        return [spell(entry[1]), spell(entry[2])]
    label, text, lead, coordinator, timeframe, _due = entry
    return [label, spell(text), spell(lead) or None, spell(coordinator) or None, spell(timeframe) or None]


def write_xlsx(path, *, plain=False, restarted=False, summaries=True):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Danh mục nhiệm vụ"
    for entry in [*TITLE, HEADER, *SECTION_I, *section_ii(restarted)]:
        sheet.append(_cells(entry, plain))
    second = workbook.create_sheet("Nhiệm vụ 2027")
    for entry in SECOND_SHEET:
        second.append(_cells(entry, plain))
    for name, rows in SUMMARIES.items() if summaries else ():
        summary = workbook.create_sheet(name)
        for row in rows:
            summary.append(_cells(row, plain))
    workbook.save(path)
    return path


def write_csv(path, *, plain=False, restarted=False):
    """The task sheet as a CSV export writes it: its dates year first, the second sheet's rows under the first's."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for entry in [*TITLE, HEADER, *SECTION_I, *section_ii(restarted), *SECOND_SHEET]:
            cells = _cells(entry, plain)
            writer.writerow(
                [value.strftime("%Y-%m-%d") if isinstance(value, datetime.date) else value for value in cells]
            )
    return path


def written(tmp_path, copy, restarted=False):
    plain = copy == "no-diacritics"
    if copy == "csv":
        return write_csv(tmp_path / "ke-hoach-45-KH-UBND.csv", restarted=restarted)
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", plain=plain, restarted=restarted)
    if copy in ("xls", "ods"):
        path = (as_xls if copy == "xls" else as_ods)(path, tmp_path / f"ke-hoach.{copy}")
    return path


def read(path):
    preview = build_preview(path, path.name)
    return preview, cli_json(preview)


@pytest.fixture
def province(db):
    province = ProvinceFactory()
    create_agencies(province)
    return province


COPIES = ["vi", "no-diacritics", "csv", "xls", "ods"]


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize("restarted", [False, True], ids=["numbered-through", "numbered-per-letter"])
def test_every_task_keeps_its_code_agency_and_due_date_whatever_the_tables_shape(province, tmp_path, copy, restarted):
    preview, result = read(written(tmp_path, copy, restarted))

    assert result["errors"] == []
    read_as = {task["code"]: (task["leads"], task["due_date"]) for task in result["tasks"]}
    wanted = {code: (leads, due.isoformat() if due else None) for code, (leads, due) in expected(restarted).items()}
    assert list(read_as) == list(wanted)
    assert read_as == wanted


@pytest.mark.parametrize("copy", ["vi", "no-diacritics", "ods"])
def test_a_sheet_of_counts_is_no_task_table_and_is_named_in_a_warning(province, tmp_path, copy):
    _preview, result = read(written(tmp_path, copy))

    codes = [task["code"] for task in result["tasks"]]
    assert "III.1" in codes  # the second task sheet
    assert not any(task["text"].isdigit() or task["leads"] == ["Tổng cộng"] for task in result["tasks"])
    skipped = [warning["sheet"] for warning in result["warnings"] if "no table of tasks" in warning["message"]]
    assert skipped == list(SUMMARIES)


def test_an_empty_sheet_beside_the_tasks_is_passed_over_without_a_word(province, tmp_path):
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", summaries=False)
    workbook = openpyxl.load_workbook(path)
    workbook.create_sheet("Sheet3")
    workbook.save(path)

    _preview, result = read(path)

    assert not [warning for warning in result["warnings"] if warning["sheet"] == "Sheet3"]


@pytest.mark.parametrize("copy", ["vi", "no-diacritics", "csv"])
def test_the_header_written_again_in_the_table_is_no_task_and_the_columns_stay(province, tmp_path, copy):
    _preview, result = read(written(tmp_path, copy))

    texts = [task["text"] for task in result["tasks"]]
    assert not [text for text in texts if "noi dung cong viec" in without_diacritics(text).lower()]
    assert not [warning for warning in result["warnings"] if "not an outline number" in warning["message"]]
    by_code = {task["code"]: task for task in result["tasks"]}
    # the rows under each repeat read from the same columns
    assert (by_code["I.3"]["leads"], by_code["I.3"]["coordinators"]) == ([SCT], [SKHDT])
    assert (by_code["II.3"]["leads"], by_code["II.3"]["coordinators"]) == ([SXD], [STNMT])


def test_a_two_row_header_repeated_with_its_sub_titles_or_only_its_main_titles_is_no_task(province, tmp_path):
    top = ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian"]
    sub = ["", "", "Chủ trì", "Phối hợp", ""]
    rows = [
        *TITLE,
        top,
        sub,
        ["I", "NHIỆM VỤ"],
        [1, "Rà soát quy hoạch cụm công nghiệp", SCT, STC, "2026-06-30"],
        top,
        sub,
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [2, "Xây dựng đề án phát triển điện gió", SXD, "", "2026-09-30"],
        top,
        [3, "Tổng hợp báo cáo kết quả", STC, SCT, "2026-12-31"],
    ]
    path = tmp_path / "hai-dong-tieu-de.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)

    _preview, result = read(path)

    assert result["errors"] == []
    assert [(task["code"], task["leads"], task["due_date"]) for task in result["tasks"]] == [
        ("I", [], None),
        ("I.1", [SCT], "2026-06-30"),
        ("I.2", [SXD], "2026-09-30"),
        ("I.3", [STC], "2026-12-31"),
    ]


@pytest.mark.parametrize("restarted", [False, True], ids=["numbered-through", "numbered-per-letter"])
def test_lettered_groups_under_a_section_are_headings_and_their_items_sit_under_them(province, tmp_path, restarted):
    preview, _result = read(write_xlsx(tmp_path / "ke-hoach.xlsx", restarted=restarted))

    parsed = {task.code: task for task in preview.parsed.tasks}
    assert [parsed[f"II.{letter}"].kind for letter in "ABCD"] == [TaskKind.HEADING] * 4
    assert {parsed[f"II.{letter}"].parent_code for letter in "ABCD"} == {"II"}
    items = [code for code in parsed if code.startswith("II.") and code.count(".") == (2 if restarted else 1)]
    items = [code for code in items if not code[3:].isalpha()]
    assert [parsed[code].parent_code for code in items] == ["II.A", "II.A", "II.B", "II.C", "II.C", "II.D"]
    assert all(parsed[code].kind == TaskKind.TASK for code in items)


@pytest.mark.parametrize("plain", [False, True])
def test_lettered_divisions_above_the_roman_sections_head_them(province, tmp_path, plain):
    rows = [
        *TITLE,
        HEADER,
        ["A.", "PHẦN MỘT: CÔNG NGHIỆP"],
        ["I", "NHIỆM VỤ CHUNG"],
        [1, "Rà soát quy hoạch cụm công nghiệp", SCT, "", "năm 2026"],
        ["II", "NHIỆM VỤ CỤ THỂ"],
        [1, "Xây dựng đề án điện gió", SXD, "", "năm 2026"],
        ["B.", "PHẦN HAI: THƯƠNG MẠI"],
        ["I", "NHIỆM VỤ CHUNG"],
        [1, "Phát triển chợ đầu mối", SCT, STC, "năm 2027"],
        ["C. PHẦN BA: TỔ CHỨC THỰC HIỆN"],
        ["I", "NHIỆM VỤ"],
        [1, "Tổng hợp báo cáo", STC, "", "năm 2027"],
    ]
    path = tmp_path / "ke-hoach.xlsx"
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(_cells(row, plain))
    workbook.save(path)

    preview, result = read(path)

    assert result["errors"] == []
    assert [task["code"] for task in result["tasks"]] == [
        "A", "A.I", "A.I.1", "A.II", "A.II.1", "B", "B.I", "B.I.1", "C", "C.I", "C.I.1"
    ]  # fmt: skip
    parsed = {task.code: task for task in preview.parsed.tasks}
    assert (parsed["C"].kind, parsed["C.I"].parent_code, parsed["C.I.1"].parent_code) == (TaskKind.HEADING, "C", "C.I")


def test_sections_numbered_past_forty_nine_read_l_and_c_as_their_numbers(province, tmp_path):
    rows = [*TITLE, HEADER]
    for section in ("XLVIII", "XLIX", "L", "LI"):
        rows += [[section, f"NHÓM {section}"], [1, f"Nhiệm vụ của nhóm {section}", SCT, "", "năm 2026"]]
    path = tmp_path / "nhieu-muc.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)

    _preview, result = read(path)

    assert result["errors"] == []
    assert [task["code"] for task in result["tasks"]] == [
        "XLVIII", "XLVIII.1", "XLIX", "XLIX.1", "L", "L.1", "LI", "LI.1"
    ]  # fmt: skip
