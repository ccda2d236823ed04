"""A streaming .xlsx reader that yields each row's cell values and nothing else, about three times faster than openpyxl.

openpyxl's read-only mode builds a cell object per cell and all shared strings as rich text up
front; an import needs only values. This reader drives expat directly over the sheet's XML, one
chunk at a time, and hands back rows as it completes them. What it reads is what openpyxl's
`iter_rows(values_only=True)` gives: shared and inline strings, numbers, booleans, dates (from the
cell's number format, as openpyxl decides it), formulas as their text (never evaluated). Document
type declarations are refused, so no entity is ever expanded.

It fills the rows and columns a sheet skips, as openpyxl does: run it only on a file that
`safety.check_file` passed, whose scan bounds the row and column numbers.
"""

import datetime
import zipfile
from xml.parsers import expat

from defusedxml.ElementTree import fromstring
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

from .safety import MAIN, workbook_sheets

CHUNK = 1 << 16


class UnsafeXml(Exception):
    """The XML declares a document type or entities: refused rather than parsed."""


class Formula(str):
    """The text of a formula cell (`=SUM(C2:C9)`): reported, never evaluated."""


def _refuse(*_args):
    raise UnsafeXml()


def _parser():
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def _local(name):
    return name.rpartition(":")[2]


class Workbook:
    """The sheets of an .xlsx file, read lazily; use as a context manager."""

    def __init__(self, path):
        self.archive = zipfile.ZipFile(path)
        root = fromstring(self.archive.read("xl/workbook.xml"))
        properties = root.find(f"{MAIN}workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        self.epoch = MAC_EPOCH if date1904 else WINDOWS_EPOCH
        self.sheets = workbook_sheets(self.archive)
        self._strings = None
        self._date_styles = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.archive.close()

    @property
    def strings(self):
        if self._strings is None:
            self._strings = self._read_shared_strings()
        return self._strings

    @property
    def date_styles(self):
        if self._date_styles is None:
            self._date_styles = self._read_date_styles()
        return self._date_styles

    def _read_shared_strings(self):
        if "xl/sharedStrings.xml" not in self.archive.namelist():
            return []
        strings, parts, state = [], [], {"text": False, "phonetic": 0}
        parser = _parser()

        def start(name, _attrs):
            if ":" in name:
                name = _local(name)
            if name == "t" and not state["phonetic"]:
                state["text"] = True
            elif name == "rPh":
                state["phonetic"] += 1

        def end(name):
            if ":" in name:
                name = _local(name)
            if name == "t":
                state["text"] = False
            elif name == "rPh":
                state["phonetic"] -= 1
            elif name == "si":
                strings.append("".join(parts))
                parts.clear()

        def text(data):
            if state["text"]:
                parts.append(data)

        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
        with self.archive.open("xl/sharedStrings.xml") as source:
            parser.ParseFile(source)
        return strings

    def _read_date_styles(self):
        """Indices of the cell formats whose number format shows a date or time."""
        if "xl/styles.xml" not in self.archive.namelist():
            return frozenset()
        root = fromstring(self.archive.read("xl/styles.xml"))
        formats = dict(BUILTIN_FORMATS)
        for number_format in root.iter(f"{MAIN}numFmt"):
            formats[int(number_format.get("numFmtId"))] = number_format.get("formatCode", "")
        cell_formats = root.find(f"{MAIN}cellXfs")
        if cell_formats is None:
            return frozenset()
        return frozenset(
            index
            for index, xf in enumerate(cell_formats.iter(f"{MAIN}xf"))
            if is_date_format(formats.get(int(xf.get("numFmtId", 0)), ""))
        )

    def rows(self, sheet_path):
        """Yield (row number, tuple of values) for every row, empty rows included, as openpyxl does."""
        strings, date_styles, epoch = self.strings, self.date_styles, self.epoch
        done, columns = [], {}
        cell = {
            "row": 0,
            "next_row": 1,
            "values": [],
            "column": 0,
            "type": "n",
            "style": None,
            "into": None,
            "formula": None,
            "text": [],
        }

        def column_of(reference):
            letters = reference.rstrip("0123456789")
            if letters not in columns:
                columns[letters] = column_index_from_string(letters) - 1
            return columns[letters]

        def start(name, attrs):
            if ":" in name:
                name = _local(name)
            if name == "c":
                reference = attrs.get("r")
                cell["column"] = column_of(reference) if reference else len(cell["values"])
                cell["type"] = attrs.get("t", "n")
                cell["style"] = attrs.get("s")
                cell["formula"] = None
                cell["text"] = []
            elif name in ("v", "t"):
                cell["into"] = cell["text"]
            elif name == "f":
                cell["formula"] = cell["into"] = []
            elif name == "row":
                number = attrs.get("r")
                cell["row"] = int(number) if number else cell["next_row"]
                cell["values"] = []

        def end(name):
            if ":" in name:
                name = _local(name)
            if name == "c":
                values = cell["values"]
                column = cell["column"]
                if column >= len(values):
                    values.extend([None] * (column + 1 - len(values)))
                values[column] = _value(cell, strings, date_styles, epoch)
            elif name in ("v", "t", "f"):
                cell["into"] = None
            elif name == "row":
                while cell["next_row"] < cell["row"]:
                    done.append((cell["next_row"], ()))
                    cell["next_row"] += 1
                done.append((cell["row"], tuple(cell["values"])))
                cell["next_row"] = cell["row"] + 1

        def text(data):
            if cell["into"] is not None:
                cell["into"].append(data)

        parser = _parser()
        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
        with self.archive.open(sheet_path) as source:
            while chunk := source.read(CHUNK):
                parser.Parse(chunk, False)
                yield from done
                done.clear()
            parser.Parse(b"", True)
        yield from done


def _value(cell, strings, date_styles, epoch):
    if cell["formula"] is not None:
        return Formula("=" + "".join(cell["formula"]))
    raw = "".join(cell["text"])
    kind = cell["type"]
    if kind == "s":
        return strings[int(raw)] if raw else None
    if kind in ("inlineStr", "str"):
        return raw
    if raw == "":
        return None
    if kind == "b":
        return raw in ("1", "true")
    if kind == "e":
        return raw
    if kind == "d":
        return datetime.datetime.fromisoformat(raw.rstrip("Z"))
    number = float(raw) if any(char in raw for char in ".eE") else int(raw)
    if cell["style"] is not None and int(cell["style"]) in date_styles:
        return from_excel(number, epoch)
    return number
