"""What the server accepts as evidence: size, extension, and content that matches the extension."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from reports.attachments import check_upload
from reports.tests.factories import WORD_PART, docx_upload, exe_upload, pdf_upload

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.mark.parametrize(
    "upload",
    [
        pdf_upload("Báo cáo quý IV.PDF"),
        docx_upload(),
        SimpleUploadedFile("anh.png", PNG_BYTES),
        SimpleUploadedFile("anh.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 16),
        SimpleUploadedFile("cu.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16),
    ],
    ids=["pdf", "docx", "png", "jpg", "xls"],
)
def test_office_documents_pdf_and_images_are_accepted(upload):
    check_upload(upload)


def test_program_renamed_pdf_is_refused_by_its_content():
    with pytest.raises(ValidationError) as error:
        check_upload(exe_upload("bao-cao.pdf"))
    assert error.value.code == "bad_content"


def test_zip_renamed_docx_without_a_word_part_is_refused():
    with pytest.raises(ValidationError) as error:
        check_upload(docx_upload("bang.docx", part="application/x-something-else"))
    assert error.value.code == "bad_content"
    with pytest.raises(ValidationError):
        check_upload(docx_upload("bang.xlsx", part=WORD_PART))


def test_unlisted_extension_is_refused():
    with pytest.raises(ValidationError) as error:
        check_upload(SimpleUploadedFile("setup.exe", b"MZ\x90\x00"))
    assert error.value.code == "bad_extension"


def test_file_over_the_size_limit_is_refused_without_reading_it():
    upload = pdf_upload()
    upload.size = 200 * 1024 * 1024
    with pytest.raises(ValidationError) as error:
        check_upload(upload)
    assert error.value.code == "too_large"
    assert "200" in str(error.value.message % error.value.params)


def test_limit_comes_from_settings(settings):
    settings.REPORT_ATTACHMENT_MAX_BYTES = 10
    with pytest.raises(ValidationError):
        check_upload(pdf_upload())
