"""The same test workbook saved as an office would in the other formats: Excel 97–2003 (.xls) and OpenDocument (.ods).

Each copies an .xlsx built by openpyxl cell by cell, with its merged ranges, dates and line breaks,
through a writer of that format (xlwt; the .ods XML written here), so one expectation serves every format.
"""

import datetime
import itertools
import struct
import zipfile
from xml.sax.saxutils import escape

import olefile
import openpyxl
import xlwt


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


def as_xls(source, path, *, formulas=None):
    """Save the .xlsx `source` as an Excel 97–2003 workbook at `path`; `formulas` {(row, column): (formula, value)}
    of its first sheet writes those cells as formulas (`=A5+1`) with the value Excel would have saved."""
    workbook = openpyxl.load_workbook(source)
    formulas = formulas or {}
    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for sheet in workbook.worksheets:
        out = book.add_sheet(sheet.title[:31], cell_overwrite_ok=True)
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if value is None:
                    continue
                if sheet is workbook.worksheets[0] and (cell.row, cell.column) in formulas:
                    out.write(cell.row - 1, cell.column - 1, xlwt.Formula(formulas[cell.row, cell.column][0][1:]))
                elif isinstance(value, (datetime.date, datetime.datetime)):
                    out.write(cell.row - 1, cell.column - 1, value, date_style)
                else:
                    out.write(cell.row - 1, cell.column - 1, value)
        for (row, column), (height, width) in _merges(sheet)[0].items():
            out.merge(row - 1, row + height - 2, column - 1, column + width - 2)
    book.save(str(path))
    if formulas:
        # xlwt writes the FORMULA records in row order; each gets its cell's saved value
        _set_xls_formula_values(path, [formulas[cell][1] for cell in sorted(formulas)])
    return path


def as_ods(source, path, *, formulas=None):
    """Save the .xlsx `source` as an OpenDocument spreadsheet at `path`; `formulas` {(row, column): (formula, value
    or None)} writes those cells as formulas, with their saved value when one is given. The XML is written directly
    (odfpy builds a whole document tree and takes minutes for 10,000 rows)."""
    workbook = openpyxl.load_workbook(source)
    formulas = formulas or {}
    tables = []
    for sheet in workbook.worksheets:
        tops, covered = _merges(sheet)
        rows = []
        columns = sheet.max_column  # openpyxl counts it over every cell each time it is asked
        for row_number in range(1, sheet.max_row + 1):
            cells = []
            for column in range(1, columns + 1):
                if (row_number, column) in covered:
                    cells.append("<table:covered-table-cell/>")
                    continue
                spans = ""
                if (row_number, column) in tops:
                    height, width = tops[(row_number, column)]
                    spans = f' table:number-rows-spanned="{height}" table:number-columns-spanned="{width}"'
                if (row_number, column) in formulas:
                    formula, saved = formulas[(row_number, column)]
                    value = "" if saved is None else f' office:value-type="float" office:value="{saved}"'
                    text = "" if saved is None else f"<text:p>{saved}</text:p>"
                    cells.append(
                        f'<table:table-cell table:formula="{escape(formula)}"{value}{spans}>{text}</table:table-cell>'
                    )
                    continue
                cells.append(_ods_cell(sheet.cell(row_number, column).value, spans))
            rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(sheet.title)}">{"".join(rows)}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {ODS_NAMESPACES} office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value, spans):
    if value is None:
        return f"<table:table-cell{spans}/>"
    if isinstance(value, bool):
        kind = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, (int, float)):
        kind = f'office:value-type="float" office:value="{value}"'
    elif isinstance(value, (datetime.date, datetime.datetime)):
        kind = f'office:value-type="date" office:date-value="{value.strftime("%Y-%m-%d")}"'
        value = value.strftime("%d/%m/%Y")
    else:
        kind = 'office:value-type="string"'
    text = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f"<table:table-cell {kind}{spans}>{text}</table:table-cell>"


def set_xls_formula_value(path, value):
    """Give every formula of an xlwt-written .xls the saved number `value`, as Excel stores what it computed
    (xlwt itself saves none)."""
    return _set_xls_formula_values(path, itertools.repeat(value))


def _set_xls_formula_values(path, values):
    """Give the formulas of an xlwt-written .xls, in the order of their records, the saved numbers `values`."""
    values = iter(values)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        position = 0
        while position + 4 <= len(data):
            kind, size = struct.unpack_from("<HH", data, position)
            if kind == 0x0006:
                struct.pack_into("<d", data, position + 4 + 6, float(next(values)))
            position += 4 + size
        ole.write_stream("Workbook", bytes(data))
    return path
