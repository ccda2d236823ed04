"""Read a task's free-text timeframe ("Từ năm 2020 - 2025", "trước 17h00 ngày 03/12/2021") into dates.

The reader works on text folded by `agencies.normalize.search_key` one character at a time,
so positions in the folded text are positions in the original: a phrase found in the
folded text (an event, a milestone) is returned in the words the document used. It
tolerates what OCR does to seed 004 (`nam`/`nim`/`ndm` for `năm`, `Pén` for `Đến`, `c6`
for `có`). What it cannot read with confidence is flagged for a person, never guessed.
"""

import calendar
import dataclasses
import datetime
import re
import unicodedata

from django.utils.translation import gettext_lazy as _

from agencies.normalize import search_key

IMPOSSIBLE_DATE = _("Impossible date: %(text)s")
IMPOSSIBLE_TIME = _("Impossible time: %(text)s")
UNREADABLE = _("No deadline could be read from: %(text)s")
SEVERAL_DEADLINES = _("Several different deadlines in one phrase: %(text)s")
DATE_WITHOUT_YEAR = _("Date without a year: %(text)s")
YEAR_SUPPLIED = _("Date without a year, read as the next one after the directive's date: %(dates)s")
REVERSED_PERIOD = _("The period ends before it starts: %(text)s")
EVENT_AND_DATE = _("Both an event and a date; which one decides the deadline? %(text)s")

# Punctuation that carries meaning in dates and lists survives folding; `–`/`—` read as `-`.
_KEPT = {"/": "/", "-": "-", "–": "-", "—": "-", ":": ":", ".": ".", ",": ",", ";": ";", "+": "+", "*": "*", "•": "*"}
_LABEL = re.compile(r"^[ *+-]*th\w* gian [^:]{0,40}:")  # "Thời gian thực hiện:", OCR "Thoti gian thuc hién:"
_YEAR_WORD = r"n[aid]m"  # năm, OCR nim / ndm
_YEAR = r"((?:19|20)\d\d)(?!\d)"

_RECURRING = re.compile(
    r"\b(?:thuong xuyen|lien tuc|h[ao]ng "
    + _YEAR_WORD
    + r"|h[ao]ng quy|h[ao]ng thang|h[ao]ng ngay|dinh ky|moi (?:nam|quy|thang|ngay)"
    r"|\d+ lan ?/ ?ngay)\b"
)
# How often a recurring deadline comes back, and on which day, as offices write it in words. Read on search_key text
# (no punctuation: `15/12` is `15 12`), by `read_recurrences`, for a task's timeframe and a directive's reporting duty.
QUARTERLY, HALF_YEARLY, ANNUAL, MONTHLY, WEEKLY = "quarterly", "half_yearly", "annual", "monthly", "weekly"
_DAY = r"(?P<day>[0-3]?\d)"
_DAY_MONTH_WORDS = _DAY + r"(?: thang)? (?P<month>[01]?\d)"
_EVERY = r"(?:hang|moi)"  # hằng / hàng / mỗi
# `trước 30/6 hằng năm` without `ngày` is yearly on 30/6 too; in a document's field block it is a task's deadline,
# not the directive's reporting duty (tasks/reporting_duty.py takes it only from a sentence about reporting).
_BEFORE = r"truoc ngay "
_BEFORE_DAY = r"truoc (?:ngay )?"
_NOT_QUY = r"(?! (?:dinh|hoach|mo|che|trinh|chuan)\b)"  # `quy định`, `quy hoạch` …: no quarter
_RECURRENCES = (
    # "trước ngày 10 của tháng cuối quý", "trước ngày 10 tháng cuối mỗi quý", "hằng quý, trước ngày 10"
    (QUARTERLY, re.compile(_BEFORE + _DAY + r"(?: cua)? thang cuoi (?:moi |cac |hang )?quy")),
    (QUARTERLY, re.compile(_EVERY + r" quy\b" + _NOT_QUY + r".{0,40}?" + _BEFORE + _DAY + r"\b(?! (?:thang )?\d)")),
    # "trước ngày 15/12 hằng năm", "hằng năm, trước ngày 15 tháng 12"
    (ANNUAL, re.compile(_BEFORE_DAY + _DAY_MONTH_WORDS + r" " + _EVERY + r" nam")),
    (ANNUAL, re.compile(_EVERY + r" nam\b.{0,60}?" + _BEFORE_DAY + _DAY_MONTH_WORDS + r"\b(?! (?:nam )?\d)")),
    # "trước ngày 20 hằng tháng", "hàng tháng, trước ngày 20"
    (MONTHLY, re.compile(_BEFORE + _DAY + r" " + _EVERY + r" thang")),
    (MONTHLY, re.compile(_EVERY + r" thang\b.{0,40}?" + _BEFORE + _DAY + r"\b(?! (?:thang )?\d)")),
    # the period alone: "hằng quý", "định kỳ 6 tháng", "báo cáo 6 tháng", "6 tháng/lần", "2 lần/năm", "hằng tuần"
    (QUARTERLY, re.compile(r"\b(?:" + _EVERY + r"|dinh ky) quy\b" + _NOT_QUY)),
    (
        HALF_YEARLY,
        re.compile(
            r"\b(?:(?:dinh ky|bao cao) (?:0?6|sau) thang\b(?! (?:dau|cuoi))"
            r"|(?:moi |hang )?(?:0?6|sau) thang (?:mot |1 )?lan|(?:moi |hang )?nua nam (?:mot|1) lan"
            r"|(?:2|hai) lan (?:mot |moi |/ ?)?nam|(?:hang|moi) nua nam)\b"
        ),
    ),
    (ANNUAL, re.compile(r"\b(?:" + _EVERY + r"|dinh ky) nam\b")),
    (MONTHLY, re.compile(r"\b(?:" + _EVERY + r"|dinh ky) thang\b")),
    (WEEKLY, re.compile(r"\b(?:" + _EVERY + r"|dinh ky) tuan\b")),
)


@dataclasses.dataclass(frozen=True)
class Recurrence:
    """A deadline that comes back: its period (QUARTERLY, HALF_YEARLY, ANNUAL, MONTHLY, WEEKLY) and, where the words fix
    them, the day it falls due (of the quarter's last month, of each month, or of `month` for a yearly one)."""

    kind: str
    day: int | None = None
    month: int | None = None


def read_recurrences(text):
    """The recurring deadlines the words of `text` name, each once, those with a day first found first; a period named
    without a day (`hằng quý`) only when no deadline of that period names one. Days and months that cannot be are
    left out."""
    key = search_key(text)
    found = []
    for kind, pattern in _RECURRENCES:
        for match in pattern.finditer(key):
            names = match.groupdict()
            day = int(names["day"]) if names.get("day") else None
            month = int(names["month"]) if names.get("month") else None
            if (day is not None and not 1 <= day <= 31) or (month is not None and not 1 <= month <= 12):
                continue
            recurrence = Recurrence(kind, day, month)
            if recurrence in found or (day is None and any(other.kind == kind for other in found)):
                continue
            found.append(recurrence)
    return tuple(found)


# A day that comes back every period: "trước ngày 10 của tháng cuối Quý", "trước ngày 10/11 hàng năm".
_SCHEDULE_DAY = re.compile(
    r"\bngay \d{1,2}\b(?! ?(?:thang \d|/ ?\d{1,2} ?/ ?\d))|(?<![\d/])\d{1,2} ?/ ?\d{1,2}(?![\d/])|\bthang cuoi quy\b"
)
_EVENT = re.compile(
    # `Khi phát sinh`, `Theo yêu cầu`, `Đột xuất`: when the need arises, no date
    r"\b(?:sau khi (?:(?:co|c6|c0|duoc) )?|khi (?:co|c6|c0) |"
    r"khi (?=phat sinh\b)|theo (?=yeu cau\b|chi dao\b)|(?=dot xuat\b)|"
    r"theo (?:thoi gian|tien do|lo trinh) (?:thuc hien )?(?:cua )?)(?P<event>.+)$"
)
# "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê": runs until an event, whatever date it starts on.
_UNTIL_EVENT = re.compile(r"\bden khi (?P<event>.+)$")
# "Từ ngày 01/01/2026 đến ngày 31/3/2026": a period between two dates.
# The first date may leave its year to the second: "Từ ngày 15/11 đến ngày 20/11/2025".
_DATE_SPAN = re.compile(
    r"\btu (?:ngay )?(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}))? ?(?:den|-) ?(?:het )?(?:ngay )?"
    r"(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})\b"
)
# A day written in full: `15/10/2026`, `15-10-2026`, `15.10.2026`, `ngày 15 tháng 10 năm 2026`, or year first as systems
# export a date (`2026-10-15`, `2026/10/15`, a CSV's `2026-10-15 00:00:00`: midnight is no hour).
_FULL_DATE = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2}) ?(?P<sep>[/.-]) ?(?P<month>\d{1,2}) ?(?P=sep) ?(?P<year>\d{4})(?![\d/])"
    r"|(?<![\d/.-])(?P<year_first>(?:19|20)\d\d)(?P<year_sep>[/.-])(?P<month_second>\d{1,2})(?P=year_sep)"
    r"(?P<day_last>\d{1,2})(?![\d/]|[.-]\d)(?:[ t]00:00(?::00)?(?!\d))?"
    r"|\bngay (?P<word_day>\d{1,2}) thang (?P<word_month>\d{1,2}) " + _YEAR_WORD + r" (?P<word_year>\d{4})\b"
)
_TIME = r"(?<!\d)(\d{1,2}) ?(?:gio|h|g|:) ?(\d{2})?(?: ?phut)?(?![\d/])"
_TIME_BEFORE = re.compile(_TIME + r"[ ,]*(?:ngay )?$")
_TIME_AFTER = re.compile(r"[ ,]*(?:luc |truoc )?" + _TIME)
# `Quý I/2026`, and as a table's narrow column writes it, `Q1/2026`, `Q.I/2026`.
_QUARTER = re.compile(r"\b(?:qu[yi] |q\.? ?)([ivxl1]+|\d)\b ?(?:/|-|" + _YEAR_WORD + r") ?" + _YEAR)
# Several quarters of one year: "Quý I, II/2026", "Quý III và IV năm 2026", "quý 1 - quý 2/2026": the first's start
# to the last's end.
_QUARTER_WORD = r"(?:\bqu[yi] |\bq\.? ?)"
_QUARTER_LIST = re.compile(
    _QUARTER_WORD
    + r"([ivxl1]+|\d)\b((?: ?(?:,|va|&|-|den) ?"
    + _QUARTER_WORD
    + r"?(?:[ivxl1]+|\d)\b)+) ?(?:/|-|"
    + _YEAR_WORD
    + r") ?"
    + _YEAR
)
_LISTED_QUARTER = re.compile(r"(?:" + _QUARTER_WORD + r"|\b)([ivxl1]+|\d)\b")
# A half of a year: "6 tháng đầu năm 2026" (January to June), "sáu tháng cuối năm 2026", "nửa cuối năm 2026" (July to
# December).
_HALF_YEAR = re.compile(r"\b(?:(?:6|sau) thang|nua) (dau|cuoi) " + _YEAR_WORD + r" " + _YEAR)
_MONTH = re.compile(r"\bthang (\d{1,2}) ?(?:/|-|" + _YEAR_WORD + r") ?" + _YEAR)
# A month written as a table's narrow column does, without `tháng`: `6/2024`, `T6/2024`, `06/2024` (a month that cannot
# be is not taken: `15/2024` is more likely a document's number than a date).
_MONTH_NUMBER = re.compile(r"(?<![\d/.-])(?<!so )(?:\bt\.? ?)?(0?[1-9]|1[0-2]) ?/ ?" + _YEAR + r"(?![\d/])")
# The start or the middle of a year (`Đầu năm 2026`, `Giữa năm 2026`): due by the end of its first quarter or its first
# half; its end (`Cuối năm 2026`) is the year's own deadline.
_PART_OF_YEAR = re.compile(r"\b(dau|giua) " + _YEAR_WORD + r" " + _YEAR)
PART_OF_YEAR_ENDS = {"dau": (3, 31), "giua": (6, 30)}
# "Từ tháng 11/2025 đến tháng 3/2026", "tháng 11/2025 - tháng 3/2026", "Tháng 3/2026 - 6/2026": a period from one
# month to the end of another.
_MONTH_SPAN = re.compile(
    r"(?:\bt(?:u|ir|w) )?\bthang (\d{1,2}) ?(?:/|-|"
    + _YEAR_WORD
    + r") ?"
    + _YEAR
    + r" ?(?:-|den(?: het)?) ?(?:thang )?(\d{1,2}) ?(?:/|-|"
    + _YEAR_WORD
    + r") ?"
    + _YEAR
)
# Months of one year: "Tháng 6 - 9/2024", "từ tháng 6 đến tháng 9/2024": the first month's start to the last one's end.
_MONTHS_OF_YEAR = re.compile(
    r"\bthang (\d{1,2}) ?(?:-|den(?: het)?) ?(?:thang )?(\d{1,2}) ?(?:/|-|" + _YEAR_WORD + r") ?" + _YEAR
)
# What joins two periods into one span: "Quý III/2024 - Quý I/2025", "từ tháng 9/2024 đến hết Quý I/2025".
_SPAN_JOIN = re.compile(r"^ ?(?:-|den(?: het)?) ?$")
_BEFORE_SPAN = re.compile(r"\b(?:truoc|han)(?: ngay)? ?$")  # `Trước 30/9/2024 - Quý IV/2024`: two deadlines, not a span
_DAY_MONTH = re.compile(r"(?<![\d/.-])(\d{1,2}) ?/ ?(\d{1,2})(?![\d/])")
# A school year (`Năm học 2025 - 2026`, `NH 2025-26`) runs from September to May: the Ministry of Education's yearly
# timetable framework closes every school year by 31 May, so that is its deadline, not 31/12 of its second year.
_SCHOOL_YEAR = re.compile(
    r"\b(?:" + _YEAR_WORD + r" hoc|nh) " + _YEAR + r" ?(?:-|/|den) ?(?:" + _YEAR_WORD + r" )?((?:19|20)?\d\d)(?!\d)"
)
SCHOOL_YEAR_START = (9, 1)
SCHOOL_YEAR_END = (5, 31)
_RANGE = re.compile(
    r"(?:\bt(?:u|ir|w) )?(?:" + _YEAR_WORD + r" )?" + _YEAR + r" ?(?:-|den(?: " + _YEAR_WORD + r")?) ?" + _YEAR
)
_YEAR_LIST = re.compile(_YEAR_WORD + r" " + _YEAR + r"((?: ?(?:,|va) ?(?:" + _YEAR_WORD + r" )?" + _YEAR + r")+)")
_YEAR_PHRASE = re.compile(r"(?:\b(?P<until>den|truoc|cuoi) )?(?:\b" + _YEAR_WORD + r" )?" + _YEAR)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "l": 1, "ll": 2, "lll": 3, "lv": 4, "1v": 4}
_SEGMENT = re.compile(r";|(?:^|(?<=[.:;]) ?)[+*-] | [+*] ")
_BULLET = re.compile(r"^[\s+*•·–-]+|[\s.;,]+$")


@dataclasses.dataclass(frozen=True)
class Milestone:
    text: str
    due_date: datetime.date


@dataclasses.dataclass(frozen=True)
class Timeframe:
    original: str
    start_date: datetime.date | None = None
    due_date: datetime.date | None = None
    due_time: datetime.time | None = None
    is_recurring: bool = False
    waits_on_event: bool = False
    event_text: str = ""
    milestones: tuple[Milestone, ...] = ()
    is_schedule: bool = False
    recurrences: tuple[Recurrence, ...] = ()  # how a recurring deadline comes back, where the words say
    needs_review: bool = False
    review_note: str = ""
    # A date that cannot exist (31/02, month 13): an import refuses it where other doubts only ask for review.
    impossible_date: bool = False


class _Unreadable(Exception):
    """A phrase that looks like a date but is not one the reader may trust."""

    def __init__(self, message, text):
        super().__init__(text)
        self.message = message
        self.note = str(message % {"text": text})
        self.impossible = message is IMPOSSIBLE_DATE


@dataclasses.dataclass(frozen=True)
class _Reading:
    start_date: datetime.date | None = None
    due_date: datetime.date | None = None
    due_time: datetime.time | None = None


def read_timeframe(value, issued_on=None):
    """Read a timeframe cell or phrase; dates and datetimes from a spreadsheet are taken as they are.

    `issued_on`: the day the directive was issued, when known. A date it gives without a year (`Trước 15/12`) is then
    read as that day and month's next coming on or after it, as a clerk reads the plan, and still marked for review;
    without it, such a date is only marked."""
    if isinstance(value, datetime.datetime):
        return _from_datetime(value)
    if isinstance(value, datetime.date):
        return Timeframe(original=value.strftime("%d/%m/%Y"), due_date=value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    original = "" if value is None else str(value).strip()
    text = unicodedata.normalize("NFC", original)
    folded, index = _fold(text)
    label = _LABEL.match(folded)
    if label:
        text = text[index[label.end() - 1] + 1 :].strip()
        folded, index = _fold(text)
    if not folded.strip(" .,;:+*-"):
        return Timeframe(original=original)
    try:
        return _read_text(original, text, folded, index)
    except _Unreadable as problem:
        if problem.message is DATE_WITHOUT_YEAR and issued_on is not None:
            dated = _with_years(original, text, folded, index, issued_on)
            if dated is not None:
                return dated
        return Timeframe(
            original=original, needs_review=True, review_note=problem.note, impossible_date=problem.impossible
        )


def _with_years(original, text, folded, index, issued_on):
    """The reading of `text` with each date written without a year given the year of its next coming from
    `issued_on`, marked for review with what was read; None when the dates cannot be, or the text still cannot be
    read."""
    dated, cursor, read_as = [], 0, []
    for match in _DAY_MONTH.finditer(folded):
        day, month = int(match.group(1)), int(match.group(2))
        try:
            date = datetime.date(issued_on.year, month, day)
            if date < issued_on:
                date = date.replace(year=issued_on.year + 1)
        except ValueError:
            return None
        end = index[match.end() - 1] + 1
        dated.append(text[cursor:end] + f"/{date.year}")
        cursor = end
        read_as.append(f"{_cut(text, index, match.start(), match.end())} → {date:%d/%m/%Y}")
    dated_text = unicodedata.normalize("NFC", "".join(dated) + text[cursor:])
    dated_folded, dated_index = _fold(dated_text)
    try:
        reading = _read_text(original, dated_text, dated_folded, dated_index)
    except _Unreadable:
        return None
    note = str(YEAR_SUPPLIED % {"dates": ", ".join(read_as)})
    return dataclasses.replace(reading, needs_review=True, review_note=note)


def apply_timeframe(task, timeframe):
    """Copy a reading onto a Task (not saved); return its milestones as (text, due_date) pairs."""
    task.timeframe_text = timeframe.original
    task.start_date = timeframe.start_date
    task.due_date = timeframe.due_date
    task.due_time = timeframe.due_time
    task.is_recurring = timeframe.is_recurring
    task.waits_on_event = timeframe.waits_on_event
    task.event_text = timeframe.event_text[: task._meta.get_field("event_text").max_length]
    task.needs_review = timeframe.needs_review
    task.review_note = timeframe.review_note[: task._meta.get_field("review_note").max_length]
    return [(milestone.text, milestone.due_date) for milestone in timeframe.milestones]


def _from_datetime(moment):
    due_time = moment.time() if moment.time() != datetime.time(0, 0) else None
    original = moment.strftime("%H:%M %d/%m/%Y") if due_time else moment.strftime("%d/%m/%Y")
    return Timeframe(original=original, due_date=moment.date(), due_time=due_time)


def _fold(text):
    """search_key applied one character at a time, runs of spaces collapsed.

    Returns the folded text and, for each of its characters, the index of the original
    character it came from, so a phrase found in the folded text is cut from the original.
    """
    chars, index = [], []
    for position, char in enumerate(text):
        key = _KEPT.get(char) or search_key(char)
        folded = key if len(key) == 1 else " "
        if folded == " " and (not chars or chars[-1] == " "):
            continue
        chars.append(folded)
        index.append(position)
    # OCR reads `Đ` as `P` (`Pén nam 2030`); no Vietnamese word starts with p + vowel.
    return re.sub(r"\bp(?=[aeiouy])", "d", "".join(chars)), index


def _cut(text, index, start, end):
    """The original words behind folded[start:end], on one line."""
    if start >= end:
        return ""
    return " ".join(text[index[start] : index[end - 1] + 1].split())


def _read_text(original, text, folded, index):
    whole = (0, len(folded))
    recurrences = read_recurrences(text)
    if recurrences or _RECURRING.search(folded):
        if _SCHEDULE_DAY.search(folded) or any(recurrence.day for recurrence in recurrences):
            return Timeframe(original=original, is_recurring=True, is_schedule=True, recurrences=recurrences)
        reading = _read_phrase(text, folded, index, whole, allow_none=True)
        return Timeframe(original=original, is_recurring=True, recurrences=recurrences, **dataclasses.asdict(reading))
    until = _UNTIL_EVENT.search(folded)
    if until:
        event_text = _BULLET.sub("", _cut(text, index, until.start("event"), until.end("event")))
        return Timeframe(original=original, waits_on_event=True, event_text=event_text)
    span = _DATE_SPAN.search(folded)
    if span:
        words = _cut(text, index, span.start(), span.end())
        day, month, year, *last = span.groups()
        try:
            due = datetime.date(*map(int, reversed(last)))
            start = datetime.date(int(year or due.year), int(month), int(day))
            if year is None and start > due:  # `Từ 15/12 đến 15/01/2026`: the start is in the year before
                start = start.replace(year=due.year - 1)
        except ValueError:
            raise _Unreadable(IMPOSSIBLE_DATE, words) from None
        if due < start:
            raise _Unreadable(REVERSED_PERIOD, words)
        return Timeframe(original=original, start_date=start, due_date=due)
    event = _EVENT.search(folded)
    if event:
        if _read_phrase(text, folded, index, whole, allow_none=True).due_date:
            raise _Unreadable(EVENT_AND_DATE, text)
        event_text = _BULLET.sub("", _cut(text, index, event.start("event"), event.end("event")))
        return Timeframe(original=original, waits_on_event=True, event_text=event_text)
    milestones = _read_milestones(text, folded, index)
    if milestones:
        return Timeframe(original=original, due_date=milestones[-1].due_date, milestones=milestones)
    return Timeframe(original=original, **dataclasses.asdict(_read_phrase(text, folded, index, whole)))


def _read_milestones(text, folded, index):
    """Two or more segments (split on `;` and `+` bullets), each with its own deadline."""
    bounds, cursor = [], 0
    for separator in _SEGMENT.finditer(folded):
        bounds.append((cursor, separator.start()))
        cursor = separator.end()
    bounds.append((cursor, len(folded)))
    segments = [bound for bound in bounds if folded[bound[0] : bound[1]].strip(" .,;:")]
    if len(segments) < 2:
        return ()
    dated = []
    for bound in segments:
        reading = _read_phrase(text, folded, index, bound, allow_none=True)
        if reading.due_date:
            dated.append(Milestone(_BULLET.sub("", _cut(text, index, *bound)), reading.due_date))
    if len(dated) < 2:
        return ()
    return tuple(sorted(dated, key=lambda milestone: milestone.due_date))


def _read_phrase(text, folded, index, bound, allow_none=False):
    """The one deadline folded[bound] names, with its start when it names a period.

    Two periods joined by `-` or `đến` ("Quý III/2024 - Quý I/2025") are one span: from the first one's first day to
    the second one's end."""
    start, end = bound
    readings, taken = [], [False] * len(folded)

    def found(pattern):
        for match in pattern.finditer(folded, start, end):
            if not any(taken[match.start() : match.end()]):
                taken[match.start() : match.end()] = [True] * (match.end() - match.start())
                yield match, _cut(text, index, match.start(), match.end())

    def add(match, reading, begins=None):
        """A reading and where it was written; `begins`: the first day of the period it names."""
        readings.append((match.start(), match.end(), reading, begins or reading.start_date or reading.due_date))

    for match, words in found(_FULL_DATE):
        add(match, _Reading(due_date=_full_date(match, words), due_time=_time_near(folded, match)))
    for match, words in found(_QUARTER_LIST):
        add(match, _quarters(match, words))
    for match, words in found(_QUARTER):
        due = _quarter_end(match, words)
        add(match, _Reading(due_date=due), begins=due.replace(day=1, month=due.month - 2))
    for match, _words in found(_HALF_YEAR):
        year, first_half = int(match.group(2)), match.group(1) == "dau"
        first, last = ((1, 1), (6, 30)) if first_half else ((7, 1), (12, 31))
        add(match, _Reading(start_date=datetime.date(year, *first), due_date=datetime.date(year, *last)))
    for match, words in found(_MONTH_SPAN):
        first = _month_end(int(match.group(1)), int(match.group(2)), words)
        due = _month_end(int(match.group(3)), int(match.group(4)), words)
        if due < first:
            raise _Unreadable(REVERSED_PERIOD, words)
        add(match, _Reading(start_date=first.replace(day=1), due_date=due))
    for match, words in found(_MONTHS_OF_YEAR):
        year = int(match.group(3))
        first, due = _month_end(int(match.group(1)), year, words), _month_end(int(match.group(2)), year, words)
        if due < first:
            raise _Unreadable(REVERSED_PERIOD, words)
        add(match, _Reading(start_date=first.replace(day=1), due_date=due))
    for match, _words in found(_PART_OF_YEAR):
        year = int(match.group(2))
        add(
            match, _Reading(due_date=datetime.date(year, *PART_OF_YEAR_ENDS[match.group(1)])), datetime.date(year, 1, 1)
        )
    for pattern in (_MONTH, _MONTH_NUMBER):
        for match, words in found(pattern):
            due = _month_end(int(match.group(1)), int(match.group(2)), words)
            add(match, _Reading(due_date=due), begins=due.replace(day=1))
    for match, words in found(_SCHOOL_YEAR):
        add(match, _school_year(int(match.group(1)), match.group(2), words))
    for match, words in found(_RANGE):
        add(match, _period(int(match.group(1)), int(match.group(2)), words))
    for match, words in found(_YEAR_LIST):
        years = [int(match.group(1)), *map(int, re.findall(_YEAR, match.group(2)))]
        add(match, _period(min(years), max(years), words))
    for match, _words in found(_YEAR_PHRASE):
        # One year is a deadline ("due by 31/12"), not a start: "Thời gian hoàn thành: năm 2030"
        # is work that goes on now. Only a written period ("2020 - 2025") has a start.
        year = int(match.group(2))
        add(match, _Reading(due_date=datetime.date(year, 12, 31)), begins=datetime.date(year, 1, 1))
    for _match, words in found(_DAY_MONTH):
        raise _Unreadable(DATE_WITHOUT_YEAR, words)

    phrase = _cut(text, index, start, end).strip()
    if len({(reading.due_date, reading.due_time) for *_, reading, _ in readings}) > 1:
        return _span(readings, folded, phrase)
    if not readings:
        if allow_none:
            return _Reading()
        raise _Unreadable(UNREADABLE, phrase)
    starts = [reading.start_date for *_, reading, _ in readings if reading.start_date]
    return dataclasses.replace(readings[0][2], start_date=min(starts) if starts else None)


def _span(readings, folded, phrase):
    """Two periods written as one span (`A - B`, `A đến hết B`): A's first day to B's end; otherwise several deadlines
    in one phrase, for a person."""
    if len(readings) != 2:
        raise _Unreadable(SEVERAL_DEADLINES, phrase)
    (first_start, first_end, _, begins), (second_start, _, last, _) = sorted(readings, key=lambda reading: reading[0])
    if not _SPAN_JOIN.match(folded[first_end:second_start]) or _BEFORE_SPAN.search(folded[:first_start]):
        raise _Unreadable(SEVERAL_DEADLINES, phrase)
    if last.due_date < begins:
        raise _Unreadable(REVERSED_PERIOD, phrase)
    return _Reading(start_date=begins, due_date=last.due_date, due_time=last.due_time)


def _full_date(match, words):
    if match["day"]:
        day, month, year = match["day"], match["month"], match["year"]
    elif match["year_first"]:
        day, month, year = match["day_last"], match["month_second"], match["year_first"]
    else:
        day, month, year = match["word_day"], match["word_month"], match["word_year"]
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise _Unreadable(IMPOSSIBLE_DATE, words) from None


def _time_near(folded, date_match):
    """The hour written just before the date (`17h00 ngày 03/12/2021`) or just after it (`lúc 17h`)."""
    before = folded[max(0, date_match.start() - 20) : date_match.start()]
    after = folded[date_match.end() : date_match.end() + 20]
    hour_minute = _TIME_BEFORE.search(before) or _TIME_AFTER.match(after)
    if not hour_minute:
        return None
    hour, minute = int(hour_minute.group(1)), int(hour_minute.group(2) or 0)
    if hour > 23 or minute > 59:
        raise _Unreadable(IMPOSSIBLE_TIME, f"{hour}h{minute:02d}")
    return datetime.time(hour, minute)


def _quarter_number(written, words):
    quarter = int(written) if written.isdigit() else _ROMAN.get(written)
    if quarter not in (1, 2, 3, 4):
        raise _Unreadable(IMPOSSIBLE_DATE, words)
    return quarter


def _quarter_end(match, words):
    return _month_end(_quarter_number(match.group(1), words) * 3, int(match.group(2)), words)


def _quarters(match, words):
    """`Quý I, II/2026`: from the first quarter's first day to the last one's end, the quarters written in order."""
    written = [match.group(1), *_LISTED_QUARTER.findall(match.group(2))]
    quarters = [_quarter_number(quarter, words) for quarter in written]
    if quarters != sorted(quarters):
        raise _Unreadable(REVERSED_PERIOD, words)
    year = int(match.group(3))
    return _Reading(
        start_date=datetime.date(year, quarters[0] * 3 - 2, 1), due_date=_month_end(quarters[-1] * 3, year, words)
    )


def _month_end(month, year, words):
    if not 1 <= month <= 12:
        raise _Unreadable(IMPOSSIBLE_DATE, words)
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _school_year(first, written_last, words):
    """`2025 - 2026` or `2025-26`: the school year starting in `first`, which must end the next year."""
    last = int(written_last) if len(written_last) == 4 else first // 100 * 100 + int(written_last)
    if last != first + 1:
        raise _Unreadable(REVERSED_PERIOD if last < first else UNREADABLE, words)
    return _Reading(start_date=datetime.date(first, *SCHOOL_YEAR_START), due_date=datetime.date(last, *SCHOOL_YEAR_END))


def _period(first, last, words):
    if last < first:
        raise _Unreadable(REVERSED_PERIOD, words)
    return _Reading(start_date=datetime.date(first, 1, 1), due_date=datetime.date(last, 12, 31))


# Schedules drawn as a grid (a Gantt-like table): a column per year, half-year, quarter or month under `Thời gian thực
# hiện`, the periods a task runs in marked with one of these in its row.
MARKS = frozenset(("x", "×", "✓", "✔", "☑", "☒", "•", "●", "v", "√", "+", "*", "■", "▪", "◼", "⬤"))
# A whole number written as digits in a schedule's cell (a CSV holds text only); `30.9` may be a date, read as words.
_NUMBER = re.compile(r"\d+")
# What a column's header may name inside a year (search_key text): a quarter (`Quý I`, `Q1`), a month (`Tháng 3`, `T3`,
# `Th3`), a half (`6 tháng đầu năm`, `Sáu tháng cuối năm`, `Nửa đầu năm`), or a bare numeral (`I`, `3`) whose kind the
# words above it decide (`_numeral_period`).
_IN_YEAR = (
    r"(?:quy |q ?)(?P<quarter{n}>iv|iii|ii|i|[1-4])"
    r"|(?:thang |thg ?|th ?|t ?)(?P<month{n}>1[0-2]|0?[1-9])"
    r"|(?:(?:6|sau) thang (?P<half{n}>dau|cuoi)(?: nam)?|nua (?P<halfb{n}>dau|cuoi) nam|nua nam (?P<halfc{n}>dau|cuoi))"
    r"|(?P<numeral{n}>iv|iii|ii|i|1[0-2]|0?[1-9])"
)
# A column's header ending with its period: `Năm 2023`, `2023`, `Quý I/2023`, `Tháng 3/2024`, `6 tháng đầu năm 2024`,
# `Năm 2023 Quý I` (a part of a year under its year), or `Quý I`, `T3`, `6 tháng cuối năm` with the year earlier in
# the header (`Năm 2023` over them); on search_key text.
_PERIOD_AT_END = re.compile(
    r"(?:^|\s)(?:(?:nam )?(?P<year1>(?:19|20)\d\d)(?: (?:"
    + _IN_YEAR.format(n=1)
    + r"))?|(?:"
    + _IN_YEAR.format(n=2)
    + r")(?: (?:nam )?(?P<year2>(?:19|20)\d\d))?)$"
)
_YEAR_IN_HEADER = re.compile(r"\bnam ((?:19|20)\d\d)\b")
# A month written as a number before its year keeps its slash: `3/2024` is March, `3 2024` no period.
_MONTH_SLASH_YEAR = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2]) ?/ ?(?:19|20)\d\d\s*$")
# The words over a bare numeral that say what it counts (`Thời gian thực hiện theo quý`, `6 tháng` over `I | II`).
_COUNTS_QUARTERS = re.compile(r"\bquy\b")
_COUNTS_HALVES = re.compile(r"\b(?:(?:6|sau) thang|nua nam|ban nien)\b")
_COUNTS_MONTHS = re.compile(r"\bthang\b")
_COUNTING_WORDS = re.compile(r"\s*\b(?:theo |tung )?(?:quy|(?:6|sau) thang|nua nam|ban nien|thang)\b\s*")
_QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HALF_NUMBERS = {"i": 1, "ii": 2, "1": 1, "2": 2}
_ROMAN_QUARTERS = ("", "I", "II", "III", "IV")
HALF_NAMES = ("", "đầu", "cuối")


@dataclasses.dataclass(frozen=True)
class Period:
    """A year, or a half, quarter or month of it, a schedule's column stands for."""

    year: int
    quarter: int | None = None
    month: int | None = None
    half: int | None = None  # 1: January to June, 2: July to December
    # A month its header wrote as a bare number (`3` under `Năm 2024`): read as a month only beside more of them than a
    # year has quarters (`layout._periods`), as four numbers under a year may be its quarters.
    numbered: bool = dataclasses.field(default=False, compare=False)

    @property
    def months(self):
        """The first and the last month of the period."""
        if self.month is not None:
            return self.month, self.month
        if self.quarter is not None:
            return self.quarter * 3 - 2, self.quarter * 3
        if self.half is not None:
            return (1, 6) if self.half == 1 else (7, 12)
        return 1, 12

    @property
    def start(self):
        return datetime.date(self.year, self.months[0], 1)

    @property
    def end(self):
        month = self.months[1]
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def label(self):
        if self.month is not None:
            return f"Tháng {self.month}/{self.year}"
        if self.quarter is not None:
            return f"Quý {_ROMAN_QUARTERS[self.quarter]}/{self.year}"
        if self.half is not None:
            return f"6 tháng {HALF_NAMES[self.half]} năm {self.year}"
        return f"Năm {self.year}"


def read_period(header):
    """The period a schedule column's header ends with, and the words before it (search_key text): `Thời gian thực
    hiện Năm 2023 Quý I` -> (Period(2023, 1), "thoi gian thuc hien"); None when the header ends with no period, names
    a part of a year whose year it does not write, or a numeral the words above it do not say the kind of."""
    key = search_key(header)
    found = _PERIOD_AT_END.search(key)
    if not found:
        return None
    n = "1" if found["year1"] else "2"
    before = key[: found.start()].strip()
    year = found["year1"] or found["year2"]
    if found["year2"] and found[f"numeral{n}"] and not _MONTH_SLASH_YEAR.search(header):
        return None  # `I 2024`, `3 2024`: a numeral beside a year, not a month written `3/2024`
    if year is None:
        in_before = _YEAR_IN_HEADER.findall(f"{before} ") or re.findall(r"\b(?:19|20)\d\d\b", before)
        if len(set(in_before)) != 1:
            return None
        year = in_before[0]
        before = re.sub(r"\s*\b(?:nam )?" + year + r"\b\s*", " ", before).strip()
    period = _period_in_year(int(year), found, n, before)
    if period is None:
        return None
    if period != Period(period.year):
        before = _COUNTING_WORDS.sub(" ", f" {before} ").strip()
    return period, before


def _period_in_year(year, found, n, before):
    """The Period of `year` the header's words `found` name, a bare numeral read by the words `before` it."""
    if found[f"quarter{n}"]:
        return Period(year, _QUARTER_NUMBERS[found[f"quarter{n}"]])
    if found[f"month{n}"]:
        return Period(year, month=int(found[f"month{n}"]))
    half = found[f"half{n}"] or found[f"halfb{n}"] or found[f"halfc{n}"]
    if half:
        return Period(year, half=1 if half == "dau" else 2)
    numeral = found[f"numeral{n}"]
    if numeral is None:
        return Period(year)
    return _numeral_period(year, numeral, before, slashed=bool(found["year2"]))


def _numeral_period(year, numeral, before, slashed):
    """A bare numeral under a year (`I`, `II`, `3`): a quarter under words naming quarters, a half under words naming
    halves, a month under words naming months; a number written before its year with a slash (`3/2024`), or alone under
    a year, a month (marked `numbered`); anything else no period."""
    if not slashed and _COUNTS_QUARTERS.search(before):
        quarter = _QUARTER_NUMBERS.get(numeral)
        return Period(year, quarter) if quarter else None
    if not slashed and _COUNTS_HALVES.search(before):
        half = _HALF_NUMBERS.get(numeral)
        return Period(year, half=half) if half else None
    if not numeral.isdigit():
        return None
    return Period(year, month=int(numeral), numbered=not slashed and not _COUNTS_MONTHS.search(before))


def schedule_number(value):
    """The number a schedule's cell holds, typed or written as whole digits (`3`), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        return int(value)
    return None


def is_mark(value, numbers=()):
    """Whether a schedule cell holds a mark (`x`, `X`, `✓`, `•`, `v`, `+`, `*`, `■`, `√`, a ticked box): the task runs
    in that column's period. `numbers`: those the row's period cells hold; a `1` among them is a mark only where none is
    another number, as offices tick a grid with 1s (`1 | 1 |`); beside other figures (`1 | 2 | 3`) every number is a
    quantity, no mark, as any other number in a schedule's cell."""
    if value is True:
        return True
    if isinstance(value, str) and value.strip().lower() in MARKS:
        return True
    return schedule_number(value) == 1 and all(number == 1 for number in numbers)


# Words typed in a year's column instead of a mark that name a part of that year without writing it (`Quý III`,
# `Tháng 9`, `Quý III, IV`, `Tháng 3 - 6`, `6 tháng đầu`, `Nửa cuối năm`, `Cuối năm`); on search_key text.
_PART_OF_A_YEAR = re.compile(
    r"(?:trong |truoc |den |het )?(?:"
    r"(?:quy |q ?)(?:iv|iii|ii|i|[1-4])(?: (?:va |den |den het )?(?:quy |q ?)?(?:iv|iii|ii|i|[1-4]))*"
    r"|thang (?:1[0-2]|0?[1-9])(?: (?:den |den het )?(?:thang )?(?:1[0-2]|0?[1-9]))?"
    r"|(?:(?:6|sau) thang|nua) (?:dau|cuoi)(?: nam)?"
    r"|(?:dau|giua|cuoi) nam"
    r")"
)


# The words a part of a year's column counts in, read before a numeral typed in it (`II` in a quarter's column).
_PART_KIND_WORDS = {"quarter": "quy", "half": "6 thang", "month": "thang"}


def in_its_year(text, period):
    """Words typed in a schedule's column instead of a mark, read in the column's year, else None: a part of a year
    written without its year (`Quý III`, `Tháng 9`, `6 tháng đầu` under `Năm 2024`, or in a quarter's, half's or month's
    column of 2024) gets the column's (`Quý III năm 2024`, due at that part's end); in a part's column, a numeral or a
    month's short name is read as that column counts (`II` in a quarter's column, `T6` in a month's: `Quý II/2024`,
    `Tháng 6/2024`); anything else (a year of its own, `Hoàn thành`, `II` under a year) is no part of a year: None."""
    key = search_key(text)
    if _PART_OF_A_YEAR.fullmatch(key):
        year_word = "nam" if text.isascii() else "năm"
        return f"{text} {period.year}" if key.endswith(" nam") else f"{text} {year_word} {period.year}"
    kind = next((kind for kind in _PART_KIND_WORDS if getattr(period, kind) is not None), None)
    if kind is None or re.search(r"(?:19|20)\d\d", key):
        return None
    read = read_period(f"{_PART_KIND_WORDS[kind]} {period.year} {text}")
    return read[0].label if read and read[0] != Period(period.year) else None


def marked_timeframe(periods):
    """The timeframe the marked periods of a schedule give: from the first one's start, due at the end of the last,
    as a clerk reads the grid (every year of a plan marked is the plan's span, not `hằng năm`: a recurring task is one
    whose words say so). Its text says what was marked, runs of periods written as a span: `Năm 2023 - 2024`,
    `Quý IV/2023 - Quý II/2024`, `Tháng 3 - 6/2024`, `Năm 2023, Năm 2025`."""
    periods = sorted(set(periods), key=lambda period: period.start)
    runs = []
    for period in periods:
        if runs and runs[-1][-1].end + datetime.timedelta(days=1) == period.start:
            runs[-1].append(period)
        else:
            runs.append([period])
    parts = []
    for run in runs:
        first, last = run[0], run[-1]
        if first is last:
            parts.append(first.label)
        elif first == Period(first.year) and last == Period(last.year):
            parts.append(f"{first.label} - {last.year}")
        elif first.month and last.month and first.year == last.year:
            parts.append(f"Tháng {first.month} - {last.month}/{last.year}")
        else:
            parts.append(f"{first.label} - {last.label}")
    return Timeframe(original=", ".join(parts), start_date=periods[0].start, due_date=periods[-1].end)
