"""The template workbook admins download: the header the importer reads, title rows and example rows."""

import io

import openpyxl
from openpyxl.styles import Alignment, Font

TITLE_ROWS = [
    ["ỦY BAN NHÂN DÂN TỈNH …", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: …/KH-UBND", None, None, "Độc lập - Tự do - Hạnh phúc"],
    [None, None, None, "…, ngày … tháng … năm …"],
    ["KẾ HOẠCH"],
    ["(trích yếu của văn bản)"],
    [],
]
HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú / Sản phẩm"]
EXAMPLES = [
    ["I", "NHIỆM VỤ, GIẢI PHÁP"],
    [1, "Phân bổ không gian công nghiệp"],
    [
        "a)",
        "Xây dựng các tiêu chí lựa chọn vùng công nghiệp động lực",
        "Sở Kế hoạch và Đầu tư",
        "Sở Công Thương, Sở Tài chính",
        "năm 2026",
        "Đề án",
    ],
    [
        "b)",
        "Xúc tiến đầu tư vào các khu công nghiệp",
        "Sở Công Thương",
        "UBND các huyện, thị xã, thành phố",
        "thực hiện thường xuyên, hằng năm",
    ],
]
WIDTHS = {"A": 6, "B": 60, "C": 30, "D": 40, "E": 24, "F": 20}


def template_workbook():
    """The template as .xlsx bytes."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Nhiệm vụ"
    for row in [*TITLE_ROWS, HEADER, *EXAMPLES]:
        sheet.append(row)
    header_row = len(TITLE_ROWS) + 1
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
