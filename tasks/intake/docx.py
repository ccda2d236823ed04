"""Read a Word (.docx) directive into blocks: its paragraphs and table rows in document order.

python-docx opens the package (after `safety.check_document` passed it); the body is walked here so that text in
tracked insertions, hyperlinks and fields is kept, deleted text and field codes are not, and Word's automatic
numbering ("1.", "a)", "-" that a list style draws but the text does not hold) is written in front of the
paragraph, as a reader sees it: the outline depends on it.

A table of one or two columns is page layout (the header's two columns, the signature beside "Nơi nhận"): its
cells' paragraphs are read as paragraphs, row by row, left to right, as the text version of the document reads.
A wider table is data (a task table in a Phụ lục): each row is one block with its cells; a cell merged down
several rows is repeated in each, as the spreadsheet import does.
"""

import re
import time
import unicodedata

import docx
from django.utils.translation import gettext as _

from tasks.importing.safety import RefusedFile

from .blocks import Block

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = f"{W}val"
SPACES = re.compile(r"[ \t\xa0\u2009\u202f\u200b]+")
LAYOUT_COLUMNS = 2
BULLETS_KEPT = {"-": "-", "–": "-", "+": "+", "*": "*"}
BULLET_BY_LEVEL = ("-", "+", "*")
ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def read_docx(path, limits):
    """The document's blocks; RefusedFile for a package python-docx cannot open or one past the limits."""
    try:
        document = docx.Document(str(path))
    except Exception:  # a broken package fails in many ways (KeyError, XMLSyntaxError, zip errors)
        raise RefusedFile(_("The Word document is damaged and cannot be opened.")) from None
    reader = _Reader(document, limits)
    reader.body(document.element.body)
    return reader.blocks


def clean(text):
    """A paragraph as one line: NFC, spaces collapsed, line breaks inside it joined."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(SPACES.sub(" ", line).strip() for line in text.splitlines() if line.strip())


class _Reader:
    def __init__(self, document, limits):
        self.limits = limits
        self.started = time.monotonic()
        self.blocks = []
        self.tables = 0
        self.numbering = _Numbering(document)

    def add(self, text, **table):
        if len(self.blocks) >= self.limits.max_rows:
            raise RefusedFile(
                _("The document has more than %(limit)s paragraphs and table rows, the most one import reads.")
                % {"limit": self.limits.max_rows}
            )
        if time.monotonic() - self.started > self.limits.max_seconds:
            raise RefusedFile(_("Reading the document took too long. Split it into smaller files."))
        self.blocks.append(Block(text=text, paragraph=len(self.blocks) + 1, **table))

    def body(self, element):
        for child in element:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag == f"{W}sdt":  # a content control: its content is body content
                for content in child.iter(f"{W}sdtContent"):
                    self.body(content)
                    break

    def paragraph(self, element):
        text = clean(paragraph_text(element))
        label = self.numbering.label(element)
        if label and not text.startswith(label):
            text = f"{label} {text}".strip()
        if text:
            self.add(text)

    def table(self, element):
        rows = list(_table_rows(element))
        if max((len(cells) for cells in rows), default=0) <= LAYOUT_COLUMNS:
            for row in element.iterchildren(f"{W}tr"):
                for cell in row.iterchildren(f"{W}tc"):
                    if _merged_from_above(cell):
                        continue
                    self.body(cell)
            return
        self.tables += 1
        for number, cells in enumerate(rows, start=1):
            if any(cells):
                self.add(" | ".join(cells), cells=tuple(cells), table=self.tables, row=number)


def paragraph_text(element):
    """The text a reader sees: runs, tabs and breaks, inserted text; not deleted text, field codes or text boxes."""
    parts = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}sym"):
        if _hidden(node, element):
            continue
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _hidden(node, paragraph):
    """Inside deleted text, a text box (read on its own, not as this paragraph) or a nested paragraph."""
    parent = node.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in (f"{W}del", f"{W}txbxContent", f"{W}moveFrom"):
            return True
        parent = parent.getparent()
    return False


def _merged_from_above(cell):
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(VAL, "continue") == "continue"


def _span(cell):
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    try:
        return max(int(span.get(VAL)), 1) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _table_rows(table):
    """Each row's cell texts, one per cell (a cell spanning columns once); a cell merged down repeats its text."""
    above = {}  # grid column -> text of the cell that starts there, in the rows read so far
    for row in table.iterchildren(f"{W}tr"):
        before = row.find(f"{W}trPr/{W}gridBefore")
        column = int(before.get(VAL, 0)) if before is not None and before.get(VAL, "").isdigit() else 0
        cells = []
        for cell in row.iterchildren(f"{W}tc"):
            if _merged_from_above(cell):
                text = above.get(column, "")
            else:
                text = " ".join(filter(None, (clean(paragraph_text(paragraph)) for paragraph in cell.iter(f"{W}p"))))
            above[column] = text
            cells.append(text)
            column += _span(cell)
        yield cells


class _Numbering:
    """The labels Word draws in front of numbered paragraphs, counted as Word counts them (per list, per level)."""

    def __init__(self, document):
        self.levels = {}  # numId -> {level: (format, level text, start)}
        self.style_numbers = {}  # style id -> (numId, level)
        self.counters = {}  # numId -> [counter per level]
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            self._read_numbering(numbering)
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            styles = None
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, numbering):
        abstract = {}
        for definition in numbering.iterchildren(f"{W}abstractNum"):
            levels = {}
            for level in definition.iterchildren(f"{W}lvl"):
                levels[_int(level.get(f"{W}ilvl"))] = (
                    _child_val(level, "numFmt") or "decimal",
                    _child_val(level, "lvlText") or "",
                    _int(_child_val(level, "start"), 1),
                )
            abstract[definition.get(f"{W}abstractNumId")] = levels
        for number in numbering.iterchildren(f"{W}num"):
            reference = number.find(f"{W}abstractNumId")
            levels = dict(abstract.get(reference.get(VAL) if reference is not None else None, {}))
            for override in number.iterchildren(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                level = _int(override.get(f"{W}ilvl"))
                if start is not None and level in levels:
                    numeric_format, text, _start = levels[level]
                    levels[level] = (numeric_format, text, _int(start.get(VAL), 1))
            self.levels[number.get(f"{W}numId")] = levels

    def _read_styles(self, styles):
        based_on, own = {}, {}
        for style in styles.iterchildren(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            parent = style.find(f"{W}basedOn")
            if parent is not None:
                based_on[style_id] = parent.get(VAL)
            properties = style.find(f"{W}pPr/{W}numPr")
            if properties is not None:
                own[style_id] = _num_properties(properties)
        for style_id in {*based_on, *own}:
            seen, current = set(), style_id
            while current and current not in own and current not in seen:
                seen.add(current)
                current = based_on.get(current)
            if current in own:
                self.style_numbers[style_id] = own[current]

    def label(self, paragraph):
        properties = paragraph.find(f"{W}pPr/{W}numPr")
        num_id, level = _num_properties(properties) if properties is not None else (None, None)
        if num_id is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            from_style = self.style_numbers.get(style.get(VAL)) if style is not None else None
            if from_style is None:
                return ""
            num_id, style_level = from_style
            level = style_level if level is None else level
        level = level or 0
        levels = self.levels.get(num_id)  # numId 0 takes a style's numbering away: none is defined
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        counters[level] = counters[level] + 1 if counters[level] else levels[level][2]
        numeric_format, text, _start = levels[level]
        if numeric_format == "bullet":
            return BULLETS_KEPT.get(text.strip(), BULLET_BY_LEVEL[min(level, len(BULLET_BY_LEVEL) - 1)])
        if numeric_format == "none":
            return text.strip()

        def counter(found):
            index = int(found.group(1)) - 1
            if index not in levels:
                return ""
            value = counters[index] or levels[index][2]
            return _format(levels[index][0], value)

        return re.sub(r"%([1-9])", counter, text).strip()


def _num_properties(properties):
    num_id = properties.find(f"{W}numId")
    level = properties.find(f"{W}ilvl")
    return (
        num_id.get(VAL) if num_id is not None else None,
        _int(level.get(VAL)) if level is not None else None,
    )


def _child_val(element, name):
    child = element.find(f"{W}{name}")
    return child.get(VAL) if child is not None else None


def _int(value, default=0):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _format(numeric_format, value):
    if numeric_format in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, remainder = divmod(value - 1, 26)
            letters = chr(ord("a") + remainder) + letters
        return letters.upper() if numeric_format == "upperLetter" else letters
    if numeric_format in ("lowerRoman", "upperRoman"):
        numeral = ""
        for amount, letters in ROMAN:
            while value >= amount:
                numeral += letters
                value -= amount
        return numeral.upper() if numeric_format == "upperRoman" else numeral
    if numeric_format == "decimalZero":
        return f"{value:02d}"
    return str(value)
