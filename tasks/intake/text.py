"""Read plain text (a .txt file, or text pasted into the form) into the paragraphs and table rows of a document.

Text copied from a web page keeps the page's leftovers: `**` bold marks opening on one line and closing on
another, `*` italics, lines holding only `|` between cells, a table written one cell per line each followed by a
`|` line, sentences broken over lines, a list number on a line of its own (`**1.****`), footnote markers (`[1]`).
The reader removes the marks and joins the lines back into the paragraphs a person reads.
"""

import re
import unicodedata

from agencies.names import plain_word
from tasks.importing.layout import classify_header

from .blocks import Block

PIPE = re.compile(r"^\s*\|\s*$")
RULE = re.compile(r"^\s*[-_=.…]{3,}\s*$")  # the letterhead's underline, a row of dots standing for a table part
FOOTNOTE = re.compile(r"\[\d{1,3}\]")
STARS = re.compile(r"\*+")
ITALIC = re.compile(r"(?<!\*)\*(?![*\s])|(?<![*\s])\*(?!\*)")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
# Where a new paragraph starts: an outline label at the start of a line.
LABEL = re.compile(
    r"^(?:(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3})*)\s*[.:)]|\d{1,3}(?:\.\d{1,3})+|[a-zđ]\)|Điều\s+\d{1,3}\s*[.:]"
    r"|[-+•–*]\s*)(?=\s|$)"
)
BULLET_LINE = re.compile(r"^[-+•–*](?:\s|$)")  # `*` as a web copy's list marks its items
LABEL_ONLY = re.compile(r"^(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ]|Điều\s+\d{1,3}|Điều)\s*[.:)]?$|^[-+•–]$")
SENTENCE_END = re.compile(r"[.;:!?)]$|\./\.$")
TABLE_ROW_LABEL = re.compile(r"^(?:[IVXL]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$")
HEADER_LINE = re.compile(r"^(?:S[ốo]\s*:|V/v\b|K[íi]nh\s+g[ửu]i|N[ơo]i\s+nh[ậa]n|(?:TM|KT|TL)\.\s)", re.IGNORECASE)
HEADER_CELLS = 3  # header cells in a row that make a run of `|`-separated lines a table
# A table row written on one line, as a web page's (or markdown's) text copy gives it: `| STT | Nội dung | … |`.
ROW_LINE = re.compile(r"^\s*\|(?:[^|]*\|){2,}\s*$")
ROW_RULE = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")  # `|---|:---:|` under a header row
# What a PDF's text copy leaves of its page breaks: a page number alone on a line (`3`, `- 3 -`, `Trang 3/12`, `3/12`),
# often in the middle of a sentence.
PAGE_MARK = re.compile(
    r"^(?:[-–]\s*\d{1,3}\s*[-–]|[Tt]rang\s*:?\s*\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})$"
)
# `Hà Tĩnh, ngày 05 tháng 6 năm 2025`: the place and date line, never part of the subject above it.
PLACE_DATE = re.compile(r"^[A-ZĐÀ-Ỹ][^,\d]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}", re.IGNORECASE)
# The subject above the body (`V/v …`, `Về …` under the title) ends where the body opens, even with no blank line.
SUBJECT_START = re.compile(r"^(?:V/v|Về)\s", re.IGNORECASE)
BODY_OPENING = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai|Để|Nhằm|Trên cơ sở|Theo|Xét|Kính gửi)\b", re.IGNORECASE)
SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*")
# Vietnamese syllables: one run of vowels between consonants, at most one tone mark.
VOWELS = set("aeiouy")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
SYLLABLE_MAX = 7


def read_text(text):
    """The blocks of a document given as plain text, in reading order."""
    lines = [_clean(line) for line in _normalize(text).split("\n")]
    blocks = []
    index = 0
    table = 0
    raw = _normalize(text).split("\n")
    headers = {number for number, line in enumerate(raw) if _row_header(line)}
    skipped = _page_marks(lines)
    while index < len(lines):
        width = _row_header(raw[index]) if index in headers else 0
        if width:
            table += 1
            index = _read_row_table(raw, index, width, table, blocks)
            continue
        width = _table_header(lines, index)
        if width:
            table += 1
            index = _read_table(lines, index, width, table, blocks)
            continue
        index = _read_paragraphs(lines, index, blocks, headers, skipped)
    return blocks


def _page_marks(lines):
    """The indexes of lines that are a PDF page's number, not text (`Trang 3/12`, `- 3 -`, `3`), with the blank lines
    around one that cuts a sentence: the sentence goes on after it."""
    skipped = set()
    texts = [line[0] for line in lines]
    for index, text in enumerate(texts):
        if not PAGE_MARK.match(text):
            continue
        before = next((number for number in range(index - 1, -1, -1) if texts[number]), None)
        after = next((number for number in range(index + 1, len(texts)) if texts[number]), None)
        if before is None or after is None or "|" in (texts[before], texts[after]):
            continue  # a table's cell, the document's first or last line
        previous, following = texts[before], texts[after]
        cut = not SENTENCE_END.search(previous) and not LABEL_ONLY.match(previous)
        skipped.add(index)  # (an outline number has its `.` or `)`: `3.` over its text is a label)
        if cut or following[:1].islower():
            skipped.update(range(before + 1, after))
    return skipped


def joined_lines(first, second, apart=" "):
    """Two lines of one paragraph as one: a word hyphenated at the line's end (`Sở Công Thư-` / `ơng`) is one word
    again when its two parts make one syllable; a hyphen between words (`kinh tế-` / `xã hội`) stays, `apart` after
    it."""
    if not (first.endswith("-") and not first.endswith(" -") and second):
        return f"{first} {second}" if first else second
    head = re.search(r"(\w*)-$", first).group(1)
    tail = re.match(r"\w*", second).group(0)
    if head and tail and tail[0].islower() and _one_syllable(head + tail):
        return first[:-1] + second
    return first + apart + second


def _one_syllable(word):
    if len(word) > SYLLABLE_MAX or not word.isalpha():
        return False
    marks = unicodedata.normalize("NFD", word.lower())
    if sum(char in TONES for char in marks) > 1:
        return False
    return re.fullmatch(r"[^aeiouy]*[aeiouy]+[^aeiouy]*", plain_word(word)) is not None


def _normalize(text):
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = SOFT_HYPHEN_BREAK.sub("", text)  # `Thư\u00ad` / `ơng`: a word the converter broke at its soft hyphen
    return text.translate(INVISIBLE).replace("\u00a0", " ").replace("\t", " ").replace("\f", "\n")


def _clean(line):
    """(text without marks, bold marks on the line, whether it starts / ends with one): `**` and `*` removed,
    footnote markers dropped."""
    raw = line.rstrip()
    if PIPE.match(raw):
        return "|", 0, False, False
    if not raw.strip().strip("*").strip():
        # a line holding only `**`: the bold of the line after it opens (or of the line before it closes) here
        lone = raw.strip() == "**"
        return "", int(lone), lone, lone
    marks = raw.count("**")
    starts, ends = raw.lstrip().startswith("**"), raw.endswith("**")
    if not marks:
        # italics, as a heading is sometimes set (`*1.2.` / `Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo*`)
        marks = len(ITALIC.findall(raw))
        starts, ends = bool(ITALIC.match(raw.lstrip())), raw.endswith("*") and not raw.endswith("**")
    text = FOOTNOTE.sub("", raw)
    bullet = re.match(r"^\s*\*\s+(?=\S)", text)
    rest = STARS.sub("", text[bullet.end() :] if bullet else text)
    text = ("* " + rest) if bullet and rest.strip() else rest
    return " ".join(text.split()), marks, starts, ends


def _row_cells(line):
    """The cells of a table row written on one line, marks removed."""
    return [" ".join(FOOTNOTE.sub("", STARS.sub("", cell)).split()) for cell in line.strip()[1:-1].split("|")]


def _row_header(line):
    """The number of columns when `line` is a one-line header row of known column names (`| STT | Nội dung |
    Đơn vị chủ trì | … |`), else 0: such a row starts a table whatever precedes it (a `|---|` line or not)."""
    if not ROW_LINE.match(line) or ROW_RULE.match(line):
        return 0
    cells = _row_cells(line)
    named = [cell for cell in cells if cell and classify_header(cell)]
    first = next((cell for cell in cells if cell), "")
    if classify_header(first) is None or len(named) < HEADER_CELLS or len(named) < len(cells) - 2:
        return 0
    return len(cells)


def _read_row_table(raw, index, width, table, blocks):
    """The header row at `index` and the one-line rows under it, up to the first line that is not one."""
    number = 0
    while index < len(raw):
        line = raw[index]
        if ROW_RULE.match(line):
            index += 1
            continue
        if not ROW_LINE.match(line):
            break
        cells = _row_cells(line)
        row = tuple(cells[:width]) + ("",) * (width - len(cells))
        number += 1
        blocks.append(
            Block(
                text=" | ".join(row),
                paragraph=len(blocks) + 1,
                cells=row,
                table=table,
                row=number,
            )
        )
        index += 1
    return index


def _read_paragraphs(lines, index, blocks, headers=frozenset(), skipped=frozenset()):
    """Paragraphs up to the next `|` line (returns the index after it) or one-line table header row (returns
    its index)."""
    current = []
    marks = {"count": 0, "bold": False}

    def close():
        if current:
            text = " ".join(current)
            text = re.sub(r"\s+([,.;:)])", r"\1", text)
            blocks.append(Block(text=text, paragraph=len(blocks) + 1))
            current.clear()

    blank_separated = _uses_blank_lines(lines, index)
    start = index
    opened = False  # a line holding only `**` opened the bold of the next paragraph
    while index < len(lines):
        text, line_marks, starts_bold, ends_bold = lines[index]
        if text == "|":
            close()
            return index + 1
        if index in headers and index > start:
            close()
            return index
        index += 1
        if index - 1 in skipped:
            continue  # a page's number where the PDF's text was copied
        if not text and len(current) == 1 and LABEL_ONLY.match(current[0]):
            continue  # `a)`, `1.`, `-` alone, a blank line, then its text
        if not text or RULE.match(text):
            opened = bool(line_marks) and not (current and marks["count"] % 2)  # else it closes the one open
            close()
            continue
        heading = len(current) == 1 and marks["count"] % 2 == 0  # one line, no bold left open
        if current and (
            _starts_paragraph(current[-1], text, blank_separated, heading) or _ends_subject(current[0], text)
        ):
            close()
        fresh = not current
        if current and LABEL_ONLY.match(current[-1]) and len(current) == 1:
            current[-1] = f"{current[-1]} {text}"
        elif current and current[-1].endswith("-") and not current[-1].endswith(" -"):
            current[-1] = joined_lines(current[-1], text, apart="")  # a word hyphenated at the line's end
        else:
            current.append(text)
        if fresh:
            # the marks are counted from the paragraph's first line on, and a line joined to a lone label (`**1.` /
            # `Sở Công Thương**`) goes on counting them: the next outline label is not glued into the name
            marks["count"], marks["bold"] = (1, True) if opened else (0, starts_bold)
        opened = False
        marks["count"] += line_marks
        if marks["bold"] and ends_bold and marks["count"] % 2 == 0 and not LABEL_ONLY.match(current[-1]):
            close()  # a heading written in bold ends where its bold does (`**2.**` / `**Sở Tài chính**` is one)
    close()
    return index


def _ends_subject(first, text):
    """`V/v chấn chỉnh công tác quản lý` / `chợ trên địa bàn tỉnh` goes on; the place and date line, an outline
    label or the body's opening words (`Để …`, `Căn cứ …`) after it start the next paragraph."""
    if not SUBJECT_START.match(first):
        return False
    return bool(PLACE_DATE.match(text) or LABEL.match(text) or BODY_OPENING.match(text))


def _uses_blank_lines(lines, start):
    """Whether this stretch separates paragraphs with blank lines (then a line break alone never ends one)."""
    blanks = 0
    for text, *_marks in lines[start : start + 400]:
        if text == "|":
            break
        blanks += not text
    return blanks >= 3


def _starts_paragraph(previous, text, blank_separated, heading=False):
    if LABEL_ONLY.match(previous):
        return False
    if HEADER_LINE.match(text) or (_capitals(previous) and not _capitals(text)):
        return True  # `Số:`, `V/v`, `Kính gửi:` start their own line; a title in capitals ends before the subject
    if heading and LABEL.match(text) and LABEL.match(previous) and not BULLET_LINE.match(previous):
        # `3. Phát triển hạ tầng logistics`, `Điều 3. Trách nhiệm của Sở Công Thương` on its line is a heading, the
        # `- …`, `1. …` or `a) …` under it its item
        return True
    if LABEL.match(text):
        return not _label_inside_sentence(previous, text)
    if blank_separated:
        return False
    return bool(SENTENCE_END.search(previous)) and (text[0].isupper() or text[0] in '(“"')


def _capitals(text):
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 4 and sum(char.isupper() for char in letters) >= 0.85 * len(letters)


def _label_inside_sentence(previous, text):
    """`… ưu tiên các địa bàn cấp độ` / `1. Cấp ngay …`, `… Tập đoàn Công nghiệp` / `- Viễn thông Quân đội …`:
    a number or a dash after an unfinished sentence continues it."""
    if text.startswith("* "):
        return False
    if BULLET_LINE.match(text):
        return not SENTENCE_END.search(previous) and previous[-1:].isalpha() and not _capitals(previous)
    return not SENTENCE_END.search(previous) and previous[-1:].islower() and not previous.isupper()


def _table_header(lines, index):
    """The number of columns when a table written one cell per line starts here, else 0."""
    cells, position = [], index
    while position < len(lines) and len(cells) < 12:
        text = lines[position][0]
        if text == "|":
            position += 1
            continue
        if not text:
            break
        cell = [text]
        position += 1
        while position < len(lines) and lines[position][0] not in ("|", ""):
            cell.append(lines[position][0])
            position += 1
        if position >= len(lines) or lines[position][0] != "|":
            break
        cells.append(" ".join(cell))
        if position + 1 < len(lines) and lines[position + 1][0] == "|":
            break  # the row ends
    if not cells or classify_header(cells[0]) is None:
        return 0
    named = [cell for cell in cells if classify_header(cell)]
    return len(cells) if len(named) >= HEADER_CELLS and len(named) >= len(cells) - 1 else 0


def _read_table(lines, index, width, table, blocks):
    """Rows of `width` cells, one cell per line each followed by `|`; a row ends at a `|` after a `|`."""
    rows, cells, cell = [], [], []
    position = index
    while position < len(lines):
        text = lines[position][0]
        if text == "|":
            if cell:
                cells.append("\n".join(cell))
                cell = []
            elif cells:
                following = _next_text(lines, position + 1)
                if len(cells) >= width or following is None or TABLE_ROW_LABEL.match(following):
                    rows.append(cells)
                    cells = []
                else:
                    cells.append("")
            position += 1
            continue
        if not text:
            if cells or cell:
                position += 1
                continue
            break
        if not cell and not cells and rows and not _inside_table(lines, position):
            break
        cell.append(text)
        position += 1
    if cell:
        cells.append("\n".join(cell))
    if cells:
        rows.append(cells)
    for number, row in enumerate(rows, start=1):
        row = tuple(row) + ("",) * (width - len(row)) if len(row) < width else tuple(row)
        blocks.append(
            Block(
                text=" | ".join(" ".join(cell.split()) for cell in row),
                paragraph=len(blocks) + 1,
                cells=row,
                table=table,
                row=number,
            )
        )
    return position


def _next_text(lines, position):
    while position < len(lines):
        text = lines[position][0]
        if text and text != "|":
            return text
        position += 1
    return None


def _inside_table(lines, position):
    """A row starts here when its first cell is followed by a `|` line within a few lines."""
    for text, *_marks in lines[position : position + 12]:
        if text == "|":
            return True
        if not text:
            return False
    return False
