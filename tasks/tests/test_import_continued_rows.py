"""A task's text typed over several rows of the table: the rows under the first write nothing but text (no number,
agency or timeframe) and read on from it, in lowercase or after a comma or `và`. They are the task's text, not
tasks of their own that name no lead (each an error blocking the import); the items under a heading that names
their lead (`Sở Công Thương:`, then a row of text alone) and bullets stay tasks."""

import datetime

import pytest

from agencies.services import create_province

from . import office_sheets

HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["I", "PHÁT TRIỂN CỤM CÔNG NGHIỆP", "", "", ""],
    ["1", "Rà soát, sửa đổi quy chế phối hợp quản lý", "Sở Công Thương", "Sở Tài chính", "Quý III/2026"],
    ["", "cụm công nghiệp trên địa bàn tỉnh", "", "", ""],
    ["2", "Xây dựng cơ sở dữ liệu doanh nghiệp,", "Sở Khoa học và Công nghệ", "Sở Nội vụ; Sở Tư pháp", "Năm 2026"],
    ["", "kết nối với Cổng dịch vụ công,", "", "", ""],
    ["", "Hệ thống thông tin báo cáo của tỉnh", "", "", ""],
    ["3", "Sở Công Thương:", "", "", ""],
    ["", "tổ chức hội nghị xúc tiến đầu tư vào cụm công nghiệp", "", "", ""],
    ["4", "Sở Tài chính:", "", "", ""],
    ["", "- Đánh giá hiệu quả các cụm công nghiệp", "", "Sở Công Thương", "Tháng 10/2026"],
    ["", "- Tổng hợp, báo cáo kết quả", "", "", "Hằng năm"],
    ["II", "TỔ CHỨC THỰC HIỆN", "", "", ""],
    ["1", "Theo dõi tiến độ các dự án hạ tầng cụm công nghiệp và", "Sở Công Thương", "", "Thường xuyên"],
    ["", "Đề xuất tháo gỡ khó khăn cho nhà đầu tư", "", "", ""],
]
# code -> (text, leads, coordinators, due date, recurring)
WANT = {
    "I.1": (
        "Rà soát, sửa đổi quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh",
        ["Sở Công Thương"],
        ["Sở Tài chính"],
        datetime.date(2026, 9, 30),
        False,
    ),
    "I.2": (
        "Xây dựng cơ sở dữ liệu doanh nghiệp, kết nối với Cổng dịch vụ công, Hệ thống thông tin báo cáo của tỉnh",
        ["Sở Khoa học và Công nghệ"],
        ["Sở Nội vụ", "Sở Tư pháp"],
        datetime.date(2026, 12, 31),
        False,
    ),
    "I.3.1": ("tổ chức hội nghị xúc tiến đầu tư vào cụm công nghiệp", ["Sở Công Thương"], [], None, False),
    "I.4.1": (
        "Đánh giá hiệu quả các cụm công nghiệp",
        ["Sở Tài chính"],
        ["Sở Công Thương"],
        datetime.date(2026, 10, 31),
        False,
    ),
    "I.4.2": ("Tổng hợp, báo cáo kết quả", ["Sở Tài chính"], [], None, True),
    "II.1": (
        "Theo dõi tiến độ các dự án hạ tầng cụm công nghiệp và Đề xuất tháo gỡ khó khăn cho nhà đầu tư",
        ["Sở Công Thương"],
        [],
        None,
        True,
    ),
}


def write_xlsx(path, plain=False):
    text = office_sheets.spelled(plain)
    title = [[text("KẾ HOẠCH PHÁT TRIỂN CỤM CÔNG NGHIỆP NĂM 2026")], []]
    rows = [[int(row[0]) if row[0].isdigit() else row[0], *(text(value) or None for value in row[1:])] for row in ROWS]
    return office_sheets.save_xlsx(path, [*title, [text(value) for value in HEADER], *rows])


def write_csv(path, plain=False):
    text = office_sheets.spelled(plain)
    return office_sheets.save_csv(path, [HEADER, *([text(value) for value in row] for row in ROWS)])


def read(result, plain):
    text = office_sheets.spelled(plain)
    return {
        task["code"]: (
            text(task["text"]),
            [text(name) for name in task["leads"]],
            [text(name) for name in task["coordinators"]],
            datetime.date.fromisoformat(task["due_date"]) if task["due_date"] else None,
            task["recurring"],
        )
        for task in result["tasks"]
    }


@pytest.mark.parametrize(
    ("writer", "name", "plain"),
    [
        (write_xlsx, "ke-hoach.xlsx", False),
        (write_xlsx, "ke-hoach-khong-dau.xlsx", True),
        (write_csv, "ke-hoach-12-KH-UBND.csv", False),
        (write_csv, "ke-hoach-12-KH-UBND-khong-dau.csv", True),
    ],
)
def test_rows_that_go_on_with_a_task_text_are_its_text(db, tmp_path, writer, name, plain):
    province, _agencies = create_province("Lào Cai", datetime.date(2026, 1, 15))
    path = writer(tmp_path / name, plain)

    result = office_sheets.preview(path, province)

    # a CSV has no title rows: its subject is asked for, no row is in error
    assert [problem for problem in result["errors"] if problem["row"]] == []
    text = office_sheets.spelled(plain)
    want = {
        code: (text(words), [text(n) for n in leads], [text(n) for n in coordinators], due, recurring)
        for code, (words, leads, coordinators, due, recurring) in WANT.items()
    }
    read_tasks = read(result, plain)
    assert set(read_tasks) == {"I", "I.3", "I.4", "II", *want}
    assert {code: read_tasks[code] for code in want} == want
