"""Stream a workbook's or CSV file's rows as cell values, each row knowing its sheet and number.

Workbooks are read by `xlsx.Workbook` (one chunk of XML in memory at a time); formulas come out
as their text, wrapped in `Formula`, and are never evaluated. Merged ranges are read from the
sheet's XML in a first quick pass, and a cell merged down several rows is repeated in each of
them (a lead agency merged over three tasks leads all three).
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
from openpyxl.utils.cell import range_boundaries

from .safety import RefusedFile
from .xlsx import UnsafeXml, Workbook

MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_SPACES = re.compile(r"[ \t\xa0\u2009\u202f]+")
CSV_DELIMITERS = ",;\t"


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


def read_sheets(path, kind, limits, name=None):
    """Yield each visible sheet of the file as a `Sheet` whose rows are read lazily; a CSV file's one sheet is
    called `name`, the name the file was uploaded under (the stored file has a random name)."""
    if kind == "csv":
        yield _csv_sheet(Path(path), limits, name or Path(path).name)
        return
    try:
        workbook = Workbook(path)
    except (UnsafeXml, DefusedXmlException):
        raise RefusedFile(_("The workbook contains XML entity declarations: refused.")) from None
    except Exception:  # a broken package fails in many ways (KeyError, ParseError, zip errors)
        raise RefusedFile(_("The workbook is damaged and cannot be opened.")) from None
    with workbook:
        for name, member, state in workbook.sheets:
            if state != "visible":
                continue
            try:
                rows, merges = _scan_sheet(workbook.archive, member)
            except (KeyError, zipfile.BadZipFile, zlib.error):
                raise RefusedFile(_("The workbook is damaged and cannot be opened.")) from None
            if rows > limits.max_rows:
                raise RefusedFile(_too_many_rows(name, limits))
            yield Sheet(name, rows, _xlsx_rows(workbook, name, member, merges, limits))


def _too_many_rows(sheet, limits):
    return _("Sheet “%(sheet)s” has more than %(limit)s rows, the most one import accepts. Split the file.") % {
        "sheet": sheet,
        "limit": f"{limits.max_rows:,}".replace(",", "."),
    }


def _scan_sheet(archive, member):
    """One fast pass over the sheet's XML: its number of rows, and its merged ranges taller than one row.

    The merges come as {top row: [(column index, last row)]}.
    """
    merges, rows, tail = {}, 0, b""
    with archive.open(member) as source:
        while chunk := source.read(1 << 20):
            data = tail + chunk
            rows += chunk.count(b"<row ") + chunk.count(b"<row>") + chunk.count(b":row ")
            for match in MERGE_REF.finditer(data):
                if match.end() <= len(tail):
                    continue  # found in the previous chunk already
                min_col, min_row, _max_col, max_row = range_boundaries(match.group(1).decode())
                if max_row > min_row:
                    merges.setdefault(min_row, []).append((min_col - 1, max_row))
            tail = data[-64:]
    return rows, merges


def _xlsx_rows(workbook, name, member, merges, limits):
    filling = []  # (column, value, last row) of merged ranges being repeated downwards
    try:
        for number, values in workbook.rows(member):
            if number > limits.max_rows:
                raise RefusedFile(_too_many_rows(name, limits))
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


def _csv_sheet(path, limits, name):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(16 * 1024)
        total = sum(1 for _line in handle) + sample.count("\n")
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        delimiter = ","
    return Sheet(name, total, _csv_rows(path, name, delimiter, limits))


def _csv_rows(path, name, delimiter, limits):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            for number, values in enumerate(reader, start=1):
                if number > limits.max_rows:
                    raise RefusedFile(_too_many_rows(name, limits))
                yield Row(name, number, tuple(clean_text(value) or None for value in values))
        except (csv.Error, UnicodeDecodeError):
            raise RefusedFile(_("The CSV file cannot be read past row %(row)s.") % {"row": reader.line_num}) from None
