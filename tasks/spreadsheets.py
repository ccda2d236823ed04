"""Writing spreadsheets people open in Excel: cells that can never run as formulas (CSV/formula injection), and
the page set-up offices print with."""

import io

# OWASP's list of characters that make a spreadsheet read a cell as a formula (tab and CR start DDE payloads).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """True when `value` is text a spreadsheet would run as a formula if it were typed in."""
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def write_cell(sheet, row, column, value, **style):
    """Write one cell; text a spreadsheet would run as a formula becomes a plain string cell."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if neutralize(value):
        # A string cell never runs; quotePrefix keeps it text when someone edits the cell in Excel.
        cell.data_type = "s"
        cell.quotePrefix = True
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def office_bytes(book, header_row, freeze=True):
    """The workbook as .xlsx bytes, its active sheet frozen under its header row (unless `freeze` is False: a header
    row far down would freeze half the screen) and printed landscape, one page wide, the header repeated on every
    page."""
    sheet = book.active
    if freeze:
        sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
