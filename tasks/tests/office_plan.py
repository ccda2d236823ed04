"""An office workbook of a real plan the code was not written around, for measuring how many tasks an import gets
exactly right (code, lead, coordinators, due date, recurrence).

The tasks are those of Nghệ An's plan 980/KH-UBND (its Phụ lục table), Lai Châu's 7360/KH-UBND, Đắk Lắk's
0129/KH-UBND, Hà Tĩnh's 624/KH-UBND and Quảng Ngãi's 1627/QĐ-UBND (../shared/documents), put into one province's
table the way its department staff type agency cells: short forms, dotted initials, a kind word written once for
a list, groups with and without `UBND`, role words in the cell, `phối hợp:` prefixes, line breaks, the
province's name at the end, the 2025 bodies (Sở Nông nghiệp và Môi trường, UBND cấp xã, đặc khu). Each row gives
what a person reading the row finds in it, written by hand.
"""

import datetime

import openpyxl

from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies

from . import office_sheets

PROVINCE = "Nghệ An"
# The province's bodies after the 2025 reorganization, named as its own documents name them.
AGENCIES = {
    "Ủy ban nhân dân tỉnh Nghệ An": AgencyKind.PEOPLES_COMMITTEE,
    "Văn phòng UBND tỉnh Nghệ An": AgencyKind.OFFICE,
    "Sở Nội vụ": AgencyKind.DEPARTMENT,
    "Sở Tư pháp": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Môi trường": AgencyKind.DEPARTMENT,
    "Sở Xây dựng": AgencyKind.DEPARTMENT,
    "Sở Khoa học và Công nghệ": AgencyKind.DEPARTMENT,
    "Sở Văn hóa, Thể thao và Du lịch": AgencyKind.DEPARTMENT,
    "Sở Giáo dục và Đào tạo": AgencyKind.DEPARTMENT,
    "Sở Y tế": AgencyKind.DEPARTMENT,
    "Sở Dân tộc và Tôn giáo": AgencyKind.DEPARTMENT,
    "Thanh tra tỉnh": AgencyKind.DEPARTMENT,
    "Ban Quản lý Khu kinh tế Đông Nam Nghệ An": AgencyKind.BOARD,
    "Công an tỉnh Nghệ An": AgencyKind.OTHER,
    "Bộ Chỉ huy Quân sự tỉnh Nghệ An": AgencyKind.OTHER,
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An": AgencyKind.OTHER,
    "Thuế tỉnh Nghệ An": AgencyKind.OTHER,
    "Báo và Phát thanh, Truyền hình Nghệ An": AgencyKind.UNIT,
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An": AgencyKind.ASSOCIATION,
    "Tỉnh đoàn Nghệ An": AgencyKind.ASSOCIATION,
    "Hội Liên hiệp Phụ nữ tỉnh Nghệ An": AgencyKind.ASSOCIATION,
    "Hội Nông dân tỉnh Nghệ An": AgencyKind.ASSOCIATION,
    "Liên đoàn Lao động tỉnh Nghệ An": AgencyKind.ASSOCIATION,
    "Hiệp hội Doanh nghiệp tỉnh Nghệ An": AgencyKind.ASSOCIATION,
    "Công ty Điện lực Nghệ An": AgencyKind.OTHER,
    "UBND phường Trường Vinh": AgencyKind.OTHER,
    "UBND xã Hưng Nguyên": AgencyKind.OTHER,
}
GROUPS = (
    "cac-so-ban-nganh",
    "cac-so-ban-nganh-doan-the",
    "cac-to-chuc-chinh-tri-xa-hoi",
    "cac-co-quan-don-vi",
    "cac-co-quan-to-chuc",
    "cac-co-quan-dia-phuong",
    "cac-don-vi",
    "cac-hiep-hoi-doanh-nghiep",
    "ubnd-cap-xa",
)

UBND = "Ủy ban nhân dân tỉnh Nghệ An"
VP = "Văn phòng UBND tỉnh Nghệ An"
CA = "Công an tỉnh Nghệ An"
QS = "Bộ Chỉ huy Quân sự tỉnh Nghệ An"
BP = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An"
BAO = "Báo và Phát thanh, Truyền hình Nghệ An"
MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"
BQL = "Ban Quản lý Khu kinh tế Đông Nam Nghệ An"
SBN = "Các sở, ban, ngành tỉnh"
SBN_DT = "Các sở, ban, ngành, tổ chức chính trị - xã hội"
CTXH = "Các tổ chức chính trị - xã hội"
CQDV = "Các cơ quan, đơn vị liên quan"
CQTC = "Các cơ quan, tổ chức liên quan"
CQDP = "Các cơ quan, địa phương liên quan"
DV = "Các đơn vị liên quan"
HHDN = "Các hiệp hội doanh nghiệp"
XA = "UBND các xã, phường, đặc khu"
Y2025 = datetime.date(2025, 12, 31)
Y2026 = datetime.date(2026, 12, 31)

SECTION = "section"
# (text, lead cell, coordinators cell, timeframe cell, leads, coordinators, due date, recurring); a section row is
# (SECTION, title).
ROWS = [
    (SECTION, "I. KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ"),
    (
        "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã",
        "Bộ CHQS tỉnh; UBND\ncấp xã",
        "Văn phòng UBND tỉnh; các sở, ban, ngành",
        "Trước ngày 30/11/2025",
        [QS, XA],
        [VP, SBN],
        datetime.date(2025, 11, 30),
        False,
    ),
    (
        "Triển khai thực hiện một số nội dung chi, mức chi đặc thù cho hoạt động phòng thủ dân sự",
        "Sở Tài chính (chủ trì)",
        "Cơ quan, địa\nphương liên quan",
        "Thường xuyên",
        ["Sở Tài chính"],
        [CQDP],
        None,
        True,
    ),
    (
        "Hướng dẫn phương pháp, trình tự thống kê phù hợp với lĩnh vực quản lý các ngành",
        "Sở, ban, ngành, tổ\nchức chính trị - xã hội",
        "Cơ quan liên quan",
        "2025",
        [SBN_DT],
        [CQDV],
        Y2025,
        False,
    ),
    (
        "Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh trong phòng thủ dân sự",
        "SYT",
        "Sở Tài chính và cơ\nquan, địa phương liên quan",
        "2025",
        ["Sở Y tế"],
        ["Sở Tài chính", CQDP],
        Y2025,
        False,
    ),
    (
        "Tiếp nhận các số, tần số trực canh, cấp cứu khẩn cấp",
        "S.KHCN",
        "Bộ CHQS tỉnh, CA tỉnh, BĐBP tỉnh",
        "Năm 2025",
        ["Sở Khoa học và Công nghệ"],
        [QS, CA, BP],
        Y2025,
        False,
    ),
    (
        "Ban hành Quy chế phối hợp tìm kiếm, cứu nạn trên biển, trong vùng nước cảng biển",
        "Sở XD",
        "VP UBND tỉnh và cơ quan, địa phương liên quan",
        "Quý IV năm 2025",
        ["Sở Xây dựng"],
        [VP, CQDP],
        Y2025,
        False,
    ),
    (SECTION, "II. TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT"),
    (
        "Tổ chức tuyên truyền, phổ biến Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
        "Sở KH&CN",
        "Sở VH-TT&DL; Báo và PT-TH tỉnh; các sở, ngành có liên quan",
        "Quý IV năm 2025 và các năm tiếp theo",
        ["Sở Khoa học và Công nghệ"],
        ["Sở Văn hóa, Thể thao và Du lịch", BAO, SBN],
        Y2025,
        False,
    ),
    (
        "Rà soát văn bản quy phạm pháp luật có liên quan đến Luật",
        "Sở Khoa học và Công nghệ",
        "Các Sở, ngành; Ủy ban nhân dân các xã, phường",
        "31/12/2025",
        ["Sở Khoa học và Công nghệ"],
        [SBN, XA],
        Y2025,
        False,
    ),
    (
        "Tuyên truyền trên báo chí, cổng thông tin điện tử về quyền và nghĩa vụ của người dân",
        "Báo và Phát thanh - Truyền hình Nghệ An",
        "Sở VHTTDL, Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội",
        "Hằng năm",
        [BAO],
        ["Sở Văn hóa, Thể thao và Du lịch", MTTQ, CTXH],
        None,
        True,
    ),
    (
        "Vận động đoàn viên, hội viên tham gia bảo vệ môi trường khu dân cư",
        "UBMTTQ tỉnh",
        "Tỉnh đoàn, Hội LHPN tỉnh, Hội Nông dân tỉnh, LĐLĐ tỉnh",
        "Hằng năm",
        [MTTQ],
        [
            "Tỉnh đoàn Nghệ An",
            "Hội Liên hiệp Phụ nữ tỉnh Nghệ An",
            "Hội Nông dân tỉnh Nghệ An",
            "Liên đoàn Lao động tỉnh Nghệ An",
        ],
        None,
        True,
    ),
    (SECTION, "III. BẢO ĐẢM HÀNG HÓA THIẾT YẾU SAU MƯA LŨ"),
    (
        "Theo dõi sát diễn biến thị trường, cung cầu hàng hóa thiết yếu",
        "Sở Công Thương",
        "Sở Tài chính, Thuế tỉnh, Hiệp hội Doanh nghiệp tỉnh",
        "Thường xuyên",
        ["Sở Công Thương"],
        ["Sở Tài chính", "Thuế tỉnh Nghệ An", "Hiệp hội Doanh nghiệp tỉnh Nghệ An"],
        None,
        True,
    ),
    (
        "Kiểm tra, kiểm soát chất lượng thực phẩm, thuốc phòng bệnh",
        "Sở YT chủ trì",
        "Phối hợp: Sở Công Thương, Công an tỉnh, UBND cấp xã",
        "Từ nay đến ngày 31/12/2025",
        ["Sở Y tế"],
        ["Sở Công Thương", CA, XA],
        Y2025,
        False,
    ),
    (
        "Khắc phục hư hỏng công trình giao thông, bảo đảm lưu thông",
        "Sở Xây dựng",
        "UBND các xã, phường và các đơn vị liên quan",
        "Trước ngày 15/12/2025",
        ["Sở Xây dựng"],
        [XA, DV],
        datetime.date(2025, 12, 15),
        False,
    ),
    (
        "Hỗ trợ giống cây trồng, vật nuôi cho người dân bị thiệt hại",
        "Sở NN&MT",
        "Sở TC, UBND các xã, phường, đặc khu",
        "Tháng 12/2025",
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Tài chính", XA],
        Y2025,
        False,
    ),
    (
        "Bố trí kinh phí hỗ trợ khắc phục hậu quả mưa lũ",
        "Sở Tài chính",
        "Sở NN&MT, Sở Xây dựng, Sở GD&ĐT, Sở Y tế",
        "Tháng 12/2025",
        ["Sở Tài chính"],
        ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế"],
        Y2025,
        False,
    ),
    (
        "Bảo đảm an ninh trật tự, chống đầu cơ, găm hàng",
        "CA tỉnh",
        "Sở Công Thương, Sở Tài chính, Thuế tỉnh",
        "Thường xuyên",
        [CA],
        ["Sở Công Thương", "Sở Tài chính", "Thuế tỉnh Nghệ An"],
        None,
        True,
    ),
    (
        "Huy động lực lượng, phương tiện hỗ trợ người dân",
        "Bộ Chỉ huy Quân sự tỉnh",
        "BCH BĐBP tỉnh; Công an tỉnh; Chủ tịch UBND các xã, phường",
        "Khi có yêu cầu",
        [QS],
        [BP, CA, XA],
        None,
        False,
    ),
    (
        "Sửa chữa trường lớp, bảo đảm điều kiện dạy và học",
        "Sở GD&ĐT",
        "Sở Xây dựng, Sở Tài chính, UBND cấp xã",
        "Trước ngày 31/12/2025",
        ["Sở Giáo dục và Đào tạo"],
        ["Sở Xây dựng", "Sở Tài chính", XA],
        Y2025,
        False,
    ),
    (SECTION, "IV. TRƯỜNG MẦM NON TẠI KHU CÔNG NGHIỆP"),
    (
        "Rà soát nhu cầu gửi trẻ của công nhân tại các khu công nghiệp",
        "Sở GD-ĐT",
        "BQL KKT Đông Nam Nghệ An, LĐLĐ tỉnh, UBND cấp xã",
        "Quý I năm 2026",
        ["Sở Giáo dục và Đào tạo"],
        [BQL, "Liên đoàn Lao động tỉnh Nghệ An", XA],
        datetime.date(2026, 3, 31),
        False,
    ),
    (
        "Quy hoạch quỹ đất xây dựng trường mầm non trong khu công nghiệp",
        "Ban Quản lý KKT Đông Nam",
        "Sở Nông nghiệp và Môi trường, Xây dựng, Giáo dục và Đào tạo",
        "Năm 2026",
        [BQL],
        ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Giáo dục và Đào tạo"],
        Y2026,
        False,
    ),
    (
        "Vận động doanh nghiệp đầu tư nhà trẻ, trường mẫu giáo",
        "Hiệp hội Doanh nghiệp tỉnh Nghệ An",
        "Các hiệp hội doanh nghiệp; Sở Nội vụ",
        "Năm 2026",
        ["Hiệp hội Doanh nghiệp tỉnh Nghệ An"],
        [HHDN, "Sở Nội vụ"],
        Y2026,
        False,
    ),
    (
        "Chính sách hỗ trợ giáo viên mầm non tại khu công nghiệp",
        "Sở Nội vụ",
        "Sở Tài chính; Sở GD&ĐT",
        "Quý II/2026",
        ["Sở Nội vụ"],
        ["Sở Tài chính", "Sở Giáo dục và Đào tạo"],
        datetime.date(2026, 6, 30),
        False,
    ),
    (SECTION, "V. QUẢN LÝ TÀI SẢN CÔNG"),
    (
        "Rà soát, sắp xếp lại nhà, đất thuộc sở hữu nhà nước",
        "Sở Tài chính",
        "Các sở, ban, ngành tỉnh, UBND các xã, phường, đặc khu",
        "Trước ngày 31/12/2025",
        ["Sở Tài chính"],
        [SBN, XA],
        Y2025,
        False,
    ),
    (
        "Quản lý, khai thác tài sản kết cấu hạ tầng chợ, cụm công nghiệp",
        "Sở Công Thương, UBND cấp xã",
        "Sở TC, Sở XD",
        "Thường xuyên",
        ["Sở Công Thương", XA],
        ["Sở Tài chính", "Sở Xây dựng"],
        None,
        True,
    ),
    (
        "Thanh tra, kiểm tra việc quản lý, sử dụng tài sản công",
        "Thanh tra tỉnh",
        "Sở Tài chính và các cơ quan, đơn vị có liên quan",
        "Hằng năm",
        ["Thanh tra tỉnh"],
        ["Sở Tài chính", CQDV],
        None,
        True,
    ),
    (
        "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện",
        "Sở Tài chính",
        "VPUB tỉnh",
        "Trước ngày 15/12 hằng năm",
        ["Sở Tài chính"],
        [VP],
        None,
        True,
    ),
    (SECTION, "VI. AN TOÀN ĐIỆN"),
    (
        "Kiểm tra an toàn hành lang bảo vệ lưới điện cao áp",
        "Sở Công Thương",
        "Công ty Điện lực Nghệ An, Công an tỉnh, UBND cấp xã",
        "Hằng năm",
        ["Sở Công Thương"],
        ["Công ty Điện lực Nghệ An", CA, XA],
        None,
        True,
    ),
    (
        "Tuyên truyền sử dụng điện an toàn trong nhân dân",
        "UBND các xã, phường",
        "Công ty Điện lực Nghệ An; Báo và Phát thanh, Truyền hình Nghệ An",
        "Thường xuyên",
        [XA],
        ["Công ty Điện lực Nghệ An", BAO],
        None,
        True,
    ),
    (
        "Xử lý vi phạm hành lang an toàn lưới điện trên địa bàn",
        "Chủ tịch UBND các xã, phường",
        "Công an tỉnh, Sở Công Thương",
        "Thường xuyên",
        [XA],
        [CA, "Sở Công Thương"],
        None,
        True,
    ),
    (SECTION, "VII. TỔ CHỨC THỰC HIỆN"),
    (
        "Hướng dẫn công tác dân tộc, tôn giáo trong vùng bị thiệt hại",
        "Sở Dân tộc và Tôn giáo",
        "Ủy ban MTTQ Việt Nam tỉnh, UBND các xã, phường, đặc khu",
        "Năm 2026",
        ["Sở Dân tộc và Tôn giáo"],
        [MTTQ, XA],
        Y2026,
        False,
    ),
    (
        "Thẩm định văn bản quy phạm pháp luật do các sở trình",
        "STP",
        "Các cơ quan, tổ chức liên quan",
        "Thường xuyên",
        ["Sở Tư pháp"],
        [CQTC],
        None,
        True,
    ),
    (
        "Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
        "VP UBND tỉnh",
        "Các sở, ban, ngành tỉnh",
        "Hằng quý",
        [VP],
        [SBN],
        None,
        True,
    ),
    (
        "Hỗ trợ phường Trường Vinh xây dựng mô hình điểm",
        "UBND phường Trường Vinh",
        "UBND xã Hưng Nguyên, Sở Nội vụ",
        "Năm 2026",
        ["UBND phường Trường Vinh"],
        ["UBND xã Hưng Nguyên", "Sở Nội vụ"],
        Y2026,
        False,
    ),
    (
        "Chỉ đạo, điều hành chung việc thực hiện Kế hoạch",
        "UBND tỉnh",
        "Sở Nội vụ, Sở Tài chính và các sở, ban, ngành, địa phương",
        "Năm 2026",
        [UBND],
        ["Sở Nội vụ", "Sở Tài chính", SBN, XA],
        Y2026,
        False,
    ),
    (SECTION, "VIII. CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC"),
    (
        "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức",
        "Sở Nội vụ, Sở Tài chính (đồng chủ trì)",
        "các Sở: Khoa học và Công nghệ, Tư pháp, Y tế",
        "Trước ngày 31/3/2026",
        ["Sở Nội vụ", "Sở Tài chính"],
        ["Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Y tế"],
        datetime.date(2026, 3, 31),
        False,
    ),
    (
        "Kết nối hệ thống thông tin giải quyết thủ tục hành chính",
        "SKH&CN",
        "- VP UBND tỉnh\n- Sở Tư pháp\n- UBND các phường, xã",
        "Quý I/2026",
        ["Sở Khoa học và Công nghệ"],
        [VP, "Sở Tư pháp", XA],
        datetime.date(2026, 3, 31),
        False,
    ),
    (
        "Bảo đảm an toàn, an ninh mạng cho hệ thống thông tin",
        "Công an tỉnh, Bộ CHQS tỉnh và BĐBP tỉnh",
        "Sở KH&CN, Sở Nội vụ, các cơ quan, đơn vị liên quan",
        "Thường xuyên",
        [CA, QS, BP],
        ["Sở Khoa học và Công nghệ", "Sở Nội vụ", CQDV],
        None,
        True,
    ),
    (
        "Số hóa hồ sơ đất đai, tài nguyên",
        "Sở Nông nghiệp và Môi trường tỉnh Nghệ An",
        "Sở KH&CN; các xã, phường",
        "Năm 2026",
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Khoa học và Công nghệ", XA],
        Y2026,
        False,
    ),
    (
        "Đào tạo kỹ năng số cho đoàn viên thanh niên",
        "Tỉnh Đoàn",
        "Hội LHPN, Hội ND tỉnh, Liên đoàn Lao động tỉnh",
        "Hằng năm",
        ["Tỉnh đoàn Nghệ An"],
        ["Hội Liên hiệp Phụ nữ tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An"],
        None,
        True,
    ),
    (
        "Thông tin, tuyên truyền về chuyển đổi số",
        "Đài PT-TH tỉnh",
        "MTTQ và các đoàn thể; Sở VH, TT&DL",
        "Thường xuyên",
        [BAO],
        [CTXH, "Sở Văn hóa, Thể thao và Du lịch"],
        None,
        True,
    ),
    (
        "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
        "Sở Công Thương",
        "Hiệp hội Doanh nghiệp tỉnh, các hiệp hội doanh nghiệp, Ban QL KKT ĐNNA",
        "Năm 2026",
        ["Sở Công Thương"],
        ["Hiệp hội Doanh nghiệp tỉnh Nghệ An", HHDN, BQL],
        Y2026,
        False,
    ),
    (
        "Bố trí kinh phí chuyển đổi số",
        "STC",
        "Sở KHCN, Sở NV",
        "Hằng năm",
        ["Sở Tài chính"],
        ["Sở Khoa học và Công nghệ", "Sở Nội vụ"],
        None,
        True,
    ),
    (
        "Đánh giá mức độ chuyển đổi số của các cơ quan, đơn vị",
        "Sở Khoa học và\nCông nghệ",
        "Thanh tra tỉnh, Sở Nội vụ và các sở, ban, ngành tỉnh",
        "Trước ngày 15/12 hằng năm",
        ["Sở Khoa học và Công nghệ"],
        ["Thanh tra tỉnh", "Sở Nội vụ", SBN],
        None,
        True,
    ),
    (
        "Ứng dụng công nghệ số trong khám chữa bệnh",
        "Sở Y tế",
        "Phối hợp: Sở KH&CN, Thuế tỉnh",
        "Năm 2026",
        ["Sở Y tế"],
        ["Sở Khoa học và Công nghệ", "Thuế tỉnh Nghệ An"],
        Y2026,
        False,
    ),
    (
        "Chuyển đổi số trong giáo dục",
        "Giám đốc Sở Giáo dục và Đào tạo",
        "Sở KH&CN, Sở TC và UBND cấp xã",
        "Tháng 5/2026",
        ["Sở Giáo dục và Đào tạo"],
        ["Sở Khoa học và Công nghệ", "Sở Tài chính", XA],
        datetime.date(2026, 5, 31),
        False,
    ),
    (
        "Quản lý thuế điện tử đối với hộ kinh doanh",
        "Thuế tỉnh",
        "Sở Tài chính; UBND các xã, phường, đặc khu; Công an tỉnh",
        "Thường xuyên",
        ["Thuế tỉnh Nghệ An"],
        ["Sở Tài chính", XA, CA],
        None,
        True,
    ),
    (
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
        "Sở KH&CN",
        "Các sở, ban, ngành; UBND cấp xã",
        "Trước ngày 10/12 hằng năm",
        ["Sở Khoa học và Công nghệ"],
        [SBN, XA],
        None,
        True,
    ),
]
TITLE = [
    ["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"],
    ["Số: 980/KH-UBND"],
    ["Nghệ An, ngày 18 tháng 11 năm 2025"],
    ["KẾ HOẠCH"],
    ["Triển khai các nhiệm vụ năm 2025 - 2026"],
]
HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
# A CSV another system exports: its own column names, the code in its own column and the section in `Mục`.
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]


def create_province():
    return province_with_bodies(PROVINCE, "nghe-an", AGENCIES, GROUPS)


def expected():
    """code -> (leads, coordinators, due date, recurring), the codes numbered as the sheet numbers them."""
    return office_sheets.expected(ROWS, SECTION)


def sheet_rows(plain=False):
    text = without_diacritics if plain else (lambda value: value)
    lines = [[text(value) for value in line] for line in TITLE]
    lines.append([text(value) for value in HEADER])
    number = 0
    for row in ROWS:
        if row[0] == SECTION:
            label, title = row[1].split(". ", 1)
            lines.append([label, text(title), None, None, None])
            number = 0
            continue
        number += 1
        lines.append([number, *(text(value) for value in row[:4])])
    return lines


def write_xlsx(path, plain=False):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Nhiệm vụ"
    for line in sheet_rows(plain):
        workbook.active.append(line)
    workbook.save(path)
    return path


def write_csv(path):
    return office_sheets.write_csv(path, CSV_HEADER, ROWS, SECTION)


def exactly_right(result):
    """(tasks exactly right, tasks expected, the tasks read wrong with what was read)."""
    return office_sheets.exactly_right(result, expected())
