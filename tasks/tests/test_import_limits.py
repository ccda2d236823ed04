"""Row and column limits hold on the numbers a sheet's XML claims, for the whole workbook, before any row is built."""

import os
import subprocess
import sys
import textwrap
import time
import zipfile

import pytest
from django.conf import settings as django_settings
from django.utils import translation

from tasks.importing.reader import read_sheets
from tasks.importing.safety import Limits, RefusedFile, check_file

LIMITS = Limits(
    max_file_bytes=20 * 1024 * 1024, max_unpacked_bytes=100 * 1024 * 1024, max_ratio=200, max_rows=20, max_columns=30
)
MEMORY_LIMIT = 300 * 1024 * 1024
TIME_LIMIT = 5
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Nhiệm vụ</t></is></c></row>'

# Run in a child process under an address-space limit: the old reader padded one empty row per skipped
# number and died of MemoryError (or the kernel killed it) long before refusing anything.
READ_UNDER_LIMITS = textwrap.dedent(
    """
    import resource, sys, time
    import django
    django.setup()
    from tasks.importing.reader import read_sheets
    from tasks.importing.safety import Limits, RefusedFile, check_file
    resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
    started = time.perf_counter()
    try:
        limits = Limits.from_settings()
        checked = check_file(sys.argv[1], sys.argv[2], limits)
        for sheet in read_sheets(sys.argv[1], checked, name=sys.argv[2]):
            for _row in sheet.rows:
                pass
    except RefusedFile as refusal:
        with open("/proc/self/status") as status:  # ru_maxrss would count the parent's memory before exec
            peak = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
        print("REFUSED", round(time.perf_counter() - started, 2), peak, refusal)
        sys.exit(0)
    print("READ EVERYTHING")
    sys.exit(1)
    """
).format(memory=MEMORY_LIMIT)


pytestmark = pytest.mark.usefixtures("english")


def sheet_xml(rows):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def state(name, hidden):
    return "hidden" if name in hidden else "visible"


def raw_workbook(path, sheets, hidden=()):
    """An .xlsx written by hand: {sheet name: the rows' XML}; the parts Excel (and calamine) need, nothing more."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{index}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for index in range(1, len(sheets) + 1)
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )
    entries = "".join(
        f'<sheet name="{name}" sheetId="{index}" r:id="rId{index}" state="{state(name, hidden)}"/>'
        for index, name in enumerate(sheets, start=1)
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<sheets>{entries}</sheets></workbook>"
    )
    relationships = "".join(
        f'<Relationship Id="rId{index}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{index}.xml"/>'
        for index in range(1, len(sheets) + 1)
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}'
        "</Relationships>"
    )
    package_rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", package_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        for index, rows in enumerate(sheets.values(), start=1):
            archive.writestr(f"xl/worksheets/sheet{index}.xml", sheet_xml(rows))
    return path


def task_rows(count, first=2):
    return "".join(
        f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>Nhiệm vụ {number}</t></is></c>'
        f'<c r="B{number}" t="inlineStr"><is><t>Sở Công Thương</t></is></c></row>'
        for number in range(first, first + count)
    )


def refusal(path, limits=LIMITS):
    with pytest.raises(RefusedFile) as refused:
        check_file(path, path.name, limits)
    return str(refused.value)


def read_in_a_limited_process(path):
    """Check and read the file as an import does, in a child under 300 MB of address space and a 5 s timeout."""
    env = {**os.environ, "PORTAL_TESTING": "1", "DJANGO_SETTINGS_MODULE": "portal.settings", "LANGUAGE_CODE": "en"}
    started = time.perf_counter()
    try:
        child = subprocess.run(
            [sys.executable, "-c", READ_UNDER_LIMITS, str(path), path.name],
            cwd=django_settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT + 10,  # the interpreter's start is not the reader's time; measured below
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} did not end within {TIME_LIMIT + 10} s")
    assert child.returncode == 0, f"exit {child.returncode}: {child.stdout[-500:]} {child.stderr[-2000:]}"
    assert child.stdout.startswith("REFUSED"), child.stdout
    reader_seconds, peak_bytes = float(child.stdout.split()[1]), int(child.stdout.split()[2])
    assert reader_seconds < TIME_LIMIT and peak_bytes < MEMORY_LIMIT
    assert time.perf_counter() - started < TIME_LIMIT * 2
    return child.stdout


def test_a_2_kb_workbook_with_a_huge_row_number_is_refused_at_once_in_under_300_mb(tmp_path):
    path = raw_workbook(
        tmp_path / "so-dong-lon.xlsx",
        {"Nhiệm vụ": HEADER + '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'},
    )
    assert path.stat().st_size < 2048

    output = read_in_a_limited_process(path)

    assert "Nhiệm vụ" in output and "99.999.999.999" in output


def test_52_sheets_of_6000_rows_are_refused_on_their_total_in_under_300_mb(tmp_path):
    rows = HEADER + task_rows(6000)
    path = raw_workbook(tmp_path / "nhieu-trang.xlsx", {f"Trang {index}": rows for index in range(1, 53)})

    output = read_in_a_limited_process(path)

    # 100,000 rows are reached on the 17th sheet: the whole workbook counts, not each sheet.
    assert "Trang 17" in output and "100.000" in output


def test_a_row_number_past_the_limit_is_refused_naming_the_sheet_and_row(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Danh sách": HEADER + task_rows(3) + '<row r="25"/>'})

    message = refusal(path)

    assert "“Danh sách”" in message and "25" in message and "20" in message


def test_sheets_together_over_the_limit_are_refused_naming_where_the_limit_is_reached(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": task_rows(8, 1), "Hai": task_rows(8, 1), "Ba": task_rows(8, 1)})

    message = refusal(path)

    assert "“Ba”" in message and "row 5" in message


def test_sheets_together_within_the_limit_are_read(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": task_rows(10, 1), "Hai": task_rows(10, 1)})

    checked = check_file(path, path.name, LIMITS)

    assert sum(len(list(sheet.rows)) for sheet in read_sheets(path, checked)) == 20


def test_hidden_sheets_are_not_read_and_do_not_count(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": task_rows(10, 1), "Ẩn": '<row r="99999999"/>'}, hidden={"Ẩn"})

    assert check_file(path, path.name, LIMITS).rows == 10


def test_a_merged_range_past_the_column_limit_is_refused(tmp_path):
    merged = '</sheetData><mergeCells><mergeCell ref="A2:XFD9"/></mergeCells><sheetData>'
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": HEADER + task_rows(3) + merged})

    assert "row 2" in refusal(path)


def test_a_cell_past_the_column_limit_is_refused_naming_its_row(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": HEADER + '<row r="2"><c r="XFD2"><v>1</v></c></row>'})

    message = refusal(path)

    assert "“Một”" in message and "row 2" in message and "30 columns" in message


def test_cells_without_references_count_as_columns_too(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": HEADER + "<row>" + "<c><v>1</v></c>" * 31 + "</row>"})

    assert "row 2" in refusal(path)


def test_a_row_number_hidden_behind_a_quoted_bracket_is_still_seen(tmp_path):
    tricky = HEADER + '<row spans="&gt;" x=">" r="99999999999"><c r="A99999999999"><v>1</v></c></row>'
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": tricky})

    assert "99.999.999.999" in refusal(path)


def test_a_row_number_written_with_character_references_is_refused_as_damaged(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": HEADER + '<row r="&#57;9999999999"/>'})

    assert "damaged" in refusal(path)


def test_a_csv_over_the_row_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "nhiem-vu.csv"
    path.write_text("Nhiệm vụ,Cơ quan chủ trì\n" + "Xây dựng,Sở Công Thương\n" * 25, encoding="utf-8")

    message = refusal(path)

    assert "“nhiem-vu.csv”" in message and "row 21" in message


def test_a_csv_row_with_too_many_columns_is_refused(tmp_path):
    path = tmp_path / "rong.csv"
    path.write_text("Nhiệm vụ,Cơ quan chủ trì\n" + "x," * 40 + "\n", encoding="utf-8")

    assert "row 2" in refusal(path)


def test_the_refusal_is_in_vietnamese(tmp_path):
    path = raw_workbook(tmp_path / "a.xlsx", {"Danh sách": HEADER + '<row r="99999999999"/>'})

    with translation.override("vi"):
        message = refusal(path)

    assert "Trang tính “Danh sách”" in message and "dòng" in message


def test_the_limits_come_from_the_settings(settings):
    settings.IMPORT_MAX_ROWS, settings.IMPORT_MAX_COLUMNS = 1234, 56

    limits = Limits.from_settings()

    assert (limits.max_rows, limits.max_columns) == (1234, 56)


def test_sheets_written_otherwise_count_the_same_as_excels_own(tmp_path):
    """Excel's plain form is counted by a quick search; anything else (here a namespace prefix, a row without its
    number, attributes in another order) tag by tag: the two agree."""
    plain = HEADER + '<row r="2"><c r="A2"><v>1</v></c></row><row r="5"><c r="C5"><v>1</v></c></row><row/>'
    other = plain.replace("<row", "<x:row").replace("</row", "</x:row").replace('<c r="C5"', '<c s="0" r="C5"')
    first = check_file(raw_workbook(tmp_path / "a.xlsx", {"Một": plain}), "a.xlsx", LIMITS)
    second = check_file(raw_workbook(tmp_path / "b.xlsx", {"Một": other}), "b.xlsx", LIMITS)

    assert first.rows == second.rows == 6


def test_the_reader_is_told_about_real_rows_only(tmp_path):
    """A sane workbook passes the scan unchanged and reads as before (the scan counts, it does not rewrite)."""
    path = raw_workbook(tmp_path / "a.xlsx", {"Một": HEADER + task_rows(5)})

    checked = check_file(path, path.name, LIMITS)
    rows = [row for sheet in read_sheets(path, checked) for row in sheet.rows]

    assert [row.number for row in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[1].cells == ("Nhiệm vụ 2", "Sở Công Thương")
