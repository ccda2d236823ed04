"""Three office workbooks of real 2025 plans the workbook measures had not used as tables: Đắk Lắk's 0129/KH-UBND
(relief supplies after the November floods), Hà Tĩnh's 624/KH-UBND (pre-school education in industrial areas) and
Quảng Ngãi's 1627/QĐ-UBND (the public-asset census), their task lists (../shared/documents/05_*, 06_*, 07_*) typed
the way department staff type a Phụ lục after the 2025 reorganization:

- a cover sheet before the table's sheet; title rows merged across, the annex named in `(Kèm theo …)`;
- the header over two rows (`Cơ quan thực hiện` over `Chủ trì | Phối hợp`) and a column-number row `(1) (2) …`;
- section rows; numbered heading rows that carry only an agency, their lettered tasks below with no lead cell;
- task text over several lines with `-` / `+` sub-points in one cell; agency cells with line breaks, `;`, `và`,
  short forms (`Sở CT`, `SYT`, `Sở NN&MT`, `Bộ CHQS tỉnh`, `Ủy ban MTTQVN tỉnh`, `BQL KKT Dung Quất và các KCN QN`);
- groups as written (`UBND các xã, phường`, `các tổ chức chính trị - xã hội`, `các cơ quan, đơn vị liên quan`,
  `các sở, ngành, địa phương`, `các sở, ban, ngành, cơ quan và các địa phương liên quan`);
- `Kết quả thực hiện` and `Ghi chú` columns with text, a total row and a note row under the table;
- deadlines as offices write them (`Trước 19h00 hằng ngày`, `Tháng 11 - 12/2025`, `Trước ngày 31/5/2026`, …).

Each row gives what a clerk reading it finds, written before the import was run: ANSWER = (leads, coordinators,
due ISO or None, recurring).
"""

import csv

import openpyxl
from openpyxl.styles import Alignment, Font

from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies
from tasks.models import DirectiveKind

CT = "Sở Công Thương"
NNMT = "Sở Nông nghiệp và Môi trường"
YT = "Sở Y tế"
XD = "Sở Xây dựng"
KHCN = "Sở Khoa học và Công nghệ"
TC = "Sở Tài chính"
VH = "Sở Văn hóa, Thể thao và Du lịch"
GD = "Sở Giáo dục và Đào tạo"
NV = "Sở Nội vụ"
SBN = "Các sở, ban, ngành tỉnh"
CQDV = "Các cơ quan, đơn vị liên quan"
DV = "Các đơn vị liên quan"
CQTC = "Các cơ quan, tổ chức liên quan"
CQDP = "Các cơ quan, địa phương liên quan"
DP = "Các địa phương"
XA = "UBND các xã, phường, đặc khu"
CTXH = "Các tổ chức chính trị - xã hội"
GROUPS = {
    "cac-so-ban-nganh": SBN,
    "cac-co-quan-don-vi": CQDV,
    "cac-don-vi": DV,
    "cac-co-quan-to-chuc": CQTC,
    "cac-co-quan-dia-phuong": CQDP,
    "cac-dia-phuong": DP,
    "ubnd-cap-xa": XA,
    "cac-to-chuc-chinh-tri-xa-hoi": CTXH,
}
DEPARTMENTS = (NV, TC, CT, NNMT, XD, KHCN, VH, GD, YT, "Sở Tư pháp", "Sở Dân tộc và Tôn giáo")


def _bodies(place, *others):
    return {
        f"Ủy ban nhân dân tỉnh {place}": "peoples_committee",
        f"Văn phòng UBND tỉnh {place}": "office",
        **dict.fromkeys(DEPARTMENTS, "department"),
        f"Công an tỉnh {place}": "other",
        f"Bộ Chỉ huy Quân sự tỉnh {place}": "other",
        f"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {place}": "association",
        f"Công ty Điện lực {place}": "enterprise",
        **dict(others),
    }


SECTION = "section"

# ---------------------------------------------------------------------------------------------------------------
# Đắk Lắk 0129/KH-UBND: numbered heading rows naming only the agency, lettered tasks below without a lead cell.
# ---------------------------------------------------------------------------------------------------------------
DL = "Đắk Lắk"
DL_CA = "Công an tỉnh Đắk Lắk"
DL_QS = "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk"
DL_MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"
DL_BAO = "Báo và Phát thanh, Truyền hình Đắk Lắk"
DL_CONG = "Cổng Thông tin điện tử tỉnh Đắk Lắk"
DL_DIEN = "Công ty Điện lực Đắk Lắk"
DAK_LAK = {
    "place": DL,
    "code": "dak-lak",
    "bodies": _bodies(DL, (DL_BAO, "unit"), (DL_CONG, "unit")),
    "title": [
        "UBND TỈNH ĐẮK LẮK",
        "PHỤ LỤC",
        "PHÂN CÔNG NHIỆM VỤ HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP CHO NHÂN DÂN BỊ ẢNH HƯỞNG MƯA LŨ",
        "(Kèm theo Kế hoạch số 0129/KH-UBND ngày 21/11/2025 của UBND tỉnh Đắk Lắk)",
    ],
    "kind": DirectiveKind.PLAN,
    "number": "0129",
    "rows": [
        (SECTION, "I", "CÁC SỞ, NGÀNH"),
        ("1", "Sở Công Thương"),
        (
            "a)",
            "Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ:\n- cập nhật số lượng, chủng loại hàng dự trữ tại doanh "
            "nghiệp, siêu thị;\n- xây dựng phương án xuất - luân chuyển - bổ sung hàng hóa.",
            None,
            "Sở Tài chính;\nBộ CHQS tỉnh",
            "Thường xuyên",
            "Đã cập nhật 3 kho tổng hợp",
            None,
            ([CT], [TC, DL_QS], None, True),
        ),
        (
            "b)",
            "Tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh",
            None,
            "UBND các xã, phường",
            "Trước 19h00 hằng ngày",
            None,
            "Báo cáo qua Zalo nhóm",
            ([CT], [XA], None, True),
        ),
        (
            "c)",
            "Phối hợp tổ chức vận chuyển hàng đến các cụm dân cư, thôn, buôn bị chia cắt",
            None,
            "Bộ Chỉ huy QS tỉnh, CA tỉnh và UBND các xã, phường",
            "Tháng 11 - 12/2025",
            None,
            None,
            ([CT], [DL_QS, DL_CA, XA], "2025-12-31", False),
        ),
        ("2", "Sở NN&MT"),
        (
            "a)",
            "Cập nhật thiệt hại nông nghiệp, thủy sản; xác định nhu cầu hỗ trợ lương thực, vật tư thiết yếu",
            None,
            "UBND các xã, phường",
            "Trước 30/11/2025",
            None,
            None,
            ([NNMT], [XA], "2025-11-30", False),
        ),
        (
            "b)",
            "Hướng dẫn ra quân dọn dẹp vệ sinh môi trường sau lũ:\n+ thu gom rác thải, bùn đất;\n+ xử lý cây xanh "
            "gãy đổ.",
            None,
            "Các đơn vị, địa phương",
            "Tháng 12/2025",
            None,
            None,
            ([NNMT], [CQDP], "2025-12-31", False),
        ),
        (
            "3",
            "Bố trí các đội y tế lưu động cấp phát thuốc thiết yếu tại các điểm sơ tán, vùng nước rút",
            "SYT",
            "UBND các xã, phường",
            "Từ ngày 22/11/2025 đến ngày 31/12/2025",
            "Đã bố trí 12 đội",
            None,
            ([YT], [XA], "2025-12-31", False),
        ),
        (
            "4",
            "Rà soát, cập nhật điểm ngập sâu, sạt lở, ách tắc; thông tin kịp thời cho lực lượng vận chuyển",
            "Sở XD",
            "Sở CT, Ủy ban MTTQVN tỉnh",
            "Hằng ngày",
            None,
            None,
            ([XD], [CT, DL_MT], None, True),
        ),
        (
            "5",
            "Chỉ đạo các doanh nghiệp viễn thông bảo đảm thông tin liên lạc ổn định",
            "Sở KH&CN",
            "Các doanh nghiệp viễn thông",
            "Trong thời gian ứng phó mưa lũ",
            None,
            None,
            ([KHCN], ["ASK:Các doanh nghiệp viễn thông"], None, False),
        ),
        (
            "6",
            "Thẩm định, tham mưu UBND tỉnh bố trí kinh phí mua sắm, vận chuyển, phân phối nhu yếu phẩm",
            "STC",
            "Sở Công Thương và các đơn vị liên quan",
            "Trước ngày 05/12/2025",
            None,
            None,
            ([TC], [CT, DV], "2025-12-05", False),
        ),
        (
            "7",
            "Bảo đảm an ninh, trật tự tại các điểm tập kết, cấp phát; điều tiết giao thông trên tuyến vận chuyển",
            "Công an tỉnh",
            "Bộ CHQS tỉnh;\nUBND các xã, phường",
            "Thường xuyên",
            None,
            None,
            ([DL_CA], [DL_QS, XA], None, True),
        ),
        (
            "8",
            "Tăng cường thông tin, tuyên truyền về kế hoạch hỗ trợ, lịch phân bổ hàng hóa tại từng xã, phường",
            "Báo và PT-TH Đắk Lắk",
            "Sở VH-TT&DL, Cổng Thông tin điện tử tỉnh",
            "Thường xuyên",
            None,
            None,
            ([DL_BAO], [VH, DL_CONG], None, True),
        ),
        (SECTION, "II", "ĐỊA PHƯƠNG, MẶT TRẬN VÀ CÁC ĐƠN VỊ"),
        (
            "1",
            "Báo cáo tình hình tiếp nhận, cấp phát gửi UBND tỉnh (qua Sở Công Thương)",
            "UBND các xã, phường",
            "Sở CT",
            "02 lần/ngày (trước 9h00 và 16h00)",
            None,
            None,
            ([XA], [CT], None, True),
        ),
        (
            "2",
            "Vận động tổ chức, cá nhân trong và ngoài tỉnh ủng hộ nhu yếu phẩm, kinh phí hỗ trợ Nhân dân",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Các tổ chức chính trị - xã hội",
            "Tháng 11 - 12/2025",
            None,
            None,
            ([DL_MT], [CTXH], "2025-12-31", False),
        ),
        (
            "3",
            "Kiểm tra, khắc phục sự cố lưới điện; ưu tiên cấp điện cho trạm bơm nước sạch, cơ sở y tế",
            "Công ty Điện lực Đắk Lắk",
            "UBND các xã, phường",
            "Trước ngày 30/11/2025",
            None,
            None,
            ([DL_DIEN], [XA], "2025-11-30", False),
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Hà Tĩnh 624/KH-UBND: an unnumbered plan (`Kế hoạch số      /KH-UBND`), the heading agency written in the lead
# column, tasks flat under sections.
# ---------------------------------------------------------------------------------------------------------------
HT = "Hà Tĩnh"
HT_MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"
HT_LDLD = "Liên đoàn Lao động tỉnh Hà Tĩnh"
HT_BQL = "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"
HA_TINH = {
    "place": HT,
    "code": "ha-tinh",
    "bodies": _bodies(HT, (HT_LDLD, "association"), (HT_BQL, "board")),
    "title": [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "DANH MỤC NHIỆM VỤ PHÁT TRIỂN GIÁO DỤC MẦM NON TẠI ĐỊA BÀN CÓ KHU CÔNG NGHIỆP",
        "(Kèm theo Kế hoạch số        /KH-UBND ngày     tháng     năm 2025 của UBND tỉnh Hà Tĩnh)",
    ],
    "kind": DirectiveKind.PLAN,
    "number": "",
    "rows": [
        (SECTION, "I", "TỔ CHỨC TRIỂN KHAI, KIỂM TRA"),
        (
            "1",
            "Xây dựng kế hoạch, triển khai thực hiện Chương trình; hướng dẫn, kiểm tra, giám sát tình hình triển khai",
            "Sở GD&ĐT",
            "Các sở, ngành, địa phương",
            "Quý IV/2025",
            None,
            None,
            ([GD], [SBN, DP], "2025-12-31", False),
        ),
        (
            "2",
            "Đôn đốc việc triển khai thực hiện Kế hoạch; tổng hợp báo cáo UBND tỉnh",
            "Sở GDĐT",
            "Các sở, ban, ngành, cơ quan và các địa phương liên quan",
            "Định kỳ hằng năm, trước ngày 15/12",
            None,
            None,
            # two groups joined by `và`: the departments and the localities, as `Các sở, ngành, địa phương` written
            # as one list is (the catalogue's `also`)
            ([GD], [SBN, DP], None, True),
        ),
        (
            "3",
            "Kiểm tra việc thực hiện các quy định về dịch vụ giáo dục mầm non cho trẻ em là con công nhân",
            "Sở NV",
            "Sở GD&ĐT",
            "Năm 2026",
            None,
            None,
            ([NV], [GD], "2026-12-31", False),
        ),
        (
            "4",
            "Nghiên cứu, đề xuất sửa đổi chế độ, chính sách đối với giáo viên mầm non ở địa bàn khu công nghiệp",
            "Sở Nội vụ",
            "Sở GD&ĐT và các sở, ngành liên quan",
            "6 tháng đầu năm 2026",
            None,
            None,
            ([NV], [GD, SBN], "2026-06-30", False),
        ),
        (SECTION, "II", "NGUỒN LỰC, CƠ SỞ VẬT CHẤT"),
        (
            "1",
            "Tham mưu phương án kinh phí thực hiện Chương trình",
            "Sở TC",
            "Sở GD&ĐT; các cơ quan, đơn vị liên quan",
            "Hằng năm",
            None,
            None,
            ([TC], [GD, CQDV], None, True),
        ),
        (
            "2",
            "Rà soát, kiểm tra các dự án khu đô thị mới:\n- yêu cầu chủ đầu tư quy hoạch cơ sở giáo dục mầm non;\n- "
            "bố trí trong dự án nhà ở xã hội.",
            "SXD",
            "BQL Khu kinh tế tỉnh,\nUBND các xã, phường",
            "Trước ngày 30/6/2026",
            None,
            "Ưu tiên KKT Vũng Áng",
            ([XD], [HT_BQL, XA], "2026-06-30", False),
        ),
        (
            "3",
            "Bố trí quỹ đất để xây dựng phát triển trường, lớp mầm non",
            "Sở NN và MT",
            "UBND các xã, phường",
            "Giai đoạn 2025 - 2030",
            None,
            None,
            ([NNMT], [XA], "2030-12-31", False),
        ),
        (
            "4",
            "Chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở đẩy mạnh tuyên truyền về Chương trình",
            "Sở VHTTDL",
            "Sở GD-ĐT",
            "Thường xuyên",
            None,
            None,
            ([VH], [GD], None, True),
        ),
        (
            "5",
            "Hướng dẫn công đoàn cơ sở đối thoại, ký kết thỏa ước hỗ trợ kinh phí gửi trẻ",
            "Ủy ban MTTQ VN tỉnh",
            "LĐLĐ tỉnh, các tổ chức chính trị - xã hội",
            "Hằng năm",
            "Đã ký 14 thỏa ước",
            None,
            ([HT_MT], [HT_LDLD, CTXH], None, True),
        ),
        (
            "6",
            "Ban hành kế hoạch triển khai thực hiện Chương trình tại địa phương",
            "UBND các xã, phường",
            "Sở GD&ĐT",
            "Trước 31/12/2025",
            None,
            None,
            ([XA], [GD], "2025-12-31", False),
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Quảng Ngãi 1627/QĐ-UBND: the census plan attached to a decision, the Sở named once for a list of coordinators.
# ---------------------------------------------------------------------------------------------------------------
QN = "Quảng Ngãi"
QN_BQL = "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
QUANG_NGAI = {
    "place": QN,
    "code": "quang-ngai",
    "bodies": _bodies(QN, (QN_BQL, "board")),
    "title": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "KẾ HOẠCH",
        "Tổng kiểm kê tài sản công trên địa bàn tỉnh Quảng Ngãi",
        "(Ban hành kèm theo Quyết định số 1627/QĐ-UBND ngày 07/11/2025 của UBND tỉnh Quảng Ngãi)",
    ],
    "kind": DirectiveKind.DECISION,
    "number": "1627",
    "rows": [
        (SECTION, "I", "SỞ TÀI CHÍNH - CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO"),
        (
            "1",
            "Tham mưu triển khai kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban Chỉ đạo",
            "Sở Tài chính",
            None,
            "Tháng 11 - 12/2025",
            None,
            None,
            ([TC], [], "2025-12-31", False),
        ),
        (
            "2",
            "Hướng dẫn chỉ tiêu, biểu mẫu kiểm kê; cách thức tổng hợp kết quả kiểm kê",
            "Sở TC",
            "Các cơ quan chuyên môn có liên quan",
            "Tháng 12/2025",
            None,
            None,
            ([TC], [SBN], "2025-12-31", False),
        ),
        (
            "3",
            "Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính",
            "STC",
            "Các Sở: Xây dựng, Nông nghiệp và Môi trường, Công Thương",
            "Trước ngày 31/5/2026",
            None,
            None,
            ([TC], [XD, NNMT, CT], "2026-05-31", False),
        ),
        (SECTION, "II", "CÁC CƠ QUAN THAM MƯU QUẢN LÝ NGÀNH, LĨNH VỰC"),
        (
            "1",
            "Hướng dẫn kiểm kê tài sản kết cấu hạ tầng giao thông, cấp nước sạch đô thị",
            "Sở XD",
            "Các cơ quan, tổ chức, đơn vị, địa phương",
            "Từ tháng 11/2025 đến tháng 3/2026",
            None,
            None,
            ([XD], [CQDP], "2026-03-31", False),
        ),
        (
            "2",
            "Hướng dẫn kiểm kê tài sản kết cấu hạ tầng thủy lợi, cảng cá, đê điều",
            "Sở NN&MT",
            "Sở Tài chính, UBND các phường, xã, đặc khu",
            "Tháng 12/2025",
            None,
            None,
            ([NNMT], [TC, XA], "2025-12-31", False),
        ),
        (
            "3",
            "Hướng dẫn kiểm kê tài sản kết cấu hạ tầng khu công nghiệp, khu kinh tế",
            "BQL KKT Dung Quất và các KCN QN",
            "Sở TC",
            "Quý I/2026",
            None,
            None,
            ([QN_BQL], [TC], "2026-03-31", False),
        ),
        (
            "4",
            "Hướng dẫn kiểm kê tài sản kết cấu hạ tầng chợ, cụm công nghiệp",
            "SCT",
            "Ban QLKKT Dung Quất và các KCN Quảng Ngãi",
            "Quý I/2026",
            None,
            None,
            ([CT], [QN_BQL], "2026-03-31", False),
        ),
        (
            "5",
            "Hướng dẫn kiểm kê tài sản thuộc thiết chế văn hóa, thể thao ở cơ sở",
            "Sở VH,TT&DL",
            "UBND các phường, xã, đặc khu",
            "Quý I/2026",
            None,
            None,
            ([VH], [XA], "2026-03-31", False),
        ),
        (SECTION, "III", "ỦY BAN NHÂN DÂN CÁC PHƯỜNG, XÃ, ĐẶC KHU"),
        (
            "1",
            "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã",
            "UBND các phường, xã, đặc khu",
            None,
            "Trước ngày 15/11/2025",
            None,
            None,
            ([XA], [], "2025-11-15", False),
        ),
        (
            "2",
            "Tổng hợp kết quả kiểm kê theo từng loại tài sản; báo cáo bằng văn bản gửi về Sở Tài chính",
            "UBND cấp xã",
            "Sở Tài chính",
            "Trước ngày 15/4/2026",
            None,
            None,
            ([XA], [TC], "2026-04-15", False),
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Quảng Ngãi 1627/QĐ-UBND, the parts of its plan that name who does what in heading rows: a body with its role
# after a dash, a colon list of Sở in brackets, `Đề nghị … và …:`; and flat rows in more of the short forms.
# ---------------------------------------------------------------------------------------------------------------
QN_MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi"
QN_BAO = "Báo và Phát thanh, Truyền hình Quảng Ngãi"
QN_LDLD = "Liên đoàn Lao động tỉnh Quảng Ngãi"
QN_PN = "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi"
QN_DOAN = "Tỉnh đoàn Quảng Ngãi"
QN_ND = "Hội Nông dân tỉnh Quảng Ngãi"
QN_DIEN = "Công ty Điện lực Quảng Ngãi"
QN_CA = "Công an tỉnh Quảng Ngãi"
QN_VP = "Văn phòng UBND tỉnh Quảng Ngãi"
QUANG_NGAI_HEADINGS = {
    "place": QN,
    "code": "quang-ngai",
    "bodies": _bodies(
        QN,
        (QN_BAO, "unit"),
        (QN_LDLD, "association"),
        (QN_PN, "association"),
        (QN_DOAN, "association"),
        (QN_ND, "association"),
    ),
    "title": [
        "UBND TỈNH QUẢNG NGÃI",
        "PHỤ LỤC II",
        "PHÂN CÔNG TRÁCH NHIỆM TỔNG KIỂM KÊ TÀI SẢN CÔNG",
        "(Kèm theo Quyết định số 1627/QĐ-UBND ngày 07/11/2025 của UBND tỉnh Quảng Ngãi)",
    ],
    "kind": DirectiveKind.DECISION,
    "number": "1627",
    "rows": [
        (SECTION, "I", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
        ("1", "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"),
        (
            "a)",
            "Tuyên truyền, phổ biến, quán triệt các quy định về quản lý, sử dụng tài sản công, chế độ tính khấu "
            "hao, hao mòn tài sản cố định",
            None,
            "Các sở, ban, ngành; UBND các phường, xã, đặc khu",
            "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê",
            None,
            None,
            ([TC], [SBN, XA], None, False),
        ),
        (
            "b)",
            "Làm đầu mối tổ chức tập huấn, hướng dẫn thực hiện tổng kiểm kê",
            None,
            "UBND các phường, xã, đặc khu",
            "Tháng 11 - 12/2025",
            "Đã tập huấn 2 đợt",
            None,
            ([TC], [XA], "2025-12-31", False),
        ),
        (
            "2",
            "Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Nông nghiệp và Môi trường, "
            "Công Thương, Khoa học và Công nghệ, Văn hóa, Thể thao và Du lịch)",
        ),
        (
            "a)",
            "Phối hợp hướng dẫn các cơ quan, đơn vị, địa phương kiểm kê, rà soát số liệu tài sản kết cấu hạ tầng "
            "thuộc phạm vi quản lý",
            None,
            "Sở Tài chính",
            "Từ tháng 11/2025 đến tháng 4/2026",
            None,
            None,
            ([XD, NNMT, CT, KHCN, VH], [TC], "2026-04-30", False),
        ),
        (
            "b)",
            "Cử công chức chuyên môn tham gia tổ công tác kiểm tra, giám sát",
            None,
            "STC",
            "Khi có đề nghị của Sở Tài chính",
            None,
            None,
            ([XD, NNMT, CT, KHCN, VH], [TC], None, False),
        ),
        ("3", "Ủy ban nhân dân các phường, xã, đặc khu:"),
        (
            "a)",
            "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã",
            None,
            None,
            "Trước 15/11/2025",
            None,
            None,
            ([XA], [], "2025-11-15", False),
        ),
        (
            "b)",
            "Tổng hợp kết quả kiểm kê, báo cáo bằng văn bản gửi về Sở Tài chính",
            None,
            "Sở TC, Sở XD",
            "Trước ngày 15 tháng 4 năm 2026",
            None,
            None,
            ([XA], [TC, XD], "2026-04-15", False),
        ),
        (SECTION, "II", "ĐỀ NGHỊ CÁC TỔ CHỨC VÀ CÁC NHIỆM VỤ KHÁC"),
        ("1", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội:"),
        (
            "a)",
            "Giám sát việc tổ chức kiểm kê tài sản công tại cơ sở",
            None,
            "Sở Tài chính",
            "Năm 2026",
            None,
            None,
            ([QN_MT, CTXH], [TC], "2026-12-31", False),
        ),
        (
            "b)",
            "Tuyên truyền, vận động hội viên, đoàn viên thực hiện kiểm kê",
            None,
            "Báo và PT-TH Quảng Ngãi",
            "Thường xuyên",
            None,
            None,
            ([QN_MT, CTXH], [QN_BAO], None, True),
        ),
        (
            "2",
            "Kiểm kê tài sản kết cấu hạ tầng lưới điện do Nhà nước đầu tư đã bàn giao",
            "Công ty Điện lực QN",
            "UBND cấp xã",
            "Quý I/2026",
            None,
            None,
            ([QN_DIEN], [XA], "2026-03-31", False),
        ),
        (
            "3",
            "Vận động công nhân, người lao động kê khai tài sản tại các thiết chế công đoàn",
            "LĐLĐ tỉnh",
            "Hội LHPN tỉnh, Tỉnh Đoàn, Hội ND tỉnh",
            "Hằng quý",
            None,
            None,
            ([QN_LDLD], [QN_PN, QN_DOAN, QN_ND], None, True),
        ),
        (
            "4",
            "Kiểm kê tài sản tại trụ sở làm việc của Ủy ban nhân dân tỉnh",
            "VP UBND tỉnh",
            "Sở Nội vụ, Sở TP",
            "Trước ngày 31 tháng 12 năm 2025",
            None,
            None,
            ([QN_VP], [NV, "Sở Tư pháp"], "2025-12-31", False),
        ),
        (
            "5",
            "Bảo đảm an ninh, an toàn hồ sơ, dữ liệu kiểm kê",
            "CA tỉnh",
            "- Sở Tài chính\n- Sở Xây dựng",
            "Khi có yêu cầu",
            None,
            None,
            ([QN_CA], [TC, XD], None, False),
        ),
        (
            "6",
            "Kiểm kê tài sản của các cơ sở giáo dục công lập",
            "Sở GD-ĐT",
            "Sở Y tế, Sở Nội vụ",
            "Quý IV năm 2025",
            None,
            None,
            ([GD], [YT, NV], "2025-12-31", False),
        ),
        (
            "7",
            "Kiểm kê tài sản khu công nghệ thông tin tập trung",
            "Sở KH-CN",
            "Sở VHTT&DL; Sở NN-MT",
            "Tháng 12 năm 2025",
            None,
            None,
            ([KHCN], [VH, NNMT], "2025-12-31", False),
        ),
        (
            "8",
            "Kiểm kê tài sản công trình tín ngưỡng, tôn giáo do Nhà nước đầu tư",
            "Sở DT&TG",
            "UBND các xã, phường, đặc khu",
            "Định kỳ hằng quý",
            None,
            None,
            (["Sở Dân tộc và Tôn giáo"], [XA], None, True),
        ),
    ],
}

PLANS = {"dak-lak": DAK_LAK, "ha-tinh": HA_TINH, "quang-ngai": QUANG_NGAI, "quang-ngai-headings": QUANG_NGAI_HEADINGS}
HEADER_TOP = [
    "STT",
    "Nội dung nhiệm vụ",
    "Cơ quan thực hiện",
    None,
    "Thời gian hoàn thành",
    "Kết quả thực hiện",
    "Ghi chú",
]
HEADER_BOTTOM = [None, None, "Chủ trì", "Phối hợp", None, None, None]
CSV_HEADER = ["Mã NV", "Nhóm nhiệm vụ", "Tên nhiệm vụ", "Chủ trì", "Phối hợp", "Hạn hoàn thành", "Kết quả", "Ghi chú"]
WIDTH = len(HEADER_TOP)


def create_province(plan):
    spec = PLANS[plan]
    return province_with_bodies(spec["place"], spec["code"], spec["bodies"], GROUPS)


def walk(rows):
    """(row, code or None for a section or heading row)."""
    section = number = None
    for row in rows:
        if row[0] == SECTION:
            section, number = row[1], None
            yield row, None
        elif len(row) == 2:
            number = row[0]
            yield row, None
        elif row[0].endswith(")"):
            yield row, f"{section}.{number}.{row[0][:-1]}"
        else:
            number = row[0]
            yield row, f"{section}.{number}"


def tasks(plan):
    return [(row, code) for row, code in walk(PLANS[plan]["rows"]) if code]


def answers(plan):
    """{code: (leads, coordinators, due ISO or None, recurring)}."""
    return {code: row[7] for row, code in tasks(plan)}


def write_xlsx(path, plan, plain=False):
    spec = PLANS[plan]
    text = without_diacritics if plain else (lambda value: value)
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = text("Bìa")
    for number, line in enumerate([spec["title"][0], "KẾ HOẠCH", spec["title"][-2], f"{spec['place']}, năm 2025"], 1):
        cover.cell(number * 3, 2, text(line)).font = Font(bold=True)
    sheet = workbook.create_sheet(text("Phụ lục"))
    for line in spec["title"]:
        sheet.append([text(line)])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=WIDTH)
    sheet.append([None])
    sheet.append([text(value) for value in HEADER_TOP])
    top = sheet.max_row
    sheet.append([text(value) for value in HEADER_BOTTOM])
    for column in "ABEFG":
        sheet.merge_cells(f"{column}{top}:{column}{top + 1}")
    sheet.merge_cells(f"C{top}:D{top}")
    sheet.append([f"({number})" for number in range(1, WIDTH + 1)])
    for row, code in walk(spec["rows"]):
        if row[0] == SECTION:
            sheet.append([row[1], text(row[2])])
            sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=WIDTH)
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        elif code is None:
            sheet.append([int(row[0]), text(row[1])])
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
        else:
            label = row[0] if row[0].endswith(")") else int(row[0])
            sheet.append([label, *(text(value) for value in row[1:7])])
            for cell in sheet[sheet.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.append([None, text(f"Tổng cộng: {len(tasks(plan))} nhiệm vụ")])
    sheet.append([])
    sheet.append([text("Ghi chú: Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Tài chính để tổng hợp.")])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=WIDTH)
    workbook.save(path)
    return path


def write_csv(path, plan):
    """The table as another system exports it: its own column names, the code and the section in columns."""
    spec = PLANS[plan]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(CSV_HEADER)
        section = heading = ""
        for row, code in walk(spec["rows"]):
            if row[0] == SECTION:
                section, heading = f"{row[1]}. {row[2]}", ""
            elif code is None:
                heading = row[1]
            else:
                lead = row[2] or heading
                writer.writerow([code, section, row[1], lead, row[3] or "", row[4], row[5] or "", row[6] or ""])
    return path
