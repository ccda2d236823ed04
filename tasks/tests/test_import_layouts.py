"""Sheets as other offices and systems lay them out: ranked headers, a section column, an appendix title, mixed
bullets. Written as variants of the forms offices send, not of one fixture."""

import csv
import datetime

import openpyxl
import pytest

from agencies.tests.factories import ProvinceFactory
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview, cli_json
from tasks.models import TaskKind

from .import_workbooks import create_agencies, strip_diacritics

HEADER = ["STT", "Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
EXPORTED = [
    [
        1,
        "II.1.a",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "Rà soát quy hoạch cụm công nghiệp",
        "Sở Công Thương",
        "Sở Tài chính",
        "năm 2026",
    ],
    [2, "II.1.b", "II. NHIỆM VỤ, GIẢI PHÁP", "Xây dựng đề án điện gió", "Sở Công Thương", "", "Quý IV/2026"],
    [3, "III.1", "III. TỔ CHỨC THỰC HIỆN", "Tổng hợp báo cáo kết quả", "Sở Xây dựng", "Sở Công Thương", "hằng năm"],
]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def agencies(db):
    return create_agencies(ProvinceFactory())


def tasks_of(preview):
    return {task["code"]: task for task in cli_json(preview)["tasks"]}


@pytest.mark.parametrize("header", [HEADER, ["Mã", *HEADER[2:]], ["Số hiệu", "STT", *HEADER[2:]]])
def test_an_exported_csv_takes_codes_from_the_code_column_and_sections_from_the_section_column(
    agencies, tmp_path, header
):
    path = tmp_path / "xuat-tu-he-thong.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"])
        writer.writerow(["Số: 15/KH-UBND"])
        writer.writerow(["KẾ HOẠCH Phát triển công nghiệp năm 2026"])
        writer.writerow(header)
        for row in EXPORTED:
            values = row[1:] if header[0] == "Mã" else ([row[1], row[0], *row[2:]] if header[0] == "Số hiệu" else row)
            writer.writerow(values)

    preview = build_preview(path, path.name)
    tasks = tasks_of(preview)

    assert preview.errors == []
    assert list(tasks) == ["II", "II.1.a", "II.1.b", "III", "III.1"]
    assert tasks["II.1.a"]["text"] == "Rà soát quy hoạch cụm công nghiệp"
    assert (tasks["II.1.a"]["leads"], tasks["II.1.a"]["coordinators"]) == (["Sở Công Thương"], ["Sở Tài chính"])
    assert tasks["II.1.b"]["due_date"] == "2026-12-31"
    assert tasks["III.1"]["recurring"] is True
    assert tasks["III"]["text"] == "TỔ CHỨC THỰC HIỆN"
    parsed = {task.code: task for task in preview.parsed.tasks}
    assert parsed["II.1.a"].parent_code == "II"
    assert parsed["III.1"].parent_code == "III"


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("section_text", ["{label}. {title}", "{title}"])
def test_an_exported_section_row_coded_with_its_sections_number_is_that_heading_once(
    agencies, tmp_path, plain, section_text
):
    """An export writes the section's own row too, its code the section's number and its section column the section
    (`II | II. Nhiệm vụ, giải pháp | NHIỆM VỤ, GIẢI PHÁP`): that row is the heading, not a second row coded II
    without a lead."""
    titles = {"II": "Nhiệm vụ, giải pháp", "III": "Tổ chức thực hiện"}
    path = tmp_path / "xuat-tu-he-thong.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Số: 15/KH-UBND"])
        writer.writerow(["KẾ HOẠCH Phát triển công nghiệp năm 2026"])
        writer.writerow(["Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
        written = set()
        for row in EXPORTED:
            label = row[1].split(".")[0]
            section = f"{label}. {titles[label]}"
            if label not in written:
                written.add(label)
                text = section_text.format(label=label, title=titles[label]).upper()
                writer.writerow([label, section, text, "", "", ""])
            writer.writerow([row[1], section, *row[3:]])
    if plain:
        path.write_text(strip_diacritics(path.read_text(encoding="utf-8")), encoding="utf-8")

    preview = build_preview(path, path.name)
    tasks = tasks_of(preview)

    assert preview.errors == []
    assert list(tasks) == ["II", "II.1.a", "II.1.b", "III", "III.1"]
    assert (tasks["II"]["leads"], tasks["III"]["leads"]) == ([], [])
    assert tasks["II.1.a"]["leads"] == ["Sở Công Thương"]
    parsed = {task.code: task for task in preview.parsed.tasks}
    assert (parsed["II.1.b"].parent_code, parsed["III.1"].parent_code) == ("II", "III")


@pytest.mark.parametrize("deadline", ["Hạn", "Hạn chót", "Han xu ly", "Thời điểm"])
def test_a_deadline_column_headed_by_a_short_word_gives_the_timeframe(agencies, tmp_path, deadline):
    path = tmp_path / "xuat.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Mã nhiệm vụ", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", deadline])
        for row in EXPORTED:
            writer.writerow([row[1], row[3], row[4], row[5], row[6]])

    tasks = tasks_of(build_preview(path, path.name))

    assert [tasks[code]["due_date"] for code in ("II.1.a", "II.1.b")] == ["2026-12-31", "2026-12-31"]
    assert tasks["III.1"]["recurring"] is True


def test_a_section_column_without_numbers_groups_the_rows_as_their_sector(agencies, tmp_path):
    path = tmp_path / "nhom.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Số: 16/KH-UBND"])
        writer.writerow(["KẾ HOẠCH Phát triển công nghiệp chế biến"])
        writer.writerow(["TT", "Nhóm nhiệm vụ", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"])
        writer.writerow([1, "Công nghiệp chế biến gỗ", "Hỗ trợ doanh nghiệp chế biến gỗ", "Sở Công Thương", "năm 2026"])
        writer.writerow([2, "Công nghiệp chế biến gỗ", "Xúc tiến thương mại đồ gỗ", "Sở Công Thương", "năm 2027"])

    preview = build_preview(path, path.name)

    assert preview.errors == []
    assert [(task.code, task.sector, task.text) for task in preview.parsed.tasks] == [
        ("1", "Công nghiệp chế biến gỗ", "Hỗ trợ doanh nghiệp chế biến gỗ"),
        ("2", "Công nghiệp chế biến gỗ", "Xúc tiến thương mại đồ gỗ"),
    ]


@pytest.mark.parametrize("no_diacritics", [False, True])
def test_an_appendix_title_gives_kind_symbol_year_and_issuer_and_an_unnumbered_plan_imports(
    agencies, tmp_path, no_diacritics
):
    lines = [
        "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ",
        "(Kèm theo Kế hoạch số      /KH-UBND ngày   tháng   năm 2019 của UBND tỉnh Quảng Ngãi)",
    ]
    if no_diacritics:
        lines = [
            "DANH MUC NHIEM VU TRIEN KHAI KE HOACH PHAT TRIEN CONG NGHIEP HO TRO",
            "(Kem theo Ke hoach so      /KH-UBND ngay   thang   nam 2019 cua UBND tinh Quang Ngai)",
        ]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in lines:
        sheet.append([line])
    sheet.append([])
    sheet.append(["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"])
    sheet.append([1, "Khảo sát nhu cầu doanh nghiệp công nghiệp hỗ trợ", "Sở Công Thương", "Sở Tài chính", "năm 2020"])
    path = tmp_path / "phu-luc.xlsx"
    workbook.save(path)

    preview = build_preview(path, path.name)
    shown = cli_json(preview)["directive"]

    assert (shown["kind"], shown["number"], shown["symbol"], shown["year"]) == ("ke_hoach", "", "KH-UBND", 2019)
    assert shown["issuing_agency"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert shown["province"] == "Quảng Ngãi"
    assert shown["subject"].startswith(lines[0][:20])
    assert preview.errors == []
    assert any("imported as unnumbered" in problem.message for problem in preview.warnings)
    directive = commit_preview(preview).directive
    assert directive.is_draft and directive.symbol == "KH-UBND"


def _bullet_sheet(tmp_path, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Số: 17/KH-UBND"])
    sheet.append(["KẾ HOẠCH Phát triển công nghiệp"])
    sheet.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"])
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "gach-dau-dong.xlsx"
    workbook.save(path)
    return path


@pytest.mark.parametrize(("first", "then"), [("*", "-"), ("-", "+"), ("•", "*"), ("+", "-")])
def test_bullets_that_each_name_their_agencies_are_siblings_whatever_the_character(agencies, tmp_path, first, then):
    path = _bullet_sheet(
        tmp_path,
        [
            ("1", "Phát triển công nghiệp chế biến", None, None, None),
            ("a)", "Chế biến nông sản", None, None, None),
            (
                first,
                "Xây dựng vùng nguyên liệu",
                "Sở Nông nghiệp và Phát triển nông thôn",
                "Sở Công Thương",
                "năm 2026",
            ),
            (then, "Hỗ trợ doanh nghiệp chế biến", "Sở Công Thương", "Sở Tài chính", "năm 2027"),
            (then, "Xúc tiến đầu tư chế biến", "Sở Kế hoạch và Đầu tư", "", "năm 2028"),
        ],
    )

    preview = build_preview(path, path.name)

    assert preview.errors == []
    assert [(task.code, task.parent_code) for task in preview.parsed.tasks[2:]] == [
        ("1.a.1", "1.a"),
        ("1.a.2", "1.a"),
        ("1.a.3", "1.a"),
    ]


def test_a_bullet_naming_no_agency_is_a_heading_over_the_bullets_below_it(agencies, tmp_path):
    path = _bullet_sheet(
        tmp_path,
        [
            ("1", "Phát triển công nghiệp chế biến", None, None, None),
            ("*", "Chế biến gỗ", None, None, None),
            ("-", "Hỗ trợ doanh nghiệp chế biến gỗ", "Sở Công Thương", "", "năm 2026"),
            ("-", "Xúc tiến thương mại đồ gỗ", "Sở Công Thương", "", "năm 2027"),
        ],
    )

    preview = build_preview(path, path.name)
    directive = commit_preview(preview).directive

    assert [(task.code, task.parent_code) for task in preview.parsed.tasks] == [
        ("1", ""),
        ("1.1", "1"),
        ("1.1.1", "1.1"),
        ("1.1.2", "1.1"),
    ]
    assert directive.tasks.get(code="1.1").kind == TaskKind.HEADING
    assert directive.tasks.get(code="1.1.2").due_date == datetime.date(2027, 12, 31)


def test_a_heading_row_naming_only_agencies_gives_the_lead_of_the_items_under_it(agencies, tmp_path):
    path = _bullet_sheet(
        tmp_path,
        [
            ("I", "Đề nghị Sở Xây dựng và BQL KKT Dung Quất và các KCN QN:", None, None, None),
            ("1", "Rà soát hạ tầng khu công nghiệp", None, "Sở Tài chính", "năm 2026"),
            ("2", "Lập danh mục dự án kêu gọi đầu tư", "SCT", "", "Quý II/2026"),
            ("II", "Phát triển cụm công nghiệp", None, None, None),
            ("1", "Đầu tư hạ tầng cụm công nghiệp", None, "Sở Tài chính", "năm 2027"),
            ("III", "Sở Xây dựng - Cơ quan thường trực", None, None, None),
            ("1", "Tổng hợp, báo cáo", None, None, "Quý IV/2026"),
            ("2", "Tổng kết", None, None, "Tháng 12 năm 2026"),
            ("", "Tổng cộng", None, None, None),
        ],
    )

    tasks = tasks_of(build_preview(path, path.name))

    assert tasks["I.1"]["leads"] == [
        "Sở Xây dựng",
        "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    ]
    assert tasks["I.2"]["leads"] == ["Sở Công Thương"]  # its own lead, not the heading's
    assert tasks["II.1"]["leads"] == []  # a heading naming no agency leads nothing
    assert tasks["III.1"]["leads"] == tasks["III.2"]["leads"] == ["Sở Xây dựng"]
    assert sorted(tasks) == ["I", "I.1", "I.2", "II", "II.1", "III", "III.1", "III.2"]  # no `Tổng cộng` task


def test_a_heading_whose_items_all_name_their_lead_gives_its_names_to_no_one(agencies, tmp_path):
    """A title is read as names only when an item under it has no lead: `Công an tỉnh` (a body the province lacks)
    over items that name their own leads is not proposed for creation (an agency for no task); a title naming a body
    the province has leads an item under it that names none."""
    rows = [
        ("I", "Công an tỉnh", None, None, None),
        ("1", "Bảo đảm an ninh khu công nghiệp", "Sở Công Thương", None, "năm 2026"),
        ("2", "Phòng cháy chữa cháy cụm công nghiệp", "Sở Xây dựng", None, "năm 2026"),
        ("II", "Sở Tài chính", None, None, None),
        ("1", "Bố trí kinh phí", "Sở Công Thương", None, "năm 2026"),
    ]
    preview = build_preview(_bullet_sheet(tmp_path, rows), "gach-dau-dong.xlsx")
    tasks = tasks_of(preview)

    assert tasks["I.1"]["leads"] == tasks["II.1"]["leads"] == ["Sở Công Thương"]
    assert tasks["I.2"]["leads"] == ["Sở Xây dựng"]
    assert cli_json(preview)["agencies_to_create"] == []
    assert preview.is_clean

    rows.append(("2", "Thẩm định dự toán", None, None, "năm 2026"))
    tasks = tasks_of(build_preview(_bullet_sheet(tmp_path, rows), "gach-dau-dong.xlsx"))

    assert tasks["II.2"]["leads"] == ["Sở Tài chính"]
    assert tasks["II.1"]["leads"] == ["Sở Công Thương"]


def _outline_file(tmp_path, rows, *, as_csv, in_text, plain):
    """A numbered task and its bullets, the bullet in the `STT` column or typed at the text's start."""
    text = strip_diacritics if plain else (lambda value: value)
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
    lines = [["Số: 21/KH-UBND"], [text("KẾ HOẠCH Phát triển nguồn nhân lực")], [text(cell) for cell in header]]
    for label, task_text, *rest in rows:
        if in_text and not label.isdigit():
            label, task_text = "", f"{label} {task_text}"
        lines.append([label, text(task_text), *(text(cell) for cell in rest)])
    if as_csv:
        path = tmp_path / "dau-dong.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(lines)
        return path
    workbook = openpyxl.Workbook()
    for line in lines:
        workbook.active.append(line)
    path = tmp_path / "dau-dong.xlsx"
    workbook.save(path)
    return path


@pytest.mark.parametrize(("outer", "inner"), [("-", "+"), ("*", "-"), ("•", "+"), ("+", "*")])
@pytest.mark.parametrize(
    ("as_csv", "in_text", "plain"),
    [(False, False, False), (False, True, True), (True, True, False), (True, False, True)],
)
def test_a_bullet_returns_to_the_level_its_character_was_last_used_at_under_the_same_parent(
    agencies, tmp_path, outer, inner, as_csv, in_text, plain
):
    path = _outline_file(
        tmp_path,
        [
            ("2", "Phát triển nguồn nhân lực", "", "", ""),
            (outer, "Đào tạo nghề cho lao động nông thôn", "Sở Lao động - Thương binh và Xã hội", "", "năm 2026"),
            (outer, "Hỗ trợ doanh nghiệp tuyển dụng lao động", "", "", ""),
            (inner, "Tổ chức phiên giao dịch việc làm", "Sở Lao động - Thương binh và Xã hội", "", "Quý II/2026"),
            (inner, "Kết nối cung cầu lao động", "Sở Công Thương", "Sở Tài chính", "năm 2026"),
            (outer, "Sơ kết, đánh giá kết quả thực hiện", "Sở Kế hoạch và Đầu tư", "", "năm 2027"),
            (outer, "Đề xuất chính sách thu hút lao động", "Sở Tài chính", "", "năm 2027"),
        ],
        as_csv=as_csv,
        in_text=in_text,
        plain=plain,
    )

    preview = build_preview(path, path.name)

    assert preview.errors == []
    assert [(task.code, task.parent_code) for task in preview.parsed.tasks] == [
        ("2", ""),
        ("2.1", "2"),
        ("2.2", "2"),
        ("2.2.1", "2.2"),
        ("2.2.2", "2.2"),
        ("2.3", "2"),
        ("2.4", "2"),
    ]


@pytest.mark.parametrize("as_csv", [False, True])
def test_a_bullet_returns_past_two_levels_of_other_characters(agencies, tmp_path, as_csv):
    path = _outline_file(
        tmp_path,
        [
            ("4", "Cải cách hành chính", "", "", ""),
            ("-", "Rà soát thủ tục hành chính", "", "", ""),
            ("+", "Thủ tục về đầu tư", "", "", ""),
            ("*", "Rút ngắn thời gian cấp chủ trương đầu tư", "Sở Kế hoạch và Đầu tư", "", "năm 2026"),
            ("*", "Công khai quy trình giải quyết", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "năm 2026"),
            ("+", "Thủ tục về đất đai", "Sở Tài nguyên và Môi trường", "", "năm 2026"),
            ("-", "Số hóa hồ sơ", "Sở Thông tin và Truyền thông", "", "năm 2027"),
        ],
        as_csv=as_csv,
        in_text=False,
        plain=False,
    )

    preview = build_preview(path, path.name)

    assert [task.code for task in preview.parsed.tasks] == ["4", "4.1", "4.1.1", "4.1.1.1", "4.1.1.2", "4.1.2", "4.2"]
