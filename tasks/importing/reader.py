"""Stream a workbook's or CSV file's rows as cell values, each row knowing its sheet and number.

Workbooks (.xlsx, .xls, .ods) are read by calamine (python-calamine, Rust), which gives each cell's
value; a formula comes out as the value the spreadsheet saved for it, never evaluated, and the row
says which of its cells were formulas (found by `safety.check_file`'s scan, as calamine cannot
tell). It reads a file that `check_file` passed: that scan holds the limits on rows and columns
before calamine builds a sheet, and gives the merged ranges; a cell merged down several rows is
repeated in each of them (a lead agency merged over three tasks leads all three). Text typed in
the old TCVN3 or VNI font encodings is read back as Unicode, and the row says where.
"""

import csv
import datetime
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import python_calamine
from django.utils.translation import gettext as _

from .safety import RefusedFile, csv_delimiter
from .vntext import legacy_encoding, to_unicode

_SPACES = re.compile(r"[ \t\xa0\u2009\u202f]+")
# What makes a cell's text need tidying: a line break, a tab, an unusual space, or two spaces in a row.
_UNTIDY = re.compile(r"[\t\n\r\xa0\u2009\u202f]|  ")


@dataclass(frozen=True, slots=True)
class Row:
    sheet: str
    number: int
    cells: tuple
    formulas: dict | None = None  # {column index: whether the spreadsheet saved a value} of its formula cells
    converted: tuple = ()  # (column index, "TCVN3" or "VNI") of the cells read from an old font encoding
    # ((first column index, last column index), …) of the merged ranges wider than one column that cross the row: the
    # reader gives a merged range's value in its first column only
    spans: tuple = ()


@dataclass
class Sheet:
    name: str
    total_rows: int | None
    rows: object  # an iterator of Row


def clean_text(value):
    """Cell text as people meant it: NFC, no stray spaces, no empty lines; line breaks kept."""
    if not _UNTIDY.search(value) and value == value.strip() and unicodedata.is_normalized("NFC", value):
        return value
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    lines = (_SPACES.sub(" ", line).strip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def cell_text(value):
    """Any cell value as text: 1.0 typed as a number reads "1", a date reads dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0, 0):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y")
    return str(value)


def read_sheets(path, checked, name=None):
    """Yield each visible sheet of the file `checked` (what `check_file` found) as a `Sheet` whose rows are read
    lazily; a CSV file's one sheet is called `name`, the name the file was uploaded under (the stored file has a
    random name)."""
    if checked.kind == "csv":
        yield _csv_sheet(Path(path), name or Path(path).name)
        return
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise RefusedFile(
            _("The workbook is protected by a password. Remove the password in Excel and upload again.")
        ) from None
    except Exception:  # a broken package fails in many ways (zip, XML, records)
        raise RefusedFile(_("The workbook is damaged and cannot be opened.")) from None
    with workbook:
        for metadata in workbook.sheets_metadata:
            scan = checked.sheets.get(metadata.name)
            if scan is None or metadata.visible != python_calamine.SheetVisibleEnum.Visible:
                continue
            yield Sheet(metadata.name, scan.rows, _workbook_rows(workbook, metadata.name, scan))


def _workbook_rows(workbook, name, scan):
    try:
        sheet = workbook.get_sheet_by_name(name)
        start = sheet.start
        if start is None:
            return
        # calamine gives every row from the first (row 1), and the columns from the first that holds a cell.
        before = (None,) * start[1]
        filling = []  # (column, value, last row) of merged ranges being repeated downwards
        across = []  # (first column, last column, last row) of merged ranges wider than a column, down to their end
        # Offices repeat the same cell text thousands of times (agencies, timeframes, labels): each distinct text of
        # the sheet is tidied and checked for an old font encoding once.
        read = {}
        for number, values in enumerate(sheet.iter_rows(), start=1):
            cells, converted = _cells(values, before, read)
            if filling:
                filling = [fill for fill in filling if fill[2] >= number]
                for column, value, _last in filling:
                    cells.extend([None] * (column + 1 - len(cells)))
                    cells[column] = value
            for column, last in scan.merges.get(number, ()):
                if column < len(cells) and cells[column] is not None:
                    filling.append((column, cells[column], last))
            while cells and cells[-1] is None:
                cells.pop()
            if across or number in scan.spans:
                across = [span for span in across if span[2] >= number] + scan.spans.get(number, [])
            spans = tuple((first, last) for first, last, _last_row in across)
            yield Row(name, number, tuple(cells), scan.formulas.get(number), converted, spans)
    except RefusedFile:
        raise
    except Exception:  # calamine's errors for a damaged part (XML, zip, records)
        raise RefusedFile(_("Sheet “%(sheet)s” is damaged and cannot be read.") % {"sheet": name}) from None


def _cells(values, before, read):
    cells, converted = list(before), ()
    for value in values:
        if type(value) is str:
            known = read.get(value)
            if known is None:
                known = read[value] = _text(value)
            value, encoding = known
            if encoding:
                converted += ((len(cells), encoding),)
        elif type(value) is float and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        cells.append(value)
    return cells, converted


def _text(value):
    """A text cell's value (None when empty) and the old font encoding it was read from, if any."""
    if not value:
        return None, None
    encoding = None if value.isascii() else legacy_encoding(value)
    if encoding:
        value = to_unicode(value, encoding)
    return clean_text(value) or None, encoding


def _csv_sheet(path, name):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(16 * 1024)
        total = sum(1 for _line in handle) + sample.count("\n")
    return Sheet(name, total, _csv_rows(path, name, csv_delimiter(sample)))


def _csv_rows(path, name, delimiter):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            for number, values in enumerate(reader, start=1):
                if any("\x00" in value for value in values):
                    # The upload check reads only the file's start; PostgreSQL refuses NUL in any text it stores.
                    raise RefusedFile(
                        _(
                            "Sheet “%(sheet)s”, row %(row)s: the file holds a NUL character (byte 0), which text "
                            "cannot contain. Save it again as CSV UTF-8."
                        )
                        % {"sheet": name, "row": number}
                    )
                yield Row(name, number, tuple(clean_text(value) or None for value in values))
        except (csv.Error, UnicodeDecodeError):
            raise RefusedFile(_("The CSV file cannot be read past row %(row)s.") % {"row": reader.line_num}) from None
