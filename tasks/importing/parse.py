"""Turn a sheet's rows into the directive's outline of tasks, with agencies, timeframes and targets read.

Nothing here writes to the database. Every problem is kept with its sheet, row, column and field,
so one pass over a file reports all of them; a name that matches no agency is listed, never dropped
or guessed.
"""

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agencies.names import COORDINATING, LEAD, lacks_diacritics
from agencies.normalize import search_key
from agencies.services import new_body
from agencies.splitting import ASSIGN, assigned_names, cell_roles
from tasks.models import AssignmentRole, Target, TargetComparison, TaskKind
from tasks.timeframes import Period, in_its_year, is_mark, marked_timeframe, read_timeframe, schedule_number

from . import layout as cols
from .reader import cell_text
from .safety import column_letter

FIELD_NAMES = {
    cols.CODE: gettext_lazy("outline number"),
    cols.OUTLINE: gettext_lazy("outline number"),
    cols.TEXT: gettext_lazy("task"),
    cols.LEAD: gettext_lazy("lead agency"),
    cols.COORDINATORS: gettext_lazy("coordinating agencies"),
    cols.EXECUTING: gettext_lazy("executing agency"),
    cols.TIMEFRAME: gettext_lazy("timeframe"),
    cols.NOTE: gettext_lazy("note or product"),
    cols.TARGET: gettext_lazy("target"),
    cols.SECTOR: gettext_lazy("sector"),
    cols.SECTION: gettext_lazy("section"),
}
OWN_FIELDS = (cols.LEAD, cols.COORDINATORS, cols.EXECUTING, cols.TIMEFRAME)

ROMAN = re.compile(r"^[IVXLCDM]{1,10}$")
NUMBER = re.compile(r"^\d{1,3}$")
# `II.3.a`; a decision's article and what is under it: `Điều 2`, `Điều 2.7`; a directive's tasks written after its
# kind's symbol letters (`KH.I.1`, `QĐ.2.a`: the codes the portal's own exports and other systems write). Each part
# after these is an outline label (a number, a roman number, a letter): a code an office gave its task (`NV.01`,
# `CNHT.02` in a `Mã nhiệm vụ` column) is none.
_OUTLINE_PART = r"(?:\d{1,3}[a-zđ]?|[IVX]{1,6}|[A-Za-zđ]|dd)"
_KIND_SYMBOL = "|".join(sorted(cols.SYMBOL_KINDS, key=len, reverse=True))
DOTTED = re.compile(
    rf"^(?:Điều \d{{1,3}}$|(?:Điều \d{{1,3}}|{_OUTLINE_PART}|{_KIND_SYMBOL})"
    rf"(?:\.{_OUTLINE_PART})+$)"
)
LETTER = re.compile(r"^(?:[a-zđ]|dd)$")
# A capital letter (`A.`, `B.`, `Đ.`): a division of the plan above its roman sections, or a group of items under one.
# `C`, `D`, `L`, `M` are such letters, a section numbered 100, 500, 50 or 1000 only right after the one before it.
CAPITAL = re.compile(r"^[A-ZĐ]$")
ROMAN_LETTERS = frozenset("CDLM")
BULLETS = "-+*•–~"
LABEL_IN_TEXT = re.compile(
    r"^(?:(?P<label>[IVX]{1,5}|\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[A-ZĐ])[.)]|(?P<bullet>[-+*•–]))\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
# A section or heading typed as one cell in the number column, numeral and title together, the row's text cell left
# empty (`I. PHÁT TRIỂN HẠ TẦNG …`, `II- THU HÚT ĐẦU TƯ`, `1. Khu công nghiệp` merged across the row): the numeral is
# the label and the rest the title.
TITLED_LABEL = re.compile(
    r"^(?P<label>[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[A-ZĐ])\s*[.)\-–:]\s*(?P<rest>[^\W\d_].*)$", re.DOTALL
)
SPACED_SECTION = re.compile(r"^(?P<label>[IVXLC]{1,6})\s+(?P<rest>[^\W\d_].*)$", re.DOTALL)
# Fixed levels of a Vietnamese outline; bullets nest under whatever comes before them. A capital letter is a division
# above the roman sections (`A.` → `I.` → `1.`) or a group of a section's items (`II.` → `A.` → `1.`), as the
# outline it is met in says (`OutlineBuilder._capital`).
RANKS = {"division": -1, "roman": 0, "group": 0.5, "number": 1, "letter": 2}
LABELLED = frozenset((*RANKS, "capital", "dotted"))  # a row numbered by the outline, not a bullet

TARGET = re.compile(
    r"(?P<cmp>ít nhất|tối thiểu|trên|khoảng|tối đa|không quá|đạt)?\s*(?:có\s+)?"
    r"(?P<value>\d+(?:[.,]\d+)*)\s*"
    r"(?P<unit>%\s*/\s*năm|%|(?:triệu|tỷ)\s+kWh|kWh|MW|(?:triệu|tỷ)\s+đồng|"
    r"[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3})",
    re.IGNORECASE,
)
KNOWN_UNITS = ("%", "kwh", "mw", "dong")
UNIT_STOP_WORDS = {"tai", "cua", "trong", "duoc", "den", "nam", "va", "cho", "voi", "o", "tu", "ky", "ket"}
COMPARISONS = {
    "it nhat": TargetComparison.AT_LEAST,
    "toi thieu": TargetComparison.AT_LEAST,
    "tren": TargetComparison.AT_LEAST,
    "dat": TargetComparison.AT_LEAST,
    "khoang": TargetComparison.ABOUT,
    "toi da": TargetComparison.AT_MOST,
    "khong qua": TargetComparison.AT_MOST,
}
SECTOR_HEADING = "cong nghiep "
# A row under the table that counts its tasks (`Tổng cộng: 14 nhiệm vụ`, `Tổng số`, `Cộng`), not a task.
TOTAL_ROW = re.compile(r"^(?:tong cong|tong so|cong)(?: \d+ nhiem vu| \d+)?$|^(?:tong cong|tong so) ")
# The signature block under a table (`Nơi nhận:`, `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`, `GIÁM ĐỐC`,
# the signer's name, `- Như trên;`, `- Lưu: VT`) ends the document: a row whose every cell is such a formula starts
# it. On search_key text; a prefix (TM., KT., TL., TUQ., Q.) only with its period as written.
_CAPACITY = (
    r"(?:pho )?(?:chu tich|giam doc|tong giam doc|truong ban|chanh van phong|chanh thanh tra|bo truong|thu truong)"
)
SIGNING = re.compile(rf"^(?:tm .+|(?:kt|tl|tuq|q) {_CAPACITY}(?: .+)?|{_CAPACITY}|noi nhan(?: .*)?)$")
SIGNING_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\s*\.", re.IGNORECASE)
COPIES = re.compile(r"^n\S{1,2}i\s+nh\S{1,2}n\s*:", re.IGNORECASE)  # `Nơi nhận:`, `Noi nhan:`
# A text line that stops on a word the sentence needs more after (`… các khu công nghiệp và`): the next line goes on.
CONTINUED = re.compile(r"\b(?:va|hoac|cua|nham)$")
# A note the table's author writes under or between its tasks (`Ghi chú: Kinh phí thực hiện theo dự toán…`,
# `* Ghi chú:`, `Lưu ý:`, `Chú thích:`, with or without diacritics), its colon as written: it and the bullets
# under it are no tasks.
NOTE_ROW = re.compile(r"^[\W_]*(?:ghi ch[uú]|l[uư]u [yý]|ch[uú] th[ií]ch|ch[uú] [yý])\s*(?::|$)", re.IGNORECASE)
# A line written wholly in brackets under a heading (`(Các nhiệm vụ chuyển tiếp từ năm 2025)`): the author's remark on
# the section, no task; the rows after it are read as before.
BRACKETED_ROW = re.compile(r"^\s*\([^()]+\)[\s.:;]*$")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COORDINATING = AssignmentRole.COORDINATING


@dataclass(slots=True)
class Problem:
    sheet: str
    row: int | None
    column: str
    field: str
    message: str

    def as_json(self):
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}


@dataclass(slots=True)
class AgencyRef:
    text: str
    role: str
    agency_id: int | None
    agency_name: str = ""
    qualifier: str = ""  # what narrows a group down: "nơi dự kiến đặt nhà máy điện gió"
    # The body that holds the work today when the one named has since ceased (a merger, a rename): new work goes there.
    current_id: int | None = None
    current_name: str = ""
    # The catalogue body the name means that the province lacks, created when the import is confirmed (its name in
    # agency_name, no id until then).
    catalogue_key: str = ""

    @property
    def holder_id(self):
        return self.current_id or self.agency_id

    @property
    def body(self):
        """Who the name is: its agency's id, else the new agency it is created as (agencies.services.new_body); None
        for a name no agency answers."""
        if self.agency_id:
            return self.agency_id
        return new_body(self.catalogue_key, self.agency_name) if self.catalogue_key else None


@dataclass(slots=True)
class ParsedTarget:
    description: str
    unit: str
    comparison: str
    value: Decimal
    due_year: int | None
    original: str


@dataclass(slots=True)
class ParsedTask:
    sheet: str
    row: int
    label: str
    label_kind: str
    code: str = ""
    parent_code: str = ""
    depth: int = 0
    position: int = 0
    kind: str = TaskKind.TASK
    text: str = ""
    agencies: list = field(default_factory=list)
    timeframe: object = None
    note: str = ""
    sector: str = ""
    targets: list = field(default_factory=list)
    milestones: list = field(default_factory=list)  # (text, due date) once applied to a Task
    has_children: bool = False
    lead_column: str = ""
    carries_own: bool = False  # the row names its own agencies or timeframe
    part: int = 1  # 2: the second of two tasks a person split one row into in the preview
    # A heading row that names only agencies (`1 | Sở Công Thương`, `Đề nghị Ủy ban MTTQ tỉnh:`): they lead the
    # items under it that name no lead of their own. Read only when such an item asks (`RowParser._named`): until
    # then `names_from` holds the row's (text, row, layout).
    named: list = field(default_factory=list)
    names_from: tuple | None = None
    # True: a heading whatever is under it (a document's purposes or objectives, context never reported on);
    # False: a task even with items under it; None: the outline decides (an item over others naming no agency).
    heading: bool | None = None
    # The label was a number cell (3.1 typed as a number): a spreadsheet keeps 3.10 as 3.1, its last zero lost.
    typed_as_number: bool = False
    # The code an office gave the task in a code column (`CNHT-01`), its code in place of the outline's; the outline
    # number (`I.1`) still places it under its heading.
    given_code: str = ""
    outline_code: str = ""  # the code the outline gives the row, whatever its code is

    @property
    def leads(self):
        return [ref for ref in self.agencies if ref.role != AssignmentRole.COORDINATING]

    @property
    def has_lead(self):
        """Whether `leads` has any (without building the list)."""
        return any(ref.role != _COORDINATING for ref in self.agencies)

    @property
    def coordinators(self):
        return [ref for ref in self.agencies if ref.role == AssignmentRole.COORDINATING]


@dataclass
class Unmatched:
    text: str
    candidates: list
    locations: list = field(default_factory=list)
    proposals: list = field(default_factory=list)  # catalogue bodies the province lacks: {"key", "name", "kind"}
    near: list = field(default_factory=list)  # (id, name, strong) of the agencies whose names read most like it


@dataclass
class ToCreate:
    """A name that means one catalogue body the province lacks: created when the import is confirmed (unless the
    person unticks it), under `name` (agencies.matching.AgencyMatcher.name_to_create: the body's name, or the name as
    written where it says more)."""

    text: str
    key: str
    name: str
    kind: str
    locations: list = field(default_factory=list)
    # The name as written is kept as the new body's alias, unless it carries more than the body (`Công an tỉnh
    # (Phòng PC06)`, a group narrowed down): that part stays on each assignment, read again from the name each time.
    alias: bool = True


@dataclass
class ParsedFile:
    tasks: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    unmatched: dict = field(default_factory=dict)  # search key -> Unmatched
    to_create: dict = field(default_factory=dict)  # search key -> ToCreate
    rows_read: int = 0


def located(sheet, row, column, field_name, message):
    """A problem's full sentence: where it is, then what it is."""
    if row is None:
        where = _("Sheet “%(sheet)s”") % {"sheet": sheet}
    elif not column:
        where = _("Sheet “%(sheet)s”, row %(row)s") % {"sheet": sheet, "row": row}
    else:
        where = _("Sheet “%(sheet)s”, row %(row)s, column %(column)s (%(field)s)") % {
            "sheet": sheet,
            "row": row,
            "column": column,
            "field": FIELD_NAMES.get(field_name, field_name),
        }
    return Problem(sheet, row, column, field_name, f"{where}: {message}")


class OutlineBuilder:
    """Gives each row its outline code and parent from the labels seen so far (II → 1 → a) → * → -)."""

    def __init__(self):
        self.stack = []  # ParsedTask, outermost first
        self.by_code = {}
        self.by_outline = {}  # outline code -> its row: differs from by_code only for rows with a given code
        self.auto_numbers = {}  # parent's outline code -> bullets numbered so far
        # A section's lettered groups (`II.` → `A.`, `B.`) are outline levels (`II.B.1`) once a group's items number
        # again from where an earlier one's did; until then they only group items numbered through the section
        # (`II.4` under `B.`). The sections read so, and each group's rows (placed while it was open).
        self.lettered_sections = set()
        self.group_rows = {}  # id of a group row -> the rows under it

    def place(self, task):
        if task.part > 1 and self.stack:
            self._place_part(task)
        elif task.label_kind == "dotted":
            self._place_dotted(task)
        else:
            self._place_in_stack(task)
        if task.parent_code:
            self.by_code[task.parent_code].has_children = True

    def _place_part(self, task):
        """The second part of a split task: the first part's sibling right after it, `II.1.a` then `II.1.a-2`."""
        first = self.stack.pop()
        task.label, task.label_kind = first.label, first.label_kind
        if first.given_code:
            task.given_code = f"{first.given_code}-{task.part}"
        self._attach(task, self.by_code.get(first.parent_code), f"{first.outline_code}-{task.part}")

    def _place_in_stack(self, task):
        if _sibling_bullets(self.stack, task):
            task.label_kind = self.stack[-1].label_kind
        if task.label_kind == "capital" and self._next_section(task):
            task.label_kind = "roman"
        elif task.label_kind == "capital" or self._letter_after(task):
            task.label_kind = self._capital()
        kinds = [item.label_kind for item in self.stack]
        if task.label_kind in kinds:
            sibling = self.stack[kinds.index(task.label_kind)]
            if task.label_kind == "letter" and _after_d(sibling.label, task.label):
                task.label = "đ"
            del self.stack[kinds.index(task.label_kind) :]
        elif task.label_kind in RANKS:
            rank = RANKS[task.label_kind]
            while self.stack and _rank(self.stack[-1]) >= rank:
                self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        if task.label_kind in RANKS:
            own = task.label
        else:
            key = parent.outline_code if parent else ""
            self.auto_numbers[key] = self.auto_numbers.get(key, 0) + 1
            own = str(self.auto_numbers[key])
        if parent is not None and parent.label_kind == "group":
            self._attach(task, parent, self._in_group(parent, own))
        else:
            self._attach(task, parent, f"{parent.outline_code}.{own}" if parent else own)

    def _capital(self):
        """What a capital letter is where it is met: the kind of the nearest capital open above it (`B.` after `A.`),
        else a group of the open roman section's items, else a division above the sections (`A.` at the top)."""
        for item in reversed(self.stack):
            if item.label_kind in ("division", "group"):
                return item.label_kind
        return "group" if any(item.label_kind == "roman" for item in self.stack) else "division"

    def _next_section(self, task):
        """Whether a letter that writes a roman number (`L`, `C`) numbers the section after the open one (`XLIX`,
        `XCIX`)."""
        if task.label not in ROMAN_LETTERS:
            return False
        section = next((item for item in reversed(self.stack) if item.label_kind == "roman"), None)
        return section is not None and _roman_value(section.label) + 1 == _roman_value(task.label)

    def _letter_after(self, task):
        """Whether a roman-looking letter (`I`, `V`, `X`) comes right after the group open above it (`H.` then `I.`
        under a section): the next group, not a section (a division's first section is `I.` under `H.`)."""
        if task.label_kind != "roman" or len(task.label) != 1:
            return False
        group = next((item for item in reversed(self.stack) if item.label_kind in ("division", "group")), None)
        return group is not None and group.label_kind == "group" and ord(group.label) + 1 == ord(task.label)

    def _in_group(self, group, own):
        """The outline code of an item under a section's lettered group: numbered through the section (`II.4`) while
        the numbers go on from group to group, under the letter (`II.B.1`) once a group's numbers start again where
        an earlier group's did (the earlier groups' rows are then coded under their letters too)."""
        section = group.outline_code.rsplit(".", 1)[0]
        if section not in self.lettered_sections:
            through = f"{section}.{own}"
            taken = self.by_outline.get(through)
            if taken is None or taken.parent_code == group.code:
                return through
            self.lettered_sections.add(section)
            self._code_under_letters(section)
        return f"{group.outline_code}.{own}"

    def _code_under_letters(self, section):
        """Recode the rows placed under the lettered groups of `section` as their letters' items: `II.2` under `A.`
        becomes `II.A.2`, and the rows under it likewise."""
        renamed = {}
        for group in [row for row in self.by_outline.values() if row.label_kind == "group"]:
            if group.parent_code != self.by_outline[section].code:
                continue
            for row in self.group_rows.get(id(group), ()):
                old = row.outline_code
                new = group.outline_code + old[len(section) :]
                if self.by_outline.get(old) is row:
                    del self.by_outline[old]
                self.by_outline[new] = row
                if old in self.auto_numbers:
                    self.auto_numbers[new] = self.auto_numbers.pop(old)
                row.outline_code = new
                if not row.given_code:
                    if self.by_code.get(row.code) is row:
                        del self.by_code[row.code]
                    renamed[row.code] = row.code = new
                    self.by_code.setdefault(new, row)
                row.parent_code = renamed.get(row.parent_code, row.parent_code)

    def _place_dotted(self, task):
        prefix = task.label.rsplit(".", 1)[0]
        romans = [item for item in self.stack if item.label_kind == "roman"]
        parent = self.by_outline.get(prefix)
        code = task.label
        if parent is None and romans and f"{romans[0].outline_code}.{prefix}" in self.by_outline:
            parent = self.by_outline[f"{romans[0].outline_code}.{prefix}"]
            code = f"{romans[0].outline_code}.{task.label}"
        while parent is None and "." in prefix:
            # `II.1.a` under a section `II` that has no `II.1` row: the nearest ancestor the file has.
            prefix = prefix.rsplit(".", 1)[0]
            parent = self.by_outline.get(prefix)
        if parent is None and romans and prefix.isdigit() and int(prefix) == _roman_value(romans[0].label):
            # Arabic codes numbering a roman section in their first part (`1.1`, `2.1.3` under `II. …` of a
            # `Nhóm nhiệm vụ` column): the section's items, their codes as written.
            parent = romans[0]
        if task.typed_as_number and code in self.by_outline and self._lost_zero(parent, task.label):
            task.label, code = f"{task.label}0", f"{code}0"
        elif code in self.by_outline and code[:-1] + "đ" not in self.by_outline:
            last = self._last_sibling(parent)
            if last is not None and last.outline_code == code and _after_d(last.label, task.label):
                task.label, code = task.label[:-1] + "đ", code[:-1] + "đ"
        while self.stack and self.stack[-1] is not parent:
            self.stack.pop()
        self._attach(task, parent, code)

    def _last_sibling(self, parent):
        """The last row placed under `parent` (the stack holds it above the parent), or None."""
        for item in reversed(self.stack):
            if item is parent:
                return None
            if item.parent_code == (parent.code if parent else ""):
                return item
        return None

    def _lost_zero(self, parent, label):
        """`3.10` typed as a number comes back as 3.1: it is 3.10 when 3.1 is taken and the last item under the same
        parent is 3.9 (3.20 after 3.19), the only reading that continues the list."""
        last = label.rsplit(".", 1)[1]
        siblings = [
            item.label.rsplit(".", 1)[1]
            for item in self.by_code.values()
            if item.label_kind == "dotted" and item.parent_code == (parent.code if parent else "")
        ]
        return bool(siblings) and last.isdigit() and siblings[-1] == str(int(f"{last}0") - 1)

    def _attach(self, task, parent, code):
        for item in self.stack if parent is not None else ():
            if item.label_kind == "group":
                self.group_rows.setdefault(id(item), []).append(task)
        task.outline_code = code
        task.code = task.given_code or code
        task.parent_code = parent.code if parent else ""
        task.depth = parent.depth + 1 if parent else 0
        self.stack.append(task)
        self.by_code.setdefault(task.code, task)
        self.by_outline.setdefault(code, task)


def is_signing(text):
    """Whether a cell's first line is a formula of a signature block: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`,
    `TL. GIÁM ĐỐC`, `Q. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`, `GIÁM ĐỐC`, `Nơi nhận:` (with or without diacritics)."""
    first = text.strip().split("\n", 1)[0].strip()
    key = search_key(first)
    if not SIGNING.match(key):
        return False
    if key.startswith("noi nhan"):
        return key == "noi nhan" or COPIES.match(first) is not None
    return re.fullmatch(_CAPACITY, key) is not None or SIGNING_PREFIX.match(first) is not None


def _signature_row(cells):
    """Whether every cell a row fills is a signing formula (and it fills one)."""
    filled = [cell_text(value) for value in cells if value is not None and cell_text(value).strip()]
    return bool(filled) and all(is_signing(text) for text in filled)


def _total_row(cells):
    """Whether a row without a task's text counts the tasks (`Tổng cộng: 61 nhiệm vụ` under whatever column): its
    first filled cell says so and the others hold numbers only."""
    filled = [cell_text(value).strip() for value in cells if value is not None and cell_text(value).strip()]
    return (
        bool(filled)
        and TOTAL_ROW.match(search_key(filled[0])) is not None
        and all(re.fullmatch(r"[\d.,\s]+", text) for text in filled[1:])
    )


def _after_d(previous, label):
    """Whether the letter `label` right after its sibling `previous` is đ written without its bar: a copy without
    diacritics numbers a, b, c, d, d, e (the alphabet runs a ă â b c d đ e), so the second `d` after a `d` is `đ`
    (also in a dotted code: `I.1.d` after `I.1.d`)."""
    return label.rsplit(".", 1)[-1] == "d" and previous.rsplit(".", 1)[-1] == "d"


def _roman_value(numeral):
    """The number a roman numeral writes (`IV` → 4); 0 for anything else."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not numeral or any(char not in values for char in numeral):
        return 0
    total = 0
    for char, following in zip(numeral, [*numeral[1:], ""], strict=True):
        total += -values[char] if following and values[following] > values[char] else values[char]
    return total


def _rank(item):
    """How deep an outline label sits: a dotted number (`3.1`) between the number it extends and the letters under
    it (`3.1` then `a)` is 3.1.a), a dotted letter (`II.3.a`) at the letters' level; bullets below all of them."""
    if item.label_kind == "dotted":
        last = item.label.rsplit(".", 1)[-1]
        return RANKS["letter"] if LETTER.match(last) else RANKS["number"] + 0.5
    return RANKS.get(item.label_kind, 99)


def _sibling_bullets(stack, task):
    """A bullet row right under a bullet row of another character is its sibling when both name their own agencies
    or timeframe: offices mix `*` and `-` for items of one list (a bullet that names none is a heading). A character
    already open above keeps its level within its parent instead: `-` after the `+` items under a `-` heading is the
    heading's next sibling, not a third `+` item."""
    above = stack[-1] if stack else None
    return (
        above is not None
        and above.label_kind.startswith("bullet")
        and task.label_kind.startswith("bullet")
        and above.label_kind != task.label_kind
        and all(item.label_kind != task.label_kind for item in stack)
        and above.carries_own
        and task.carries_own
    )


def read_label(values, layout, text, split=None):
    """The row's label and kind, its text, the code an office gave it (or "") and the column the label is from.

    A code column's value that reads as no outline number (`CNHT-01` under `Mã`) is the task's code, and the row is
    placed by the outline-number column beside it (`STT`: I, 1, 2 …), or as a bullet when there is none; a row with
    no code there (a section row, a code left empty) is placed and coded by that outline number alone. A code column
    holding outline numbers (`I.1`, `2`) places its rows itself, as an `STT` column does. `split` reads a label cell
    (`split_label`, or a reader that remembers each distinct cell)."""
    split = split or split_label
    label, label_kind, rest = split(values.get(cols.CODE), text)
    if not layout.codes_given:
        return label, label_kind, rest, "", cols.CODE
    written = cell_text(values.get(cols.CODE)).strip()
    if written and label_kind != "other":
        return label, label_kind, rest, "", cols.CODE
    if cols.OUTLINE in layout.columns:
        return *split(values.get(cols.OUTLINE), text), written, cols.OUTLINE
    if written:
        return written, "unlabeled", rest, written, cols.CODE
    return label, label_kind, rest, "", cols.CODE


def split_label(label_value, text):
    """The row's label and kind, and its text without a label typed at its start (`a) Xây dựng…`); a row whose text
    cell is empty and whose label cell holds numeral and title (`I. PHÁT TRIỂN …`) takes its text from that cell."""
    written = cell_text(label_value).strip()
    label = written.rstrip(".)").strip()
    if label and not text and _label_kind(label) == "other":
        titled = TITLED_LABEL.match(written) or _capital_title(written)
        if titled and _label_kind(titled.group("label")) != "other" and not _signing_letter(titled, written):
            label, text = titled.group("label"), titled.group("rest").strip()
    if not label:
        found = LABEL_IN_TEXT.match(text)
        if found and not _signing_letter(found, text):
            label = found.group("label") or found.group("bullet")
            text = found.group("rest")
        elif text and text[0] in BULLETS:
            label, text = text[0], text[1:].strip()
    if not label:
        return "", "unlabeled", text
    kind = _label_kind(label)
    if kind == "number":
        label = str(int(label))
    elif kind == "letter" and label == "dd":
        label = "đ"  # Telex users type đ as dd
    return label, kind, text


def _signing_letter(found, text):
    """Whether a capital letter read as a label is the prefix of a signing formula (`Q. CHỦ TỊCH`)."""
    return CAPITAL.match(found.group("label") or "") is not None and is_signing(text)


def _capital_title(written):
    """`I HOÀN THIỆN CƠ CHẾ …`: a roman numeral and a section's title in capitals with only a space between them."""
    found = SPACED_SECTION.match(written)
    return found if found and found.group("rest").isupper() else None


def _label_kind(label):
    if label in ROMAN_LETTERS:
        return "capital"
    if ROMAN.match(label):
        return "roman"
    if NUMBER.match(label):
        return "number"
    if LETTER.match(label):
        return "letter"
    if CAPITAL.match(label):
        return "capital"
    if DOTTED.match(label):
        return "dotted"
    if label in BULLETS or all(char in BULLETS for char in label):
        return f"bullet{label[0]}"
    return "other"


class RowParser:
    """Reads the rows of one file, sheet after sheet, into a ParsedFile."""

    def __init__(self, matcher, declined=(), issued_on=None):
        self.matcher = matcher
        self.issued_on = issued_on  # the directive's day when known: a deadline's day and month without a year
        # Names a person chose not to have created from the catalogue: left to map, as any unknown name.
        self.declined = {search_key(text) for text in declined}
        self.result = ParsedFile()
        self.outline = OutlineBuilder()
        self.part = 1  # set by a preview correction that splits a row in two (tasks.importing.edits)
        # Offices repeat the same cells thousands of times: each distinct text is read once.
        self._names = {}
        self._matches = {}
        self._refs = {}  # (text, role) -> its AgencyRef, shared by the rows that write it (never changed)
        self._today = timezone.localdate()
        self._timeframes = {}
        self._targets = {}
        self._section = ""
        self._encodings_seen = set()
        self._letters = {}  # column index -> its letters
        self._labels = {}  # (type, value) of a label cell -> its label and kind (None: the text's start decides)
        self._last_row = None  # (sheet, number) of the last row read into a task, its text continued or not
        self._written = {}  # a row's (lead, executing, coordinators) cells -> what _assignments makes of them
        self._signed = set()  # (sheet, header rows) of the tables whose signature block has been met
        self._in_note = False  # under a note row (`Ghi chú:`): bullets with no agency or timeframe are its lines
        self._header_again = None  # (sheet, number) of the last row that repeated the header's titles

    def error(self, *args):
        self.result.errors.append(located(*args))

    def warn(self, *args):
        self.result.warnings.append(located(*args))

    def _read_formulas_and_encodings(self, row, layout, values):
        """A formula with a saved value is read as that value, with a warning; one without a value is an error.
        Text read from an old font encoding is named once per sheet, where it is first met."""
        for name, index in layout.columns.items():
            saved = (row.formulas or {}).get(index)
            if saved is None:
                continue
            if saved:
                self.warn(
                    row.sheet,
                    row.number,
                    column_letter(index + 1),
                    name,
                    _(
                        "the cell holds a formula; the value the spreadsheet saved for it (%(value)s) is imported, "
                        "the formula itself is neither evaluated nor kept."
                    )
                    % {"value": cell_text(values.get(name))[:60]},
                )
            else:
                self.error(
                    row.sheet,
                    row.number,
                    column_letter(index + 1),
                    name,
                    _(
                        "the cell holds a formula the spreadsheet saved no value for; formulas are not evaluated. "
                        "Open the file, let it calculate and save it, or type the value instead."
                    ),
                )
                values[name] = None
        for index, encoding in row.converted:
            if (row.sheet, encoding) in self._encodings_seen:
                continue
            self._encodings_seen.add((row.sheet, encoding))
            field_name = next((name for name, column in layout.columns.items() if column == index), "")
            self.warn(
                row.sheet,
                row.number,
                column_letter(index + 1) if field_name else "",
                field_name,
                _(
                    "text on this sheet was typed in the old %(encoding)s font encoding (first here); it was "
                    "converted to Unicode. Check the agency names and text in the preview."
                )
                % {"encoding": encoding},
            )

    def column(self, layout, name):
        index = layout.columns.get(name)
        if index is None:
            return ""
        if index not in self._letters:
            self._letters[index] = column_letter(index + 1)
        return self._letters[index]

    def parse_row(self, row, layout):
        """One data row: a task or heading, or nothing for a blank row."""
        self.result.rows_read += 1
        cells = row.cells
        width = len(cells)
        # layout.value of each column, without a call per cell
        values = {name: cells[index] if index < width else None for name, index in layout.columns.items()}
        if not any(value is not None for value in values.values()):
            return
        if self._signed and (row.sheet, layout.header_rows) in self._signed:
            self._below_signature(row, layout, values)
            return
        if row.formulas or row.converted:
            self._read_formulas_and_encodings(row, layout, values)
        text = cell_text(values.get(cols.TEXT)).strip()
        label, label_kind, text, given, label_column = read_label(values, layout, text, self._split_label)
        if label_kind in ("other", "unlabeled") and self._repeats_header(row, layout):
            return
        schedule = self._schedule(row, layout) if layout.periods else ((), ())
        if not text:
            if self._signature_starts(row, layout) or _total_row(row.cells):
                return
            if any(schedule) or any(values.get(name) for name in OWN_FIELDS):
                self.error(
                    row.sheet,
                    row.number,
                    self.column(layout, cols.TEXT),
                    cols.TEXT,
                    _("the row names agencies or a timeframe but no task."),
                )
            return
        if label_kind == "other":
            self.warn(
                row.sheet,
                row.number,
                self.column(layout, label_column),
                label_column,
                _("“%(label)s” is not an outline number; the row is numbered as a bullet.") % {"label": label},
            )
            label_kind = "unlabeled"
        carries_own = any(schedule) or any(values.get(name) for name in OWN_FIELDS)
        if self._is_note(row, layout, label_kind, text, carries_own):
            return
        if label_kind == "unlabeled" and not carries_own:
            if TOTAL_ROW.match(search_key(text)) or self._signature_starts(row, layout):
                return
            if not given and self._continues(row, values, text):
                above = self.result.tasks[-1]
                above.text = f"{above.text} {text}"
                self._last_row = (row.sheet, row.number)
                return
        self._read_section(row, values, (label, label_kind))
        task = ParsedTask(row.sheet, row.number, label, label_kind, text=text, part=self.part, given_code=given)
        task.typed_as_number = isinstance(values.get(label_column), float)
        task.lead_column = self.column(layout, cols.LEAD) or self.column(layout, cols.EXECUTING)
        task.carries_own = carries_own
        task.position = len(self.result.tasks)
        self.outline.place(task)
        if self.outline.by_code[task.code] is not task:
            first = self.outline.by_code[task.code]
            self.error(
                row.sheet,
                row.number,
                self.column(layout, cols.CODE),
                cols.CODE,
                _("outline number %(code)s is already used by row %(row)s.") % {"code": task.code, "row": first.row},
            )
        self._read_agencies(task, row, layout, values)
        if not task.carries_own and label_kind != "unlabeled":
            task.names_from = (text, row, layout)
        self._read_timeframe(task, row, layout, values.get(cols.TIMEFRAME), schedule)
        task.note = cell_text(values.get(cols.NOTE)).strip()
        task.sector = self._sector(task, values)
        target_text = " ; ".join(part for part in (cell_text(values.get(cols.TARGET)), task.timeframe.original) if part)
        due_year = task.timeframe.due_date.year if task.timeframe.due_date else None
        if (target_text, due_year) not in self._targets:
            self._targets[target_text, due_year] = read_targets(target_text, due_year)
        task.targets = self._targets[target_text, due_year]
        self._check_targets(task, row, layout)
        self.result.tasks.append(task)
        self._last_row = (row.sheet, row.number)

    def _repeats_header(self, row, layout):
        """Whether the row writes the header's titles again (`Layout.repeats_header`), or goes on with such a row
        right above it (its sub-titles, the columns' numbers): no task, and the columns stay as the header set them."""
        under = self._header_again == (row.sheet, row.number - 1)
        if not (layout.continues_header(row.cells) if under else layout.repeats_header(row.cells)):
            return False
        self._header_again = (row.sheet, row.number)
        return True

    def _continues(self, row, values, text):
        """Whether a row goes on with the task text of the row right above it: it writes nothing but text (no label,
        agencies, timeframe or note) and reads on from it, starting in lowercase (`…đơn giá bồi thường,` then `hỗ trợ
        khi Nhà nước thu hồi đất…`) or after a comma or linking word; text after a colon is a list's item."""
        tasks = self.result.tasks
        if not tasks or self._last_row != (row.sheet, row.number - 1):
            return False
        if any(
            cell_text(value).strip() and not (name == cols.SECTION and cell_text(value).strip() == self._section)
            for name, value in values.items()
            if name != cols.TEXT
        ):
            return False
        above = tasks[-1].text.rstrip()
        if above.endswith(":"):
            return False
        return text[0].islower() or above.endswith((",", "-")) or CONTINUED.search(search_key(above)) is not None

    def _is_note(self, row, layout, label_kind, text, carries_own):
        """Whether the row is the author's note (`Ghi chú: …`, or a line wholly in brackets, with no agency or
        timeframe) or a line under a `Ghi chú:`; such rows are named in a warning, never read as tasks. A row with
        an outline number, an agency or a timeframe ends the note."""
        if carries_own or label_kind in LABELLED:
            self._in_note = False
            return False
        if NOTE_ROW.match(text):
            self._in_note = True
        elif not (self._in_note or BRACKETED_ROW.match(text)):
            return False
        self.warn(
            row.sheet,
            row.number,
            self.column(layout, cols.TEXT),
            cols.TEXT,
            _("“%(text)s” is read as a note under the table, not as a task.") % {"text": text[:80]},
        )
        return True

    def _signature_starts(self, row, layout):
        """Whether the row starts the signature block (every cell it fills a signing formula: `TM. ỦY BAN NHÂN DÂN`,
        `KT. CHỦ TỊCH`, `Nơi nhận:`); the rows after it in the table are then no tasks."""
        if not _signature_row(row.cells):
            return False
        self._signed.add((row.sheet, layout.header_rows))
        return True

    def _below_signature(self, row, layout, values):
        """A row under the signature block is not read; one that reads as a task (an outline number, a text and an
        agency) is named, never dropped silently."""
        text = cell_text(values.get(cols.TEXT)).strip()
        _label, kind, text = split_label(values.get(cols.CODE), text)
        if kind not in LABELLED or not text:
            return
        if any(values.get(name) for name in (cols.LEAD, cols.EXECUTING)):
            self.warn(
                row.sheet,
                row.number,
                "",
                "",
                _("the row is below the signature block and is not read as a task; move it into the table."),
            )

    def _split_label(self, value, text):
        """`split_label`, the reading of each distinct label cell remembered (an outline repeats `a)`, `b)`, `1`…):
        a cell that gives a label leaves the text as it is."""
        key = (type(value), value)
        if key not in self._labels:
            label, kind, title = split_label(value, "")
            # a cell holding numeral and title (`I. PHÁT TRIỂN …`) is read with the row's text each time
            self._labels[key] = (label, kind) if label and not title else None
        known = self._labels[key]
        return split_label(value, text) if known is None else (*known, text)

    def _read_section(self, row, values, own):
        """A section column (`Mục`, `Nhóm nhiệm vụ`) that starts with an outline number (`II. Nhiệm vụ…`) opens a
        heading when its text changes, unless the row is that heading itself (`II | II. Năng lượng | NĂNG LƯỢNG`, its
        code the section's number: `own`, the row's label and its kind); one without a number names the rows' group,
        kept as their sector."""
        section = cell_text(values.get(cols.SECTION)).strip()
        if not section or section == self._section:
            return
        self._section = section
        label, label_kind, text = split_label(None, section)
        if label_kind not in LABELLED or (label, label_kind) == own:
            return
        heading = ParsedTask(row.sheet, row.number, label, label_kind, text=text or section)
        heading.timeframe = read_timeframe(None)
        heading.position = len(self.result.tasks)
        self.outline.place(heading)
        if self.outline.by_code[heading.code] is heading:
            self.result.tasks.append(heading)

    def _check_targets(self, task, row, layout):
        if not task.targets:
            return
        column = Target._meta.get_field("target_value")
        for target in task.targets:
            try:
                column.run_validators(target.value)
            except ValidationError as error:
                self.error(
                    row.sheet,
                    row.number,
                    self.column(layout, cols.TARGET),
                    cols.TARGET,
                    _("the target value %(value)s cannot be stored: %(problem)s")
                    % {"value": target.original, "problem": " ".join(error.messages)},
                )

    def _read_agencies(self, task, row, layout, values):
        cells = (values.get(cols.LEAD), values.get(cols.EXECUTING), values.get(cols.COORDINATORS))
        if cells not in self._written:
            self._written[cells] = self._assignments(*cells)
        for ref, name, damaged, kept in self._written[cells]:
            if damaged:
                self._warn_damaged(ref.text, ref.agency_name, row, layout, name)
            if not kept:
                continue
            if not (ref.agency_id or ref.catalogue_key):
                ref = self._successor_named(ref, task, row, layout, name)
                if ref.agency_id and any(
                    other.agency_id == ref.agency_id and other.role == ref.role for other in task.agencies
                ):
                    continue  # the successor the task's words name, named in the same role besides
            if not (ref.agency_id or ref.catalogue_key):
                self._unmatched(ref.text, row, layout, name)
            elif ref.catalogue_key:
                self._to_create(ref, row, layout, name)
            task.agencies.append(ref)

    def _successor_named(self, ref, task, row, layout, name):
        """A name of a body that had ceased by the plan's date split between several (`Sở TT&TT` in a plan of 2026):
        the province's successor whose share of its work (the catalogue's `shares`) the task's words name, else those
        of the nearest heading above it that names one (`… chuyển đổi số`: Sở Khoa học và Công nghệ), with a warning
        to check it; else the ref as it is, for a person."""
        match = self._matches[ref.text]
        split = self.matcher.split_read(match)
        key, above = None, task
        while split is not None and key is None and above is not None:
            key = split.successor_named_by(above.text)
            above = self.outline.by_code.get(above.parent_code)
        held = self.matcher.own_bodies(key) if key else set()
        chosen = [agency for agency in match.candidates if agency.pk in held]
        if len(chosen) != 1:
            return ref
        self.warn(
            row.sheet,
            row.number,
            self.column(layout, name),
            name,
            _(
                "“%(text)s” had ceased by the directive's date and its work was split; the words of the task or of a "
                "heading above it name the share that went to %(agency)s, which the task is given to: check it."
            )
            % {"text": ref.text, "agency": chosen[0].name},
        )
        return replace(ref, agency_id=chosen[0].pk, agency_name=chosen[0].name)

    def _assignments(self, *cells):
        """(ref, column, read from a damaged spelling, kept) for each name a row's agency cells write, in order: a
        body named twice in one role is kept once (a name no agency answers to, every time); two places' committees
        the province lacks (`UBND huyện Văn Lâm`, `UBND thị xã Mỹ Hào`) are two bodies."""
        found, seen = [], set()
        for texts, role in self._roles(*cells):
            for name, text in texts:
                ref, damaged = self._ref(text, role)
                body = ref.body
                kept = not body or (body, role) not in seen
                if body:
                    seen.add((body, role))
                found.append((ref, name, damaged, kept))
        return tuple(found)

    def _roles(self, lead, executing, coordinating):
        """((column, name) of the leads, role), the same of the executing and the coordinating agencies, from a row's
        agency cells. A name whose cell says its part (`Sở Tài chính (chủ trì)`, `Phối hợp: …`) takes that part,
        whatever column."""
        written = {
            cols.LEAD: self._split(lead),
            cols.EXECUTING: self._split(executing),
            cols.COORDINATORS: self._split(coordinating),
        }
        leads = [(cols.LEAD, text) for text, role in written[cols.LEAD] if role != COORDINATING]
        leads += [
            (name, text) for name in (cols.EXECUTING, cols.COORDINATORS) for text, role in written[name] if role == LEAD
        ]
        executing = [(cols.EXECUTING, text) for text, role in written[cols.EXECUTING] if role is None]
        coordinators = [
            (name, text)
            for name in (cols.LEAD, cols.EXECUTING, cols.COORDINATORS)
            for text, role in written[name]
            if role == COORDINATING or (name == cols.COORDINATORS and role is None)
        ]
        lead_role = AssignmentRole.LEAD if len(leads) == 1 else AssignmentRole.CO_LEAD
        return (
            (leads, lead_role),
            (executing, AssignmentRole.EXECUTING),
            (coordinators, AssignmentRole.COORDINATING),
        )

    def _heading_agencies(self, text, row, layout):
        """The agencies a heading row's text names and nothing else (every name known as a whole, no guessing by
        OCR distance), as leads of the items under it; none when any part is not a known name."""
        names = self._split(assigned_names(ASSIGN.sub("", text, count=1)))
        if not names or len(text) > 200 or any(role is not None for _name, role in names):
            return []
        if any(self.matcher.known(name) is None for name, _role in names):
            return []
        role = AssignmentRole.LEAD if len(names) == 1 else AssignmentRole.CO_LEAD
        refs = [self._match(name, role, row, layout, cols.TEXT) for name, _role in names]
        return refs if all(ref.agency_id is not None for ref in refs) else []

    def _named_above(self, task):
        """The agencies the nearest heading above a task names, if no heading between them names a lead."""
        parent = self.outline.by_code.get(task.parent_code)
        while parent is not None and not self._named(parent) and not parent.has_lead:
            parent = self.outline.by_code.get(parent.parent_code)
        return parent.named if parent is not None and not parent.has_lead else []

    def _named(self, heading):
        """The agencies a heading row names (`_heading_agencies`), read the first time an item under it without a
        lead of its own asks: most headings never lead anything, and reading a title as names costs more than the
        rest of its row (a name the title seems to give is then neither matched nor proposed for creation)."""
        if heading.names_from is not None:
            heading.named = self._heading_agencies(*heading.names_from)
            heading.names_from = None
        return heading.named

    def _sector(self, task, values):
        """The sector column, else the parent's sector; a section titled `Công nghiệp …` names one (004 II.2)."""
        written = cell_text(values.get(cols.SECTOR)).strip()
        if written:
            return written
        group = cell_text(values.get(cols.SECTION)).strip()
        if group and split_label(None, group)[1] == "unlabeled":
            return group[:200]
        if not task.agencies and search_key(task.text).startswith(SECTOR_HEADING):
            return task.text[:200]
        parent = self.outline.by_code.get(task.parent_code)
        return parent.sector if parent else ""

    def _split(self, value):
        if value is None:
            return ()
        if value not in self._names:
            self._names[value] = tuple(cell_roles(cell_text(value), self.matcher))
        return self._names[value]

    def _match(self, text, role, row, layout, column_name):
        ref, damaged = self._ref(text, role)
        if damaged:
            self._warn_damaged(text, ref.agency_name, row, layout, column_name)
        return ref

    def _warn_damaged(self, text, agency_name, row, layout, column_name):
        self.warn(
            row.sheet,
            row.number,
            self.column(layout, column_name),
            column_name,
            _("“%(text)s” was read as %(agency)s from a damaged spelling; check it before importing.")
            % {"text": text, "agency": agency_name},
        )

    def _ref(self, text, role):
        """The AgencyRef of a name in a role, and whether its agency was read from a damaged (OCR) spelling."""
        if text not in self._matches:
            self._matches[text] = self.matcher.match(text)
        match = self._matches[text]
        agency = match.agency
        if (text, role) not in self._refs:
            holder = self.matcher.holder(agency, self._today) if agency else None
            current = holder if holder is not None and holder != agency else None
            body = self._creatable(text, match)
            resolved = agency is not None or match.candidates or match.proposals
            # a name left for a person is shown as it is mapped (`Các doanh nghiệp …` without `trên địa bàn`)
            shown = text if resolved else self.matcher.left_as(text)
            self._matches.setdefault(shown, match)
            self._refs[text, role] = AgencyRef(
                shown,
                role,
                agency.pk if agency else None,
                agency.name if agency else (self.matcher.name_to_create(text, body) if body else ""),
                match.qualifier[:255],
                current.pk if current else None,
                current.name if current else "",
                body.key if body else "",
            )
        return self._refs[text, role], agency is not None and match.method == "ocr"

    def _creatable(self, text, match):
        """The one catalogue body a name means that the province lacks (`CA tỉnh` where there is no Công an tỉnh
        yet), to create when the import is confirmed; None when the name is known, could be two bodies (a person
        chooses) or was declined."""
        if match.agency is not None or match.candidates or len(match.proposals) != 1 or self.matcher.province is None:
            return None
        return None if search_key(text) in self.declined else match.proposals[0]

    def _to_create(self, ref, row, layout, name):
        key = search_key(ref.text)
        entry = self.result.to_create.get(key)
        if entry is None:
            kind = self.matcher.catalogue.body(ref.catalogue_key).kind
            entry = self.result.to_create[key] = ToCreate(
                ref.text, ref.catalogue_key, ref.agency_name, kind, alias=not ref.qualifier
            )
        entry.locations.append((row.sheet, row.number, self.column(layout, name)))

    def _unmatched(self, text, row, layout, name):
        key = search_key(text)
        entry = self.result.unmatched.get(key)
        if entry is None:
            match = self._matches[text]
            candidates = [agency.name for agency in match.candidates][:5]
            proposals = [{"key": body.key, "name": body.name, "kind": body.kind} for body in match.proposals]
            # Two bodies the name could be are a person's choice; else the names that read alike are offered.
            near = [] if match.candidates or proposals else self.matcher.near(text)
            near = [(agency.pk, agency.name, strong) for agency, strong in near]
            entry = self.result.unmatched[key] = Unmatched(text, candidates, proposals=proposals, near=near)
        entry.locations.append((row.sheet, row.number, self.column(layout, name)))
        if len(entry.proposals) == 1:
            # `CA tỉnh` in a province that holds no Công an tỉnh yet: the body it is, for a person to create.
            message = _(
                "no agency is known as “%(name)s”; it is the catalogue's “%(body)s”, which this province does not "
                "hold yet: create it or map the name to an agency."
            ) % {"name": text, "body": entry.proposals[0]["name"]}
        elif entry.proposals:
            # a name the catalogue reads as several bodies the province holds none of: the person chooses among them
            message = _(
                "no agency is known as “%(name)s”; it may be any of the catalogue's %(bodies)s, which this province "
                "does not hold: create the one it means or map the name to an agency."
            ) % {"name": text, "bodies": ", ".join(f"“{body['name']}”" for body in entry.proposals)}
        else:
            message = _("no agency is known as “%(name)s”; map it to an agency or create one.") % {"name": text}
        self.error(row.sheet, row.number, self.column(layout, name), name, message)

    def _schedule(self, row, layout):
        """The periods a row marks in a schedule's columns (`x` under `Năm 2023`, or one `x` merged across 2023–2025,
        which marks every period it spans), and the words or dates written in them instead of a mark (`30/9/2024`
        under `Năm 2024`; `Quý III` there read in its column's year); a number there is neither (a year's figure),
        unless the row's numbers are all 1s (`is_mark`)."""
        cells = row.cells
        width = len(cells)
        spanned = {}  # column index -> the first column of the merged range it lies in, which holds the range's value
        for first, last in row.spans:
            spanned.update(dict.fromkeys(range(first + 1, last + 1), first))
        values = []
        for index, period in layout.periods:
            value = cells[index] if index < width else None
            if value is None and index in spanned:
                first = spanned[index]
                value = cells[first] if first < width and is_mark(cells[first]) else None
            values.append((period, value))
        numbers = [number for _period, value in values if (number := schedule_number(value)) is not None]
        marked, written = [], []
        for period, value in values:
            if is_mark(value, numbers):
                marked.append(period)
            elif schedule_number(value) is None and not isinstance(value, bool) and (text := cell_text(value).strip()):
                read = in_its_year(text, period)
                written.append(read or text)
                if read and period != Period(period.year):
                    # words in a part's column mark it too: `Quý III` typed in a `Quý II` column is read as typed and
                    # named as a deadline outside the periods marked
                    marked.append(period)
        return tuple(marked), tuple(written)

    def _timeframe_column(self, layout):
        """The letter of the timeframe column, else of a schedule's first period column."""
        if cols.TIMEFRAME in layout.columns or not layout.periods:
            return self.column(layout, cols.TIMEFRAME)
        return column_letter(layout.periods[0][0] + 1)

    def _read_timeframe(self, task, row, layout, value, schedule=((), ())):
        """The task's timeframe: the words written (the timeframe column, else the words in a schedule's period
        columns) win over the periods a schedule marks, which are read only when no words are written; written words
        whose deadline falls outside the marked periods are named."""
        marked, written = schedule
        if not cell_text(value).strip() and written:
            value = " ; ".join(written)
        if value not in self._timeframes:
            self._timeframes[value] = read_timeframe(value, self.issued_on)
        timeframe = self._timeframes[value]
        if marked and not timeframe.original:
            if marked not in self._timeframes:
                self._timeframes[marked] = marked_timeframe(marked)
            timeframe = self._timeframes[marked]
        elif marked and timeframe.due_date:
            span = marked_timeframe(marked)
            if not span.start_date <= timeframe.due_date <= span.due_date:
                self.warn(
                    row.sheet,
                    row.number,
                    self._timeframe_column(layout),
                    cols.TIMEFRAME,
                    _(
                        "the deadline written (%(written)s) falls outside the periods marked (%(marked)s); the "
                        "written deadline is imported."
                    )
                    % {"written": timeframe.original, "marked": span.original},
                )
        task.timeframe = timeframe
        if not timeframe.needs_review:
            return
        column = self._timeframe_column(layout)
        if timeframe.impossible_date:
            self.error(row.sheet, row.number, column, cols.TIMEFRAME, timeframe.review_note)
        else:
            self.warn(
                row.sheet,
                row.number,
                column,
                cols.TIMEFRAME,
                _("%(note)s. The task is imported and marked for review.") % {"note": timeframe.review_note},
            )

    def finish(self):
        """Decide headings and check what needs the whole outline (a task without a lead)."""
        inherited = [
            (task, self._named_above(task)) for task in self.result.tasks if not task.has_children and not task.has_lead
        ]
        for task, named in inherited:
            if named:
                task.agencies[:0] = named
        for task in self.result.tasks:
            has_lead = task.has_lead
            if task.heading or (task.heading is None and task.has_children and not has_lead and not task.coordinators):
                task.kind = TaskKind.HEADING
            elif not has_lead:
                self.error(
                    task.sheet,
                    task.row,
                    task.lead_column,
                    cols.LEAD,
                    _("task %(code)s has no lead or executing agency.") % {"code": task.code},
                )
        self._one_name_per_new_body()
        sheets = {}
        for problem in self.result.errors:
            sheets.setdefault(problem.sheet, len(sheets))
        self.result.errors.sort(key=lambda problem: (sheets[problem.sheet], problem.row or 0))
        return self.result

    def _one_name_per_new_body(self):
        """A body the province lacks that the file writes several ways (`BQL KKT` in one row, `Ban Quản lý Khu kinh tế
        cửa khẩu Đồng Đăng - Lạng Sơn` in another) is one new agency (agencies.services.new_body): it is shown on every
        task, and created, under one name: the first in the file that says more than the catalogue's own name for the
        province's body (`name_to_create`) and is written with diacritics, else the catalogue's name (a name a copy
        without diacritics gives is no name to create a body under when the catalogue's is there); never two names."""
        by_body = {}
        for entry in self.result.to_create.values():
            by_body.setdefault(new_body(entry.key, entry.name), []).append(entry)
        renamed = {}
        for body, entries in by_body.items():
            names = list(dict.fromkeys(entry.name for entry in entries))
            if len(names) < 2:
                continue
            plain = self.matcher.catalogue.body(body[0]).name_in(self.matcher.province.name)
            fuller = [name for name in names if name != plain and not lacks_diacritics(name)]
            chosen = fuller[0] if fuller else (plain if plain in names else names[0])
            for entry in entries:
                entry.name = chosen
            renamed[body] = chosen
        for task in self.result.tasks if renamed else ():
            for ref in task.agencies:
                if ref.agency_id is None and ref.body in renamed:
                    ref.agency_name = renamed[ref.body]


def read_targets(text, due_year=None):
    """Measurable targets in a phrase: `ít nhất 100 MW`, `800 triệu KWh`, `9%/năm trở lên`."""
    targets = []
    if not text:
        return targets
    years = [int(year) for year in YEAR.findall(text)]
    year = max(years) if years else due_year
    for match in TARGET.finditer(text):
        unit = _target_unit(match.group("unit"))
        comparison = search_key(match.group("cmp") or "")
        if not unit or YEAR.fullmatch(match.group("value")):
            continue
        if not comparison and not any(known in search_key(unit) or known in unit for known in KNOWN_UNITS):
            continue
        value = _decimal(match.group("value"))
        if value is None:
            continue
        targets.append(
            ParsedTarget(
                description=_clause(text, match),
                unit=unit,
                comparison=COMPARISONS.get(comparison, TargetComparison.EXACTLY),
                value=value,
                due_year=year,
                original=match.group(0).strip(),
            )
        )
    return targets


def _target_unit(raw):
    if raw.startswith("%"):
        return re.sub(r"\s+", "", raw)
    words = raw.split()
    kept = []
    for word in words:
        if search_key(word) in UNIT_STOP_WORDS:
            break
        kept.append(word)
    return " ".join(kept)


def _decimal(raw):
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        raw = raw.replace(".", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _clause(text, match):
    start = max(text.rfind(";", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    ends = [index for index in (text.find(";", match.end()), text.find("\n", match.end())) if index != -1]
    return text[start : min(ends) if ends else len(text)].strip(" .;+-")
