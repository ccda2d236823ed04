"""Two office workbooks of real 2025 plans (../shared/documents 04, Nghệ An's civil-defence plan, and 03, Lai Châu's
plan for the amended law on standards), typed the way department staff type them into Excel for a province set up as
a new user sets it up (`create_province`: the People's Committee, its office, the departments and the standard groups,
nothing else): abbreviations, groups, line breaks inside cells, the title block `(Kèm theo Kế hoạch số      /KH-UBND
ngày    tháng 11 năm 2025 của UBND tỉnh …)`, roman sections, numbered items with `-` and `+` bullets under them.

Each task row gives, written by hand before the importer read it, what a person reading it finds: the code, the lead
and coordinating bodies under the names the province holds or the catalogue gives the ones it creates, the deadline
and whether it recurs. Rules the rows carry:

- `Cơ quan, địa phương liên quan` is one group (the catalogue's `Các cơ quan, địa phương liên quan`), and `Sở, ban,
  ngành, tổ chức chính trị - xã hội` another (`Các sở, ban, ngành, tổ chức chính trị - xã hội`), never cut in two;
- `Công an tỉnh (Phòng PC06)` is Công an tỉnh, the bracket kept as the assignment's note;
- `Đầu năm 2026` is due by the end of its first quarter (31/3/2026), `Giữa năm 2026` by the end of its first half
  (30/6/2026), `Cuối năm 2026` by 31/12/2026;
- `các tổ chức tín dụng` is the group of banks of its own (never `Các tổ chức liên quan` narrowed by `tín dụng`),
  `BHXH tỉnh` the province's social-insurance office;
- a task whose text starts with those it concerns (`Các hộ kinh doanh …`, `Doanh nghiệp …`) is a task like any other,
  its agencies those of its own cells.
"""

import csv
import datetime

import openpyxl

from agencies.services import create_province as create_province_with_bodies
from agencies.tests.bodies import without_diacritics

from . import office_sheets

HEADING = "heading"

# Bodies of the catalogue the province does not hold: created on confirming, under these names.
BCHQS = "Bộ Chỉ huy Quân sự tỉnh"
VP_PTDS = "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"
BCH_PTDS = "Ban Chỉ huy Phòng thủ dân sự tỉnh"
CA = "Công an tỉnh"
# the station written by habit in a plan of after 01/7/2025 (`Đài PT-TH tỉnh`): the merged press body doing its work
DAI = "Báo và Phát thanh, Truyền hình Nghệ An"
PRESS_LAI_CHAU = "Báo và Phát thanh, Truyền hình Lai Châu"  # the merged press body (2025), named after its province
HND = "Hội Nông dân tỉnh"
BHXH = "Bảo hiểm xã hội tỉnh"
# Groups
XA = "UBND các xã, phường, đặc khu"
SBN = "Các sở, ban, ngành tỉnh"
CQDP = "Các cơ quan, địa phương liên quan"
SBN_DT = "Các sở, ban, ngành, tổ chức chính trị - xã hội"
CQDV = "Các cơ quan, đơn vị liên quan"
TCTD = "Các tổ chức tín dụng"

# (label, text) of a heading; (label, text, lead cell, coordinators cell, timeframe cell, code, leads, coordinators,
# due date, recurring) of a task.
NGHE_AN = [
    ("I", "KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ"),
    (
        1,
        "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã; ban hành quy chế hoạt động\n(Điều 7, 8 Nghị định)",
        "Bộ CHQS tỉnh;\nUBND cấp xã",
        "VP BCH PTDS tỉnh; các sở, ban, ngành",
        "Trước ngày\n30/11/2025",
        "I.1",
        [BCHQS, XA],
        [VP_PTDS, SBN],
        datetime.date(2025, 11, 30),
        False,
    ),
    ("II", "TRIỂN KHAI VĂN BẢN QUY PHẠM PHÁP LUẬT, CƠ CHẾ, CHÍNH SÁCH VỀ PHÒNG THỦ DÂN SỰ"),
    (
        1,
        "Triển khai nội dung chi, mức chi đặc thù cho hoạt động phòng thủ dân sự",
        "Sở TC",
        "Cơ quan, địa\nphương liên quan",
        "Thường xuyên",
        "II.1",
        ["Sở Tài chính"],
        [CQDP],
        None,
        True,
    ),
    (
        2,
        "Hướng dẫn phương pháp, trình tự thống kê phù hợp với lĩnh vực quản lý các ngành",
        "Sở, ban, ngành, tổ\nchức chính trị - xã hội",
        "Cơ quan, địa phương liên quan",
        "Năm 2025",
        "II.2",
        [SBN_DT],
        [CQDP],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        3,
        "Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh, xử lý môi trường trong phòng thủ dân sự",
        "Sở YT",
        "Sở Tài chính và cơ quan, địa phương liên quan",
        "Quý IV/2025",
        "II.3",
        ["Sở Y tế"],
        ["Sở Tài chính", CQDP],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        4,
        "Tiếp nhận các số, tần số trực canh, cấp cứu khẩn cấp; bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành",
        "Sở KH&CN",
        "CA tỉnh, Đài PT-TH tỉnh",
        "Đầu năm 2026",
        "II.4",
        ["Sở Khoa học và Công nghệ"],
        [CA, DAI],
        datetime.date(2026, 3, 31),
        False,
    ),
    ("III", "BẢO ĐẢM AN TOÀN PHÒNG CHÁY, CHỮA CHÁY TẠI KHU DÂN CƯ, CHỢ"),
    (1, "Kiểm tra an toàn phòng cháy, chữa cháy"),
    (
        "-",
        "Kiểm tra an toàn phòng cháy, chữa cháy tại các chợ, trung tâm thương mại",
        "Công an tỉnh (Phòng PC06)",
        "Sở Công Thương; UBND cấp xã",
        "Quý I/2026",
        "III.1.1",
        [CA],
        ["Sở Công Thương", XA],
        datetime.date(2026, 3, 31),
        False,
    ),
    (
        "-",
        "Các hộ kinh doanh tại chợ trang bị bình chữa cháy, cam kết an toàn phòng cháy",
        "UBND cấp xã",
        "CA tỉnh",
        "Giữa năm 2026",
        "III.1.2",
        [XA],
        [CA],
        datetime.date(2026, 6, 30),
        False,
    ),
    (
        "-",
        "Doanh nghiệp kinh doanh xăng dầu tự kiểm tra, báo cáo định kỳ an toàn phòng cháy",
        "Sở Công Thương",
        "Công an tỉnh",
        "Hằng quý",
        "III.1.3",
        ["Sở Công Thương"],
        [CA],
        None,
        True,
    ),
    (
        2,
        "Tuyên truyền kiến thức phòng cháy, chữa cháy và cứu nạn, cứu hộ trên sóng phát thanh, truyền hình",
        "Đài PT-TH tỉnh",
        "Công an tỉnh; Hội Nông dân tỉnh",
        "Cuối năm 2026",
        "III.2",
        [DAI],
        [CA, HND],
        datetime.date(2026, 12, 31),
        False,
    ),
    (
        3,
        "Bảo đảm kinh phí, chế độ bảo hiểm cho lực lượng phòng thủ dân sự; cho vay khôi phục sản xuất sau thảm họa",
        "Sở Tài chính",
        "BHXH tỉnh; Ngân hàng Nhà nước chi nhánh tỉnh và các tổ chức tín dụng",
        "Quý II/2026",
        "III.3",
        ["Sở Tài chính"],
        [BHXH, "Ngân hàng Nhà nước chi nhánh tỉnh", TCTD],
        datetime.date(2026, 6, 30),
        False,
    ),
    ("IV", "DIỄN TẬP PHÒNG THỦ DÂN SỰ"),
    (
        1,
        "Xây dựng kế hoạch diễn tập phòng thủ dân sự cấp tỉnh năm 2026",
        "BCH PTDS tỉnh",
        "Bộ CHQS tỉnh; cơ quan, địa phương liên quan",
        "Tháng 3/2026",
        "IV.1",
        [BCH_PTDS],
        [BCHQS, CQDP],
        datetime.date(2026, 3, 31),
        False,
    ),
]
NGHE_AN_TITLE = [
    ["PHỤ LỤC"],
    ["DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ"],
    ["(Kèm theo Kế hoạch số        /KH-UBND ngày     tháng 11 năm 2025 của UBND tỉnh Nghệ An)"],
]

LAI_CHAU = [
    ("I", "TUYÊN TRUYỀN, PHỔ BIẾN LUẬT"),
    (
        1,
        "Tuyên truyền, phổ biến, giáo dục pháp luật, tập huấn, bồi dưỡng nghiệp vụ về nội dung Luật",
        "Sở KH&CN; Sở TP;\nSở VH,TT&DL",
        "Các sở, ngành; UBND các xã, phường",
        "Quý IV năm 2025 và các năm tiếp theo",
        "I.1",
        ["Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"],
        [SBN, XA],
        datetime.date(2025, 12, 31),
        False,
    ),
    ("II", "RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT"),
    (
        1,
        "Rà soát văn bản quy phạm pháp luật có liên quan đến Luật thuộc thẩm quyền quản lý",
        "Sở KHCN",
        "Các sở, ngành liên quan;\nUBND các xã, phường",
        "Năm 2026",
        "II.1",
        ["Sở Khoa học và Công nghệ"],
        [SBN, XA],
        datetime.date(2026, 12, 31),
        False,
    ),
    ("III", "GÓP Ý DỰ THẢO VÀ TRIỂN KHAI VĂN BẢN HƯỚNG DẪN THI HÀNH LUẬT"),
    (1, "Tham gia góp ý dự thảo các văn bản quy định chi tiết"),
    (
        "+",
        "Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
        "Sở Khoa học và Công nghệ",
        "Các sở, ngành có liên quan và UBND các xã, phường",
        "Quý I/2026",
        "III.1.1",
        ["Sở Khoa học và Công nghệ"],
        [SBN, XA],
        datetime.date(2026, 3, 31),
        False,
    ),
    (
        "+",
        "Nghị định quy định về điều kiện kinh doanh dịch vụ đánh giá sự phù hợp",
        "Sở KH&CN",
        "Sở Công Thương, Sở Xây dựng",
        "Quý II/2026",
        "III.1.2",
        ["Sở Khoa học và Công nghệ"],
        ["Sở Công Thương", "Sở Xây dựng"],
        datetime.date(2026, 6, 30),
        False,
    ),
    (2, "Tổ chức triển khai các văn bản hướng dẫn thi hành Luật"),
    (
        "-",
        "Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy trên môi trường điện tử",
        "Sở KH&CN",
        "Sở, ban, ngành, tổ chức chính trị - xã hội",
        "Giữa năm 2026",
        "III.2.1",
        ["Sở Khoa học và Công nghệ"],
        [SBN_DT],
        datetime.date(2026, 6, 30),
        False,
    ),
    (
        "-",
        "Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường",
        "Sở Công Thương",
        "Sở KH&CN; CA tỉnh; Cơ quan, địa phương liên quan",
        "Hằng năm",
        "III.2.2",
        ["Sở Công Thương"],
        ["Sở Khoa học và Công nghệ", CA, CQDP],
        None,
        True,
    ),
    ("IV", "XÂY DỰNG CƠ SỞ DỮ LIỆU VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG"),
    (
        1,
        "Cập nhật dữ liệu tiêu chuẩn, đo lường, chất lượng của địa phương vào cơ sở dữ liệu quốc gia",
        "Sở Khoa học và Công nghệ",
        "Các cơ quan, đơn vị liên quan",
        "Đầu năm 2026",
        "IV.1",
        ["Sở Khoa học và Công nghệ"],
        [CQDV],
        datetime.date(2026, 3, 31),
        False,
    ),
    (
        2,
        "Đưa tin về việc thi hành Luật trên sóng phát thanh, truyền hình",
        "Báo và PTTH Lai Châu",
        "Sở VHTTDL",
        "Thường xuyên",
        "IV.2",
        [PRESS_LAI_CHAU],
        ["Sở Văn hóa, Thể thao và Du lịch"],
        None,
        True,
    ),
]
LAI_CHAU_TITLE = [
    ["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"],
    ["KẾ HOẠCH"],
    ["Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật"],
    ["(Kèm theo Kế hoạch số      /KH-UBND ngày    tháng 11 năm 2025 của UBND tỉnh Lai Châu)"],
]
PLANS = {
    "nghe-an": ("Nghệ An", NGHE_AN_TITLE, NGHE_AN),
    "lai-chau": ("Lai Châu", LAI_CHAU_TITLE, LAI_CHAU),
}
HEADER = ["TT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]


def create_province(plan):
    """The plan's province as a new user sets it up: `create_province`, nothing added by hand."""
    province, _agencies = create_province_with_bodies(PLANS[plan][0], datetime.date(2025, 11, 1))
    return province


def expected(plan):
    """code -> (leads, coordinators, due date, recurring) of every task row."""
    return {row[5]: tuple(row[6:]) for row in PLANS[plan][2] if len(row) > 2}


def write_xlsx(plan, path, plain=False):
    text = without_diacritics if plain else (lambda value: value)
    _name, title, rows = PLANS[plan]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in title:
        sheet.append([text(value) for value in line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(HEADER))
    sheet.append([text(value) for value in HEADER])
    for row in rows:
        sheet.append([row[0], *(text(value) for value in row[1:5])])
    workbook.save(path)
    return path


def write_csv(plan, path):
    """The CSV another system exports: the code in `Mã nhiệm vụ`, the section's title in `Mục`, no title rows."""
    section = ""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        for row in PLANS[plan][2]:
            if isinstance(row[0], str) and row[0].isalpha() and len(row) == 2:
                section = f"{row[0]}. {row[1]}"
            elif len(row) > 2:
                writer.writerow([row[5], section, *row[1:5]])
    return path


def exactly_right(plan, result, plain=False):
    return office_sheets.exactly_right(result, expected(plan), plain=plain)
