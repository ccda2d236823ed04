"""A directive's file that must not be opened is refused before any reader builds anything, saying what to do:
empty, renamed, old .doc, encrypted, scanned, a zip bomb or XML entities; quickly and in bounded memory."""

import os
import subprocess
import sys
import textwrap
import time
import zipfile

import pytest
from django.conf import settings as django_settings
from django.utils import translation

from tasks.importing.safety import OLE_MAGIC, Limits, RefusedFile
from tasks.intake.docx import read_docx
from tasks.intake.pdf import read_pdf
from tasks.intake.safety import check_document

from .documents import build_docx, build_pdf, pdf_font

LIMITS = Limits(
    max_file_bytes=20 * 1024 * 1024, max_unpacked_bytes=100 * 1024 * 1024, max_ratio=200, max_rows=1000, max_columns=50
)
MEMORY_LIMIT = 300 * 1024 * 1024
TIME_LIMIT = 5

# Checked and read as an import does, in a child process under an address-space limit (see test_import_limits).
READ_UNDER_LIMITS = textwrap.dedent(
    """
    import resource, sys, time
    import django
    django.setup()
    from django.utils import translation
    translation.activate("en")
    from tasks.importing.safety import Limits, RefusedFile
    from tasks.intake.docx import read_docx
    from tasks.intake.pdf import read_pdf
    from tasks.intake.safety import check_document
    resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    started = time.perf_counter()
    try:
        limits = Limits.from_settings()
        extension = check_document(sys.argv[1], sys.argv[2], limits)
        (read_docx if extension == ".docx" else read_pdf)(sys.argv[1], limits)
    except RefusedFile as refusal:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
        print("REFUSED", round(time.perf_counter() - started, 2), peak, refusal)
        sys.exit(0)
    print("READ EVERYTHING")
    sys.exit(1)
    """
).format(memory=MEMORY_LIMIT)


pytestmark = pytest.mark.usefixtures("english")


def refusal(path, name=None, limits=LIMITS):
    with pytest.raises(RefusedFile) as refused:
        extension = check_document(path, name or path.name, limits)
        (read_docx if extension == ".docx" else read_pdf)(path, limits)
    return str(refused.value)


def word_part_replaced(source, path, part, data):
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            archive.writestr(entry, data if entry.filename == part else original.read(entry))
    return path


def zip_bomb(path):
    source = build_docx(path.with_name("nguon.docx"), ["Giao Sở Công Thương chủ trì."])
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            if entry.filename != "word/document.xml":
                archive.writestr(entry, original.read(entry))
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>')
            block = b" " * (1 << 20)
            for _ in range(512):
                member.write(block)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path


def entities(path):
    """A billion laughs in the document part, its DOCTYPE after a comment longer than the first 4 KB looked at."""
    source = build_docx(path.with_name("nguon.docx"), ["Giao Sở Công Thương chủ trì."])
    with zipfile.ZipFile(source) as original:
        body = original.read("word/document.xml").split(b"?>", 1)[1]
    laughs = b'<!ENTITY a "ha">' + b"".join(
        b'<!ENTITY %s "%s">' % (b"a" * (n + 1), (b"&" + b"a" * n + b";") * 10) for n in range(1, 12)
    )
    data = b'<?xml version="1.0"?><!--' + b"x" * 5000 + b"--><!DOCTYPE w [" + laughs + b"]>" + body
    return word_part_replaced(source, path, "word/document.xml", data)


def test_an_empty_file_is_refused_whatever_its_name(tmp_path):
    for name in ("a.docx", "a.pdf", "a.txt"):
        (tmp_path / name).write_bytes(b"")

        assert "empty" in refusal(tmp_path / name)


def test_a_pdf_renamed_docx_is_refused_saying_to_rename_it(tmp_path):
    pdf = build_pdf(tmp_path / "a.pdf", ["Giao Sở Công Thương chủ trì."])
    renamed = tmp_path / "cong-van.docx"
    renamed.write_bytes(pdf.read_bytes())

    assert "is a PDF document although its name ends in .docx" in refusal(renamed)


def test_a_docx_renamed_pdf_or_txt_is_refused(tmp_path):
    document = build_docx(tmp_path / "a.docx", ["Giao Sở Công Thương chủ trì."])

    assert "not a PDF document" in refusal(document, "ke-hoach.pdf")
    assert "not a text file" in refusal(document, "ke-hoach.txt")


def test_a_workbook_renamed_docx_is_refused_as_not_a_word_document(tmp_path):
    import openpyxl

    openpyxl.Workbook().save(tmp_path / "a.xlsx")

    assert "not a Word document" in refusal(tmp_path / "a.xlsx", "ke-hoach.docx")


def test_an_old_word_97_document_is_refused_saying_to_save_it_as_docx(tmp_path):
    (tmp_path / "cu.doc").write_bytes(OLE_MAGIC + b"\0" * 1024)
    (tmp_path / "cu.docx").write_bytes(OLE_MAGIC + b"\0" * 1024)

    assert ".docx" in refusal(tmp_path / "cu.doc") and "97" in refusal(tmp_path / "cu.doc")
    assert "save it as .docx" in refusal(tmp_path / "cu.docx")


def test_a_password_protected_word_document_is_refused(tmp_path):
    body = OLE_MAGIC + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64
    (tmp_path / "mat-khau.docx").write_bytes(body + "EncryptedPackage".encode("utf-16-le"))

    assert "password" in refusal(tmp_path / "mat-khau.docx")


def test_a_password_protected_pdf_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "mat-khau.pdf"
    page = canvas.Canvas(str(path), encrypt="bi-mat")
    page.setFont(pdf_font(), 12)
    page.drawString(72, 720, "Giao Sở Công Thương chủ trì thực hiện nhiệm vụ trong năm 2025.")
    page.save()

    assert "password" in refusal(path)


def test_a_scanned_pdf_without_a_text_layer_is_refused_saying_what_to_do(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    for _page in range(2):
        page.rect(72, 72, 400, 600, fill=1)  # the picture of a page
        page.showPage()
    page.save()

    message = refusal(path)

    assert "scanned" in message and ".docx" in message and "OCR" in message


def test_a_damaged_pdf_and_a_damaged_docx_are_refused(tmp_path):
    (tmp_path / "hong.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    (tmp_path / "hong.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)

    assert "damaged" in refusal(tmp_path / "hong.pdf")
    assert "damaged" in refusal(tmp_path / "hong.docx")


def test_a_file_of_another_kind_is_refused_naming_the_kinds_accepted(tmp_path):
    (tmp_path / "a.odt").write_bytes(b"PK\x03\x04")

    assert ".docx, .pdf or .txt" in refusal(tmp_path / "a.odt")


def test_a_docx_past_the_size_limit_is_refused(tmp_path):
    path = build_docx(tmp_path / "a.docx", ["Giao Sở Công Thương chủ trì."])

    assert "larger than the limit" in refusal(path, limits=Limits(1000, 10**8, 200, 100, 50))


def test_a_docx_with_more_paragraphs_than_the_limit_is_refused(tmp_path):
    path = build_docx(tmp_path / "a.docx", [f"Đoạn {number}." for number in range(30)])

    assert "more than 20 paragraphs" in refusal(path, limits=Limits(10**7, 10**8, 200, 20, 50))


def test_a_pdf_with_more_pages_than_the_limit_is_refused(tmp_path):
    path = build_pdf(tmp_path / "a.pdf", [f"Đoạn văn số {number} của kế hoạch. " * 40 for number in range(20)])

    assert "pages" in refusal(path, limits=Limits(10**7, 10**8, 200, 1000, 50, max_pages=2))


def test_a_docx_zip_bomb_is_refused_from_its_directory(tmp_path):
    assert "zip bomb" in refusal(zip_bomb(tmp_path / "bom.docx"))


def test_xml_entities_anywhere_in_a_word_part_are_refused(tmp_path):
    assert "DOCTYPE" in refusal(entities(tmp_path / "thuc-the.docx"))


def test_the_refusals_are_in_vietnamese(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"")
    (tmp_path / "cu.doc").write_bytes(OLE_MAGIC + b"\0" * 1024)

    with translation.override("vi"):
        assert "không có dữ liệu" in refusal(tmp_path / "a.docx")
        assert "Word 97–2003" in refusal(tmp_path / "cu.doc") and "lưu" in refusal(tmp_path / "cu.doc")


def read_in_a_limited_process(path, name):
    env = {**os.environ, "PORTAL_TESTING": "1", "DJANGO_SETTINGS_MODULE": "portal.settings", "LANGUAGE_CODE": "en"}
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", READ_UNDER_LIMITS, str(path), name],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT + 15,
    )
    assert child.returncode == 0, f"exit {child.returncode}: {child.stdout[-500:]} {child.stderr[-2000:]}"
    assert child.stdout.startswith("REFUSED"), child.stdout
    reader_seconds, peak_bytes = float(child.stdout.split()[1]), int(child.stdout.split()[2])
    assert reader_seconds < TIME_LIMIT and peak_bytes < MEMORY_LIMIT
    assert time.perf_counter() - started < TIME_LIMIT * 3
    return child.stdout


@pytest.mark.parametrize("hostile", ["zip bomb", "entities", "empty", "renamed"])
def test_a_hostile_docx_is_refused_quickly_in_under_300_mb(hostile, tmp_path):
    if hostile == "zip bomb":
        path, expected = zip_bomb(tmp_path / "bom.docx"), "zip bomb"
    elif hostile == "entities":
        path, expected = entities(tmp_path / "thuc-the.docx"), "DOCTYPE"
    elif hostile == "empty":
        path, expected = tmp_path / "trong.docx", "empty"
        path.write_bytes(b"")
    else:
        path, expected = tmp_path / "doi-ten.docx", "PDF document"
        path.write_bytes(build_pdf(tmp_path / "a.pdf", ["Giao Sở Công Thương chủ trì."]).read_bytes())

    assert expected in read_in_a_limited_process(path, path.name)
