"""An office workbook in the forms the held-out measure of issue #12 found still read wrong, typed anew for one more
province (Hải Dương before the 2025 reorganization) so the rules are tried on cells they were not written around:

- a centre under a Sở by its initials or the first part of its name (`TT Khuyến công`, `TT KC`, `Trung tâm KC`,
  `TTKC`, `Chi cục QLCL`, `CC Kiểm lâm`);
- a qualified group whose kind list is abbreviated (`UBND các huyện, TX, TP nơi có khu công nghiệp`, `UBND cấp huyện
  có …`, `các địa phương có …`, `Tp.`);
- recurring deadlines in words (`Trước ngày 10 của tháng cuối quý`, `Định kỳ 6 tháng`, `Hàng tháng, trước ngày 20`);
- `Hội DN tỉnh` in a province holding both Hiệp hội Doanh nghiệp and Hội Doanh nhân trẻ: the general business
  association (Hiệp hội Doanh nghiệp), no name left for a person.

Each row gives what a person reading it finds, written by hand.
"""

import datetime

from agencies.models import AgencyKind
from agencies.tests.factories import province_with_bodies

from . import office_sheets

PROVINCE = "Hải Dương"
AGENCIES = {
    "Ủy ban nhân dân tỉnh Hải Dương": AgencyKind.PEOPLES_COMMITTEE,
    "Văn phòng UBND tỉnh Hải Dương": AgencyKind.OFFICE,
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Sở Kế hoạch và Đầu tư": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Tài nguyên và Môi trường": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Phát triển nông thôn": AgencyKind.DEPARTMENT,
    "Sở Xây dựng": AgencyKind.DEPARTMENT,
    "Sở Khoa học và Công nghệ": AgencyKind.DEPARTMENT,
    "Sở Lao động - Thương binh và Xã hội": AgencyKind.DEPARTMENT,
    "Ban Quản lý các khu công nghiệp tỉnh Hải Dương": AgencyKind.BOARD,
    "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Dương": AgencyKind.UNIT,
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Hải Dương": AgencyKind.UNIT,
    "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản": AgencyKind.UNIT,
    "Chi cục Kiểm lâm": AgencyKind.UNIT,
    "Công an tỉnh Hải Dương": AgencyKind.OTHER,
    "Cục Thuế tỉnh Hải Dương": AgencyKind.OTHER,
    "Hiệp hội Doanh nghiệp tỉnh Hải Dương": AgencyKind.ASSOCIATION,
    "Hội Doanh nhân trẻ tỉnh Hải Dương": AgencyKind.ASSOCIATION,
    "UBND thành phố Hải Dương": AgencyKind.DISTRICT,
    "UBND thành phố Chí Linh": AgencyKind.DISTRICT,
    "UBND thị xã Kinh Môn": AgencyKind.DISTRICT,
    "UBND huyện Nam Sách": AgencyKind.DISTRICT,
    "UBND huyện Cẩm Giàng": AgencyKind.DISTRICT,
}
GROUPS = ("cac-so-ban-nganh", "cac-co-quan-don-vi", "cac-dia-phuong", "ubnd-cap-huyen")

KC = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Dương"
XT = "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Hải Dương"
QLCL = "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản"
BQL = "Ban Quản lý các khu công nghiệp tỉnh Hải Dương"
HUYEN = "UBND các huyện, thị xã, thành phố"
DP = "Các địa phương"
SBN = "Các sở, ban, ngành tỉnh"
CQDV = "Các cơ quan, đơn vị liên quan"
HHDN = "Hiệp hội Doanh nghiệp tỉnh Hải Dương"  # `Hội DN tỉnh`, though the province holds Hội Doanh nhân trẻ too

SECTION = "section"
# (text, lead cell, coordinators cell, timeframe cell, leads, coordinators, due date, recurring)
ROWS = [
    (SECTION, "I. PHÁT TRIỂN CÔNG NGHIỆP NÔNG THÔN"),
    (
        "Xây dựng chương trình khuyến công địa phương giai đoạn 2026 - 2030",
        "TT Khuyến công",
        "Sở Tài chính; UBND các huyện, TX, TP nơi có cụm công nghiệp",
        "Quý II/2026",
        [KC],
        ["Sở Tài chính", HUYEN],
        datetime.date(2026, 6, 30),
        False,
    ),
    (
        "Hỗ trợ cơ sở công nghiệp nông thôn ứng dụng máy móc tiên tiến",
        "Trung tâm KC",
        "UBND cấp huyện có làng nghề",
        "Hằng năm",
        [KC],
        [HUYEN],
        None,
        True,
    ),
    (
        "Tổng hợp, báo cáo kết quả thực hiện chương trình khuyến công",
        "TT KC",
        "Các sở, ban, ngành; các địa phương có cụm công nghiệp",
        "Trước ngày 10 của tháng cuối quý",
        [KC],
        [SBN, DP],
        None,
        True,
    ),
    (
        "Tư vấn lập dự án đầu tư cho doanh nghiệp nhỏ và vừa",
        "TTKC",
        "Sở KH&ĐT, Hội DN tỉnh",
        "Định kỳ 6 tháng",
        [KC],
        ["Sở Kế hoạch và Đầu tư", HHDN],
        None,
        True,
    ),
    (SECTION, "II. HẠ TẦNG CÁC KHU, CỤM CÔNG NGHIỆP"),
    (
        "Rà soát quỹ đất phát triển cụm công nghiệp",
        "Sở CT",
        "Sở TN&MT, UBND các huyện, thị xã, TP nơi có khu công nghiệp",
        "trước ngày 10 tháng cuối mỗi quý",
        ["Sở Công Thương"],
        ["Sở Tài nguyên và Môi trường", HUYEN],
        None,
        True,
    ),
    (
        "Kiểm tra công tác bảo vệ môi trường tại các khu công nghiệp",
        "BQL các KCN",
        "Công an tỉnh; UBND các huyện, Tp. nơi có KCN",
        "Hàng tháng, trước ngày 20",
        [BQL],
        ["Công an tỉnh Hải Dương", HUYEN],
        None,
        True,
    ),
    (
        "Đôn đốc đầu tư hạ tầng kỹ thuật khu công nghiệp",
        "Ban QL các KCN tỉnh",
        "Sở XD, UBND cấp huyện nơi có dự án",
        "Tháng 9/2026",
        [BQL],
        ["Sở Xây dựng", HUYEN],
        datetime.date(2026, 9, 30),
        False,
    ),
    (SECTION, "III. XÚC TIẾN THƯƠNG MẠI, NÔNG SẢN"),
    (
        "Tổ chức hội chợ giới thiệu sản phẩm công nghiệp nông thôn tiêu biểu",
        "TT Xúc tiến ĐT, TM và DL",
        "TT Khuyến công; các cơ quan, đơn vị liên quan",
        "trước ngày 15/12 hằng năm",
        [XT],
        [KC, CQDV],
        None,
        True,
    ),
    (
        "Kiểm tra an toàn thực phẩm nông lâm thủy sản",
        "Chi cục QLCL",
        "Các địa phương có vùng nguyên liệu",
        "Hằng quý",
        [QLCL],
        [DP],
        None,
        True,
    ),
    (
        "Tuần tra bảo vệ rừng phòng hộ",
        "CC Kiểm lâm",
        "UBND TP Chí Linh, TX Kinh Môn",
        "Năm 2026",
        ["Chi cục Kiểm lâm"],
        ["UBND thành phố Chí Linh", "UBND thị xã Kinh Môn"],
        datetime.date(2026, 12, 31),
        False,
    ),
    (
        "Đào tạo nghề cho lao động nông thôn tại các cụm công nghiệp",
        "Sở LĐTBXH",
        "TT KC, UBND các huyện, TX, TP có cụm công nghiệp",
        "Trước ngày 20 hàng tháng",
        ["Sở Lao động - Thương binh và Xã hội"],
        [KC, HUYEN],
        None,
        True,
    ),
]
TITLE = [
    "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
    "KẾ HOẠCH",
    "Phát triển công nghiệp nông thôn năm 2026",
    "(Ban hành kèm theo Quyết định số 3120/QĐ-UBND",
    "ngày 25/12/2025 của UBND tỉnh Hải Dương)",
]
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]


def create_province():
    return province_with_bodies(PROVINCE, "hai-duong", AGENCIES, GROUPS)


def expected():
    return office_sheets.expected(ROWS, SECTION)


def write_xlsx(path, plain=False):
    """Each title line merged across the table, as offices lay a title out."""
    return office_sheets.write_titled_xlsx(
        path, TITLE, HEADER, ROWS, SECTION, cells=lambda row: row[:4], plain=plain, plain_header=True, merged=True
    )


def write_csv(path):
    """No title rows: the file's name says what it holds (`ke-hoach-…-KH-UBND.csv`)."""
    return office_sheets.write_csv(path, CSV_HEADER, ROWS, SECTION)


def exactly_right(result):
    """(tasks exactly right, tasks expected, the tasks read wrong with what was read); a name left for a person is
    read as the cell writes it."""
    return office_sheets.exactly_right(result, expected(), plain=True)
