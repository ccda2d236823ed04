"""Checks a directive's file must pass before a reader opens it: its kind from its content, size, zip bomb, XML tricks.

The spreadsheet import's limits apply (`tasks.importing.safety.Limits`): the same file size, unpacked size and
compression ratio, checked from the zip's directory and by streaming, so a hostile file is refused quickly and in
little memory. Nothing is written for a refused file.
"""

from pathlib import Path

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from tasks.importing.safety import (
    OLE_ENCRYPTION_MARKERS,
    OLE_MAGIC,
    PDF_MAGIC,
    ZIP_MAGIC,
    RefusedFile,
    check_package,
    open_package,
)

DOCUMENT_EXTENSIONS = (".docx", ".pdf", ".txt")
WORD_MAIN_PART = "word/document.xml"
SNIFF_BYTES = 1024


def document_extension(original_name):
    """'.docx', '.pdf' or '.txt' for a name a directive may be uploaded under, else None."""
    extension = Path(original_name).suffix.lower()
    return extension if extension in DOCUMENT_EXTENSIONS else None


def is_document_upload(original_name):
    """A file the document checks answer for: a directive's document, or an old Word file they refuse."""
    return document_extension(original_name) is not None or Path(original_name).suffix.lower() == ".doc"


def check_document(path, original_name, limits):
    """Refuse a file that is empty, too big, or not what its name says; return its extension.

    The content decides, not the name alone: a PDF renamed .docx, a Word 97 file renamed .docx or a workbook
    renamed .pdf is refused with what to do instead.
    """
    path = Path(path)
    extension = document_extension(original_name)
    name = {"name": original_name}
    if Path(original_name).suffix.lower() == ".doc":
        raise RefusedFile(_old_word(original_name))
    if extension is None:
        raise RefusedFile(
            _(
                "“%(name)s” is not a .docx, .pdf or .txt file. Save the directive as Word (.docx) or PDF, "
                "or paste its text."
            )
            % name
        )
    size = path.stat().st_size
    if size == 0:
        raise RefusedFile(_("The file “%(name)s” is empty.") % name)
    if size > limits.max_file_bytes:
        raise RefusedFile(
            _("The file is %(size)s, larger than the limit of %(limit)s. Split it into smaller files.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limits.max_file_bytes)}
        )
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path, original_name)
    if extension == ".docx":
        if head.startswith(PDF_MAGIC):
            raise RefusedFile(
                _("“%(name)s” is a PDF document although its name ends in .docx. Rename it to .pdf and upload again.")
                % name
            )
        if not head.startswith(ZIP_MAGIC):
            raise RefusedFile(_("“%(name)s” is not a Word document although its name ends in .docx.") % name)
        _check_word_package(path, original_name, limits)
    elif extension == ".pdf":
        if PDF_MAGIC not in head:  # a PDF may start with a few bytes of garbage before its header
            raise RefusedFile(_("“%(name)s” is not a PDF document although its name ends in .pdf.") % name)
    elif head.startswith((ZIP_MAGIC, PDF_MAGIC)) or b"\x00" in head:
        raise RefusedFile(
            _("“%(name)s” is not a text file although its name ends in .txt. Upload the document under its own kind.")
            % name
        )
    return extension


def _refuse_ole(path, original_name):
    data = path.read_bytes()  # bounded by max_file_bytes, checked before
    if any(marker in data for marker in OLE_ENCRYPTION_MARKERS):
        raise RefusedFile(_document_password())
    raise RefusedFile(_old_word(original_name))


def _old_word(original_name):
    return _(
        "“%(name)s” is an old Word 97–2003 (.doc) document or another old Office file, which is not accepted. "
        "Open it in Word and save it as .docx (or PDF), then upload again."
    ) % {"name": original_name}


def _document_password():
    return _("The document is protected by a password. Remove the password in Word and upload again.")


def _check_word_package(path, original_name, limits):
    corrupt = _("“%(name)s” is damaged and cannot be opened as a Word document.") % {"name": original_name}
    with open_package(path, corrupt) as archive:
        if WORD_MAIN_PART not in archive.namelist():
            raise RefusedFile(
                _("“%(name)s” is a zip archive but not a Word document (an Excel workbook belongs in .xlsx).")
                % {"name": original_name}
            )
        # python-docx parses with lxml, which leaves entities unexpanded but still reads a DTD: none is allowed.
        check_package(archive, limits, corrupt=corrupt, password=_document_password(), whole_xml=True)
