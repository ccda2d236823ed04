"""Every format an office sends (.xlsx, .xls, .ods, CSV) reads the same; formulas and old font encodings."""

import struct
import zipfile

import openpyxl
import pytest
import xlwt
from django.utils import translation
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from agencies.tests.factories import ProvinceFactory
from tasks.importing.preview import build_preview, cli_json
from tasks.importing.reader import read_sheets
from tasks.importing.safety import Limits, RefusedFile, check_file

from .import_workbooks import build_004_workbook, create_agencies, expected_tasks
from .spreadsheet_formats import as_ods, as_xls, set_xls_formula_value

LIMITS = Limits(10**7, 10**8, 200, max_rows=20, max_columns=30)
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def quang_ngai(db):
    province = ProvinceFactory()
    create_agencies(province)
    return province


def convert(source, kind, path):
    return {"xlsx": lambda: source, "xls": lambda: as_xls(source, path), "ods": lambda: as_ods(source, path)}[kind]()


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
@pytest.mark.parametrize("no_diacritics", [False, True])
def test_004_reads_the_same_tasks_and_agencies_in_every_workbook_format(quang_ngai, tmp_path, kind, no_diacritics):
    source = build_004_workbook(tmp_path / "nguon.xlsx", no_diacritics=no_diacritics)
    path = convert(source, kind, tmp_path / f"ke-hoach.{kind}")

    result = cli_json(build_preview(path, path.name))

    tasks = {task["code"]: task for task in result["tasks"]}
    for code, (leads, coordinators, due_date, recurring) in expected_tasks().items():
        assert (tasks[code]["leads"], tasks[code]["coordinators"]) == (leads, coordinators), code
        assert tasks[code]["due_date"] == (due_date.isoformat() if due_date else None), code
        assert tasks[code]["recurring"] is recurring, code
    assert result["errors"] == [] and result["unmatched_agencies"] == []


def small_sheet(rows):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Nhiệm vụ"
    workbook.active.append(HEADER)
    for row in rows:
        workbook.active.append(row)
    return workbook


def test_an_xlsx_formula_with_a_saved_value_imports_the_value_with_a_warning_naming_where(quang_ngai, tmp_path):
    workbook = small_sheet([[1, "Xây dựng kế hoạch", "Sở Công Thương", None, "năm 2026"], ["=A2+1", "Rà soát"]])
    workbook.active["C3"] = "Sở Tài chính"
    workbook.active["E3"] = "=E2"
    workbook.save(tmp_path / "plain.xlsx")
    path = tmp_path / "cong-thuc.xlsx"
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as source, zipfile.ZipFile(path, "w") as archive:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                # What Excel saves: the formula and the value it computed (A3 a shared formula: no text of its own).
                data = data.replace(b"<v></v>", b"<v />")  # openpyxl writes an empty value so when lxml is installed
                data = data.replace(b"<f>A2+1</f><v />", b'<f t="shared" ref="A3" si="0"/><v>2</v>')
                data = data.replace(b'<c r="E3"><f>E2</f><v />', b'<c r="E3" t="str"><f>E2</f><v>n\xc4\x83m 2026</v>')
            archive.writestr(entry, data)

    preview = build_preview(path, path.name)

    assert [problem.message for problem in preview.parsed.errors] == []
    assert [task.code for task in preview.parsed.tasks] == ["1", "2"]
    warnings = [problem.message for problem in preview.warnings]
    assert any("row 3, column A" in message and "formula" in message and "(2)" in message for message in warnings)


def test_a_formula_without_a_saved_value_stays_an_error(quang_ngai, tmp_path):
    small_sheet([[1, "Xây dựng kế hoạch", "Sở Công Thương", None, "=DATE(2026,12,31)"]]).save(tmp_path / "a.xlsx")

    preview = build_preview(tmp_path / "a.xlsx", "a.xlsx")

    [error] = [problem.message for problem in preview.parsed.errors]
    assert "row 2, column E" in error and "no value" in error


def test_an_xls_formula_reads_its_saved_value_or_is_an_error_without_one(quang_ngai, tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Nhiệm vụ")
    for column, title in enumerate(HEADER):
        sheet.write(0, column, title)
    sheet.write(1, 0, xlwt.Formula("1+1"))
    sheet.write(1, 1, "Xây dựng kế hoạch")
    sheet.write(1, 2, "Sở Công Thương")
    sheet.write(1, 4, "năm 2026")
    book.save(str(tmp_path / "khong-gia-tri.xls"))
    book.save(str(tmp_path / "co-gia-tri.xls"))
    set_xls_formula_value(tmp_path / "co-gia-tri.xls", 7.0)

    unsaved = build_preview(tmp_path / "khong-gia-tri.xls", "khong-gia-tri.xls")
    saved = build_preview(tmp_path / "co-gia-tri.xls", "co-gia-tri.xls")

    assert any("row 2, column A" in problem.message for problem in unsaved.parsed.errors)
    assert saved.parsed.errors == []
    assert [task.code for task in saved.parsed.tasks] == ["7"]
    assert any("row 2, column A" in problem.message for problem in saved.warnings)


def test_an_ods_formula_reads_its_saved_value_or_is_an_error_without_one(quang_ngai, tmp_path):
    small_sheet([[None, "Xây dựng kế hoạch", "Sở Công Thương", None, "năm 2026"]]).save(tmp_path / "a.xlsx")
    saved = as_ods(tmp_path / "a.xlsx", tmp_path / "co.ods", formulas={(2, 1): ("of:=1+2", 3)})
    unsaved = as_ods(tmp_path / "a.xlsx", tmp_path / "khong.ods", formulas={(2, 1): ("of:=1+2", None)})

    assert [task.code for task in build_preview(saved, saved.name).parsed.tasks] == ["3"]
    assert any("row 2, column A" in problem.message for problem in build_preview(unsaved, unsaved.name).parsed.errors)


@pytest.mark.parametrize(
    ("written", "encoding"),
    [
        (["Së C«ng Th­¬ng", "Së Tµi chÝnh, Së KÕ ho¹ch vµ §Çu t­"], "TCVN3"),
        (["Sôû Coâng Thöông", "Sôû Taøi chính, Sôû Keá hoaïch vaø Ñaàu tö"], "VNI"),
    ],
)
def test_agency_names_typed_in_an_old_font_encoding_are_converted_and_matched(quang_ngai, tmp_path, written, encoding):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Nhiệm vụ")
    for column, title in enumerate(HEADER):
        sheet.write(0, column, title)
    for column, value in enumerate([1, "Xây dựng kế hoạch", *written, "năm 2026"]):
        sheet.write(1, column, value)
    book.save(str(tmp_path / "cu.xls"))

    result = cli_json(build_preview(tmp_path / "cu.xls", "cu.xls"))

    [task] = result["tasks"]
    assert task["leads"] == ["Sở Công Thương"]
    assert task["coordinators"] == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]
    assert result["unmatched_agencies"] == []
    [warning] = [problem["message"] for problem in result["warnings"] if encoding in problem["message"]]
    assert "row 2, column C" in warning


def test_the_old_encoding_message_is_in_vietnamese(quang_ngai, tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Nhiệm vụ")
    for column, value in enumerate(HEADER):
        sheet.write(0, column, value)
    for column, value in enumerate([1, "Xây dựng kế hoạch", "Së C«ng Th­¬ng", None, "năm 2026"]):
        sheet.write(1, column, value)
    book.save(str(tmp_path / "cu.xls"))

    with translation.override("vi"):
        warnings = [problem.message for problem in build_preview(tmp_path / "cu.xls", "cu.xls").warnings]

    assert any("TCVN3" in message and "Unicode" in message and "dòng 2" in message for message in warnings)


def ods_rows(path, rows):
    """An .ods written by hand: rows of (repeat, [cell texts])."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Một")
    for repeat, cells in rows:
        row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
        for text in cells:
            cell = TableCell(valuetype="string") if text else TableCell()
            if text:
                cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def test_an_ods_with_empty_rows_repeated_to_the_sheet_end_reads_its_rows_only(tmp_path):
    path = ods_rows(tmp_path / "a.ods", [(1, ["Nhiệm vụ", "Sở Công Thương"]), (1, ["Rà soát"]), (1048574, [""])])

    checked = check_file(path, path.name, LIMITS)

    assert checked.rows == 2
    assert [row.cells for sheet in read_sheets(path, checked) for row in sheet.rows] == [
        ("Nhiệm vụ", "Sở Công Thương"),
        ("Rà soát",),
    ]


def test_an_ods_with_a_row_past_a_million_empty_ones_is_refused_before_it_is_read(tmp_path):
    path = ods_rows(tmp_path / "a.ods", [(1, ["Nhiệm vụ"]), (1000000, [""]), (1, ["cuối"])])

    with pytest.raises(RefusedFile) as refused:
        check_file(path, path.name, LIMITS)

    assert "“Một”" in str(refused.value) and "1.000.002" in str(refused.value)


def test_an_ods_cell_repeated_past_the_column_limit_is_refused(tmp_path):
    document = OpenDocumentSpreadsheet()
    table = Table(name="Một")
    row = TableRow()
    cell = TableCell(valuetype="string", numbercolumnsrepeated=500)
    cell.addElement(P(text="x"))
    row.addElement(cell)
    table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(tmp_path / "rong.ods"))

    with pytest.raises(RefusedFile) as refused:
        check_file(tmp_path / "rong.ods", "rong.ods", LIMITS)

    assert "30 columns" in str(refused.value)


def test_an_ods_saved_with_a_password_is_refused_as_such(tmp_path):
    path = ods_rows(tmp_path / "a.ods", [(1, ["Nhiệm vụ"])])
    locked = tmp_path / "khoa.ods"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(locked, "w") as archive:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "META-INF/manifest.xml":
                data = data.replace(b"</manifest:manifest>", b"<manifest:encryption-data/></manifest:manifest>")
            archive.writestr(entry, data)

    with pytest.raises(RefusedFile) as refused:
        check_file(locked, locked.name, LIMITS)

    assert "password" in str(refused.value)


def test_an_xls_with_a_cell_far_down_is_refused_naming_its_row(tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    sheet.write(0, 0, "Nhiệm vụ")
    sheet.write(65000, 0, "cuối")
    book.save(str(tmp_path / "xa.xls"))

    with pytest.raises(RefusedFile) as refused:
        check_file(tmp_path / "xa.xls", "xa.xls", LIMITS)

    assert "“Danh sách”" in str(refused.value) and "65.001" in str(refused.value)


def test_a_damaged_xls_is_refused(tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("Một").write(0, 0, "Nhiệm vụ")
    book.save(str(tmp_path / "a.xls"))
    data = bytearray((tmp_path / "a.xls").read_bytes())
    data[600:1400] = b"\xff" * 800
    (tmp_path / "hong.xls").write_bytes(bytes(data))

    with pytest.raises(RefusedFile) as refused:
        checked = check_file(tmp_path / "hong.xls", "hong.xls", LIMITS)
        for read in read_sheets(tmp_path / "hong.xls", checked):
            list(read.rows)

    assert "damaged" in str(refused.value)


def test_a_sheet_spanning_more_cells_than_a_reader_holds_is_refused(tmp_path, settings):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Nhiệm vụ"
    workbook.active["AD19"] = "x"
    workbook.save(tmp_path / "a.xlsx")

    from tasks.importing import safety

    settings_cells = safety.MAX_SHEET_CELLS
    safety.MAX_SHEET_CELLS = 500
    try:
        with pytest.raises(RefusedFile) as refused:
            check_file(tmp_path / "a.xlsx", "a.xlsx", LIMITS)
    finally:
        safety.MAX_SHEET_CELLS = settings_cells

    assert "19 rows and 30 columns" in str(refused.value)


def test_an_old_workbook_under_an_xlsx_name_is_told_to_be_renamed(tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("Một").write(0, 0, "Nhiệm vụ")
    book.save(str(tmp_path / "cu.xlsx"))

    with pytest.raises(RefusedFile) as refused:
        check_file(tmp_path / "cu.xlsx", "cu.xlsx", LIMITS)

    assert ".xls" in str(refused.value)


def test_the_xls_formula_scan_reads_what_excel_saves(tmp_path):
    """A FORMULA record's value: a number, or (0xFFFF in its last two bytes) text, true/false, an error, nothing."""
    from tasks.importing.scans import _formula_saved

    def record(result):
        return struct.pack("<HHH", 1, 0, 15) + result + b"\0" * 6

    assert _formula_saved(record(struct.pack("<d", 2.0)))
    assert _formula_saved(record(b"\x00" + b"\0" * 5 + b"\xff\xff"))  # text, in the STRING record after it
    assert _formula_saved(record(b"\x01\x00\x01" + b"\0" * 3 + b"\xff\xff"))  # true
    assert not _formula_saved(record(b"\x02\x00\x07" + b"\0" * 3 + b"\xff\xff"))  # #DIV/0!
    assert not _formula_saved(record(b"\x03" + b"\0" * 5 + b"\xff\xff"))  # an empty result
