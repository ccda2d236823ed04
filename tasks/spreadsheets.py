"""Writing spreadsheets people open in Excel: cells that can never run as formulas (CSV/formula injection)."""

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
