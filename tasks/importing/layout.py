"""Find a sheet's header row and its columns by what they say, and read the directive from the title rows.

Offices word their headers many ways (`Cơ quan chủ trì`, `Đơn vị chủ trì`, `Chủ trì thực hiện`,
`Thời hạn`, `STT`…), put them on one row or up to three (`Cơ quan thực hiện` over `Chủ trì | Phối hợp`,
`Thời gian thực hiện` over `Năm 2023 | Năm 2024`, the years over quarters), and type them with or
without diacritics, so columns are found by content, never by position.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from agencies.normalize import search_key
from tasks.models import DirectiveKind, LinkRelation
from tasks.reporting_duty import read_reporting_duty
from tasks.timeframes import read_period

from .reader import cell_text

HEADER_SEARCH_ROWS = 30
HEADER_MOST_ROWS = 3  # `Thời gian thực hiện` over `Năm 2023 | Năm 2024` over `Quý I | Quý II …`
HEADER_MAX_LENGTH = 80  # a longer cell is a title or a task, not a column header
QUARTERS_IN_A_YEAR = 4

CODE, TEXT, LEAD, COORDINATORS, EXECUTING, TIMEFRAME, NOTE, TARGET, SECTOR, SECTION, OUTLINE = (
    "code",
    "text",
    "lead",
    "coordinators",
    "executing",
    "timeframe",
    "note",
    "target",
    "sector",
    "section",
    "outline",
)
# Headers are ranked by their words: the best-ranked cell for a field is its column, so a sheet with both `STT`
# and `Mã nhiệm vụ` takes its codes from the latter, and `Mã nhiệm vụ` is never the task's text. A code column
# (rank CODE_GIVEN: `Mã`, `Mã nhiệm vụ`, `Số hiệu`) holds the codes an office gave its tasks (`CNHT-01`); the STT
# column beside it is kept as OUTLINE, the outline numbers (I, 1, 2 …) that place a row whose code is no outline
# number.
CODE_GIVEN = 3
EXACT_HEADERS = {
    **dict.fromkeys(
        ("ma", "ma so", "so hieu", "ky hieu", "ma nv", "ma nhiem vu", "ma so nhiem vu"), (CODE, CODE_GIVEN)
    ),
    **dict.fromkeys(("tt", "stt", "so tt", "so thu tu", "thu tu", "so"), (CODE, 2)),
    **dict.fromkeys(("muc", "phan", "nhom", "nhom nhiem vu", "muc nhiem vu", "phan muc"), (SECTION, 2)),
    # `Hạn` alone is the deadline; as a word inside a header it is too short to look for
    **dict.fromkeys(("han", "han chot", "han xu ly", "han thuc hien", "ngay het han", "thoi diem"), (TIMEFRAME, 2)),
}
# Checked in this order: the first rule whose words occur in the header wins, with its rank.
HEADER_RULES = (
    (CODE, CODE_GIVEN, ("ma nhiem vu", "ma so nhiem vu")),
    (SECTION, 2, ("nhom nhiem vu",)),
    (LEAD, 2, ("chu tri",)),
    (COORDINATORS, 2, ("phoi hop",)),
    (TIMEFRAME, 2, ("thoi gian", "thoi han", "tien do", "han hoan thanh")),
    (EXECUTING, 2, ("co quan thuc hien", "don vi thuc hien")),
    (EXECUTING, 1, ("co quan", "don vi")),
    (NOTE, 2, ("ghi chu", "san pham")),
    (TARGET, 2, ("chi tieu",)),
    (SECTOR, 2, ("linh vuc", "nganh")),
    (TEXT, 3, ("noi dung nhiem vu", "ten nhiem vu", "noi dung cong viec")),
    (TEXT, 2, ("noi dung", "nhiem vu", "ten cong viec", "cong viec", "giai phap")),
)
COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")
# A column that counts (`Số nhiệm vụ`, `Tổng số nhiệm vụ`, `Số lượng nhiệm vụ`, `Tổng nhiệm vụ được giao`): a summary's
# figures, never the task's text; on search_key text (`Sở …` told apart by its letters as written).
COUNT_HEADER = re.compile(r"^(?:so|tong)\b")
FIGURE = re.compile(r"^[\d\s.,%()]+$")

KIND_WORDS = {
    "ke hoach": DirectiveKind.PLAN,
    "quyet dinh": DirectiveKind.DECISION,
    "chuong trinh": DirectiveKind.PROGRAMME,
    "chi thi": DirectiveKind.INSTRUCTION,
    "nghi quyet": DirectiveKind.RESOLUTION,
    "thong bao": DirectiveKind.NOTICE,
    "cong van": DirectiveKind.OFFICIAL_LETTER,
}
# The kind a symbol names (`09/CT-UBND` is a chỉ thị); a symbol naming only its issuer (`4240/UBND-VX`): a công văn.
SYMBOL_KINDS = {
    "KH": DirectiveKind.PLAN,
    "QD": DirectiveKind.DECISION,
    "QĐ": DirectiveKind.DECISION,
    "CT": DirectiveKind.INSTRUCTION,
    "CTR": DirectiveKind.PROGRAMME,
    "NQ": DirectiveKind.RESOLUTION,
    "TB": DirectiveKind.NOTICE,
}
# A symbol's kind in a name that cannot hold a slash (`ke-hoach-45-KH-UBND.csv`, `QD_3120.csv`), on search_key text:
# the kind letters beside a number or before the issuer.
NAMED_SYMBOL = re.compile(
    r"(?:\b\d+ )(?P<before>kh|qd|ctr|ct|nq|tb)\b|\b(?P<after>kh|qd|ctr|ct|nq|tb) (?:\d+|ubnd|hdnd)\b"
)
NUMBER_SYMBOL = re.compile(r"^\s*s[ốôo6]\s*:?\s*(?P<number>\d*)\s*[/-]\s*(?P<symbol>[^\s,;]+)", re.IGNORECASE)
PLACE_DATE = re.compile(r"^(?P<place>[^,]+),\s*(?P<rest>.*)$")
DATE_WORDS = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")
# `ngày 25/12/2024` (search_key reads `/` as a space) as well: in a parenthesis naming the document, or after the place
# (`Nghệ An, ngày 25/12/2024`); a subject's `Nghị quyết số 23 ngày 22/3/2018` is another document's date.
DATE_ANY = re.compile(r"\bngay (\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?(\d{4})\b")
PLACE_DATE_NUMBERS = re.compile(r"^(?:[a-z]+ ){0,5}ngay (\d{1,2}) (\d{1,2}) (\d{4})\b")
# A date whose day is left blank for the number to be given (`ngày    tháng 10 năm 2025`, `ngày …/10/2025`).
MONTH_WORDS = re.compile(r"\bngay (?:thang )?(\d{1,2}) (?:nam )?((?:19|20)\d\d)\b")
# The same without its `ngày` (`tháng 11 năm 2025`, `tháng 11/2025`): read where only a date can stand, in the
# parenthesis naming the document after its number, or as a title line of its own, after the place.
MONTH_ALONE = re.compile(r"\bthang (\d{1,2}) (?:nam )?((?:19|20)\d\d)\b")
# `(Kèm theo Kế hoạch số …)`, `(Ban hành kèm theo Quyết định số …)`, also after the appendix's own title on its line.
APPENDIX = re.compile(
    r"(?:^|(?P<open>\()|(?<=\s))\s*(?:ban\s+h[àa]nh\s+)?k[èeé]m\s+theo\s+(?P<rest>[^()]+?)\s*\)?\s*$", re.IGNORECASE
)
APPENDIX_NUMBER = re.compile(r"\bs[ốôo6]\s*:?\s*(?P<number>\d*)\s*/\s*(?P<symbol>[^\s,;()]+)", re.IGNORECASE)
APPENDIX_ISSUER = re.compile(r"\bc[ủu]a\s+(?P<issuer>(?:UBND|Ủy ban|Uỷ ban|Uy ban|Sở|So)\b[^()]*)$", re.IGNORECASE)
YEAR_WORDS = re.compile(r"\bnam ((?:19|20)\d\d)\b")
BOILERPLATE = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
ISSUER_START = ("uy ban nhan dan", "ubnd", "so ", "ban quan ly", "van phong")
REFERENCE = re.compile(
    r"\bs[ốôo6]:?\s+(?P<ref>\d+(?:/(?:19|20)\d\d)?[-/][A-Za-zĐđ]+(?:[-/][A-Za-zĐđ]+)*)(?:\s+ng[àa]y\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?",
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
    header_rows: tuple  # row numbers of the header (one to three)
    data_start: int  # number of the first row that can hold a task
    codes_given: bool = False  # the CODE column is a code column (`Mã`), not outline numbers (`STT`)
    # ((column index, Period), …): a schedule drawn as a grid, a column per year, half, quarter or month a row marks
    periods: tuple = ()
    # {column index: search keys of the titles the header writes there, each header row's and joined}
    titles: dict = field(default_factory=dict)

    def value(self, cells, name):
        index = self.columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def is_title(self, index, text):
        """Whether `text` in column `index` titles that column: a title the header writes there (`Chủ trì` under
        `Cơ quan thực hiện`), or a header naming the field read from it in other words (`Nội dung` over `Nội dung
        nhiệm vụ`, `Đơn vị chủ trì` over `Cơ quan chủ trì`) or a field the header has no column for."""
        if len(text) > HEADER_MAX_LENGTH:
            return False
        if search_key(text) in self.titles.get(index, ()):
            return True
        found = classify_header(text)
        return found is not None and self.columns.get(found[0], index) == index

    def repeats_header(self, cells):
        """Whether a row under the header writes its titles again (a page break in the office's file, two tables
        pasted one under the other), all of them or only the main ones: the task column's title and at least one
        other, and nothing that is no title. A layout not read from a header row has no titles to repeat."""
        filled = _filled(cells)
        return (
            bool(self.titles)
            and len(filled) >= 2
            and any(index == self.columns[TEXT] for index, _text in filled)
            and all(self.is_title(index, text) for index, text in filled)
        )

    def continues_header(self, cells):
        """Whether a row right under a repeated header row goes on with it: its sub-titles (`Chủ trì | Phối hợp`)
        or the columns' numbers (`(1) | (2) | (3)`)."""
        filled = _filled(cells)
        return _is_column_numbers([text for _index, text in filled]) or (
            bool(filled) and all(self.is_title(index, text) for index, text in filled)
        )


def _filled(cells):
    """(column index, text) of the cells a row fills."""
    texts = ((index, cell_text(value).strip()) for index, value in enumerate(cells) if value is not None)
    return [(index, text) for index, text in texts if text]


def classify_header(text):
    """The field a header cell names and how surely (a higher rank wins), or None."""
    key = search_key(text)
    if not key or len(text) > HEADER_MAX_LENGTH:
        return None
    if key in EXACT_HEADERS:
        return EXACT_HEADERS[key]
    for name, rank, words in HEADER_RULES:
        if any(f" {word} " in f" {key} " for word in words):
            return None if name == TEXT and _is_count(text, key) else (name, rank)
    return None


def _is_count(text, key):
    """Whether a header (`key` its search_key) names a count (`Số nhiệm vụ`, `Tổng số`, `Số lượng`), not `Sở …`."""
    return COUNT_HEADER.match(key) is not None and not text.lstrip().casefold().startswith("sở")


def _columns(header_cells, skip=()):
    """{field: column index}: for each field the best-ranked header cell, the leftmost among equals; beside a code
    column, the leftmost outline-number column (`STT`) as OUTLINE. Columns in `skip` (a schedule's periods) are none."""
    best, outline = {}, None
    for index, text in enumerate(header_cells):
        found = None if index in skip else classify_header(text)
        if found and found[0] == CODE and found[1] < CODE_GIVEN and outline is None:
            outline = index
        if found and (found[0] not in best or found[1] > best[found[0]][1]):
            best[found[0]] = (index, found[1])
    columns = {name: index for name, (index, _rank) in best.items()}
    if CODE in best and best[CODE][1] >= CODE_GIVEN and outline is not None:
        columns[OUTLINE] = outline
    return columns


def _periods(header_cells):
    """((column index, Period), …) of a schedule drawn as a grid: the columns whose header ends with a year, or a half,
    quarter or month of one (`Năm 2023`, `2023`, `Quý I/2023`, `Năm 2024` over `T1 … T12`), under a timeframe header
    (`Thời gian thực hiện` over them), or with nothing else when at least two do (`2023 | 2024 | 2025`). A year under
    other words (`Chỉ tiêu năm 2025`) is no period; bare numbers under a year (`1 … 12`) are its months only when there
    are more of them than a year has quarters."""
    found = []
    for index, text in enumerate(header_cells):
        period = read_period(text) if len(text) <= HEADER_MAX_LENGTH else None
        if period is not None:
            found.append((index, *period))
    numbered = Counter(period.year for _index, period, _before in found if period.numbered)
    timed, bare = [], []
    for index, period, before in found:
        if period.numbered and numbered[period.year] <= QUARTERS_IN_A_YEAR:
            continue
        if not before:
            bare.append((index, period))
        elif (classify_header(before) or ("",))[0] == TIMEFRAME:
            timed.append((index, period))
    return tuple(sorted(timed + bare)) if timed or len(bare) >= 2 else ()


def _candidate(cells):
    """(columns, periods, how many fields they name) of a header read from `cells`."""
    periods = _periods(cells)
    columns = _columns(cells, skip={index for index, _period in periods})
    return columns, periods, len(columns) + bool(periods)


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


def _sub_titles(top, bottom, width=0):
    """Whether `bottom` goes on with the header `top`: each of its cells repeats the one above (a title merged down
    both rows) or stands under a group title spanning several columns (`Thời gian thực hiện` over `Năm 2023 | Năm
    2024`, `Cơ quan thực hiện` over `Chủ trì | Phối hợp`), and at least one is such a sub-title. A task row writes
    under the single columns' titles (its number under `STT`, its text under `Nhiệm vụ`). `width`: how far the header's
    rows reach, so a group title in the last column spans the columns its lower rows fill (`Năm 2024` over `T1 … T12`
    at the sheet's right edge, where a workbook row ends at its last filled cell)."""
    width = max(len(top), len(bottom), width)
    top = list(top) + [""] * (width - len(top))
    spanned = set()  # columns under a group title that spans more than its own column
    for index, text in enumerate(top):
        if text and index + 1 < width and not top[index + 1]:
            end = index + 1
            while end < width and not top[end]:
                end += 1
            spanned.update(range(index, end))
    below = [(index, text) for index, text in enumerate(bottom) if text and text != top[index]]
    return bool(below) and all(index in spanned and len(text) <= HEADER_MAX_LENGTH for index, text in below)


def _joined(rows):
    """The header `rows` (one to three) read as one: each lower row joined under the one above, from the bottom up, so
    a group title runs over its sub-titles and theirs (`Thời gian thực hiện Năm 2023 Quý I`)."""
    joined = rows[-1]
    for row in reversed(rows[:-1]):
        joined = _two_level(row, joined)
    return joined


def find_layout(rows):
    """The header among the first rows of a sheet (a list of Row), or None if there is none.

    Every row, alone or joined with the rows under it, is a candidate; the one naming the most columns wins, the
    earliest among equals (a title line can mention `nhiệm vụ` too). Rows under a header's first that hold its
    sub-titles (`_sub_titles`: `Năm 2023 | Năm 2024` under `Thời gian thực hiện`, `Quý I … Quý IV` under `Năm 2026`)
    belong to it, naming as many columns or more, rather than being read as a task. A row over a header that holds no
    sub-titles of it belongs to it only when it names more than the header alone: an empty row or a `Biểu số 01` over
    the header is none of it, so it does not take the header's first row for its second and leave the rows under that
    to be read as tasks.
    """
    texts = [[cell_text(value) for value in row.cells] for row in rows[:HEADER_SEARCH_ROWS]]
    best, best_size = None, 0
    for index in range(len(texts)):
        found, continues = None, True
        for height in range(1, HEADER_MOST_ROWS + 1):
            if index + height > len(texts):
                break
            if height > 1:
                continues = continues and _sub_titles(
                    _joined(texts[index : index + height - 1]),
                    texts[index + height - 1],
                    max(len(cells) for cells in texts[index : index + HEADER_MOST_ROWS]),
                )
            if height > 2 and not continues:
                break  # a third row only under a second that holds sub-titles
            columns, periods, size = _candidate(_joined(texts[index : index + height]))
            if not _is_complete(columns):
                continue
            if height > 1 and not continues and size <= _candidate(texts[index + 1])[2]:
                continue  # a row over the header that names nothing more (an empty row, `Biểu số 01`) is no part of it
            if found is None or size > found[3] or (continues and height > 1 and size == found[3]):
                found = (height, columns, periods, size)
        if found is not None and found[3] > best_size:
            best, best_size = (index, *found[:3]), found[3]
    if best is None:
        return None
    index, height, columns, periods = best
    header_rows = tuple(row.number for row in rows[index : index + height])
    data_start = header_rows[-1] + 1
    following = index + height
    if following < len(texts) and _is_column_numbers(texts[following]):
        data_start += 1
        following += 1
    if _only_figures(texts[following:], columns[TEXT]):
        return None
    header = _joined(texts[index : index + height])
    given = CODE in columns and classify_header(header[columns[CODE]])[1] >= CODE_GIVEN
    titles = {}
    for cells in (*texts[index : index + height], header):
        for column, text in enumerate(cells):
            if text:
                titles.setdefault(column, set()).add(search_key(text))
    return Layout(columns, header_rows, data_start, codes_given=given, periods=periods, titles=titles)


def _only_figures(rows, column):
    """Whether the column read as the tasks' text holds figures only below the header (a summary's `Nhiệm vụ được
    giao | Đã hoàn thành` per agency): no task is a number."""
    below = [cells[column] for cells in rows if column < len(cells) and cells[column]]
    return bool(below) and all(FIGURE.match(text) for text in below)


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
    year: int | None = None
    month: int | None = None  # of a date written without its day (`ngày    tháng 10 năm 2025`)
    subject: str = ""
    lines: list = field(default_factory=list)
    other: list = field(default_factory=list)  # title lines read as nothing else (`DANH MỤC NHIỆM VỤ …`)


def read_title(rows):
    """Read the issuer, number and symbol, place and date, kind and subject from title rows."""
    info = TitleInfo()
    subject = []
    for row in rows:
        for value in row.cells:
            text = cell_text(value).strip()
            if text:
                info.lines.append(text)
    for text in _joined_parentheses(text.strip() for line in info.lines for text in line.split("\n")):
        _read_title_line(info, text, subject)
    info.subject = " ".join(subject or info.other).strip()
    if info.issued_on:
        info.year = info.issued_on.year
    if not info.kind:
        info.kind = kind_from_symbol(info.symbol)
    return info


def _joined_parentheses(texts, most=3):
    """Title lines with a parenthesis opened on one line and closed on a later one (a title over two rows or cells:
    `(Ban hành kèm theo Quyết định số 3120/QĐ-UBND` / `ngày 25/12/2024 của UBND tỉnh …)`) joined into one."""
    lines = []
    for text in texts:
        if not text:
            continue
        last = lines[-1] if lines else ""
        if last.count("(") > last.count(")") and last.count("\n") < most:
            lines[-1] = f"{last}\n{text}"
        else:
            lines.append(text)
    return [" ".join(line.split()) for line in lines]


def kind_from_symbol(symbol):
    """The kind a document's symbol names (`KH-UBND`: a plan), a công văn for a symbol naming only its issuer, or ""
    without a symbol."""
    if not symbol:
        return ""
    first = symbol.replace("-", "/").split("/")[0].upper()
    return SYMBOL_KINDS.get(first, DirectiveKind.OFFICIAL_LETTER)


def kind_named(text):
    """The kind of document a name says it holds (a file's name: `ke-hoach-45-KH-UBND.csv`, `QD 3120.csv`), or ""."""
    key = search_key(text)
    found = [(f" {key} ".find(f" {words} "), kind) for words, kind in KIND_WORDS.items() if f" {words} " in f" {key} "]
    if found:
        return min(found)[1]
    symbol = NAMED_SYMBOL.search(key)
    return SYMBOL_KINDS[(symbol["before"] or symbol["after"]).upper()] if symbol else ""


def _appendix(text):
    """The APPENDIX match of a line: at its start, in parentheses, or after the appendix's own title when a kind of
    document follows (`DANH MỤC NHIỆM VỤ KÈM THEO KẾ HOẠCH SỐ 45/KH-UBND`); else None."""
    found = APPENDIX.search(text)
    if found and found.start() and not found["open"]:
        key = search_key(found["rest"])
        if not any(key.startswith(words + " ") for words in KIND_WORDS):
            return None
    return found


def _read_appendix_line(info, text):
    """`(Kèm theo Kế hoạch số      /KH-UBND ngày   tháng   năm 2019 của UBND tỉnh Quảng Ngãi)`: the table is an
    appendix of that document; its kind, number and symbol, date or year and issuer, whichever are written."""
    found = _appendix(text)
    if not found:
        return False
    # The table belongs to the document the parenthesis names: its kind over a bare title word (`KẾ HOẠCH` / `(Ban
    # hành kèm theo Quyết định số 3120/QĐ-UBND …)` is decision 3120), unless the title rows number their own.
    _read_document(info, found.group("rest"), own=not info.symbol)
    return True


def _read_document(info, text, own):
    """A document named by its kind, number and symbol, date and issuer (`Kế hoạch số 45/KH-UBND ngày 12/3/2025 của
    UBND tỉnh …`, `QĐ số 3120/QĐ-UBND …`), whichever are written: its number and symbol and its kind (the kind word,
    else the symbol's) when `own`, the title not having given them, and the date, year and issuer when not given."""
    key = search_key(text)
    number = APPENDIX_NUMBER.search(text)
    if number and own:
        info.number, info.symbol = number.group("number"), number.group("symbol").strip(".")
    named = next((kind for words, kind in KIND_WORDS.items() if key.startswith(words + " ")), "")
    if own or not info.kind:
        info.kind = named or (kind_from_symbol(info.symbol) if number and own else info.kind)
    date = DATE_ANY.search(key)
    if date and not info.issued_on:
        try:
            info.issued_on = datetime.date(int(date.group(3)), int(date.group(2)), int(date.group(1)))
        except ValueError:
            info.issued_on = None
    year = YEAR_WORDS.search(key)
    if year:
        info.year = int(year.group(1))
    _read_month(info, search_key(text[number.end() :]) if number else key, alone=bool(number))
    issuer = APPENDIX_ISSUER.search(text)
    if issuer and not info.issuer:
        info.issuer = issuer.group("issuer").strip()
        province = PROVINCE_IN_ISSUER.search(info.issuer.replace("TỈNH", "tỉnh").replace("tỉnh", "tinh"))
        if province:
            info.province = province.group("name").strip().title()


def _read_month(info, key, alone=False):
    """The month and year of a date written without its day (`ngày    tháng 10 năm 2025`: the number and day are
    given when it is signed; also without `ngày` when `alone`), when no date is read; whether one was read."""
    month = MONTH_WORDS.search(key) or (MONTH_ALONE.search(key) if alone else None)
    if info.issued_on or not month or not 1 <= int(month.group(1)) <= 12:
        return False
    info.month, info.year = int(month.group(1)), int(month.group(2))
    return True


def _read_title_line(info, text, subject):
    key = search_key(text)
    if not key or any(key.startswith(words) for words in BOILERPLATE):
        return
    appendix = _appendix(text)
    if appendix and appendix.start():
        # `PHỤ LỤC I (Kèm theo …)`: the words before the parenthesis are a title line of their own
        _read_title_line(info, text[: appendix.start()].strip(), subject)
    if _read_appendix_line(info, text):
        return
    number = NUMBER_SYMBOL.match(text)
    if number and not info.symbol:
        info.number, info.symbol = number.group("number"), number.group("symbol").strip(".")
        return
    date = DATE_WORDS.search(key) or PLACE_DATE_NUMBERS.match(key)
    if date and not info.issued_on:
        try:
            info.issued_on = datetime.date(int(date.group(3)), int(date.group(2)), int(date.group(1)))
        except ValueError:
            info.issued_on = None
        place = PLACE_DATE.match(text)
        if place:
            info.place = place.group("place").strip()
        return
    place = PLACE_DATE.match(text)
    rest = search_key(place.group("rest")) if place else key
    if _read_month(info, key, alone=rest.startswith("thang ")):
        if place:
            info.place = place.group("place").strip()  # `Ninh Bình, tháng 11 năm 2025`
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
                if rest and NUMBER_SYMBOL.match(rest) and not info.symbol:
                    # `Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh …` on one line (a CSV's title line)
                    _read_document(info, text, own=True)
                elif rest and key != words:
                    subject.append(rest)
                return
    if read_reporting_duty(text) is not None:
        return
    if info.kind or key.startswith("v v "):
        subject.append(text)
    else:
        info.other.append(text)


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
