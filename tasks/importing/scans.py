"""The row, column, merge and formula scans of .xls and .ods files, and of an .xlsx sheet's formula cells.

Like the .xlsx scan in `safety`, each reads the file once, streaming where it can, and feeds every
row and cell position to a `RowCounter` before the reader builds anything, so a sheet that claims
a row or column past the limits is refused in little memory.
"""

import struct
import zipfile
from xml.parsers import expat

import olefile
from django.utils.translation import gettext as _

from .counting import RefusedFile, RowCounter, SheetScan

CHUNK = 1 << 16

# BIFF records (MS-XLS) an .xls scan reads.
BOF, EOF, BOUNDSHEET, MERGEDCELLS, FORMULA = 0x0809, 0x000A, 0x0085, 0x00E5, 0x0006
MULRK, MULBLANK = 0x00BD, 0x00BE
CELL_RECORDS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0201, 0x00D6, FORMULA}

ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


class _Unsafe(Exception):
    pass


def _refuse(*_args):
    raise _Unsafe()


def _parser(separator=None):
    parser = expat.ParserCreate(namespace_separator=separator)
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def _feed(parser, source):
    try:
        while chunk := source.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Unsafe:
        raise RefusedFile(_("The workbook contains XML entity declarations: refused.")) from None


def _column_index(reference):
    index = 0
    for char in reference.upper():
        if not "A" <= char <= "Z":
            break
        index = index * 26 + ord(char) - 64
    return index - 1


def formula_cells(archive, member):
    """{row: {column index: whether a value was saved}} of an .xlsx sheet's formula cells."""
    found, cell = {}, {"row": 0, "column": -1, "formula": False, "value": False, "in_value": False}

    def start(name, attrs):
        name = name.rpartition(":")[2]
        if name == "row":
            cell["row"] = int(attrs["r"]) if "r" in attrs else cell["row"] + 1
            cell["column"] = -1
        elif name == "c":
            reference = attrs.get("r")
            cell["column"] = _column_index(reference) if reference else cell["column"] + 1
            cell["formula"] = cell["value"] = False
        elif name == "f":
            cell["formula"] = True
        elif name in ("v", "is"):
            cell["in_value"] = True

    def end(name):
        name = name.rpartition(":")[2]
        if name == "c" and cell["formula"]:
            found.setdefault(cell["row"], {})[cell["column"]] = cell["value"]
        elif name in ("v", "is"):
            cell["in_value"] = False

    def text(data):
        if cell["in_value"] and data.strip():
            cell["value"] = True

    parser = _parser()
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    with archive.open(member) as source:
        try:
            _feed(parser, source)
        except expat.ExpatError:
            raise ValueError("damaged") from None
    return found


def scan_xls(path, original_name, limits):
    """Scan an Excel 97–2003 workbook's record stream: (rows a reader yields, {visible sheet name: SheetScan})."""
    damaged = RefusedFile(_("“%(name)s” is damaged and cannot be opened as a workbook.") % {"name": original_name})
    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            data = ole.openstream(stream).read()  # bounded by the file's size, checked before
    except (OSError, ValueError, struct.error):
        raise damaged from None
    try:
        sheets, biff8 = _xls_sheets(data)
        counter = RowCounter(limits)
        scans = {}
        for name, offset, visible in sheets:
            if visible:
                scans[name] = _scan_xls_sheet(data, offset, name, counter)
    except (struct.error, IndexError, UnicodeDecodeError):
        raise damaged from None
    if not sheets:
        raise damaged
    return counter.total, scans


def _records(data, position):
    while position + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, position)
        yield kind, data[position + 4 : position + 4 + size]
        position += 4 + size
        if kind == EOF:
            return


def _xls_sheets(data):
    """(name, offset of its records, visible) of each worksheet the workbook globals list."""
    sheets, biff8 = [], True
    for kind, body in _records(data, 0):
        if kind == BOF:
            biff8 = struct.unpack_from("<H", body)[0] == 0x0600
        elif kind == BOUNDSHEET:
            offset, state, sheet_type, length = struct.unpack_from("<IBBB", body)
            if biff8:
                wide = body[7] & 0x01
                raw = body[8 : 8 + length * (2 if wide else 1)]
                name = raw.decode("utf-16-le" if wide else "latin-1")
            else:
                name = body[7 : 7 + length].decode("cp1252", errors="replace")
            if sheet_type == 0:
                sheets.append((name, offset, state == 0))
    return sheets, biff8


def _scan_xls_sheet(data, offset, name, counter):
    widths, merges, spans, formulas = {}, {}, {}, {}
    for kind, body in _records(data, offset):
        if kind in CELL_RECORDS:
            row, column = struct.unpack_from("<HH", body)
            widths[row] = max(widths.get(row, 0), column + 1)
            if kind == FORMULA:
                formulas.setdefault(row + 1, {})[column] = _formula_saved(body)
        elif kind in (MULRK, MULBLANK):
            row = struct.unpack_from("<H", body)[0]
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            widths[row] = max(widths.get(row, 0), last + 1)
        elif kind == MERGEDCELLS:
            (count,) = struct.unpack_from("<H", body)
            for index in range(count):
                first_row, last_row, first_column, last_column = struct.unpack_from("<HHHH", body, 2 + 8 * index)
                if last_row > first_row:
                    merges.setdefault(first_row + 1, []).append((first_column, last_row + 1))
                if last_column > first_column:
                    spans.setdefault(first_row + 1, []).append((first_column, last_column, last_row + 1))
    counter.sheet(name)
    before = counter.total
    for row in sorted(widths):
        counter.start_row(row + 1)
        counter.check_width(widths[row])
    return SheetScan(counter.total - before, merges, formulas, max(widths.values(), default=0), spans=spans)


def _formula_saved(body):
    """Whether a FORMULA record holds the value Excel last computed: a number, text or true/false (not an error)."""
    if body[12:14] != b"\xff\xff":
        return True
    return body[6] in (0, 1)


def ods_encrypted(archive, names):
    """An OpenDocument file saved with a password lists its parts' encryption in its manifest."""
    if "META-INF/manifest.xml" not in names:
        return False
    with archive.open("META-INF/manifest.xml") as manifest:
        return b"encryption-data" in manifest.read(1 << 20)


def scan_ods(archive, limits):
    """Scan an OpenDocument spreadsheet's content.xml: (rows a reader yields, {sheet name: SheetScan}).

    Rows and cells repeat (`number-rows-repeated`, `number-columns-repeated`): empty ones repeated to
    the sheet's end are what LibreOffice writes for formatting and are not read; repeated ones
    followed by anything are counted like the rows an .xlsx sheet skips.
    """
    counter = RowCounter(limits)
    scans = {}
    state = {}

    def attribute(attrs, name, default=1):
        value = attrs.get(f"{ODS_TABLE} {name}")
        if value is None:
            return default
        if not value.isdigit() or len(value) > 15:
            raise ValueError(value)
        return int(value)

    def start(name, attrs):
        if name == f"{ODS_TABLE} table":
            state.update(
                name=attrs.get(f"{ODS_TABLE} name", ""),
                row=0,
                empty=0,
                merges={},
                spans={},
                formulas={},
                widest=0,
                before=0,
            )
            counter.sheet(state["name"])
            state["before"] = counter.total
        elif name == f"{ODS_TABLE} table-row":
            state["repeat"] = attribute(attrs, "number-rows-repeated")
            state["column"] = 0
            state["width"] = 0
            state["cells"] = []
        elif name in (f"{ODS_TABLE} table-cell", f"{ODS_TABLE} covered-table-cell"):
            repeat = attribute(attrs, "number-columns-repeated")
            filled = f"{ODS_OFFICE} value-type" in attrs
            spanned = attribute(attrs, "number-rows-spanned")
            across = attribute(attrs, "number-columns-spanned")
            formula = f"{ODS_TABLE} formula" in attrs
            state["cell"] = [state["column"], repeat, filled, spanned, formula, across]
            state["cells"].append(state["cell"])
            state["column"] += repeat
        elif name == f"{ODS_TEXT} p" and state.get("cell"):
            state["cell"][2] = True

    def end(name):
        if name == f"{ODS_TABLE} table-row":
            _end_ods_row(state, counter)
        elif name == f"{ODS_TABLE} table":
            scans[state["name"]] = SheetScan(
                counter.total - state["before"], state["merges"], state["formulas"], state["widest"], state["spans"]
            )

    parser = _parser(" ")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        with archive.open("content.xml") as source:
            _feed(parser, source)
    except (expat.ExpatError, ValueError, KeyError, zipfile.BadZipFile, OSError, EOFError):
        raise RefusedFile(_("The workbook is damaged and cannot be opened.")) from None
    return counter.total, scans


def _end_ods_row(state, counter):
    filled = [cell for cell in state["cells"] if cell[2]]
    repeat = state["repeat"]
    if not filled:
        state["empty"] += repeat
        return
    width = max(column + count for column, count, *_rest in filled)
    for step in range(repeat):
        number = state["row"] + state["empty"] + step + 1
        counter.start_row(number)
        counter.check_width(width)
        for column, count, _filled, spanned, formula, across in state["cells"]:
            if spanned > 1:
                state["merges"].setdefault(number, []).append((column, number + spanned - 1))
            if across > 1:
                state["spans"].setdefault(number, []).append((column, column + across - 1, number + spanned - 1))
            if formula:
                for index in range(column, column + count):
                    state["formulas"].setdefault(number, {})[index] = _filled
    state["row"] += state["empty"] + repeat
    state["empty"] = 0
    state["widest"] = max(state["widest"], width)
