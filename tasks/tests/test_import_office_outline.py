"""How offices lay out a plan's outline and what they write under it, read the same from .xlsx, .xls, .ods and CSV,
with and without diacritics:

- a section written as one cell, numeral and title together (`I. PHÁT TRIỂN SẢN PHẨM DU LỊCH`, `II- …`, `III.…`),
  typed in the number column and merged across the row, and a sub-section the same way (`1. Du lịch biển`): the
  numeral is its code, the rest its title, and the items under it are coded under it;
- lettered items a, b, c, d, đ, e typed without diacritics as a, b, c, d, d, e: the second `d` right after a `d` is
  `đ` (the alphabet runs a ă â b c d đ e), never otherwise;
- a total row and the signature block under the table (`Nơi nhận:`, `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, the
  signer's name …), whatever columns their words fall under, are no tasks.
"""

import csv

import openpyxl
import pytest

from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies
from tasks.importing.parse import is_signing, split_label
from tasks.importing.preview import build_preview, cli_json
from tasks.models import TaskKind

from .spreadsheet_formats import as_ods, as_xls

DL, TC, XD, CA, GTVT = "Sở Du lịch", "Sở Tài chính", "Sở Xây dựng", "Công an tỉnh", "Sở Giao thông vận tải"
BODIES = dict.fromkeys((DL, TC, XD, GTVT), AgencyKind.DEPARTMENT) | {CA: AgencyKind.OTHER}
HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]
# ("H", the cell an office types: numeral and title) or (label, text, lead, coordinators, timeframe)
ROWS = [
    ("H", "I. PHÁT TRIỂN SẢN PHẨM DU LỊCH"),
    ("H", "1. Du lịch biển"),
    ("a", "Rà soát quy hoạch các khu du lịch ven biển", DL, XD, "Quý II/2024"),
    ("b", "Xây dựng bộ tiêu chí điểm đến an toàn", DL, CA, "Năm 2024"),
    ("c", "Nâng cấp bến thuyền du lịch Quy Nhơn", GTVT, DL, "Quý IV/2024"),
    ("d", "Bố trí kinh phí quảng bá sản phẩm biển", TC, DL, "Tháng 6/2024"),
    ("đ", "Kiểm tra an ninh trật tự tại các bãi tắm", CA, DL, "Thường xuyên"),
    ("e", "Đánh giá kết quả mùa du lịch hè", DL, "", "Tháng 9/2024"),
    ("H", "2. Du lịch văn hóa"),
    ("a", "Tu bổ các di tích gắn với tuyến du lịch", XD, DL, "2024-2025"),
    ("b", "Tổ chức lễ hội văn hóa thường niên", DL, CA, "Hằng năm"),
    ("H", "II- HẠ TẦNG VÀ QUẢNG BÁ"),
    ("1", "Đầu tư tuyến đường kết nối các điểm du lịch", GTVT, f"{TC}, {XD}", "Năm 2025"),
    ("2", "Quảng bá điểm đến trên các nền tảng số", DL, "", "Quý III/2024"),
    ("H", "III.TỔ CHỨC THỰC HIỆN"),
    ("1", "Bố trí vốn thực hiện kế hoạch", TC, DL, "Quý I/2024"),
]
CODES = [
    "I",
    "I.1",
    "I.1.a",
    "I.1.b",
    "I.1.c",
    "I.1.d",
    "I.1.đ",
    "I.1.e",
    "I.2",
    "I.2.a",
    "I.2.b",
    "II",
    "II.1",
    "II.2",
    "III",
    "III.1",
]
SIGNATURE = [
    # (column, text) of each row under the table: the signature's lines fall under the agency and deadline columns
    ((0, "Nơi nhận:"), (4, "TM. ỦY BAN NHÂN DÂN")),
    ((0, "- Như trên;"), (4, "KT. CHỦ TỊCH")),
    ((0, "- Lưu: VT, KGVX."), (4, "PHÓ CHỦ TỊCH")),
    ((4, "Lê Văn Tâm"),),
]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def binh_dinh(db):
    return province_with_bodies("Bình Định", "binh-dinh", BODIES, ())


def _typed(rows, plain):
    """The rows as the copy types them: without diacritics `đ` is `d`."""
    text = without_diacritics if plain else (lambda value: value)
    for row in rows:
        yield tuple(text(value) for value in row)


def _cells(row):
    if row[0] == "H":
        return [row[1]]
    return [f"{row[0]})" if not row[0].isdigit() else row[0], *row[1:]]


def write_xlsx(path, plain=False, *, total=False, signature=SIGNATURE):
    """The appendix: title lines, the header, each section typed in the STT cell and merged across the row, a total
    row under the lead column and the signature block."""
    text = without_diacritics if plain else (lambda value: value)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([text("PHỤ LỤC")])
    sheet.append([text("(Kèm theo Kế hoạch số 75/KH-UBND ngày 05/4/2024 của UBND tỉnh Bình Định)")])
    sheet.append([text(value) for value in HEADER])
    for row in _typed(ROWS, plain):
        sheet.append(_cells(row))
        if row[0] == "H":
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(HEADER))
    if total:
        sheet.append([None, None, text(f"Tổng cộng: {len(CODES) - 6} nhiệm vụ")])
    sheet.append([])
    for line in signature:
        cells = [None] * len(HEADER)
        for column, value in line:
            cells[column] = text(value)
        sheet.append(cells)
    workbook.save(path)
    return path


def write_csv(path, plain=False):
    """The same table saved as CSV: the section's one cell in the STT column, the other cells empty."""
    text = without_diacritics if plain else (lambda value: value)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([text(value) for value in HEADER])
        for row in _typed(ROWS, plain):
            writer.writerow(_cells(row) + [""] * (len(HEADER) - len(_cells(row))))
        for line in SIGNATURE:
            cells = [""] * len(HEADER)
            for column, value in line:
                cells[column] = text(value)
            writer.writerow(cells)
    return path


def write_copy(directory, copy, plain):
    name = f"ke-hoach-75{'-khong-dau' if plain else ''}"
    if copy == "csv":
        return write_csv(directory / f"{name}.csv", plain)
    source = write_xlsx(directory / f"{name}.xlsx", plain, total=copy == "ods")
    if copy == "xls":
        return as_xls(source, directory / f"{name}.xls")
    if copy == "ods":
        return as_ods(source, directory / f"{name}.ods")
    return source


def expected(plain):
    """code -> (leads, coordinators) of each task, in the copy's spelling."""
    text = without_diacritics if plain else (lambda value: value)
    tasks = [row for row in ROWS if row[0] != "H"]
    codes = [code for code in CODES if code not in ("I", "I.1", "I.2", "II", "III")]
    return {
        code: ([text(row[2])], [text(name) for name in row[3].split(", ") if name])
        for code, row in zip(codes, tasks, strict=True)
    }


def read(province, path):
    preview = build_preview(path, path.name, province=province)
    return preview, cli_json(preview)


def _row_errors(result):
    """The problems found in the rows (the directive's own missing details are the preview's to ask for)."""
    return [error["message"] for error in result["errors"] if error["row"]]


@pytest.mark.parametrize("plain", [False, True], ids=["diacritics", "no-diacritics"])
@pytest.mark.parametrize("copy", ["xlsx", "xls", "ods", "csv"])
def test_sections_typed_as_one_cell_head_their_items_in_every_format(binh_dinh, tmp_path, copy, plain):
    preview, result = read(binh_dinh, write_copy(tmp_path, copy, plain))

    assert _row_errors(result) == []
    assert [task["code"] for task in result["tasks"]] == CODES
    headings = {task.code: task.text for task in preview.parsed.tasks if task.kind == TaskKind.HEADING}
    text = without_diacritics if plain else (lambda value: value)
    assert headings == {
        "I": text("PHÁT TRIỂN SẢN PHẨM DU LỊCH"),
        "I.1": text("Du lịch biển"),
        "I.2": text("Du lịch văn hóa"),
        "II": text("HẠ TẦNG VÀ QUẢNG BÁ"),
        "III": text("TỔ CHỨC THỰC HIỆN"),
    }
    read_names = {
        task["code"]: (
            [without_diacritics(name) if plain else name for name in task["leads"]],
            [without_diacritics(name) if plain else name for name in task["coordinators"]],
        )
        for task in result["tasks"]
        if task["code"] not in headings
    }
    assert read_names == expected(plain)
    # the signature's words and the signer's name are neither tasks nor names to map
    assert result["unmatched_agencies"] == []


@pytest.mark.parametrize(
    ("cell", "text", "wanted"),
    [
        ("I. PHÁT TRIỂN SẢN PHẨM DU LỊCH", "", ("I", "roman", "PHÁT TRIỂN SẢN PHẨM DU LỊCH")),
        ("IV- HA TANG VA QUANG BA", "", ("IV", "roman", "HA TANG VA QUANG BA")),
        ("III.TỔ CHỨC THỰC HIỆN", "", ("III", "roman", "TỔ CHỨC THỰC HIỆN")),
        # a roman numeral and a title in capitals with only a space between them
        ("II PHÁT TRIỂN THỊ TRƯỜNG", "", ("II", "roman", "PHÁT TRIỂN THỊ TRƯỜNG")),
        ("VI  HA TANG KHU CONG NGHIEP", "", ("VI", "roman", "HA TANG KHU CONG NGHIEP")),
        ("2. Du lịch văn hóa", "", ("2", "number", "Du lịch văn hóa")),
        ("2.3. Quảng bá", "", ("2.3", "dotted", "Quảng bá")),
        # with its own text cell the row keeps it, and a cell that is no numeral and title stays what it was
        ("I. Phát triển", "Nội dung", ("I. Phát triển", "other", "Nội dung")),
        ("V-01", "", ("V-01", "other", "")),
        ("II Phát triển thị trường", "", ("II Phát triển thị trường", "other", "")),
        ("CCN PHÚ THỌ", "", ("CCN PHÚ THỌ", "other", "")),
        ("Ghi chú: các sở báo cáo hằng quý", "", ("Ghi chú: các sở báo cáo hằng quý", "other", "")),
        ("TM. ỦY BAN NHÂN DÂN", "", ("TM. ỦY BAN NHÂN DÂN", "other", "")),
    ],
)
def test_a_number_cell_holding_numeral_and_title_reads_as_both_when_the_text_cell_is_empty(cell, text, wanted):
    assert split_label(cell, text) == wanted


def _sheet(path, rows, header=("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn")):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def _codes(result):
    return [task["code"] for task in result["tasks"]]


def test_a_second_d_is_d_with_a_bar_only_right_after_a_d_sibling(binh_dinh, tmp_path):
    rows = [
        ("1", "Du lich bien"),
        ("d", "Ra soat quy hoach", "So Du lich", "", "Nam 2024"),
        ("d", "Kiem tra an ninh", "Cong an tinh", "", "Nam 2024"),
        ("e", "Danh gia ket qua", "So Du lich", "", "Nam 2024"),
        ("2", "Du lich van hoa"),
        # a `d` under another number is that number's own d
        ("d", "Tu bo di tich", "So Xay dung", "", "Nam 2024"),
        ("3", "Ha tang"),
        ("c", "Nang cap ben thuyen", "So Giao thong van tai", "", "Nam 2024"),
        ("e", "Quang ba", "So Du lich", "", "Nam 2024"),
    ]
    _preview, result = read(binh_dinh, _sheet(tmp_path / "kh.xlsx", rows))

    assert _codes(result) == ["1", "1.d", "1.đ", "1.e", "2", "2.d", "3", "3.c", "3.e"]
    assert _row_errors(result) == []


def test_a_third_d_is_still_a_number_used_twice(binh_dinh, tmp_path):
    rows = [
        ("1", "Du lich bien"),
        ("d", "Ra soat quy hoach", "So Du lich", "", "Nam 2024"),
        ("d", "Kiem tra an ninh", "Cong an tinh", "", "Nam 2024"),
        ("d", "Danh gia ket qua", "So Du lich", "", "Nam 2024"),
    ]
    _preview, result = read(binh_dinh, _sheet(tmp_path / "kh.xlsx", rows))

    assert _codes(result) == ["1", "1.d", "1.đ", "1.d"]
    assert _row_errors(result) == [
        "Sheet “Sheet”, row 5, column A (outline number): outline number 1.d is already used by row 3."
    ]


def test_with_diacritics_d_and_d_with_a_bar_are_read_as_written(binh_dinh, tmp_path):
    rows = [
        ("1", "Du lịch biển"),
        ("d", "Rà soát quy hoạch", DL, "", "Năm 2024"),
        ("đ", "Kiểm tra an ninh", CA, "", "Năm 2024"),
        ("e", "Đánh giá kết quả", DL, "", "Năm 2024"),
    ]
    _preview, result = read(binh_dinh, _sheet(tmp_path / "kh.xlsx", rows))

    assert _codes(result) == ["1", "1.d", "1.đ", "1.e"]


def test_an_outline_code_ending_in_d_twice_is_d_then_d_with_a_bar(binh_dinh, tmp_path):
    path = tmp_path / "ke-hoach-75.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Ma", "Noi dung", "Chu tri", "Thoi han"])
        writer.writerow(["II", "HA TANG", "", ""])
        writer.writerow(["II.2", "Giao thong", "", ""])
        writer.writerow(["II.2.c", "Nang cap ben thuyen", "So Giao thong van tai", "Nam 2024"])
        writer.writerow(["II.2.d", "Mo tuyen xe buyt du lich", "So Giao thong van tai", "Nam 2024"])
        writer.writerow(["II.2.d", "Bo tri von", "So Tai chinh", "Nam 2024"])
        writer.writerow(["II.2.e", "Quang ba", "So Du lich", "Nam 2024"])
        writer.writerow(["II.3.d", "Kiem tra", "Cong an tinh", "Nam 2024"])
    _preview, result = read(binh_dinh, path)

    assert _codes(result) == ["II", "II.2", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.3.d"]
    assert _row_errors(result) == []


@pytest.mark.parametrize(
    ("text", "signing"),
    [
        ("TM. ỦY BAN NHÂN DÂN", True),
        ("TM. UY BAN NHAN DAN", True),
        ("KT. CHỦ TỊCH", True),
        ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", True),
        ("TUQ. CHỦ TỊCH", True),
        ("Q. CHỦ TỊCH", True),
        ("PHÓ CHỦ TỊCH", True),
        ("GIAM DOC", True),
        ("Nơi nhận:", True),
        ("Noi nhan:\n- Nhu tren;", True),
        # names and agencies are no signing formulas
        ("Chủ tịch UBND các huyện", False),
        ("Q. Hải Châu", False),
        ("Sở TM", False),
        ("Nguyễn Văn An", False),
    ],
)
def test_the_signing_formulas_of_an_administrative_document(text, signing):
    assert is_signing(text) is signing


def test_reading_stops_at_the_signature_block_and_a_task_below_it_is_named(binh_dinh, tmp_path):
    rows = [
        ("1", "Rà soát quy hoạch các khu du lịch", DL, XD, "Quý II/2024"),
        # a real task row that names a leader keeps its place in the table
        ("2", "Chỉ đạo tổ chức lễ hội", "Chủ tịch UBND tỉnh", DL, "Năm 2024"),
        (None, None, None, None, "Tổng cộng: 2 nhiệm vụ"),
        (None, None, None, "GIÁM ĐỐC"),
        (None, "Nơi nhận:", None, None, "Trần Thị Hoa"),
        (None, "- Như trên;"),
        ("3", "Tổ chức đoàn khảo sát", DL, "", "Năm 2024"),
    ]
    _preview, result = read(binh_dinh, _sheet(tmp_path / "kh.xlsx", rows))

    assert _codes(result) == ["1", "2"]
    assert result["tasks"][1]["leads"] == ["Ủy ban nhân dân tỉnh Bình Định"]
    assert _row_errors(result) == []
    assert result["unmatched_agencies"] == []
    assert [warning["message"] for warning in result["warnings"] if warning["row"]] == [
        "Sheet “Sheet”, row 8: the row is below the signature block and is not read as a task; move it into the table."
    ]
