"""Find a sheet's header row and its columns by what they say, and read the directive from the title rows.

Offices word their headers many ways (`Cơ quan chủ trì`, `Đơn vị chủ trì`, `Chủ trì thực hiện`,
`Thời hạn`, `STT`…), put them on one row or two (`Cơ quan thực hiện` over `Chủ trì | Phối hợp`),
and type them with or without diacritics, so columns are found by content, never by position.
"""

import datetime
import re
from dataclasses import dataclass, field

from agencies.normalize import search_key
from tasks.models import DirectiveKind, LinkRelation
from tasks.reporting_duty import read_reporting_duty

from .reader import cell_text

HEADER_SEARCH_ROWS = 30
HEADER_MAX_LENGTH = 80  # a longer cell is a title or a task, not a column header

CODE, TEXT, LEAD, COORDINATORS, EXECUTING, TIMEFRAME, NOTE, TARGET, SECTOR = (
    "code",
    "text",
    "lead",
    "coordinators",
    "executing",
    "timeframe",
    "note",
    "target",
    "sector",
)
CODE_HEADERS = {"tt", "stt", "so tt", "so thu tu", "thu tu", "muc", "ma", "ma so", "so"}
# Checked in this order: the first rule whose words occur in the header wins.
HEADER_RULES = (
    (LEAD, ("chu tri",)),
    (COORDINATORS, ("phoi hop",)),
    (TIMEFRAME, ("thoi gian", "thoi han", "tien do", "han hoan thanh")),
    (EXECUTING, ("co quan thuc hien", "don vi thuc hien", "co quan", "don vi")),
    (NOTE, ("ghi chu", "san pham")),
    (TARGET, ("chi tieu",)),
    (SECTOR, ("linh vuc", "nganh")),
    (TEXT, ("noi dung", "nhiem vu", "ten cong viec", "cong viec", "giai phap")),
)
COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")

KIND_WORDS = {
    "ke hoach": DirectiveKind.PLAN,
    "quyet dinh": DirectiveKind.DECISION,
    "chuong trinh": DirectiveKind.PROGRAMME,
    "chi thi": DirectiveKind.INSTRUCTION,
    "nghi quyet": DirectiveKind.RESOLUTION,
    "thong bao": DirectiveKind.NOTICE,
    "cong van": DirectiveKind.OFFICIAL_LETTER,
}
NUMBER_SYMBOL = re.compile(r"^\s*s[ốôo6]\s*:?\s*(?P<number>\d*)\s*[/-]\s*(?P<symbol>[^\s,;]+)", re.IGNORECASE)
PLACE_DATE = re.compile(r"^(?P<place>[^,]+),\s*(?P<rest>.*)$")
DATE_WORDS = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")
BOILERPLATE = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
ISSUER_START = ("uy ban nhan dan", "ubnd", "so ", "ban quan ly", "van phong")
REFERENCE = re.compile(
    r"\bs[ốôo6]\s+(?P<ref>\d+[-/][A-Za-zĐđ]+(?:[-/][A-Za-zĐđ]+)*)(?:\s+ng[àa]y\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?",
    re.IGNORECASE,
)
REFERENCE_KINDS = (
    "chuong trinh hanh dong",
    "chuong trinh",
    "nghi quyet",
    "quyet dinh",
    "ke hoach",
    "chi thi",
    "cong van",
    "thong bao",
    "thong tu",
    "nghi dinh",
)
CARRIES_OUT = ("trien khai", "thuc hien")
PROVINCE_IN_ISSUER = re.compile(r"\b(?:tinh|thanh pho)\s+(?P<name>.+)$")


@dataclass
class Layout:
    columns: dict  # field -> column index (0-based)
    header_rows: tuple  # row numbers of the header (one or two)
    data_start: int  # number of the first row that can hold a task

    def value(self, cells, name):
        index = self.columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]


def classify_header(text):
    """The field a header cell names, or None."""
    key = search_key(text)
    if not key or len(text) > HEADER_MAX_LENGTH:
        return None
    if key in CODE_HEADERS:
        return CODE
    for name, words in HEADER_RULES:
        if any(f" {word} " in f" {key} " for word in words):
            return name
    return None


def _columns(header_cells):
    columns = {}
    for index, text in enumerate(header_cells):
        name = classify_header(text)
        if name and name not in columns:
            columns[name] = index
    return columns


def _is_complete(columns):
    return TEXT in columns and (LEAD in columns or EXECUTING in columns)


def _two_level(top, bottom):
    """Join a group header with the row under it; the group's text runs right over its empty cells."""
    width = max(len(top), len(bottom))
    top = list(top) + [""] * (width - len(top))
    bottom = list(bottom) + [""] * (width - len(bottom))
    joined, group = [], ""
    for upper, lower in zip(top, bottom, strict=True):
        if upper:
            group = upper
        elif not lower:
            group = ""
        above = upper or (group if lower else "")
        joined.append(lower if not above or above == lower else f"{above} {lower}".strip())
    return joined


def find_layout(rows):
    """The header among the first rows of a sheet (a list of Row), or None if there is none.

    Every row, alone or joined with the row under it, is a candidate; the one naming the most
    columns wins, the earliest among equals (a title line can mention `nhiệm vụ` too).
    """
    texts = [[cell_text(value) for value in row.cells] for row in rows[:HEADER_SEARCH_ROWS]]
    best, best_size = None, 0
    for index, cells in enumerate(texts):
        candidates = [(_columns(cells), 1)]
        if index + 1 < len(texts):
            candidates.append((_columns(_two_level(cells, texts[index + 1])), 2))
        for columns, height in candidates:
            if _is_complete(columns) and len(columns) > best_size:
                best, best_size = (index, height, columns), len(columns)
    if best is None:
        return None
    index, height, columns = best
    header_rows = tuple(row.number for row in rows[index : index + height])
    data_start = header_rows[-1] + 1
    following = index + height
    if following < len(texts) and _is_column_numbers(texts[following]):
        data_start += 1
    return Layout(columns, header_rows, data_start)


def _is_column_numbers(cells):
    filled = [cell for cell in cells if cell]
    return len(filled) >= 2 and all(COLUMN_NUMBERS.match(cell) for cell in filled)


@dataclass
class TitleInfo:
    """What the rows above the header say about the directive; every field may be missing."""

    kind: str = ""
    number: str = ""
    symbol: str = ""
    issuer: str = ""
    province: str = ""
    place: str = ""
    issued_on: datetime.date | None = None
    subject: str = ""
    lines: list = field(default_factory=list)


def read_title(rows):
    """Read the issuer, number and symbol, place and date, kind and subject from title rows."""
    info = TitleInfo()
    subject = []
    for row in rows:
        for value in row.cells:
            text = cell_text(value).strip()
            if text:
                info.lines.append(text)
    for line in info.lines:
        for text in line.split("\n"):
            _read_title_line(info, text.strip(), subject)
    info.subject = " ".join(subject).strip()
    return info


def _read_title_line(info, text, subject):
    key = search_key(text)
    if not key or any(key.startswith(words) for words in BOILERPLATE):
        return
    number = NUMBER_SYMBOL.match(text)
    if number and not info.symbol:
        info.number, info.symbol = number.group("number"), number.group("symbol").strip(".")
        return
    date = DATE_WORDS.search(key)
    if date and not info.issued_on:
        try:
            info.issued_on = datetime.date(int(date.group(3)), int(date.group(2)), int(date.group(1)))
        except ValueError:
            info.issued_on = None
        place = PLACE_DATE.match(text)
        if place:
            info.place = place.group("place").strip()
        return
    if not info.issuer and not info.kind and key.startswith(ISSUER_START):
        info.issuer = text
        province = PROVINCE_IN_ISSUER.search(text.replace("TỈNH", "tỉnh").replace("tỉnh", "tinh"))
        if province:
            info.province = province.group("name").strip().title()
        return
    if not info.kind:
        for words, kind in KIND_WORDS.items():
            if key == words or (key.startswith(words + " ") and len(key) > len(words) + 10):
                info.kind = kind
                rest = text.split(None, len(words.split()))[-1] if key != words else ""
                if rest and key != words:
                    subject.append(rest)
                return
    if (info.kind or key.startswith("v v ")) and read_reporting_duty(text) is None:
        subject.append(text)


def read_references(subject):
    """Documents a subject names by number (`Chương trình hành động số 37-CTr/TU ngày 26/3/2019`).

    The first one is the document this directive carries out when the subject says so
    (`Triển khai thực hiện…`); the others are only related (004's plan carries out 37-CTr/TU,
    which in turn carries out 23-NQ/TW).
    """
    references = []
    for match in REFERENCE.finditer(subject):
        words = subject[: match.start()].split()
        before = search_key(" ".join(words[-5:]))
        kind = next((kind for kind in REFERENCE_KINDS if before.endswith(kind)), None)
        if kind is None:
            continue
        issued_on = None
        if match.group("date"):
            day, month, year = map(int, match.group("date").split("/"))
            try:
                issued_on = datetime.date(year, month, day)
            except ValueError:
                issued_on = None
        carried_out = not references and search_key(subject).startswith(CARRIES_OUT)
        references.append(
            {
                "relation": LinkRelation.IMPLEMENTS if carried_out else LinkRelation.RELATED,
                "reference": match.group("ref"),
                "title": f"{' '.join(words[-len(kind.split()) :])} {subject[match.start() : match.end('ref')]}",
                "issued_on": issued_on,
            }
        )
    return references
