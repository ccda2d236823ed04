"""Sections numbered in arabic (`1 | Phát triển thị trường`, then `1.1`, `1.2` …, then `2 | …`): a section row names
no agency and no deadline and the rows numbered under it are its tasks, so it is their heading, as a roman section is;
a row numbered `1` that names its own agencies is a task with its items under it. The codes an office gives its
tasks in a `Mã nhiệm vụ` column (`KT.01`) are no outline numbers. Read from the workbook, without diacritics, and from
the CSV another system exports (the section `1. Phát triển thị trường` in its `Mục` column), for a province the code
was not written around."""

import csv

import openpyxl
import pytest

from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies
from tasks.importing.preview import build_preview, cli_json
from tasks.models import TaskKind

SECTION = "SECTION"
CT, KHDT, TC, LDTBXH = "Sở Công Thương", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Lao động - Thương binh và Xã hội"
BQL = "Ban Quản lý Khu kinh tế tỉnh Gia Lai"
BODIES = dict.fromkeys((CT, KHDT, TC, LDTBXH), AgencyKind.DEPARTMENT) | {BQL: AgencyKind.OTHER}
# (section, "1. Title") or (text, lead cell, coordinators cell, timeframe, leads, coordinators)
ROWS = [
    (SECTION, "1. Mở rộng thị trường tiêu thụ"),
    ("Tổ chức hội chợ hàng công nghiệp nông thôn", "Sở Công Thương", "Sở Tài chính", "Quý III/2023", [CT], [TC]),
    ("Kết nối doanh nghiệp với nhà phân phối", "Sở CT", "", "Tháng 10/2023", [CT], []),
    (SECTION, "2. Thu hút đầu tư vào khu kinh tế"),
    ("Xúc tiến đầu tư vào khu kinh tế cửa khẩu", "BQL Khu kinh tế tỉnh", "Sở KH&ĐT", "Năm 2023", [BQL], [KHDT]),
    ("Đào tạo lao động cho các dự án", "Sở LĐ-TB&XH", "BQL Khu kinh tế tỉnh", "Thường xuyên", [LDTBXH], [BQL]),
    ("Bố trí vốn hạ tầng", "Sở Tài chính", "Sở KH&ĐT", "2023-2025", [TC], [KHDT]),
]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def gia_lai(db):
    return province_with_bodies("Gia Lai", "gia-lai", BODIES, ())


def numbered(rows=ROWS):
    """(section number, number under it, row) for each row; None for a section row."""
    section, number = "", 0
    for row in rows:
        if row[0] == SECTION:
            section, number = row[1].split(".")[0], 0
            yield section, None, row
        else:
            number += 1
            yield section, number, row


def write_xlsx(path, plain=False):
    """The office's appendix: `STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn`."""
    text = without_diacritics if plain else (lambda value: value)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([text("ỦY BAN NHÂN DÂN TỈNH GIA LAI")])
    sheet.append([text("Phụ lục: nhiệm vụ phát triển công nghiệp năm 2023")])
    sheet.append([text("(Kèm theo Kế hoạch số 64/KH-UBND ngày 20/3/2023 của UBND tỉnh Gia Lai)")])
    sheet.append(
        [text(name) for name in ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp")]
        + [text("Thời hạn")]
    )
    for section, number, row in numbered():
        if number is None:
            sheet.append([section, text(row[1].split(". ", 1)[1])])
        else:
            sheet.append([f"{section}.{number}", *(text(value) for value in row[:4])])
    workbook.save(path)
    return path


def write_coded_xlsx(path, plain=False):
    """The appendix with the office's codes beside the outline: `STT | Mã nhiệm vụ | Nội dung công việc | Cơ quan thực
    hiện | Thời hạn | Ghi chú`, the section rows' code left empty, the agencies in one cell (`Chủ trì: …; phối hợp:
    …`)."""
    text = without_diacritics if plain else (lambda value: value)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([text("(Kèm theo Kế hoạch số 64/KH-UBND ngày 20/3/2023 của UBND tỉnh Gia Lai)")])
    sheet.append(
        [text(name) for name in ("STT", "Mã nhiệm vụ", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn")]
        + [text("Ghi chú")]
    )
    position = 0
    for section, number, row in numbered():
        if number is None:
            sheet.append([section, None, text(row[1].split(". ", 1)[1])])
            continue
        position += 1
        agencies = f"Chủ trì: {row[1]}; phối hợp: {row[2]}" if row[2] else row[1]
        sheet.append([f"{section}.{number}", f"KT.{position:02}", text(row[0]), text(agencies), text(row[3])])
    workbook.save(path)
    return path


def write_csv(path):
    """Another system's export: the outline number, the code the office gave the task, the section in `Mục`."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["STT", "Mã nhiệm vụ", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"])
        titles = {section: row[1] for section, number, row in numbered() if number is None}
        for position, (section, number, row) in enumerate(
            (item for item in numbered() if item[1] is not None), start=1
        ):
            writer.writerow([f"{section}.{number}", f"KT.{position:02}", titles[section], *row[:4]])
    return path


def expected():
    return {f"{section}.{number}": (row[4], row[5]) for section, number, row in numbered() if number is not None}


def read(province, path):
    preview = build_preview(path, path.name, province=province)
    listed = {task["code"]: (task["leads"], task["coordinators"]) for task in cli_json(preview)["tasks"]}
    return preview, {task.code: task for task in preview.parsed.tasks}, listed


@pytest.mark.parametrize("plain", [False, True])
def test_a_numbered_section_row_is_the_heading_of_the_rows_numbered_under_it(gia_lai, tmp_path, plain):
    preview, tasks, listed = read(gia_lai, write_xlsx(tmp_path / "kh-64.xlsx", plain))

    assert [problem.message for problem in preview.errors if problem.row] == []
    assert {code: task.kind for code, task in tasks.items() if task.kind == TaskKind.HEADING} == {
        "1": TaskKind.HEADING,
        "2": TaskKind.HEADING,
    }
    assert {code: task.parent_code for code, task in tasks.items()} == {
        "1": "",
        "1.1": "1",
        "1.2": "1",
        "2": "",
        "2.1": "2",
        "2.2": "2",
        "2.3": "2",
    }
    want = expected()
    if plain:
        want = {code: tuple([without_diacritics(n) for n in names] for names in pair) for code, pair in want.items()}
        listed = {
            code: tuple([without_diacritics(n) for n in names] for names in pair) for code, pair in listed.items()
        }
    assert {code: listed[code] for code in want} == want


def test_a_section_in_the_exports_section_column_heads_its_tasks_whose_codes_are_no_outline_numbers(gia_lai, tmp_path):
    preview, tasks, listed = read(gia_lai, write_csv(tmp_path / "kh-64.csv"))

    assert [problem.message for problem in preview.errors if problem.row] == []
    headings = [task for task in tasks.values() if task.kind == TaskKind.HEADING]
    assert [(task.code, task.text) for task in headings] == [
        ("1", "Mở rộng thị trường tiêu thụ"),
        ("2", "Thu hút đầu tư vào khu kinh tế"),
    ]
    under = {code: task.parent_code for code, task in tasks.items() if task.kind != TaskKind.HEADING}
    assert sorted(under.values()) == ["1", "1", "2", "2", "2"]
    assert [listed[code] for code in under] == list(expected().values())


@pytest.mark.parametrize("plain", [False, True])
def test_sections_numbered_beside_a_code_column_head_the_rows_numbered_under_them(gia_lai, tmp_path, plain):
    preview, tasks, listed = read(gia_lai, write_coded_xlsx(tmp_path / "kh-64.xlsx", plain))

    assert [problem.message for problem in preview.errors if problem.row] == []
    assert {code: (task.kind, task.parent_code) for code, task in tasks.items()} == {
        "1": (TaskKind.HEADING, ""),
        "KT.01": (TaskKind.TASK, "1"),
        "KT.02": (TaskKind.TASK, "1"),
        "2": (TaskKind.HEADING, ""),
        "KT.03": (TaskKind.TASK, "2"),
        "KT.04": (TaskKind.TASK, "2"),
        "KT.05": (TaskKind.TASK, "2"),
    }
    want = {f"KT.{position:02}": pair for position, pair in enumerate(expected().values(), start=1)}
    if plain:
        want = {code: tuple([without_diacritics(n) for n in names] for names in pair) for code, pair in want.items()}
        listed = {
            code: tuple([without_diacritics(n) for n in names] for names in pair) for code, pair in listed.items()
        }
    assert {code: listed[code] for code in want} == want


def test_a_row_numbered_1_that_names_its_own_agencies_is_a_task_over_its_items(gia_lai, tmp_path):
    rows = [
        ("Phát triển cụm công nghiệp", "Sở Công Thương", "Sở Tài chính", "Năm 2023", [CT], [TC]),
        ("Lập quy hoạch chi tiết cụm công nghiệp", "Sở CT", "", "Quý II/2023", [CT], []),
    ]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["(Kèm theo Kế hoạch số 64/KH-UBND ngày 20/3/2023 của UBND tỉnh Gia Lai)"])
    sheet.append(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"])
    sheet.append(["1", *rows[0][:4]])
    sheet.append(["1.1", *rows[1][:4]])
    sheet.append(["2", "Bố trí vốn hạ tầng", "Sở Tài chính", "Sở KH&ĐT", "2023-2025"])
    workbook.save(tmp_path / "kh-64.xlsx")

    preview, tasks, listed = read(gia_lai, tmp_path / "kh-64.xlsx")

    assert [problem.message for problem in preview.errors if problem.row] == []
    assert [(code, task.kind, task.parent_code) for code, task in tasks.items()] == [
        ("1", TaskKind.TASK, ""),
        ("1.1", TaskKind.TASK, "1"),
        ("2", TaskKind.TASK, ""),
    ]
    assert (listed["1"], listed["1.1"], listed["2"]) == (([CT], [TC]), ([CT], []), ([TC], [KHDT]))


@pytest.mark.parametrize("symbol", ["KH", "QĐ", "CTr"])
def test_codes_after_the_directives_symbol_nest_without_an_outline_column(gia_lai, tmp_path, symbol):
    """Another system's export with no STT column, its codes the directive's symbol and the outline (`KH.I`, `KH.I.1`,
    as the portal's own export writes them): the sections head the tasks under them, as before codes like `KT.01`
    were told from outline numbers."""
    symbol = symbol.upper()
    path = tmp_path / "nhiem-vu.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Mã nhiệm vụ", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"])
        writer.writerow([f"{symbol}.I", "Mở rộng thị trường tiêu thụ", "", "", ""])
        writer.writerow(
            [f"{symbol}.I.1", "Tổ chức hội chợ hàng công nghiệp nông thôn", "Sở CT", "Sở Tài chính", "2023"]
        )
        writer.writerow([f"{symbol}.I.2", "Kết nối doanh nghiệp với nhà phân phối", "Sở Công Thương", "", "2024"])
        writer.writerow([f"{symbol}.II", "Thu hút đầu tư", "", "", ""])
        writer.writerow([f"{symbol}.II.1", "Bố trí vốn hạ tầng", "Sở Tài chính", "Sở KH&ĐT", "2023-2025"])

    preview, tasks, listed = read(gia_lai, path)

    assert [problem.message for problem in preview.errors if problem.row] == []
    assert {code: (task.kind, task.parent_code) for code, task in tasks.items()} == {
        f"{symbol}.I": (TaskKind.HEADING, ""),
        f"{symbol}.I.1": (TaskKind.TASK, f"{symbol}.I"),
        f"{symbol}.I.2": (TaskKind.TASK, f"{symbol}.I"),
        f"{symbol}.II": (TaskKind.HEADING, ""),
        f"{symbol}.II.1": (TaskKind.TASK, f"{symbol}.II"),
    }
    assert listed[f"{symbol}.II.1"] == ([TC], [KHDT])
