"""Reading 004's task list from the workbooks offices send: outline, agencies, timeframes, targets, problems."""

import datetime
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from agencies.tests.factories import ProvinceFactory
from tasks.importing.layout import COORDINATORS, LEAD, TEXT, TIMEFRAME, classify_header, find_layout
from tasks.importing.parse import read_targets, split_label
from tasks.importing.preview import build_preview, cli_json
from tasks.importing.reader import Row, read_sheets
from tasks.importing.safety import check_file
from tasks.importing.template import template_workbook
from tasks.models import TaskKind

from .import_workbooks import (
    DEFECTS,
    SUBJECT,
    UNREADABLE_TIMEFRAME,
    build_004_csv,
    build_004_workbook,
    build_defects_workbook,
    create_agencies,
    expected_tasks,
)

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def quang_ngai(db):
    province = ProvinceFactory()
    create_agencies(province)
    return province


def assert_matches_004(result):
    tasks = {task["code"]: task for task in result["tasks"]}
    for code, (leads, coordinators, due_date, recurring) in expected_tasks().items():
        task = tasks[code]
        assert (task["leads"], task["coordinators"]) == (leads, coordinators), code
        assert task["due_date"] == (due_date.isoformat() if due_date else None), code
        assert task["recurring"] is recurring, code
    assert result["errors"] == []
    assert result["unmatched_agencies"] == []


def test_004_workbook_imports_every_task_with_its_lead_and_coordinating_agencies(quang_ngai, tmp_path):
    result = cli_json(build_preview(build_004_workbook(tmp_path / "ke-hoach.xlsx"), "ke-hoach.xlsx"))

    assert_matches_004(result)
    assert len([t for t in result["tasks"] if t["leads"]]) == len(expected_tasks())


def test_004_workbook_typed_without_diacritics_imports_the_same_agencies(quang_ngai, tmp_path):
    path = build_004_workbook(tmp_path / "ke-hoach-khong-dau.xlsx", no_diacritics=True)

    result = cli_json(build_preview(path, path.name))

    assert_matches_004(result)
    assert result["directive"]["number"] == "72"
    assert result["directive"]["symbol"] == "KH-UBND"


@pytest.mark.parametrize(("bom", "delimiter"), [(True, ","), (False, ","), (False, ";")])
def test_004_as_csv_utf8_with_or_without_bom_imports_the_same(quang_ngai, tmp_path, bom, delimiter):
    path = build_004_csv(tmp_path / "ke-hoach.csv", bom=bom, delimiter=delimiter)

    result = cli_json(build_preview(path, path.name))

    assert_matches_004(result)


def test_problems_in_a_csv_file_are_located_in_the_file_as_uploaded(quang_ngai, tmp_path):
    stored = build_004_csv(tmp_path / "3f9a0c1e2b7d4e6f8a9b0c1d2e3f4a5b.csv")  # the name uploads are stored under
    with open(stored, "a", encoding="utf-8", newline="") as handle:
        handle.write("z),Nhiệm vụ thử,Sở Không Tồn Tại,,,31/12/2025\r\n")

    preview = build_preview(stored, "Kế hoạch 72.csv")

    problems = [*preview.errors, *preview.warnings]
    assert any("Sở Không Tồn Tại" in problem.message for problem in problems)
    assert {problem.sheet for problem in problems} == {"Kế hoạch 72.csv"}


def test_title_rows_give_the_directive_kind_number_date_issuer_and_subject(quang_ngai, tmp_path):
    result = cli_json(build_preview(build_004_workbook(tmp_path / "k.xlsx"), "k.xlsx"))

    assert result["directive"] | {"existing_id": None} == {
        "kind": "ke_hoach",
        "number": "72",
        "symbol": "KH-UBND",
        "subject": SUBJECT,
        "place": "Quảng Ngãi",
        "issued_on": "2019-05-15",
        "year": 2019,
        "issuing_agency": "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "province": "Quảng Ngãi",
        "existing_id": None,
        "links": [
            {
                "relation": "implements",
                "reference": "37-CTr/TU",
                "title": "Chương trình hành động số 37-CTr/TU",
                "issued_on": "2019-03-26",
            },
            {
                "relation": "related",
                "reference": "23-NQ/TW",
                "title": "Nghị quyết số 23-NQ/TW",
                "issued_on": "2018-03-22",
            },
        ],
        # No monitoring unit in this province yet; the file sets no schedule, so the standard ones are proposed.
        "monitoring_agency": "",
        "schedules": [
            {"key": "quarterly:10:3,6,9,12", "label": "Quarterly, before day 10 of the quarter's last month"},
            {"key": "annual:10:11", "label": "Yearly, before 10/11"},
        ],
    }


def test_section_rows_build_the_outline_and_become_headings(quang_ngai, tmp_path):
    preview = build_preview(build_004_workbook(tmp_path / "k.xlsx"), "k.xlsx")
    tasks = {task.code: task for task in preview.parsed.tasks}

    assert tasks["II"].kind == TaskKind.HEADING and tasks["II"].depth == 0
    assert tasks["II.2.a"].kind == TaskKind.HEADING and tasks["II.2.a"].parent_code == "II.2"
    assert tasks["II.2.a.2"].parent_code == "II.2.a" and tasks["II.2.a.2"].depth == 3
    assert tasks["II.2.c.1"].label == "-"
    assert tasks["II.2.đ.1"].parent_code == "II.2.đ"


def test_lead_merged_down_two_rows_leads_both_tasks(quang_ngai, tmp_path):
    preview = build_preview(build_004_workbook(tmp_path / "k.xlsx"), "k.xlsx")
    tasks = {task.code: task for task in preview.parsed.tasks}

    second = tasks["II.2.g.2"]
    assert [ref.agency_name for ref in second.leads] == ["Sở Công Thương"]
    assert [ref.text for ref in second.coordinators] == ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]


def test_two_leads_in_one_cell_are_co_leads(quang_ngai, tmp_path):
    preview = build_preview(build_004_workbook(tmp_path / "k.xlsx"), "k.xlsx")
    task = next(task for task in preview.parsed.tasks if task.code == "II.2.f.2")

    assert [(ref.agency_name, ref.role) for ref in task.leads] == [
        ("Sở Kế hoạch và Đầu tư", "co_lead"),
        ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "co_lead"),
    ]


def test_timeframes_keep_their_words_next_to_the_reading(quang_ngai, tmp_path):
    preview = build_preview(build_004_workbook(tmp_path / "k.xlsx"), "k.xlsx")
    tasks = {task.code: task for task in preview.parsed.tasks}

    milestones = tasks["II.5.b"].timeframe.milestones
    assert [m.due_date for m in milestones] == [datetime.date(2020, 12, 31), datetime.date(2025, 12, 31)]
    assert tasks["II.7.b"].timeframe.waits_on_event
    assert tasks["II.6.b"].timeframe.start_date == datetime.date(2020, 1, 1)
    assert tasks["II.3.b"].timeframe.original == "31/12/2020"  # a real Excel date in the cell


def test_targets_are_read_from_the_timeframe_with_unit_value_and_year(quang_ngai, tmp_path):
    preview = build_preview(build_004_workbook(tmp_path / "k.xlsx"), "k.xlsx")
    tasks = {task.code: task for task in preview.parsed.tasks}

    wind = [(t.unit, t.value, t.comparison, t.due_year) for t in tasks["II.2.i"].targets]
    assert wind == [("nhà máy điện gió", Decimal(1), "at_least", 2030), ("MW", Decimal(100), "at_least", 2030)]
    assert [(t.unit, t.value) for t in tasks["II.2.k"].targets] == [("triệu kWh", Decimal(800))]
    assert [(t.unit, t.value) for t in tasks["II.2.g.1"].targets] == [("triệu kWh", Decimal(4108))]


def test_read_targets_takes_growth_rates_and_vietnamese_decimals():
    assert [(t.unit, t.value, t.comparison) for t in read_targets("tăng trưởng khoảng 8,5%/năm", 2025)] == [
        ("%/năm", Decimal("8.5"), "about"),
    ]
    assert read_targets("năm 2025") == []


def test_workbook_with_many_defects_reports_each_with_its_location_in_one_preview(quang_ngai, tmp_path):
    preview = build_preview(build_defects_workbook(tmp_path / "loi.xlsx"), "loi.xlsx")
    result = cli_json(preview)

    where = [(e["row"], e["column"], p.field) for e, p in zip(result["errors"], preview.errors, strict=True)]
    assert sorted(where) == sorted(DEFECTS)
    assert all(error["sheet"] == "Nhiệm vụ" for error in result["errors"])
    assert all(f"row {error['row']}" in error["message"] for error in result["errors"])
    assert result["unmatched_agencies"] == ["Sở Vũ Trụ Học"]
    warning = preview.warnings[0]
    assert (warning.row, warning.column, warning.field) == UNREADABLE_TIMEFRAME
    assert not preview.is_clean


def test_sheet_without_a_header_is_reported(quang_ngai, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Danh sách", "không có", "tiêu đề"])
    workbook.save(tmp_path / "x.xlsx")

    result = cli_json(build_preview(tmp_path / "x.xlsx", "x.xlsx"))

    assert "no header row" in result["errors"][0]["message"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Cơ quan chủ trì", LEAD),
        ("Đơn vị chủ trì", LEAD),
        ("Chủ trì thực hiện", LEAD),
        ("Co quan phoi hop", COORDINATORS),
        ("Thời hạn", TIMEFRAME),
        ("Thời gian hoàn thành", TIMEFRAME),
        ("Nhiệm vụ", TEXT),
        ("STT", "code"),
        ("Ghi chú / Sản phẩm", "note"),
        ("Mã nhiệm vụ", "code"),
        ("Ma nhiem vu", "code"),
        ("Số hiệu", "code"),
        ("Mục", "section"),
        ("Nhóm nhiệm vụ", "section"),
        ("Lĩnh vực", "sector"),
        ("Tên nhiệm vụ", TEXT),
        ("Nội dung nhiệm vụ", TEXT),
    ],
)
def test_header_variants_are_found_by_content(header, field):
    assert classify_header(header)[0] == field


def test_header_found_below_title_rows_with_the_column_numbers_row_skipped():
    rows = [
        Row("S", 1, ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",)),
        Row("S", 2, ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn")),
        Row("S", 3, ("(1)", "(2)", "(3)", "(4)")),
    ]

    layout = find_layout(rows)

    assert layout.header_rows == (2,) and layout.data_start == 4
    assert layout.columns == {"code": 0, TEXT: 1, LEAD: 2, TIMEFRAME: 3}


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("II.", "x", ("II", "roman", "x")),
        (1.0, "x", ("1", "number", "x")),
        ("a)", "x", ("a", "letter", "x")),
        ("", "b) Xây dựng", ("b", "letter", "Xây dựng")),
        ("", "- Rà soát", ("-", "bullet-", "Rà soát")),
        ("1.2", "x", ("1.2", "dotted", "x")),
        ("dd)", "x", ("đ", "letter", "x")),
        ("II.3.b", "x", ("II.3.b", "dotted", "x")),
        # a code an office gave its task is no outline number
        ("NV.01", "x", ("NV.01", "other", "x")),
        ("CNHT.02.1", "x", ("CNHT.02.1", "other", "x")),
    ],
)
def test_outline_labels_are_read_from_the_number_column_or_the_text(label, text, expected):
    assert split_label(label, text) == expected


def test_the_template_workbook_reads_with_its_examples(quang_ngai, tmp_path):
    (tmp_path / "mau.xlsx").write_bytes(template_workbook())

    # The template's title rows name no province: the import form gives it (a name is matched only among the
    # province's own agencies and the national ones, never another province's).
    preview = build_preview(tmp_path / "mau.xlsx", "mau.xlsx", province=quang_ngai)

    assert preview.parsed.errors == []
    assert [task.code for task in preview.parsed.tasks] == ["I", "I.1", "I.1.a", "I.1.b"]
    assert preview.parsed.tasks[3].timeframe.is_recurring


def test_sector_comes_from_its_column_else_from_a_section_named_for_an_industry(quang_ngai, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Lĩnh vực"])
    workbook.active.append([1, "Công nghiệp chế biến gỗ, giấy"])
    workbook.active.append(["a)", "Xây dựng kế hoạch phát triển ngành gỗ", "Sở Công Thương"])
    workbook.active.append(["b)", "Phát triển điện mặt trời áp mái", "Sở Công Thương", "Năng lượng"])
    workbook.save(tmp_path / "s.xlsx")

    tasks = build_preview(tmp_path / "s.xlsx", "s.xlsx").parsed.tasks

    assert [task.sector for task in tasks] == ["Công nghiệp chế biến gỗ, giấy"] * 2 + ["Năng lượng"]


def test_workbooks_written_with_prefixed_xml_elements_read_the_same(quang_ngai, tmp_path):
    source = build_004_workbook(tmp_path / "k.xlsx")
    prefixed = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(prefixed, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename.startswith("xl/worksheets/") or entry.filename == "xl/sharedStrings.xml":
                data = re.sub(rb"<(/?)(?![?!])(\w+)", rb"<\1x:\2", data).replace(b' xmlns="', b' xmlns:x="', 1)
            archive.writestr(entry, data)

    def rows(path):
        checked = check_file(path, path.name)
        return [row for sheet in read_sheets(path, checked) for row in sheet.rows]

    assert rows(prefixed) == rows(source)
