"""Which document files the import reads, and reading one into blocks (the spreadsheet path reads the others)."""

from pathlib import Path

from django.utils.translation import gettext as _

from tasks.importing.safety import RefusedFile

from .docx import read_docx
from .pdf import read_pdf
from .safety import check_document, document_extension
from .text import read_text


def is_document(original_name):
    """A directive's own document (.docx, .pdf, .txt or pasted text), not a spreadsheet."""
    return document_extension(original_name) is not None


def read_blocks(path, original_name, limits):
    """The file's blocks; RefusedFile for a file `check_document` refuses, or text that is not UTF-8."""
    extension = check_document(path, original_name, limits)
    if extension == ".docx":
        return read_docx(path, limits)
    if extension == ".pdf":
        return read_pdf(path, limits)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")  # bounded: check_document checked the size
    except UnicodeDecodeError:
        raise RefusedFile(
            _("“%(name)s” is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again.") % {"name": original_name}
        ) from None
    if "\x00" in text:
        raise RefusedFile(_("“%(name)s” is not a text file.") % {"name": original_name})
    return read_text(text)
