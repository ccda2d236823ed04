"""Checks a file must pass before any parser touches it: kind, size, zip bomb, encryption, XML tricks.

Every check reads only headers or a bounded prefix, so a hostile file is refused quickly and in
little memory. The parser that runs afterwards (openpyxl) also goes through defusedxml.
"""

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF"
# Excel stores a password-protected .xlsx as an OLE file holding these streams (MS-OFFCRYPTO).
OLE_ENCRYPTION_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
XML_DECLARATION_TRICKS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
XML_PREFIX_BYTES = 4096
# A zip entry must be this large before its ratio counts: tiny parts compress oddly.
RATIO_MIN_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_unpacked_bytes: int
    max_ratio: int
    max_rows: int

    @classmethod
    def from_settings(cls):
        return cls(
            max_file_bytes=settings.IMPORT_MAX_FILE_BYTES,
            max_unpacked_bytes=settings.IMPORT_MAX_UNPACKED_BYTES,
            max_ratio=settings.IMPORT_MAX_ZIP_RATIO,
            max_rows=settings.IMPORT_MAX_ROWS,
        )


def _password_protected():
    return _("The workbook is protected by a password. Remove the password in Excel and upload again.")


class RefusedFile(Exception):
    """The file is not one the importer will open; the message says why, for the user."""


def check_file(path, original_name, limits=None):
    """Refuse anything but a sane .xlsx or UTF-8 .csv; return its kind, "xlsx" or "csv"."""
    limits = limits or Limits.from_settings()
    path = Path(path)
    extension = Path(original_name).suffix.lower()
    if extension not in (".xlsx", ".csv"):
        raise RefusedFile(
            _("“%(name)s” is not an .xlsx or .csv file. Save the workbook as Excel (.xlsx) or CSV UTF-8.")
            % {"name": original_name}
        )
    size = path.stat().st_size
    if size == 0:
        raise RefusedFile(_("The file “%(name)s” is empty.") % {"name": original_name})
    if size > limits.max_file_bytes:
        raise RefusedFile(
            _("The file is %(size)s, larger than the limit of %(limit)s. Split it into smaller files.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limits.max_file_bytes)}
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        _refuse_ole(path)
    if head.startswith(PDF_MAGIC):
        raise RefusedFile(_("“%(name)s” is a PDF document, not a spreadsheet.") % {"name": original_name})
    if extension == ".xlsx":
        if not head.startswith(ZIP_MAGIC):
            raise RefusedFile(
                _("“%(name)s” is not an Excel workbook although its name ends in .xlsx.") % {"name": original_name}
            )
        _check_workbook_archive(path, original_name, limits)
        return "xlsx"
    _check_csv(path, original_name)
    return "csv"


def _refuse_ole(path):
    data = path.read_bytes()  # bounded by max_file_bytes, checked before
    if any(marker in data for marker in OLE_ENCRYPTION_MARKERS):
        raise RefusedFile(_password_protected())
    raise RefusedFile(_("Old Excel 97–2003 (.xls) workbooks are not accepted. Save the file as .xlsx."))


def _check_workbook_archive(path, original_name, limits):
    corrupt = _("“%(name)s” is damaged and cannot be opened as a workbook.") % {"name": original_name}
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise RefusedFile(corrupt) from None
    with archive:
        entries = archive.infolist()
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise RefusedFile(_("“%(name)s” is a zip archive but not an Excel workbook.") % {"name": original_name})
        if any(entry.flag_bits & 0x1 for entry in entries):
            raise RefusedFile(_password_protected())
        unpacked = sum(entry.file_size for entry in entries)
        if unpacked > limits.max_unpacked_bytes:
            raise RefusedFile(
                _("The workbook unpacks to %(size)s, more than the limit of %(limit)s: refused as a possible zip bomb.")
                % {"size": filesizeformat(unpacked), "limit": filesizeformat(limits.max_unpacked_bytes)}
            )
        for entry in entries:
            if entry.file_size >= RATIO_MIN_BYTES and entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
                raise RefusedFile(
                    _(
                        "A part of the workbook (%(part)s) unpacks to %(ratio)s times its packed size, "
                        "more than the limit of %(limit)s: refused as a possible zip bomb."
                    )
                    % {
                        "part": entry.filename,
                        "ratio": entry.file_size // max(entry.compress_size, 1),
                        "limit": limits.max_ratio,
                    }
                )
        for entry in entries:
            if entry.filename.endswith((".xml", ".rels")):
                try:
                    with archive.open(entry) as member:
                        prefix = member.read(XML_PREFIX_BYTES)
                except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
                    raise RefusedFile(corrupt) from None
                if XML_DECLARATION_TRICKS.search(prefix):
                    raise RefusedFile(
                        _("The workbook contains XML declarations (DOCTYPE or ENTITY) that Excel never writes.")
                    )


def _check_csv(path, original_name):
    with path.open("rb") as handle:
        sample = handle.read(64 * 1024)
    if b"\x00" in sample:
        raise RefusedFile(_("“%(name)s” is not a text CSV file.") % {"name": original_name})
    try:
        sample.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is not an error.
        if exc.start < len(sample) - 4:
            raise RefusedFile(
                _("“%(name)s” is not encoded in UTF-8. In Excel choose “CSV UTF-8 (Comma delimited)” when saving.")
                % {"name": original_name}
            ) from None
