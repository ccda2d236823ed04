"""The unit every document reader produces and the task extraction consumes."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, or one row of a table, of a document, in reading order.

    `text` is the paragraph as a person reads it (a sentence broken over lines joined again); for a table row
    it is the cells joined by " | " and `cells` holds them one by one. `paragraph` counts the document's
    blocks from 1; `page` is the PDF page (None for other inputs); `table` and `row` number a table and its
    rows from 1 when the block is a table row.
    """

    text: str
    paragraph: int
    page: int | None = None
    cells: tuple[str, ...] | None = None
    table: int | None = None
    row: int | None = None

    @property
    def is_table_row(self):
        return self.cells is not None
