"""Corrections a person makes to the proposed tasks in the preview, kept on the import and applied to the rows
each time the file is read, so the preview, the confirmation and the commit all see the same corrected rows.

A correction replaces what the file says in a row (its task text, lead and coordinating agencies, timeframe), says
whether the row is a heading or a task (`heading`: the seeds' overrides use it; the preview's form does not yet), or
drops the row; it goes through the same agency matching and timeframe reading as the file's own words. A row split
in two keeps its first part under the row's key (marked `split`) and its second under `part_key(key)`: the second
becomes the first's sibling right after it, coded `<code>-2`.
"""

from dataclasses import replace

from . import layout as cols
from .reader import Row

EDITABLE = (cols.TEXT, cols.LEAD, cols.COORDINATORS, cols.EXECUTING, cols.TIMEFRAME)
HEADING = "heading"  # True: the row is a heading (context, never reported on); False: a task though items are under it
TASK_EDITS = "tasks"  # where the corrections are kept among an import's overrides
# The names a person unticked among the catalogue bodies the confirm would create: left to map like unknown names.
DECLINED_BODIES = "declined_bodies"


SPLIT = "split"
SECOND = "/2"


def row_key(sheet, number, part=1):
    """How a correction names the row it corrects: the sheet (the document's name) and the row (its paragraph);
    the second part of a row split in two adds `/2`."""
    return f"{sheet}#{number}{SECOND if part == 2 else ''}"


def first_key(key):
    """The row's own key, for the key of either part of a split row."""
    return key.removesuffix(SECOND)


class EditingParser:
    """A RowParser that reads each row as the person corrected it."""

    def __init__(self, parser, edits):
        self._parser = parser
        self._edits = edits or {}

    def __getattr__(self, name):
        return getattr(self._parser, name)

    def parse_row(self, row, layout):
        key = row_key(row.sheet, row.number)
        edit = self._edits.get(key)
        if edit is None:
            return self._parser.parse_row(row, layout)
        if edit.get("dropped"):
            self._parser.result.rows_read += 1
            return None
        before = len(self._parser.result.tasks)
        self._parse_edited(row, layout, edit)
        second = self._edits.get(key + SECOND)
        if edit.get(SPLIT) and second and len(self._parser.result.tasks) > before:
            self._parser.part = 2
            try:
                self._parse_edited(row, layout, second)
            finally:
                self._parser.part = 1
            self._parser.result.rows_read -= 1  # one row of the file, read as two tasks
        return None

    def _parse_edited(self, row, layout, edit):
        before = len(self._parser.result.tasks)
        self._parse_cells(row, layout, edit)
        if HEADING in edit:
            for task in self._parser.result.tasks[before:]:
                task.heading = bool(edit[HEADING])

    def _parse_cells(self, row, layout, edit):
        columns, cells = dict(layout.columns), list(row.cells)
        for name in EDITABLE:
            if name in edit:
                if name not in columns:
                    columns[name] = len(cells)
                    cells.append(None)
                cells.extend([None] * (columns[name] + 1 - len(cells)))
                cells[columns[name]] = edit[name] or None
        return self._parser.parse_row(Row(row.sheet, row.number, tuple(cells)), replace(layout, columns=columns))
