"""Hostile or broken files are refused with a clear message, quickly and in little memory."""

import io
import time
import tracemalloc
import zipfile

import openpyxl
import pytest
from django.utils import translation

from tasks.importing.reader import read_sheets
from tasks.importing.safety import OLE_MAGIC, Limits, RefusedFile, check_file

LIMITS = Limits(
    max_file_bytes=20 * 1024 * 1024, max_unpacked_bytes=400 * 1024 * 1024, max_ratio=200, max_rows=1000, max_columns=50
)


pytestmark = pytest.mark.usefixtures("english")


def refusal(path, name=None):
    with pytest.raises(RefusedFile) as refused:
        check_file(path, name or path.name, LIMITS)
    return str(refused.value)


def small_workbook(path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì"])
    workbook.save(path)
    return path


def test_a_real_workbook_and_a_csv_pass(tmp_path):
    (tmp_path / "a.csv").write_text("STT,Nhiệm vụ\n1,Xây dựng\n", encoding="utf-8")

    assert check_file(small_workbook(tmp_path / "a.xlsx"), "a.xlsx", LIMITS).kind == "xlsx"
    assert check_file(tmp_path / "a.csv", "a.csv", LIMITS).kind == "csv"


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")

    assert "empty" in refusal(tmp_path / "empty.xlsx")


def test_a_pdf_renamed_xlsx_is_refused_as_a_pdf(tmp_path):
    (tmp_path / "bao-cao.xlsx").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")

    assert "PDF" in refusal(tmp_path / "bao-cao.xlsx")


def test_a_wrong_extension_is_refused(tmp_path):
    small_workbook(tmp_path / "a.xlsx").rename(tmp_path / "a.docx")

    assert ".xlsx or .xls" in refusal(tmp_path / "a.docx")


def test_an_excel_binary_workbook_is_refused_naming_the_way_out_in_vietnamese(tmp_path):
    small_workbook(tmp_path / "a.xlsx").rename(tmp_path / "ke-hoach.xlsb")

    assert "Save As › Excel Workbook (.xlsx)" in refusal(tmp_path / "ke-hoach.xlsb")
    with translation.override("vi"):
        message = refusal(tmp_path / "ke-hoach.xlsb")
    assert message.startswith("“ke-hoach.xlsb” là sổ tính Excel nhị phân (.xlsb)")
    assert "Sổ làm việc Excel (.xlsx)" in message


def test_a_file_over_the_size_limit_is_refused_naming_the_limit(tmp_path):
    (tmp_path / "big.csv").write_bytes(b"a,b\n" * 10_000)

    with pytest.raises(RefusedFile) as refused:
        check_file(tmp_path / "big.csv", "big.csv", Limits(1000, 10**6, 100, 100, 50))

    assert "1000" in str(refused.value).replace("\xa0", "").replace(".", "") or "KB" in str(refused.value)


def test_a_zip_bomb_is_refused_from_its_headers_quickly_and_in_little_memory(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    tracemalloc.start()
    started = time.perf_counter()

    message = refusal(path)

    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "zip bomb" in message
    assert elapsed < 1 and peak < 5 * 1024 * 1024


def test_a_workbook_unpacking_past_the_total_limit_is_refused(tmp_path):
    path = small_workbook(tmp_path / "a.xlsx")

    with pytest.raises(RefusedFile) as refused:
        check_file(path, "a.xlsx", Limits(10**6, 1000, 200, 100, 50))

    assert "zip bomb" in str(refused.value)


def test_a_password_protected_workbook_is_refused(tmp_path):
    body = OLE_MAGIC + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64
    body += "EncryptedPackage".encode("utf-16-le")
    (tmp_path / "mat-khau.xlsx").write_bytes(body)

    assert "password" in refusal(tmp_path / "mat-khau.xlsx")


def test_an_old_xls_workbook_is_refused_with_what_to_do(tmp_path):
    (tmp_path / "cu.xlsx").write_bytes(OLE_MAGIC + b"\0" * 1024)

    assert ".xlsx" in refusal(tmp_path / "cu.xlsx")


def test_a_corrupt_workbook_is_refused(tmp_path):
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)

    assert "damaged" in refusal(tmp_path / "hong.xlsx")


def test_xml_entity_declarations_are_refused(tmp_path):
    source = small_workbook(tmp_path / "a.xlsx")
    path = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "xl/workbook.xml":
                doctype = b'<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
                data = data.replace(b"<workbook", doctype + b"<workbook", 1)
            archive.writestr(entry, data)

    assert "DOCTYPE" in refusal(path)


def test_a_csv_not_in_utf8_is_refused_with_how_to_save_it(tmp_path):
    (tmp_path / "cp.csv").write_bytes("STT,Nhiệm vụ,Sở Công Thương\n".encode("utf-16-le"))
    (tmp_path / "latin.csv").write_bytes("STT;Tên;Công\n".encode("cp1258"))

    assert "CSV" in refusal(tmp_path / "cp.csv")
    assert "UTF-8" in refusal(tmp_path / "latin.csv")


def test_more_rows_than_the_limit_are_refused_naming_the_limit(tmp_path):
    workbook = openpyxl.Workbook()
    for number in range(1, 30):
        workbook.active.append([number, "Nhiệm vụ"])
    workbook.save(tmp_path / "rows.xlsx")
    limits = Limits(10**6, 10**8, 200, max_rows=20, max_columns=50)

    with pytest.raises(RefusedFile) as refused:
        check_file(tmp_path / "rows.xlsx", "rows.xlsx", limits)

    assert "20 rows" in str(refused.value)


def test_rows_past_a_lying_dimension_still_count_against_the_limit(tmp_path):
    workbook = openpyxl.Workbook()
    for number in range(1, 30):
        workbook.active.append([number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(buffer) as original, zipfile.ZipFile(path, "w") as archive:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename.startswith("xl/worksheets/"):
                data = data.replace(b'<dimension ref="A1:A29"/>', b'<dimension ref="A1:A2"/>')
            archive.writestr(entry, data)

    with pytest.raises(RefusedFile):
        check_file(path, path.name, Limits(10**6, 10**8, 200, max_rows=20, max_columns=50))


def test_entity_declarations_past_the_checked_prefix_are_refused_by_the_reader(tmp_path):
    source = small_workbook(tmp_path / "a.xlsx")
    path = tmp_path / "late-doctype.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = b'<?xml version="1.0"?><!--' + b"x" * 5000 + b'--><!DOCTYPE w [<!ENTITY a "aa">]>' + body
            archive.writestr(entry, data)

    with pytest.raises(RefusedFile) as refused:
        checked = check_file(path, path.name, LIMITS)  # the sheet scan reads the whole XML: it is refused here
        for sheet in read_sheets(path, checked):
            list(sheet.rows)

    assert "entity" in str(refused.value)
