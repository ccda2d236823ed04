"""The gold plans (gold_plans.py) written as the files offices send, and how many of their tasks an import gets right.

Each plan is written five ways: the Vietnamese .xlsx (title block, one- or two-row merged header, bold section rows
merged across, STT cells written as formulas with the value Excel saves), the same without diacritics, a CSV exported
from another system (`Mã nhiệm vụ / Mục / Nội dung / Đơn vị chủ trì / Đơn vị phối hợp / Hạn`, no title), and the
Vietnamese copy saved as Excel 97–2003 and OpenDocument (spreadsheet_formats.py), and a copy whose agency cells
carry OCR damage. The answers are read from the rows:
codes as a person numbers the tree (section, number, letter, bullets counted under their heading).
"""

import csv
import re
import zipfile
from collections import Counter

import openpyxl
from openpyxl.styles import Alignment, Font

from agencies.normalize import ocr_key
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies

from . import gold_plans as plans
from .spreadsheet_formats import as_ods, as_xls

PROVINCE_CODE = "quang-tri"
BULLETS = ("*", "-", "+", "•")
PLANS = {
    "A": {
        "title": plans.A_TITLE,
        "header": [plans.A_HEADER],
        "rows": plans.A_ROWS,
        "merges": (),
        "csv": {"delimiter": ",", "encoding": "utf-8-sig", "section": "numeral"},
    },
    "B": {
        "title": plans.B_TITLE,
        "header": [plans.B_HEADER_TOP, plans.B_HEADER_BOTTOM],
        "rows": plans.B_ROWS,
        # STT, Nội dung, Thời hạn, Ghi chú merged down; `Cơ quan thực hiện` over Chủ trì | Phối hợp
        "merges": ("A{0}:A{1}", "B{0}:B{1}", "E{0}:E{1}", "F{0}:F{1}", "C{0}:D{0}"),
        "csv": {"delimiter": ";", "encoding": "utf-8", "section": "words"},
    },
}


def create_province():
    """Quảng Trị as its portal stood before the 2025 reorganization, with the groups documents assign to."""
    return province_with_bodies(plans.P, PROVINCE_CODE, plans.BODIES, plans.GROUPS)


def _is_section(row):
    return len(row) == 2 and isinstance(row[0], str) and re.fullmatch(r"[IVX]+", row[0]) is not None


def walk(rows):
    """(row, code or None for a section or heading, the STT number or None), the codes as a person numbers the
    tree; a formula label (`=…`) numbers on from the row numbered above it."""
    section = number = letter = None
    bullets = last = 0
    for row in rows:
        label = row[0]
        if _is_section(row):
            section, number, letter, bullets, last = label, None, None, 0, 0
            yield row, None, None
            continue
        value = None
        if isinstance(label, int) or str(label).startswith("="):
            value = label if isinstance(label, int) else last + 1
            last = number = value
            letter, bullets = None, 0
            code = f"{section}.{number}"
        elif label in BULLETS:
            bullets += 1
            code = f"{section}.{number}" + (f".{letter}" if letter else "") + f".{bullets}"
        else:
            letter, bullets = label.rstrip(".)"), 0
            code = f"{section}.{number}.{letter}"
        yield row, (None if len(row) == 2 else code), value


def answers(plan):
    """{code: (leads, coordinators, due ISO or None, recurring)} of a plan's tasks."""
    found = {}
    for row, code, _value in walk(PLANS[plan]["rows"]):
        if code is not None:
            leads, coordinators, due, rule = row[6][:4]
            found[code] = (leads, coordinators, due, bool(rule))
    return found


def write_xlsx(path, plan, *, plain=False, rows=None):
    """The plan's workbook (`rows` instead of the plan's own); returns {(row, column): (formula, saved value)} of its
    formula cells."""
    spec = PLANS[plan]
    text = without_diacritics if plain else (lambda value: value)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = text("Phụ lục nhiệm vụ")
    number = 1
    for line in spec["title"]:
        for column, value in enumerate(line, start=1):
            if value is not None:
                sheet.cell(number, column, text(value)).font = Font(bold=True)
        number += 1
    for line in spec["header"]:
        for column, value in enumerate(line, start=1):
            if value is not None:
                sheet.cell(number, column, text(value)).font = Font(bold=True)
        number += 1
    for merge in spec["merges"]:
        sheet.merge_cells(merge.format(number - 2, number - 1))
    formulas, numbered = {}, None
    for row, _code, value in walk(rows or spec["rows"]):
        label = row[0]
        if str(label).startswith("="):
            formulas[number, 1] = (f"=A{numbered}+1", value)
            label = formulas[number, 1][0]
        elif value is not None:
            label = value
        cells = [label, row[1]] if len(row) == 2 else [label, *row[1:6]]
        for column, cell in enumerate(cells, start=1):
            if cell is not None:
                written = sheet.cell(number, column, text(cell))
                written.alignment = Alignment(wrap_text=True, vertical="top")
                written.font = Font(bold=_is_section(row))
        if _is_section(row):
            sheet.merge_cells(start_row=number, start_column=2, end_row=number, end_column=6)
        if value is not None:
            numbered = number
        number += 1
    workbook.save(path)
    _save_values(path, formulas)
    return formulas


def _save_values(path, formulas):
    """Write into the sheet the value Excel saves beside each formula (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        items = [(item, archive.read(item.filename)) for item in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data in items:
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                for (row, _column), (formula, value) in formulas.items():
                    cell = re.compile(rf'<c r="A{row}"([^>]*)><f>{re.escape(formula[1:])}</f>(?:<v\s*/>|<v></v>)?</c>')
                    xml, count = cell.subn(rf'<c r="A{row}"\1><f>{formula[1:]}</f><v>{value}</v></c>', xml)
                    assert count == 1, formula
                data = xml.encode()
            archive.writestr(item, data)


def write_csv(path, plan):
    """One row per task, as another system exports them: the code in `Mã nhiệm vụ`, the section in `Mục`."""
    spec = PLANS[plan]["csv"]
    with open(path, "w", encoding=spec["encoding"], newline="") as handle:
        writer = csv.writer(handle, delimiter=spec["delimiter"])
        writer.writerow(["Mã nhiệm vụ", "Mục", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn"])
        section = ""
        for row, code, _value in walk(PLANS[plan]["rows"]):
            if _is_section(row):
                section = f"{row[0]}. {row[1]}" if spec["section"] == "numeral" else row[1].capitalize()
            elif code is not None:
                writer.writerow([code, section, row[1], row[2] or "", row[3] or "", row[4] or ""])
    return path


# What a scan read back through OCR, or a tired hand, does to a cell, one kind of damage a cell in turn: the horns
# and breves lost (`Sỏ Tài nguyên và Môi truòng`), a wrong mark on `Sở` with `ô` read as zero (`Sớ`, `M0i`), `l`
# read as `I` and `Đ` as `D` (`Iiên quan`).
_HORNS = str.maketrans("ơườởớợừửứựăắặằẳ", "ouòỏóọùủúụaáạàả")
DAMAGE = (
    lambda text: text.translate(_HORNS),
    lambda text: re.sub(r"\bSở\b", "Sớ", text).replace("ô", "0"),
    lambda text: text.replace("l", "I").replace("Đ", "D"),
    lambda text: text,
)


def damaged(rows):
    """The rows with their agency cells damaged as OCR damages them, each cell in turn a kind of DAMAGE."""
    cells = 0
    for row in rows:
        if len(row) > 2:
            row = list(row)
            for index in (2, 3):
                if row[index]:
                    row[index] = DAMAGE[cells % len(DAMAGE)](row[index])
                    cells += 1
            row = tuple(row)
        yield row


def write_copy(directory, plan, copy):
    """The plan written as `copy` (vi, no-diacritics, ocr, csv, xls, ods) in `directory`; its path."""
    if copy == "ocr":
        path = directory / f"ke-hoach-{plan}-ocr.xlsx"
        write_xlsx(path, plan, rows=list(damaged(PLANS[plan]["rows"])))
        return path
    if copy == "csv":
        return write_csv(directory / f"ke-hoach-{plan}.csv", plan)
    if copy == "no-diacritics":
        path = directory / f"ke-hoach-{plan}-khong-dau.xlsx"
        write_xlsx(path, plan, plain=True)
        return path
    source = directory / f"ke-hoach-{plan}.xlsx"
    formulas = write_xlsx(source, plan)
    if copy == "xls":
        return as_xls(source, directory / f"ke-hoach-{plan}.xls", formulas=formulas)
    if copy == "ods":
        written = {cell: ("of:=" + re.sub(r"([A-Z]+)(\d+)", r"[.\1\2]", f[1:]), v) for cell, (f, v) in formulas.items()}
        return as_ods(source, directory / f"ke-hoach-{plan}.ods", formulas=written)
    return source


def loose(text):
    """A name as compared with the one the answers write: case, diacritics and OCR's letter swaps ignored."""
    return ocr_key(text)


def _names_right(read, wanted):
    """Whether the names read are those wanted (as multisets); `ASK:<text>` is right when left to a person as
    written, `EITHER:<text>|<body>` when read as the body or left to a person."""
    read = list(read)
    canonical = []
    for name in wanted:
        if name.startswith(("ASK:", "EITHER:")):
            written, _bar, body = name.split(":", 1)[1].partition("|")
            hit = next((got for got in read if loose(got) == loose(written)), body if body in read else None)
            if hit is None:
                return False
            read.remove(hit)
        else:
            canonical.append(name)
    return Counter(read) == Counter(canonical)


def exactly_right(result, plan):
    """(tasks exactly right, total, the wrong ones with what differs) of a `cli_json` result."""
    read = {task["code"]: task for task in result["tasks"]}
    wrong = []
    for code, (leads, coordinators, due, recurring) in answers(plan).items():
        got = read.get(code)
        if got is None:
            wrong.append((code, "not found"))
        elif not _names_right(got["leads"], leads):
            wrong.append((code, f"leads {got['leads']} != {leads}"))
        elif not _names_right(got["coordinators"], coordinators):
            wrong.append((code, f"coordinators {got['coordinators']} != {coordinators}"))
        elif (got["due_date"], bool(got["recurring"])) != (due, recurring):
            wrong.append((code, f"due {got['due_date']} / recurring {got['recurring']} != {due} / {recurring}"))
    total = len(answers(plan))
    return total - len(wrong), total, wrong
