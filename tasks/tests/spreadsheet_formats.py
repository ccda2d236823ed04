"""The same test workbook saved as an office would in the other formats: Excel 97–2003 (.xls) and OpenDocument (.ods).

Each copies an .xlsx built by openpyxl cell by cell, with its merged ranges, dates and line breaks,
through a writer of that format (xlwt, odfpy), so one expectation serves every format.
"""

import datetime
import struct

import olefile
import openpyxl
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P


def _merges(sheet):
    """{(top row, left column): (rows, columns)} and the set of covered (row, column), 1-based."""
    tops, covered = {}, set()
    for merged in sheet.merged_cells.ranges:
        tops[(merged.min_row, merged.min_col)] = (
            merged.max_row - merged.min_row + 1,
            merged.max_col - merged.min_col + 1,
        )
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                if (row, column) != (merged.min_row, merged.min_col):
                    covered.add((row, column))
    return tops, covered


def as_xls(source, path):
    """Save the .xlsx `source` as an Excel 97–2003 workbook at `path`."""
    workbook = openpyxl.load_workbook(source)
    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for sheet in workbook.worksheets:
        out = book.add_sheet(sheet.title[:31], cell_overwrite_ok=True)
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if value is None:
                    continue
                if isinstance(value, (datetime.date, datetime.datetime)):
                    out.write(cell.row - 1, cell.column - 1, value, date_style)
                else:
                    out.write(cell.row - 1, cell.column - 1, value)
        for (row, column), (height, width) in _merges(sheet)[0].items():
            out.merge(row - 1, row + height - 2, column - 1, column + width - 2)
    book.save(str(path))
    return path


def as_ods(source, path, *, formulas=None):
    """Save the .xlsx `source` as an OpenDocument spreadsheet at `path`; `formulas` {(row, column): (formula, value
    or None)} writes those cells as formulas, with their saved value when one is given."""
    workbook = openpyxl.load_workbook(source)
    document = OpenDocumentSpreadsheet()
    formulas = formulas or {}
    for sheet in workbook.worksheets:
        table = Table(name=sheet.title)
        tops, covered = _merges(sheet)
        for row_number in range(1, sheet.max_row + 1):
            row = TableRow()
            for column in range(1, sheet.max_column + 1):
                if (row_number, column) in covered:
                    row.addElement(CoveredTableCell())
                    continue
                spans = {}
                if (row_number, column) in tops:
                    height, width = tops[(row_number, column)]
                    spans = {"numberrowsspanned": height, "numbercolumnsspanned": width}
                if (row_number, column) in formulas:
                    formula, saved = formulas[(row_number, column)]
                    if saved is None:
                        row.addElement(TableCell(formula=formula, **spans))
                    else:
                        cell = TableCell(formula=formula, valuetype="float", value=saved, **spans)
                        cell.addElement(P(text=str(saved)))
                        row.addElement(cell)
                    continue
                row.addElement(_ods_cell(sheet.cell(row_number, column).value, spans))
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _ods_cell(value, spans):
    if value is None:
        return TableCell(**spans)
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue=str(value).lower(), **spans)
    elif isinstance(value, (int, float)):
        cell = TableCell(valuetype="float", value=value, **spans)
    elif isinstance(value, (datetime.date, datetime.datetime)):
        cell = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%d"), **spans)
        value = value.strftime("%d/%m/%Y")
    else:
        cell = TableCell(valuetype="string", **spans)
    for line in str(value).split("\n"):
        cell.addElement(P(text=line))
    return cell


def set_xls_formula_value(path, value):
    """Give every formula of an xlwt-written .xls the saved number `value`, as Excel stores what it computed
    (xlwt itself saves none)."""
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        position = 0
        while position + 4 <= len(data):
            kind, size = struct.unpack_from("<HH", data, position)
            if kind == 0x0006:
                struct.pack_into("<d", data, position + 4 + 6, value)
            position += 4 + size
        ole.write_stream("Workbook", bytes(data))
    return path
