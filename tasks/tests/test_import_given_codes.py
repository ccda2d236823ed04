"""A sheet with both an outline-number column (`STT`: I, 1, 2 …) and a code column (`Mã`: codes an office gave its
tasks, `KTS-01` …): the codes are the tasks' codes and the outline still places them under their section rows. Read
as an office writes it with the code column full, partly empty, absent, and alone."""

import openpyxl
import pytest

from agencies.models import AgencyKind
from agencies.tests.factories import province_with_bodies
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Mã", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời hạn", "Ghi chú"]
ROWS = [
    (SECTION, "I. Chuyển đổi số trong cơ quan nhà nước"),
    ("Xây dựng kho dữ liệu dùng chung của tỉnh", "Chủ trì: Sở KH&CN; phối hợp: Sở Tài chính", "Quý II/2026"),
    ("Số hóa hồ sơ thủ tục hành chính", "Văn phòng UBND tỉnh chủ trì, phối hợp Sở Nội vụ", "Năm 2026"),
    (SECTION, "II. Kinh tế số"),
    ("Hỗ trợ doanh nghiệp nhỏ chuyển đổi số", "Chủ trì: Sở Công Thương; phối hợp: Sở Tài chính", "Hằng năm"),
    ("Phát triển thương mại điện tử nông sản", "Chủ trì: Sở Công Thương", "Tháng 10/2026"),
    ("Đào tạo kỹ năng số cho người lao động", "Chủ trì: Sở Nội vụ; phối hợp: Sở Công Thương", "Thường xuyên"),
]
BODIES = {
    "Sở Khoa học và Công nghệ": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Nội vụ": AgencyKind.DEPARTMENT,
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Văn phòng Ủy ban nhân dân tỉnh": AgencyKind.OFFICE,
    "Ủy ban nhân dân tỉnh Hà Tĩnh": AgencyKind.PEOPLES_COMMITTEE,
}


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def province(db):
    return province_with_bodies("Hà Tĩnh", "ha-tinh", BODIES, [])


def write_sheet(path, header, given):
    """The plan as the office's workbook: `given(section, number, position)` is the code cell of a task row ("" left
    empty); columns not in `header` are left out."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"])
    sheet.append(["Phụ lục: nhiệm vụ chuyển đổi số năm 2026"])
    sheet.append(["(Kèm theo Kế hoạch số 88/KH-UBND ngày 12 tháng 1 năm 2026 của UBND tỉnh Hà Tĩnh)"])
    sheet.append(header)
    position = 0
    for section, number, row in office_sheets.numbered(ROWS, SECTION):
        if number is None:
            label, title = section.split(". ", 1)
            # a sheet with no outline-number column numbers its sections in the code column
            cells = {"STT": label, "Mã": "" if "STT" in header else label, "Nội dung nhiệm vụ": title.upper()}
        else:
            position += 1
            text, executing, timeframe = row
            cells = {
                "STT": number,
                "Mã": given(section, number, position),
                "Nội dung nhiệm vụ": text,
                "Cơ quan thực hiện": executing,
                "Thời hạn": timeframe,
            }
        sheet.append([cells.get(name, "") for name in header])
    workbook.save(path)
    return path


def read(province, path):
    preview = build_preview(path, path.name, province=province)
    return preview, {task.code: task for task in preview.parsed.tasks}


def test_the_code_column_gives_the_codes_and_the_outline_numbers_place_them_under_their_sections(province, tmp_path):
    path = write_sheet(tmp_path / "kh-88.xlsx", HEADER, lambda _section, _number, position: f"KTS-{position:02}")

    preview, tasks = read(province, path)

    assert preview.errors == [] and preview.warnings == []
    assert list(tasks) == ["I", "KTS-01", "KTS-02", "II", "KTS-03", "KTS-04", "KTS-05"]
    assert {code: task.parent_code for code, task in tasks.items()} == {
        "I": "",
        "KTS-01": "I",
        "KTS-02": "I",
        "II": "",
        "KTS-03": "II",
        "KTS-04": "II",
        "KTS-05": "II",
    }
    assert [tasks[code].label for code in ("KTS-01", "KTS-02", "KTS-03")] == ["1", "2", "1"]
    assert tasks["I"].has_children and tasks["II"].has_children
    listed = {task["code"]: task for task in cli_json(preview)["tasks"]}
    assert (listed["KTS-01"]["leads"], listed["KTS-01"]["coordinators"]) == (
        ["Sở Khoa học và Công nghệ"],
        ["Sở Tài chính"],
    )
    assert (listed["KTS-05"]["leads"], listed["KTS-05"]["coordinators"]) == (["Sở Nội vụ"], ["Sở Công Thương"])


def test_a_task_whose_code_cell_is_empty_takes_its_outline_code(province, tmp_path):
    path = write_sheet(
        tmp_path / "kh-88.xlsx", HEADER, lambda _section, number, position: "" if number == 2 else f"KTS-{position:02}"
    )

    preview, tasks = read(province, path)

    assert preview.errors == []
    assert list(tasks) == ["I", "KTS-01", "I.2", "II", "KTS-03", "II.2", "KTS-05"]
    assert tasks["I.2"].parent_code == "I" and tasks["KTS-05"].parent_code == "II"


def test_without_a_code_column_the_outline_numbers_are_the_codes(province, tmp_path):
    header = [name for name in HEADER if name != "Mã"]
    path = write_sheet(tmp_path / "kh-88.xlsx", header, lambda *_args: "")

    preview, tasks = read(province, path)

    assert preview.errors == [] and preview.warnings == []
    assert list(tasks) == ["I", "I.1", "I.2", "II", "II.1", "II.2", "II.3"]
    assert tasks["II.3"].parent_code == "II"


def test_a_code_column_holding_outline_numbers_places_its_rows_itself(province, tmp_path):
    path = write_sheet(tmp_path / "kh-88.xlsx", HEADER, lambda section, number, _p: office_sheets.code(section, number))

    preview, tasks = read(province, path)

    assert preview.errors == []
    assert list(tasks) == ["I", "I.1", "I.2", "II", "II.1", "II.2", "II.3"]
    assert tasks["II.1"].parent_code == "II"


def test_a_code_column_alone_gives_its_codes_to_rows_with_no_outline_number(province, tmp_path):
    header = [name for name in HEADER if name != "STT"]
    path = write_sheet(tmp_path / "kh-88.xlsx", header, lambda _section, _number, position: f"CDS-{position:03}")

    preview, tasks = read(province, path)

    assert preview.errors == [] and preview.warnings == []
    assert list(tasks) == ["I", "CDS-001", "CDS-002", "II", "CDS-003", "CDS-004", "CDS-005"]
    assert tasks["CDS-002"].parent_code == "I" and tasks["CDS-005"].parent_code == "II"
