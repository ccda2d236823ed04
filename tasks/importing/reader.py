"""Stream a workbook's or CSV file's rows as cell values, each row knowing its sheet and number.

Workbooks are read by `xlsx.Workbook` (one chunk of XML in memory at a time); formulas come out
as their text, wrapped in `Formula`, and are never evaluated. It reads a file that
`safety.check_file` passed: that check's scan of each sheet's XML holds the limits on rows and
columns before any row is built, and gives the merged ranges; a cell merged down several rows is
repeated in each of them (a lead agency merged over three tasks leads all three).
"""

import csv
import datetime
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _

from .safety import RefusedFile, csv_delimiter
from .xlsx import UnsafeXml, Workbook

_SPACES = re.compile(r"[ \t\xa0\u2009\u202f]+")


@dataclass(frozen=True, slots=True)
class Row:
    sheet: str
    number: int
    cells: tuple


@dataclass
class Sheet:
    name: str
    total_rows: int | None
    rows: object  # an iterator of Row


def clean_text(value):
    """Cell text as people meant it: NFC, no stray spaces, no empty lines; line breaks kept."""
    if value.isascii() and "\n" not in value and "  " not in value and value == value.strip() and "\t" not in value:
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
        workbook = Workbook(path)
    except (UnsafeXml, DefusedXmlException):
        raise RefusedFile(_("The workbook contains XML entity declarations: refused.")) from None
    except Exception:  # a broken package fails in many ways (KeyError, ParseError, zip errors)
        raise RefusedFile(_("The workbook is damaged and cannot be opened.")) from None
    with workbook:
        for name, member, state in workbook.sheets:
            if state == "visible":
                scan = checked.sheets[member]
                yield Sheet(name, scan.rows, _xlsx_rows(workbook, name, member, scan.merges))


def _xlsx_rows(workbook, name, member, merges):
    filling = []  # (column, value, last row) of merged ranges being repeated downwards
    try:
        for number, values in workbook.rows(member):
            cells = [clean_text(value) or None if type(value) is str else value for value in values]
            if filling:
                filling = [fill for fill in filling if fill[2] >= number]
                for column, value, _last in filling:
                    cells.extend([None] * (column + 1 - len(cells)))
                    cells[column] = value
            for column, last in merges.get(number, ()):
                if column < len(cells) and cells[column] is not None:
                    filling.append((column, cells[column], last))
            yield Row(name, number, tuple(cells))
    except UnsafeXml:
        raise RefusedFile(_("The workbook contains XML entity declarations: refused.")) from None
    except (expat.ExpatError, ValueError, IndexError, zipfile.BadZipFile, zlib.error):
        raise RefusedFile(_("Sheet “%(sheet)s” is damaged and cannot be read.") % {"sheet": name}) from None


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
