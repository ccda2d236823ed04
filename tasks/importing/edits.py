"""Corrections a person makes to the proposed tasks in the preview, kept on the import and applied to the rows
each time the file is read, so the preview, the confirmation and the commit all see the same corrected rows.

A correction replaces what the file says in a row (its task text, lead and coordinating agencies, timeframe) or
drops the row; it goes through the same agency matching and timeframe reading as the file's own words.
"""

from dataclasses import replace

from . import layout as cols
from .reader import Row

EDITABLE = (cols.TEXT, cols.LEAD, cols.COORDINATORS, cols.EXECUTING, cols.TIMEFRAME)
TASK_EDITS = "tasks"  # where the corrections are kept among an import's overrides


def row_key(sheet, number):
    """How a correction names the row it corrects: the sheet (the document's name) and the row (its paragraph)."""
    return f"{sheet}#{number}"


class EditingParser:
    """A RowParser that reads each row as the person corrected it."""

    def __init__(self, parser, edits):
        self._parser = parser
        self._edits = edits or {}

    def __getattr__(self, name):
        return getattr(self._parser, name)

    def parse_row(self, row, layout):
        edit = self._edits.get(row_key(row.sheet, row.number))
        if edit is None:
            return self._parser.parse_row(row, layout)
        if edit.get("dropped"):
            self._parser.result.rows_read += 1
            return None
        columns, cells = dict(layout.columns), list(row.cells)
        for name in EDITABLE:
            if name in edit:
                if name not in columns:
                    columns[name] = len(cells)
                    cells.append(None)
                cells.extend([None] * (columns[name] + 1 - len(cells)))
                cells[columns[name]] = edit[name] or None
        return self._parser.parse_row(Row(row.sheet, row.number, tuple(cells)), replace(layout, columns=columns))
