"""Which document files the import reads, and reading one into blocks (the spreadsheet path reads the others)."""

from pathlib import Path

from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from tasks.importing.safety import RefusedFile

from .safety import check_document, document_extension
from .text import read_text

# The readers of .docx and .pdf, named rather than imported: python-docx and pdfplumber (with lxml and pdfium, some
# 26 MB) are loaded the first time such a document is read, so the spreadsheet import path, and a worker that has
# only read spreadsheets, never hold them. Both are of this package, below this module (they import neither it nor
# the preview), as portal/tests/test_layering.py checks for every dotted path of a `READERS` registry.
READERS = {".docx": "tasks.intake.docx.read_docx", ".pdf": "tasks.intake.pdf.read_pdf"}


def is_document(original_name):
    """A directive's own document (.docx, .pdf, .txt or pasted text), not a spreadsheet."""
    return document_extension(original_name) is not None


def read_blocks(path, original_name, limits):
    """The file's blocks; RefusedFile for a file `check_document` refuses, or text that is not UTF-8."""
    extension = check_document(path, original_name, limits)
    if extension in READERS:
        return import_string(READERS[extension])(path, limits)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")  # bounded: check_document checked the size
    except UnicodeDecodeError:
        raise RefusedFile(
            _("“%(name)s” is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again.") % {"name": original_name}
        ) from None
    if "\x00" in text:
        raise RefusedFile(_("“%(name)s” is not a text file.") % {"name": original_name})
    return read_text(text)
