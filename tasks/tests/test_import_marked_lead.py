"""One `Cơ quan thực hiện` cell that marks which body leads (`Sở KH&CN (chủ trì), Sở TT&TT, Sở CT`): the marked one
leads and the bodies it leaves unmarked coordinate, whether the mark is on the first name or a later one, in brackets
or bare after the name; a cell with no mark, or a shared one (`(đồng chủ trì)`), keeps its bodies in one part. Read
alike from .xlsx, without diacritics and from CSV, for a province the code was not written around."""

import csv

import pytest

from agencies.models import AgencyKind
from agencies.tests.factories import province_with_bodies
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn"]
KHCN, TTTT, CT, TC = "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Công Thương", "Sở Tài chính"
CA, KHDT = "Công an tỉnh Quảng Trị", "Sở Kế hoạch và Đầu tư"
BODIES = dict.fromkeys((KHCN, TTTT, CT, TC, KHDT), AgencyKind.DEPARTMENT) | {CA: AgencyKind.OTHER}
# (task, the one agency cell, leads, coordinators)
ROWS = [
    (SECTION, "I. Chuyển đổi số trong doanh nghiệp"),
    ("Hỗ trợ doanh nghiệp ứng dụng sản xuất thông minh", "Sở KH&CN (chủ trì), Sở TT&TT, Sở CT", [KHCN], [TTTT, CT]),
    ("Xây dựng sàn giao dịch công nghệ", "Sở TT&TT, Sở Tài chính, Sở KH&CN (chủ trì)", [KHCN], [TTTT, TC]),
    ("Đánh giá mức độ chuyển đổi số", "Sở TT&TT (cơ quan chủ trì); Sở KH&ĐT (phối hợp); Sở CT", [TTTT], [KHDT, CT]),
    (SECTION, "II. An ninh, tài chính"),
    ("Bảo đảm an ninh mạng cho doanh nghiệp", "CA tỉnh chủ trì, Sở TT&TT, Sở KH&CN", [CA], [TTTT, KHCN]),
    ("Bố trí kinh phí thực hiện", "Sở Tài chính, Sở KH&ĐT", [TC, KHDT], []),
    ("Lồng ghép các nguồn vốn", "Sở KH&ĐT, Sở Tài chính (đồng chủ trì)", [TC, KHDT], []),
]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def quang_tri(db):
    return province_with_bodies("Quảng Trị", "quang-tri", BODIES, ())


def write_xlsx(path, plain):
    title = ["(Kèm theo Kế hoạch số 52/KH-UBND ngày 14/4/2023 của UBND tỉnh Quảng Trị)"]
    return office_sheets.write_titled_xlsx(
        path, title, HEADER, ROWS, SECTION, cells=lambda row: [*row[:2], "Năm 2023"], plain=plain, plain_header=True
    )


def write_csv(path):
    """The export of another system: the code in `Mã nhiệm vụ`, the section's title in `Mục`."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Mã nhiệm vụ", "Mục", "Nội dung", "Cơ quan thực hiện", "Thời hạn"])
        for section, number, row in office_sheets.numbered(ROWS, SECTION):
            if number is not None:
                writer.writerow([office_sheets.code(section, number), section, *row[:2], "Năm 2023"])
    return path


def expected():
    """code -> (leads, coordinators)."""
    return {
        office_sheets.code(section, number): (row[2], row[3])
        for section, number, row in office_sheets.numbered(ROWS, SECTION)
        if number is not None
    }


@pytest.mark.parametrize("kind", ["xlsx", "no-diacritics", "csv"])
def test_the_marked_body_leads_and_the_unmarked_ones_beside_it_coordinate(quang_tri, tmp_path, kind):
    if kind == "csv":
        path = write_csv(tmp_path / "ke-hoach-52.csv")
    else:
        path = write_xlsx(tmp_path / "ke-hoach-52.xlsx", kind == "no-diacritics")

    result = cli_json(build_preview(path, path.name, province=quang_tri))

    read = {task["code"]: (task["leads"], task["coordinators"]) for task in result["tasks"] if task["leads"]}
    assert read == expected()
    assert result["unmatched_agencies"] == []
    assert [error for error in result["errors"] if error["row"]] == []
