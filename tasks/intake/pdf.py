"""Read a PDF directive's text layer into blocks: paragraphs in reading order with their page, and ruled tables.

PDFium (pypdfium2, the engine of Chromium's PDF viewer) gives the text of each page as runs on one line with
their positions, fast enough for a 50-page plan in well under a second. Runs far apart on one line are kept
apart, so the header's two columns ("ỦY BAN NHÂN DÂN …" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA …") and the signature
beside "Nơi nhận" are read one column after the other, as the text version reads them. Lines are joined into
paragraphs again where the layout says a paragraph goes on: no extra space above, no first-line indent, and the
line before reaching the right margin (or the next one not starting as a paragraph does). Pages that draw lines
are searched for ruled tables with pdfplumber; a table of three or more columns (a task table) becomes one block
per row with its cells, a cell merged down repeated in each row.

A scanned PDF has no text layer: it is refused with what to do instead, as is an encrypted one.
"""

import functools
import re
import statistics
import time
import unicodedata
from dataclasses import dataclass

import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium_c
from django.utils.translation import gettext as _

from tasks.importing.safety import RefusedFile

from .blocks import Block
from .text import joined_lines

SPACES = re.compile(r"\s+")
# Fewer characters than this on an average page: the pages are pictures (a scan), not text.
MIN_CHARACTERS_PER_PAGE = 40
COLUMN_GAP = 2.5  # line heights of empty space between two runs that belong to different columns
INDENT = 0.8  # line heights a first line is indented by
SHORT_LINE = 0.12  # of the text width: a line ending this far before the right margin ends its paragraph
EXTRA_SPACE = 0.3  # line heights of space above a line, more than between the lines of a paragraph
MARGIN_BAND = 0.08  # of the page's height: where running headers and page numbers sit
PAGE_NUMBER = re.compile(r"^[-–\s]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–\s]*$", re.IGNORECASE)
# Besides a capital or a digit, what a paragraph starts with: a quote or bracket, a bullet, an item letter ("a)").
STARTS_PARAGRAPH = re.compile(r"^(?:[“\"(\[]|[-+*•–]\s|[a-zđ][).]\s)")
# An outline label (`5.`, `2.1.`, `a)`, `- `, `+ `, `IV.`) at the start of a line after one that ends a sentence
# starts an item, wherever the lines sit: a plan of one-line items has its first-line indent as its usual margin.
LABEL_AFTER_END = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVXL]{1,6}\.|[a-zđ]\)|[-+•–*])\s")
# An outline label on a line of its own (`a)`, `1.`, `II.`, `-`) starts a paragraph; the line after it is its text.
LONE_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVXL]{1,6}\.|[a-zđ]\)|[-+•–*])$")
COPY_LIST = re.compile(r"^N[ơo]i\s+nh[ậa]n\s*:", re.IGNORECASE)  # the copy list after the closing `./.`
LAYOUT_COLUMNS = 2
SPACE = 0.3  # line heights between two runs that stand for a space


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int

    @property
    def size(self):
        return max(self.bottom - self.top, 1)


@dataclass
class TableRows:
    top: float
    page: int
    rows: list


def read_pdf(path, limits):
    """The PDF's blocks; RefusedFile for an encrypted, damaged or scanned PDF, or one past the limits."""
    started = time.monotonic()
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise RefusedFile(
                _(
                    "The PDF is protected by a password. Save a copy without the password (or print it to PDF) "
                    "and upload it."
                )
            ) from None
        raise RefusedFile(_("The PDF document is damaged and cannot be opened.")) from None
    try:
        pages = len(document)
        if pages > limits.max_pages:
            raise RefusedFile(
                _("The PDF has %(pages)s pages, more than the %(limit)s pages one import reads. Split it.")
                % {"pages": pages, "limit": limits.max_pages}
            )
        flow, characters, ruled, width = [], 0, [], 0
        for number in range(1, pages + 1):
            if time.monotonic() - started > limits.max_seconds:
                raise RefusedFile(_("Reading the document took too long. Split it into smaller files."))
            try:
                page = document[number - 1]
                width = width or page.get_width()
                lines, count, has_paths = _page_lines(page, number)
            except pypdfium2.PdfiumError:
                raise RefusedFile(
                    _("Page %(page)s of the PDF is damaged and cannot be read.") % {"page": number}
                ) from None
            flow.append(lines)
            characters += count
            if has_paths:
                ruled.append(number)
    finally:
        document.close()
    if characters < MIN_CHARACTERS_PER_PAGE * max(pages, 1):
        raise RefusedFile(
            _(
                "The PDF has no text to read: it is a scanned image. Upload the .docx the directive was typed in, "
                "paste its text, or run text recognition (OCR) on the PDF first and upload the result."
            )
        )
    tables = _ruled_tables(path, ruled, started, limits) if ruled else {}
    items = []
    for number, lines in enumerate(flow, start=1):
        items.extend(_page_items(lines, tables.get(number, ())))
    return _blocks(items, limits, width)


def _page_lines(page, number):
    """The page's runs of text as lines (top-down coordinates), its character count, and whether it draws paths."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        characters = textpage.count_chars()
        lines = []
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            text = _run_text(textpage, left, bottom, right, top).replace("\r", " ").replace("\n", " ")
            if text.strip():
                lines.append(Line(text, left, right, height - top, height - bottom, number))
    finally:
        textpage.close()
    has_paths = next(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2), None) is not None
    page.close()
    return [line for line in lines if not _running(line, height)], characters, has_paths


def _run_text(textpage, left, bottom, right, top):
    """The characters of one run, from the first to the last found at its two ends.

    Read by character index, not by area: the accents of the lines above and below reach into the run's box.
    """
    middle, tolerance = (top + bottom) / 2, (top - bottom) / 2
    first = textpage.get_index(left + 0.5, middle, 1, tolerance)
    last = textpage.get_index(right - 0.5, middle, 1, tolerance)
    if first is None or last is None or first < 0 or last < first:
        return textpage.get_text_bounded(left, bottom, right, top)
    return textpage.get_text_range(first, last - first + 1)


def _ruled_tables(path, numbers, started, limits):
    """{page: [(bbox, rows)]} of the ruled tables of three or more columns on the pages that draw lines."""
    found = {}
    try:
        with pdfplumber.open(str(path)) as pdf:
            for number in numbers:
                if time.monotonic() - started > limits.max_seconds:
                    raise RefusedFile(_("Reading the document took too long. Split it into smaller files."))
                page = pdf.pages[number - 1]
                found[number] = [(table.bbox, rows) for table in page.find_tables() if (rows := _table_rows(table))]
                page.close()
    except RefusedFile:
        raise
    except Exception:  # pdfminer fails in many ways on a broken file; the text already read stands
        return found
    return found


def _table_rows(table):
    rows = table.extract()
    if not rows or max(len(row) for row in rows) <= LAYOUT_COLUMNS:
        return None
    texts, above = [], {}
    for row in rows:
        cells = []
        for column, value in enumerate(row):
            text = clean(value) if value is not None else above.get(column, "")
            above[column] = text
            cells.append(text)
        texts.append(cells)
    return texts


def _page_items(lines, tables):
    """The page's lines in reading order, with its tables where they stand (their text taken out of the lines)."""
    lines = [line for line in lines if not any(_within(line, box) for box, _rows in tables)]
    items = _reading_order(sorted(lines, key=lambda line: (line.top, line.x0)))
    for box, rows in tables:
        at = next((index for index, item in enumerate(items) if item.top > box[1]), len(items))
        page = items[0].page if items else None
        items.insert(at, TableRows(box[1], page, rows))
    return items


def _within(line, box):
    x0, top, x1, bottom = box
    middle_x, middle_y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def clean(text):
    text = unicodedata.normalize("NFC", text or "")
    return SPACES.sub(" ", text).strip()


def _running(line, height):
    """A page number or running header in the page's top or bottom margin."""
    in_margin = line.bottom < height * MARGIN_BAND or line.top > height * (1 - MARGIN_BAND)
    return in_margin and bool(PAGE_NUMBER.match(line.text))


def _reading_order(lines):
    """Lines top to bottom; where the page holds two columns, the left column's lines, then the right one's.

    Such a band starts at a row cut in two (runs far apart on each side of the middle), taking with it the
    right-hand lines just above, and goes on while no line crosses the middle and a line alone on the left stays in
    the left column: right below the line before it, starting where it starts or centred where it is centred. So
    the header ("ỦY BAN NHÂN DÂN …" beside "CỘNG HÒA …", "Số" beside the place and date, the subject below) and the
    signature beside "Nơi nhận" read column by column, and the body's first line, indented, ends the band.
    """
    if not lines:
        return []
    middle = (min(line.x0 for line in lines) + max(line.x1 for line in lines)) / 2
    ordered, index = [], 0
    rows = _rows(lines)
    while index < len(rows):
        row = rows[index]
        if len(row) < 2 or any(line.x0 < middle < line.x1 for line in row):
            ordered.extend(row)
            index += 1
            continue
        right = []
        while ordered and ordered[-1].x0 >= middle and _right_above(ordered[-1], row):
            right.insert(0, ordered.pop())
        left = []
        while index < len(rows) and _in_band(rows[index], middle, left):
            for line in rows[index]:
                (left if line.x1 <= middle else right).append(line)
            index += 1
        ordered.extend(left + right)
    return ordered


def _right_above(line, row):
    return 0 <= min(other.top for other in row) - line.bottom <= 2 * line.size


def _in_band(row, middle, left):
    if any(line.x0 < middle < line.x1 for line in row):
        return False
    if len(row) > 1 or row[0].x0 >= middle or not left:
        return True
    line, previous = row[0], left[-1]
    below = line.top - previous.bottom <= previous.size
    aligned = abs(line.x0 - previous.x0) <= INDENT * line.size
    centred = abs((line.x0 + line.x1) / 2 - (previous.x0 + previous.x1) / 2) <= INDENT * line.size
    return below and (aligned or centred)


def _rows(lines):
    """Runs at one height, left to right; runs close together (a change of font cuts a run) joined into one."""
    rows = []
    for line in lines:
        # One row when the run's middle lies within the row's first run: boxes of "s" and "Ấ" differ in height.
        if rows and rows[-1][0].top <= (line.top + line.bottom) / 2 <= rows[-1][0].bottom:
            rows[-1].append(line)
        else:
            rows.append([line])
    joined = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        merged = [row[0]]
        for line in row[1:]:
            last = merged[-1]
            if line.x0 - last.x1 > COLUMN_GAP * line.size:
                merged.append(line)
            else:
                # A run is cut where the font changes, a space kept at its end; glyphs' boxes leave a gap besides.
                spaced = last.text.endswith(" ") or line.text.startswith(" ") or line.x0 - last.x1 > SPACE * line.size
                separator = " " if spaced else ""
                merged[-1] = Line(
                    last.text + separator + line.text,
                    last.x0,
                    max(last.x1, line.x1),
                    min(last.top, line.top),
                    max(last.bottom, line.bottom),
                    last.page,
                )
        joined.append(merged)
    return joined


def _blocks(flow, limits, page_width):
    blocks, paragraph = [], []
    lines = [item for item in flow if isinstance(item, Line)]
    geometry = _Geometry(lines, page_width)

    def add(text, page, **table):
        if len(blocks) >= limits.max_rows:
            raise RefusedFile(
                _("The document has more than %(limit)s paragraphs and table rows, the most one import reads.")
                % {"limit": limits.max_rows}
            )
        blocks.append(Block(text=text, paragraph=len(blocks) + 1, page=page, **table))

    def flush():
        if paragraph:
            add(clean(functools.reduce(joined_lines, (line.text.strip() for line in paragraph))), paragraph[0].page)
            paragraph.clear()

    tables = 0
    for item in flow:
        if isinstance(item, TableRows):
            flush()
            tables += 1
            for number, cells in enumerate(item.rows, start=1):
                if any(cells):
                    add(" | ".join(cells), item.page, cells=tuple(cells), table=tables, row=number)
            continue
        if paragraph and geometry.starts_paragraph(item, paragraph[-1], len(paragraph)):
            flush()
        paragraph.append(item)
    flush()
    return blocks


class _Geometry:
    """The body text's left margin, right edge and usual line spacing, read from the lines themselves."""

    def __init__(self, lines, page_width):
        self.left = _mode(line.x0 for line in lines)
        # The right margin is where the longest lines end; in a short document where none reaches it, as far from
        # the page's edge as the left margin is.
        self.right = max((line.x1 for line in lines), default=0)
        if lines:
            self.right = max(self.right, page_width - min(line.x0 for line in lines))
        gaps = [
            later.top - earlier.bottom
            for earlier, later in zip(lines, lines[1:], strict=False)
            if later.page == earlier.page and 0 <= later.top - earlier.bottom < 2 * earlier.size
        ]
        self.gap = statistics.median(gaps) if gaps else 0

    def starts_paragraph(self, line, previous, lines_so_far):
        size = line.size
        if lines_so_far == 1 and LONE_LABEL.match(previous.text.strip()):
            return False
        if LONE_LABEL.match(line.text.strip()):
            return True
        if line.page == previous.page:
            if line.top < previous.top or line.top - previous.bottom > self.gap + EXTRA_SPACE * size:
                return True  # a new column, or space above
        indented = line.x0 - self.left > INDENT * size
        if indented and abs(line.x0 - previous.x0) > INDENT * size:
            return True  # a first-line indent after a line at the margin, or the body after a right-hand column
        text = line.text.lstrip()
        if LABEL_AFTER_END.match(text) and previous.text.rstrip().endswith((".", ";", ":")):
            return True
        if COPY_LIST.match(text) or previous.text.rstrip().endswith("./."):
            return True
        opens = text[:1].isupper() or text[:1].isdigit() or bool(STARTS_PARAGRAPH.match(text))
        if line.page != previous.page and indented and opens and lines_so_far == 1:
            if previous.x0 - self.left > INDENT * size:
                return True  # two indented first lines across a page break: a one-line paragraph before
        width = max(self.right - self.left, 1)
        return opens and previous.x1 < self.right - SHORT_LINE * width


def _mode(values):
    counts = {}
    for value in values:
        counts[round(value)] = counts.get(round(value), 0) + 1
    return max(counts, key=counts.get) if counts else 0
