"""Checks a file must pass before any parser touches it: kind, size, zip bomb, encryption, XML tricks, rows, columns.

Every check reads only headers, a bounded prefix, or streams the file in chunks, so a hostile file
is refused quickly and in little memory. The last check scans each sheet (an .xlsx sheet's XML here,
an .xls or .ods file in `scans`, the CSV's records) for the row and column numbers it claims, before
a reader builds anything per row: the reader (calamine) builds a sheet as one block of cells from
its first to its last, so a sheet whose one row is numbered 99999999999 would otherwise be padded
with empty cells until memory runs out. The same scan notes the merged ranges and the formula cells
(calamine gives a formula's saved value and cannot tell it from a typed one). The reader that runs
afterwards trusts these bounds.
"""

import csv
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from defusedxml.ElementTree import fromstring
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import scans
from .counting import RefusedFile, RowCounter, SheetScan, thousands

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF"
# Excel stores a password-protected .xlsx as an OLE file holding these streams (MS-OFFCRYPTO).
OLE_ENCRYPTION_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
XML_DECLARATION_TRICKS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
XML_PREFIX_BYTES = 4096
# A zip entry must be this large before its ratio counts: tiny parts compress oddly.
RATIO_MIN_BYTES = 1024 * 1024
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
SCAN_CHUNK = 1 << 20
# A row or cell start tag, whatever its namespace prefix; attribute values are matched whole, so a quoted ">"
# cannot end the tag early and hide an attribute after it.
SHEET_TAG = re.compile(rb"""<(?:[^\s<>/!?:]+:)?(row|c|mergeCell)(?=[\s/>])((?:[^<>"']++|"[^"<]*+"|'[^'<]*+')*+)>""")
ATTRIBUTE = re.compile(rb"""([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
ROW_NUMBER = re.compile(rb"[0-9]{1,15}")
# What Excel, LibreOffice and openpyxl write: every row numbered and every cell referenced, first attribute.
PLAIN_ROW = re.compile(rb'<row r="([0-9]{1,15})"')
PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
FORMULA_TAG = re.compile(rb"<(?:[^\s<>/!?:]+:)?f[\s/>]")
MERGE_RANGE = re.compile(rb"([A-Z]{1,3})([0-9]{1,15}):([A-Z]{1,3})([0-9]{1,15})")
# Column letters (upper or lower case, as the reader accepts them) -> column number, for A to XFD.
MAX_COLUMN = 16384  # XFD


def column_letter(number):
    """A column's letters from its number (1: A, 27: AA), as a spreadsheet names it; openpyxl, which has the same,
    is not loaded for it (some 13 MB the import does not otherwise need)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_number(letters):
    """A column's number from its letters (A: 1, AA: 27)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


_COLUMNS = {
    case(column_letter(index)).encode(): index for index in range(1, MAX_COLUMN + 1) for case in (str.upper, str.lower)
}
CSV_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_unpacked_bytes: int
    max_ratio: int
    max_rows: int  # also the paragraphs and table rows of a document
    max_columns: int
    max_pages: int = 1000  # of a PDF
    max_seconds: float = 60  # reading a document (a PDF's pages, a .docx's paragraphs)

    @classmethod
    def from_settings(cls):
        return cls(
            max_file_bytes=settings.IMPORT_MAX_FILE_BYTES,
            max_unpacked_bytes=settings.IMPORT_MAX_UNPACKED_BYTES,
            max_ratio=settings.IMPORT_MAX_ZIP_RATIO,
            max_rows=settings.IMPORT_MAX_ROWS,
            max_columns=settings.IMPORT_MAX_COLUMNS,
            max_pages=settings.IMPORT_MAX_PAGES,
            max_seconds=settings.IMPORT_MAX_READ_SECONDS,
        )


# The largest block of cells one sheet may span (rows × columns, from A1): calamine holds it whole in memory.
MAX_SHEET_CELLS = 4_000_000
WORKBOOK_EXTENSIONS = (".xlsx", ".xls", ".ods")
EXTENSIONS = (*WORKBOOK_EXTENSIONS, ".csv")


@dataclass(frozen=True)
class CheckedFile:
    kind: str  # "xlsx", "xls", "ods" or "csv"
    rows: int  # rows a reader yields for the sheets it reads, empty rows before a row's number included
    sheets: dict  # of a workbook: {name of a visible sheet: SheetScan}


def _password_protected():
    return _("The workbook is protected by a password. Remove the password in Excel and upload again.")


def check_file(path, original_name, limits=None):
    """Refuse anything but a sane .xlsx, .xls, .ods or UTF-8 .csv within the limits; return its kind and rows."""
    limits = limits or Limits.from_settings()
    path = Path(path)
    extension = Path(original_name).suffix.lower()
    if extension == ".xlsb":
        # calamine reads .xlsb, but the checks above every reader (rows, columns, merged cells, formulas, found
        # before the file is opened) do not yet read its binary records: refused, naming the way out.
        raise RefusedFile(
            _(
                "“%(name)s” is an Excel binary workbook (.xlsb), which the import cannot yet check before reading it. "
                "In Excel choose File › Save As › Excel Workbook (.xlsx) and upload that file."
            )
            % {"name": original_name}
        )
    if extension not in EXTENSIONS:
        raise RefusedFile(
            _(
                "“%(name)s” is not a spreadsheet the import reads. Save it as Excel (.xlsx or .xls), "
                "OpenDocument (.ods) or CSV UTF-8."
            )
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
        _refuse_encrypted_ole(path)
        if extension != ".xls":
            raise RefusedFile(
                _(
                    "“%(name)s” is an old Excel 97–2003 workbook under another name. Rename it to .xls, "
                    "or save it as .xlsx."
                )
                % {"name": original_name}
            )
        rows, sheets = scans.scan_xls(path, original_name, limits)
        return CheckedFile("xls", rows, _within_cells(sheets))
    if head.startswith(PDF_MAGIC):
        raise RefusedFile(_("“%(name)s” is a PDF document, not a spreadsheet.") % {"name": original_name})
    if extension in WORKBOOK_EXTENSIONS:
        if not head.startswith(ZIP_MAGIC):
            raise RefusedFile(
                _("“%(name)s” is not a workbook of the kind its name ends in (%(extension)s).")
                % {"name": original_name, "extension": extension}
            )
        rows, sheets = _check_workbook_archive(path, original_name, limits, extension)
        return CheckedFile(extension[1:], rows, _within_cells(sheets))
    _check_csv(path, original_name)
    return CheckedFile("csv", _count_csv_rows(path, original_name, limits), {})


def _refuse_encrypted_ole(path):
    data = path.read_bytes()  # bounded by max_file_bytes, checked before
    if any(marker in data for marker in OLE_ENCRYPTION_MARKERS):
        raise RefusedFile(_password_protected())


def _within_cells(sheets):
    """Refuse a sheet whose block of cells, from A1 to its last row and widest column, is past MAX_SHEET_CELLS."""
    for name, scan in sheets.items():
        if scan.rows * max(scan.width, 1) > MAX_SHEET_CELLS:
            raise RefusedFile(
                _(
                    "Sheet “%(sheet)s” spans %(rows)s rows and %(columns)s columns, more cells than one import "
                    "reads. Delete what lies below or to the right of the task list."
                )
                % {"sheet": name, "rows": thousands(scan.rows), "columns": scan.width}
            )
    return sheets


def _check_workbook_archive(path, original_name, limits, extension=".xlsx"):
    corrupt = _("“%(name)s” is damaged and cannot be opened as a workbook.") % {"name": original_name}
    with open_package(path, corrupt) as archive:
        names = set(archive.namelist())
        if extension == ".ods":
            if "content.xml" not in names:
                raise RefusedFile(
                    _("“%(name)s” is a zip archive but not an OpenDocument spreadsheet.") % {"name": original_name}
                )
        elif "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise RefusedFile(_("“%(name)s” is a zip archive but not an Excel workbook.") % {"name": original_name})
        if scans.ods_encrypted(archive, names):
            raise RefusedFile(_password_protected())
        check_package(archive, limits, corrupt=corrupt, password=_password_protected())
        if extension == ".ods":
            return scans.scan_ods(archive, limits)
        try:
            sheets = workbook_sheets(archive)
        except Exception:  # a broken package fails in many ways (KeyError, ParseError, zip errors)
            raise RefusedFile(_("The workbook is damaged and cannot be opened.")) from None
        counter = RowCounter(limits)
        visible = [(name, member) for name, member, state in sheets if state == "visible"]
        found = {name: _scan_sheet(archive, name, member, counter) for name, member in visible}
        return counter.total, found


def open_package(path, corrupt):
    """The Office file (a zip archive) opened, or RefusedFile(corrupt) when it is not one."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise RefusedFile(corrupt) from None


def check_package(archive, limits, *, corrupt, password, whole_xml=False):
    """Refuse an Office package that is encrypted, unpacks past the limits (a zip bomb) or declares XML entities.

    Only the zip's directory is read for the sizes. The XML parts are searched for DOCTYPE or ENTITY: their first
    4 KB, or, with `whole_xml`, all of them in chunks (for a reader whose parser does not refuse a DTD itself).
    """
    entries = archive.infolist()
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise RefusedFile(password)
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise RefusedFile(
            _("The file unpacks to %(size)s, more than the limit of %(limit)s: refused as a possible zip bomb.")
            % {"size": filesizeformat(unpacked), "limit": filesizeformat(limits.max_unpacked_bytes)}
        )
    for entry in entries:
        if entry.file_size >= RATIO_MIN_BYTES and entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
            raise RefusedFile(
                _(
                    "A part of the file (%(part)s) unpacks to %(ratio)s times its packed size, "
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
                declares = _declares_entities(archive, entry, whole_xml)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error):
                raise RefusedFile(corrupt) from None
            if declares:
                raise RefusedFile(
                    _("The file contains XML declarations (DOCTYPE or ENTITY) that Office programs never write.")
                )


def _declares_entities(archive, entry, whole):
    with archive.open(entry) as member:
        if not whole:
            return bool(XML_DECLARATION_TRICKS.search(member.read(XML_PREFIX_BYTES)))
        tail = b""
        while chunk := member.read(SCAN_CHUNK):
            if XML_DECLARATION_TRICKS.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def workbook_sheets(archive):
    """(name, path of its XML in the archive, state) of each sheet the workbook lists, in order."""
    root = fromstring(archive.read("xl/workbook.xml"))
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(f"{PACKAGE_REL}Relationship")}
    sheets = []
    for sheet in root.iter(f"{MAIN}sheet"):
        target = targets.get(sheet.get(f"{REL}id"), "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        sheets.append((sheet.get("name"), path, sheet.get("state", "visible")))
    return sheets


def _scan_sheet(archive, name, member, counter):
    """Stream the sheet's XML once, in chunks, feeding each row and cell start tag to the counter."""
    damaged = RefusedFile(_("Sheet “%(sheet)s” is damaged and cannot be read.") % {"sheet": name})
    counter.sheet(name)
    before, state, tail = counter.total, _TagState(), b""
    try:
        with archive.open(member) as source:
            while chunk := source.read(SCAN_CHUNK):
                data = tail + chunk
                # Cut before the last "<": a tag is never split between two passes.
                cut = data.rfind(b"<")
                if cut < 0:
                    cut = len(data)
                tail = data[cut:]
                if len(tail) > SCAN_CHUNK:  # Excel caps a cell at 32,767 characters; this is no sheet
                    raise damaged
                whole = data[:cut]
                # `<!` first: a literal search, many times faster than the case-blind pattern it guards.
                if b"<!" in whole and XML_DECLARATION_TRICKS.search(whole):
                    raise RefusedFile(_("The workbook contains XML entity declarations: refused."))
                state.formulas_seen = state.formulas_seen or FORMULA_TAG.search(whole) is not None
                if not _scan_plain_tags(whole, counter, state):
                    _scan_tags(whole, counter, state, damaged)
            if XML_DECLARATION_TRICKS.search(tail):
                raise RefusedFile(_("The workbook contains XML entity declarations: refused."))
            state.formulas_seen = state.formulas_seen or FORMULA_TAG.search(tail) is not None
            _scan_tags(tail, counter, state, damaged)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, zlib.error):
        raise damaged from None
    formulas = _xlsx_formulas(archive, member, damaged) if state.formulas_seen else {}
    return SheetScan(counter.total - before, state.merges, formulas, max(state.widest, state.width), spans=state.spans)


class _TagState:
    def __init__(self):
        self.width = 0
        self.widest = 0
        self.merges = {}
        self.spans = {}
        self.formulas_seen = False


def _xlsx_formulas(archive, member, damaged):
    """{row: {column index: whether a value was saved}} of the sheet's formula cells (read only when it has some)."""
    try:
        return scans.formula_cells(archive, member)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError):
        raise damaged from None


def _attribute(attributes, wanted):
    for attribute, double, single in ATTRIBUTE.findall(attributes):
        if attribute == wanted:
            return double or single
    return None


def _scan_plain_tags(data, counter, state):
    """The same count as `_scan_tags`, about three times faster, for a run of tags written as Excel writes them.

    Literal searches find every row number and column; the run qualifies only if they found every row and
    cell start tag there is, none prefixed and no cell past the limit (else `_scan_tags` reads it tag by tag).
    """
    # A colon is rare past the sheet's first tag: one search for it spares the two for prefixed tags.
    if b"mergeCell" in data or (b":" in data and (b":row" in data or b":c" in data)):
        return False
    numbers = PLAIN_ROW.findall(data)
    if data.count(b"<row") != len(numbers):
        return False
    cells = PLAIN_CELL.findall(data)
    if data.count(b"<c") != len(cells):  # also <col>, <cfRule>...: those runs are read tag by tag
        return False
    widest = max((_COLUMNS.get(letters, MAX_COLUMN + 1) for letters in set(cells)), default=0)
    if widest > counter.limits.max_columns:
        return False
    for number in numbers:
        counter.start_row(int(number))
    # The cells after the last row start belong to it: it is at most as wide as the widest column seen.
    state.width = widest if numbers else max(state.width, widest)
    state.widest = max(state.widest, widest)
    return True


def _scan_tags(data, counter, state, damaged):
    """Count the rows and the width of each row in this run of whole tags; collect the merged ranges."""
    width, limit, columns = state.width, counter.limits.max_columns, _COLUMNS
    for tag, attributes in SHEET_TAG.findall(data):
        if attributes.startswith(b' r="'):
            reference = attributes[4 : attributes.index(b'"', 4)]
        elif b"r" in attributes:
            reference = _attribute(attributes, b"r")
        else:
            reference = None
        if tag == b"c":
            if reference is None:
                width += 1
            else:
                column = columns.get(reference.rstrip(b"0123456789"))
                if column is None:
                    raise damaged  # not a column a reader can place (Excel's last is XFD)
                if column > width:
                    width = column
            if width > limit:
                counter.check_width(width)
        elif tag == b"row":
            if reference is None:
                counter.start_row()
            elif ROW_NUMBER.fullmatch(reference):
                counter.start_row(int(reference))
            else:
                raise damaged
            state.widest = max(state.widest, width)
            width = 0
        else:
            _merge(_attribute(attributes, b"ref"), counter, state)
    state.width = width


def _merge(reference, counter, state):
    """Note a merged range: one taller than a row in `state.merges`, one wider than a column in `state.spans`."""
    found = MERGE_RANGE.fullmatch(reference or b"")
    if found is None:
        return  # as the reader ignores it
    first, min_row, last, max_row = found.groups()
    min_col, max_col = column_number(first.decode()), column_number(last.decode())
    min_row, max_row = int(min_row), int(max_row)
    counter.check_width(max(min_col, max_col), row=min_row)
    if max_row > min_row:
        state.merges.setdefault(min_row, []).append((min_col - 1, max_row))
    if max_col > min_col:
        state.spans.setdefault(min_row, []).append((min_col - 1, max_col - 1, max_row))


def csv_delimiter(sample):
    """The delimiter a CSV file's first lines use (comma, semicolon or tab); a comma when they do not say."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        return ","


def _count_csv_rows(path, original_name, limits):
    counter = RowCounter(limits)
    counter.sheet(original_name)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        delimiter = csv_delimiter(handle.read(16 * 1024))
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            for record in reader:
                counter.start_row()
                counter.check_width(len(record))
        except (csv.Error, UnicodeDecodeError):
            raise RefusedFile(_("The CSV file cannot be read past row %(row)s.") % {"row": reader.line_num}) from None
    return counter.total


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
