"""Agency cells in every form an office types them, in every file format it sends, for a province the code was not
written around: Lai Châu's plan 7360/KH-UBND and Thái Nguyên's decision 27/2025/QĐ-UBND (../shared/documents),
after the 2025 reorganization. Each workbook is read as .xlsx, .xls, .ods and CSV, with diacritics, without them and
with OCR damage: every task gets its agencies, no name is cut inside, and only a name that could be two bodies or
none is left for a person."""

import csv

import openpyxl
import pytest

from agencies.catalogue import catalogue
from agencies.models import AgencyKind
from agencies.services import create_agency
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.importing.preview import build_preview, cli_json

from .import_workbooks import strip_diacritics
from .spreadsheet_formats import as_ods, as_xls

LAI_CHAU = {
    "Ủy ban nhân dân tỉnh Lai Châu": AgencyKind.PEOPLES_COMMITTEE,
    "Văn phòng UBND tỉnh Lai Châu": AgencyKind.OFFICE,
    "Sở Khoa học và Công nghệ": AgencyKind.DEPARTMENT,
    "Sở Tư pháp": AgencyKind.DEPARTMENT,
    "Sở Văn hóa, Thể thao và Du lịch": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Sở Xây dựng": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Môi trường": AgencyKind.DEPARTMENT,
    "Sở Nội vụ": AgencyKind.DEPARTMENT,
    "Sở Giáo dục và Đào tạo": AgencyKind.DEPARTMENT,
    "Sở Y tế": AgencyKind.DEPARTMENT,
    "Công an tỉnh Lai Châu": AgencyKind.OTHER,
    "Báo và Phát thanh, Truyền hình Lai Châu": AgencyKind.UNIT,
    "UBND xã Tam Đường": AgencyKind.OTHER,
    "UBND phường Tân Phong": AgencyKind.OTHER,
}
GROUPS = ("cac-so-ban-nganh", "ubnd-cap-xa", "cac-co-quan-to-chuc", "cac-don-vi")
SO_BAN_NGANH = "Các sở, ban, ngành tỉnh"
CAP_XA = "UBND các xã, phường, đặc khu"

# (task, lead cell, coordinators cell) as Lai Châu's and Thái Nguyên's texts write them, and what they name.
ROWS = [
    (
        "Tổ chức tuyên truyền, phổ biến Luật Ban hành văn bản quy phạm pháp luật",
        "Sở Khoa học và Công nghệ; Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Lai Châu và các sở, ngành có liên quan",
        ["Sở Khoa học và Công nghệ", "Sở Tư pháp"],
        ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Lai Châu", SO_BAN_NGANH],
    ),
    (
        "Rà soát văn bản quy phạm pháp luật do cơ quan, người có thẩm quyền ban hành",
        "Sở KH&CN",
        "Các sở, ngành; Ủy ban nhân dân các xã, phường",
        ["Sở Khoa học và Công nghệ"],
        [SO_BAN_NGANH, CAP_XA],
    ),
    (
        "Xây dựng dự thảo quyết định quy định chi tiết thi hành Luật",
        "Sở KHCN",
        "Các sở, ngành có liên quan và UBND các xã, phường",
        ["Sở Khoa học và Công nghệ"],
        [SO_BAN_NGANH, CAP_XA],
    ),
    (
        "Kiểm tra an toàn hành lang bảo vệ lưới điện cao áp",
        "Sở Công Thương",
        "Sở Tài chính, Sở Xây dựng, Sở NN&MT, Công an tỉnh, UBND cấp xã",
        ["Sở Công Thương"],
        ["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Công an tỉnh Lai Châu", CAP_XA],
    ),
    (
        "Bố trí kinh phí bảo đảm thi hành văn bản quy phạm pháp luật",
        "STC",
        "Sở Nội vụ\nSở Giáo dục và Đào tạo\nSở Y tế",
        ["Sở Tài chính"],
        ["Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế"],
    ),
    (
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
        "VP UBND tỉnh",
        "Các cơ quan, tổ chức liên quan; Các đơn vị liên quan",
        ["Văn phòng UBND tỉnh Lai Châu"],
        ["Các cơ quan, tổ chức liên quan", "Các đơn vị liên quan"],
    ),
    (
        "Hỗ trợ các xã xây dựng mô hình điểm",
        "UBND xã Tam Đường",
        "UBND phường Tân Phong",
        ["UBND xã Tam Đường"],
        ["UBND phường Tân Phong"],
    ),
]
TITLE = [
    ["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"],
    ["Số: 7360/KH-UBND"],
    ["Lai Châu, ngày 12 tháng 11 năm 2025"],
    ["KẾ HOẠCH"],
    ["Triển khai thi hành Luật Ban hành văn bản quy phạm pháp luật"],
]
HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
# What a scanner does to Vietnamese letters (seed 004: `So Ke hoach va Pau tu`, `Quang Ngii`).
OCR = str.maketrans({"Đ": "P", "đ": "d", "ơ": "o", "ư": "u", "ạ": "a", "ộ": "o", "ệ": "e", "ỉ": "i", "ả": "a"})


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def lai_chau(db):
    province = ProvinceFactory(name="Lai Châu", code="lai-chau")
    for name, kind in LAI_CHAU.items():
        AgencyFactory(province=province, name=name, kind=kind)
    for key in GROUPS:
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    return province


def typed(text, form):
    if form == "vi" or not isinstance(text, str):
        return text
    if form == "no-diacritics":
        return strip_diacritics(text)
    return text.translate(OCR)


def build_rows(form, rows=ROWS):
    lines = [[typed(value, form) for value in line] for line in TITLE]
    lines.append([typed(value, form) for value in HEADER])
    for number, (task, lead, coordinators, *_expected) in enumerate(rows, start=1):
        lines.append([number, typed(task, form), typed(lead, form), typed(coordinators, form), "năm 2026"])
    return lines


def write(tmp_path, lines, kind):
    if kind == "csv":
        path = tmp_path / "ke-hoach.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(lines)
        return path
    workbook = openpyxl.Workbook()
    workbook.active.title = "Nhiệm vụ"
    for line in lines:
        workbook.active.append(line)
    workbook.save(tmp_path / "nguon.xlsx")
    if kind == "xlsx":
        return tmp_path / "nguon.xlsx"
    return {"xls": as_xls, "ods": as_ods}[kind](tmp_path / "nguon.xlsx", tmp_path / f"ke-hoach.{kind}")


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods", "csv"])
@pytest.mark.parametrize("form", ["vi", "no-diacritics", "ocr"])
def test_every_task_gets_its_agencies_in_every_format_and_form(lai_chau, tmp_path, kind, form):
    path = write(tmp_path, build_rows(form), kind)

    result = cli_json(build_preview(path, path.name))

    found = [(task["leads"], task["coordinators"]) for task in result["tasks"]]
    assert found == [(leads, coordinators) for *_cells, leads, coordinators in ROWS]
    assert result["unmatched_agencies"] == []
    assert result["errors"] == []


def test_only_a_name_that_could_be_two_bodies_or_none_is_left_for_a_person(lai_chau, tmp_path):
    """`UBND xã TĐ` could be Tam Đường or another commune the province adds later; `Sở Vũ trụ` is no body at all;
    every other name in the row is read."""
    AgencyFactory(province=lai_chau, name="UBND xã Tả Đán", kind=LAI_CHAU["UBND xã Tam Đường"])
    rows = [
        (
            "Khảo sát địa điểm",
            "Sở NN&MT",
            "UBND xã TĐ, Sở Vũ trụ, Sở Tư pháp",
            ["Sở Nông nghiệp và Môi trường"],
            ["Sở Tư pháp"],
        )
    ]

    for kind in ("xlsx", "xls", "ods", "csv"):
        folder = tmp_path / kind
        folder.mkdir()
        path = write(folder, build_rows("vi", rows), kind)
        preview = build_preview(path, path.name)

        [task] = preview.parsed.tasks
        assert [(ref.text, ref.agency_name) for ref in task.leads + task.coordinators] == [
            ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
            ("UBND xã TĐ", ""),
            ("Sở Vũ trụ", ""),
            ("Sở Tư pháp", "Sở Tư pháp"),
        ], kind
        assert sorted(cli_json(preview)["unmatched_agencies"]) == ["Sở Vũ trụ", "UBND xã TĐ"], kind


def test_a_cell_that_says_a_bodys_part_gives_it_that_part_whatever_its_column(lai_chau, tmp_path):
    """Offices that keep one column for every body, or mark a part in the cell: `(chủ trì)`, `Phối hợp: …`,
    `…, phối hợp với …`; a cell without such words keeps its column's part."""
    rows = [
        (
            "Rà soát thủ tục hành chính",
            "Sở Tư pháp (chủ trì), Sở Nội vụ (phối hợp)",
            "",
            ["Sở Tư pháp"],
            ["Sở Nội vụ"],
        ),
        (
            "Kiểm tra an toàn thực phẩm",
            "Chủ trì: Sở Y tế\nPhối hợp: Sở Công Thương, Công an tỉnh",
            "",
            ["Sở Y tế"],
            ["Sở Công Thương", "Công an tỉnh Lai Châu"],
        ),
        (
            "Tập huấn cán bộ",
            "Sở Nội vụ",
            "Sở Giáo dục và Đào tạo (chủ trì), Sở Tài chính",
            ["Sở Nội vụ", "Sở Giáo dục và Đào tạo"],
            ["Sở Tài chính"],
        ),
        (
            "Bảo vệ hành lang lưới điện",
            "Sở Công Thương chủ trì, phối hợp với Sở Xây dựng và UBND cấp xã",
            "",
            ["Sở Công Thương"],
            ["Sở Xây dựng", CAP_XA],
        ),
    ]

    for form in ("vi", "no-diacritics"):
        path = write(tmp_path, build_rows(form, rows), "xlsx")

        result = cli_json(build_preview(path, path.name))

        found = [(task["leads"], task["coordinators"]) for task in result["tasks"]]
        assert found == [(leads, coordinators) for *_cells, leads, coordinators in rows], form
        assert (result["unmatched_agencies"], result["errors"]) == ([], []), form
