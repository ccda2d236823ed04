"""What the office-workbook plans (office_plan.py, office_variants.py) and the import tests' office sheets share:
their rows are `(SECTION, "I. Title")` or `(text, lead cell, coordinator cell, timeframe cell, leads, coordinators,
due date, recurring)`, numbered 1, 2, … under each section as the sheet numbers them (`I.1`, `I.2`, …); and the
writing of a test's own sheet or CSV, row by row, and the reading of what a preview proposes to create."""

import csv
import datetime
import json
from io import StringIO

import openpyxl
from django.core.management import CommandError, call_command

from agencies.normalize import search_key
from agencies.tests.bodies import without_diacritics
from tasks.importing.preview import build_preview, cli_json


def spelled(plain):
    """How the sheet's text is written: as given, or without diacritics with `plain`."""
    return without_diacritics if plain else (lambda value: value)


def save_xlsx(path, lines):
    """A workbook whose sheet holds `lines`, one row each (`[]`: an empty row)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in lines:
        sheet.append(line)
    workbook.save(path)
    return path


def save_csv(path, lines, encoding="utf-8"):
    """A CSV of `lines`, one row each (`encoding="utf-8-sig"`: with the byte-order mark Excel writes)."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(lines)
    return path


def preview(path, province):
    """The import's preview of the file, as `manage.py import_directives --format json` gives it."""
    return cli_json(build_preview(path, path.name, province=province))


def dry_run_json(path, province_code, subject, *options):
    """What `manage.py import_directives FILE --dry-run --format json [options]` prints, a name left for a person
    included (the command then ends in an error, nothing imported, and the preview is printed all the same)."""
    out = StringIO()
    try:
        call_command(
            "import_directives", str(path), "--province", province_code, "--subject", subject, *options, "--dry-run",
            "--format", "json", stdout=out, stderr=StringIO(),
        )  # fmt: skip
    except CommandError:
        pass
    return json.loads(out.getvalue())


def _one_section_tasks(plain, rows, timeframe):
    text = spelled(plain)
    return [[number, text(words), text(cell), timeframe] for number, (words, cell, *_) in enumerate(rows, 1)]


def write_one_section_xlsx(path, plain, *, title, header, section, rows, timeframe):
    """A sheet of one section: the `title` row, `header`, `I | section`, then per (text, agency cell, …) of `rows` its
    number, text, agency cell and `timeframe`; all of it without diacritics with `plain`."""
    text = spelled(plain)
    lines = [[text(title)], [text(value) for value in header], ["I", text(section)]]
    return save_xlsx(path, [*lines, *_one_section_tasks(plain, rows, timeframe)])


def write_one_section_csv(path, plain, *, header, section, rows, timeframe):
    """The same as a CSV, without a title row; with `plain` all but the header is written without diacritics."""
    lines = [header, ["I", spelled(plain)(section), "", ""]]
    return save_csv(path, [*lines, *_one_section_tasks(plain, rows, timeframe)])


def to_create(result):
    """What the preview proposes to create: {the cell's text: (catalogue key, the name)}, both by their search key."""
    return {
        search_key(entry["text"]): (entry["catalogue_key"], search_key(entry["name"]))
        for entry in result["agencies_to_create"]
    }


def to_create_wanted(wanted):
    """`wanted` {the cell's text: (catalogue key, the name)} keyed as `to_create` gives it."""
    return {search_key(text): (key, search_key(name)) for text, (key, name) in wanted.items()}


def numbered(rows, section_marker):
    """(section title, number, row) for each task row; number None for a section row."""
    section, number = "", 0
    for row in rows:
        if row[0] == section_marker:
            section, number = row[1], 0
            yield section, None, row
            continue
        number += 1
        yield section, number, row


def code(section, number):
    return f"{section.split('.')[0]}.{number}"


def expected(rows, section_marker):
    """code -> (leads, coordinators, due date, recurring), the codes numbered as the sheet numbers them."""
    return {
        code(section, number): tuple(row[4:])
        for section, number, row in numbered(rows, section_marker)
        if number is not None
    }


def write_titled_xlsx(
    path, title, header, rows, section_marker, *, cells=None, plain=False, plain_header=False, merged=False
):
    """The sheet as an office writes it: each line of `title` in a row of its own (merged across the table with
    `merged`), the `header`, then `I | title` for a section row and the number under its section before a task row's
    cells (`cells(row)`, else the whole row). With `plain` the title and the rows are written without diacritics, the
    header too with `plain_header`."""
    text = spelled(plain)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in title:
        sheet.append([text(line)])
        if merged:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header))
    sheet.append([text(value) for value in header] if plain_header else header)
    for section, number, row in numbered(rows, section_marker):
        if number is None:
            label, section_title = section.split(". ", 1)
            sheet.append([label, text(section_title)])
        else:
            sheet.append([number, *(text(value) for value in (cells(row) if cells else row))])
    workbook.save(path)
    return path


def write_csv(path, header, rows, section_marker):
    """The CSV another system exports: the code `I.1` in `Mã nhiệm vụ`, the section title in `Mục`."""
    lines = [
        [code(section, number), section, *row[:4]]
        for section, number, row in numbered(rows, section_marker)
        if number is not None
    ]
    return save_csv(path, [header, *lines], encoding="utf-8-sig")


def exactly_right(result, want, plain=False):
    """(tasks exactly right, tasks expected, the tasks read wrong with what was read); with `plain`, names compare
    without diacritics (a name left for a person is read as the cell writes it)."""
    read = {
        task["code"]: (
            task["leads"],
            task["coordinators"],
            datetime.date.fromisoformat(task["due_date"]) if task["due_date"] else None,
            task["recurring"],
        )
        for task in result["tasks"]
    }

    def comparable(answer):
        if answer is None or not plain:
            return answer
        leads, coordinators, due, recurring = answer
        return [without_diacritics(n) for n in leads], [without_diacritics(n) for n in coordinators], due, recurring

    wrong = {
        code: (read.get(code), answer)
        for code, answer in want.items()
        if read.get(code) is None or comparable(read[code]) != comparable(answer)
    }
    return len(want) - len(wrong), len(want), wrong
