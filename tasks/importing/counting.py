"""What the file checks (`safety.py`) and the readers' scans (`scans.py`) share: the refusal, the row counter that
enforces the limits as rows go by, and what a sheet's scan found."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


class RefusedFile(Exception):
    """The file is not one the importer will open; the message says why, for the user."""


def thousands(value):
    return f"{value:,}".replace(",", ".")


class RowCounter:
    """Counts rows as a reader yields them, across every sheet, and refuses a row or cell past the limits."""

    def __init__(self, limits):
        self.limits = limits
        self.total = 0

    def sheet(self, name):
        self.name, self.next_row, self.row = name, 1, 0

    def start_row(self, number=None):
        """A row starts: numbered, or the one after the last (a reader yields the skipped numbers as empty rows)."""
        number = self.next_row if number is None else number
        skipped = max(number - self.next_row, 0)
        self.total += skipped + 1
        self.row, self.next_row = number, number + 1
        if skipped and number > self.limits.max_rows:
            raise RefusedFile(
                _(
                    "Sheet “%(sheet)s” has a row numbered %(row)s, past the %(limit)s rows one import accepts. "
                    "Delete what lies below the task list, or split the file."
                )
                % {"sheet": self.name, "row": thousands(number), "limit": thousands(self.limits.max_rows)}
            )
        if self.total > self.limits.max_rows:
            raise RefusedFile(
                _(
                    "The file has more than %(limit)s rows, the most one import accepts (counting every sheet; "
                    "the limit is reached on sheet “%(sheet)s”, row %(row)s). Split the file."
                )
                % {"sheet": self.name, "row": thousands(number), "limit": thousands(self.limits.max_rows)}
            )

    def check_width(self, columns, row=None):
        """The current row (or the given one) spans this many columns: refused past the limit."""
        if columns > self.limits.max_columns:
            raise RefusedFile(
                _(
                    "Sheet “%(sheet)s”, row %(row)s has cells beyond the first %(limit)s columns, more than an "
                    "import reads. Delete what lies to the right of the task list."
                )
                % {"sheet": self.name, "row": thousands(row or self.row), "limit": self.limits.max_columns}
            )


@dataclass(frozen=True)
class SheetScan:
    rows: int  # rows a reader yields for the sheet, the empty ones before a row's number included
    merges: dict  # {top row: [(column index, last row)]} of the merged ranges taller than one row
    formulas: dict = field(default_factory=dict)  # {row: {column index: whether a value was saved}}
    width: int = 0  # the widest column a row reaches
    # {top row: [(first column index, last column index, last row)]} of the merged ranges wider than one column
    spans: dict = field(default_factory=dict)
