"""Two office workbooks of real plans, as a clerk of Quảng Trị types them, and what a person reading each row finds:
the second outside measure of issue #12 (tasks/tests/test_gold_plans.py builds the files from these rows).

Written by another engineer of the team (gold12), without reading the importer's code (tasks/importing/, the agency
matching), from five documents of ../shared/documents the first measure (office_plan.py) did not use: Cần Thơ
09/CT-UBND, TP HCM 4240/UBND-VX, Thái Nguyên 27/2025/QĐ-UBND, Đà Nẵng 82/2025/QĐ-UBND, Thanh Hóa 634/TB-VPCP, typed
with the pre-2025 bodies offices still write. Copied here unchanged (only formatted). The agency-name rules landed
before these rows were seen (up to commit a885fa1) were not written around them; the rules of the commits after it
fix what they showed, each as a general rule with variants of its own in agencies/tests/test_written_forms.py.
One answer was changed after the fact: `Đài KTTV tỉnh` (plan A, II.5) was ASK while the national catalogue lacked the
provincial hydro-meteorological station; with the station in it, EITHER (read as it or left to a person).

Row forms:
  ("I", "TITLE")                                  a section row (bold, merged across)
  (label, "text")                                 a heading row with no agency and no timeframe (not a task)
  (label, text, lead cell, coordinators cell, timeframe cell, note cell, ANSWER)
ANSWER = (leads, coordinators, due ISO or None, recurrence rule or None[, extras dict])
  - a name written "ASK:<as written>" is one a person must be asked about (two bodies or none);
  - "EITHER:<as written>|<canonical>": right when read as the canonical body or left to a person (the province
    has Sở Nội vụ and Sở Ngoại vụ; `Sở NV` is Nội vụ by usage, Ngoại vụ is written `Sở NgV`, but both spell NV);
  - extras: {"qualifiers": {canonical: qualifier}}.
A label starting with "=" is an STT cell written as a formula (`=A<the row numbered above>+1`) with its saved value.
"""

P = "Quảng Trị"
UB = "Ủy ban nhân dân tỉnh Quảng Trị"
VP = "Văn phòng UBND tỉnh Quảng Trị"
NV = "Sở Nội vụ"
TP = "Sở Tư pháp"
KHDT = "Sở Kế hoạch và Đầu tư"
TC = "Sở Tài chính"
CT = "Sở Công Thương"
NN = "Sở Nông nghiệp và Phát triển nông thôn"
TNMT = "Sở Tài nguyên và Môi trường"
XD = "Sở Xây dựng"
GTVT = "Sở Giao thông vận tải"
KHCN = "Sở Khoa học và Công nghệ"
TTTT = "Sở Thông tin và Truyền thông"
LD = "Sở Lao động - Thương binh và Xã hội"
VH = "Sở Văn hóa, Thể thao và Du lịch"
GD = "Sở Giáo dục và Đào tạo"
YT = "Sở Y tế"
NGV = "Sở Ngoại vụ"
TT = "Thanh tra tỉnh Quảng Trị"
BDT = "Ban Dân tộc tỉnh Quảng Trị"
BQL = "Ban Quản lý Khu kinh tế tỉnh Quảng Trị"
QLDA_GT = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Trị"
QLDA_DD = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Quảng Trị"
CA = "Công an tỉnh Quảng Trị"
QS = "Bộ Chỉ huy Quân sự tỉnh Quảng Trị"
BP = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"
THUE = "Cục Thuế tỉnh Quảng Trị"
QLTT = "Cục Quản lý thị trường tỉnh Quảng Trị"
DAI = "Đài Phát thanh và Truyền hình Quảng Trị"
BAO = "Báo Quảng Trị"
MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị"
DOAN = "Tỉnh đoàn Quảng Trị"
PN = "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"
ND = "Hội Nông dân tỉnh Quảng Trị"
LDLD = "Liên đoàn Lao động tỉnh Quảng Trị"
HHDN = "Hiệp hội Doanh nghiệp tỉnh Quảng Trị"
DL = "Công ty Điện lực Quảng Trị"
NUOC = "Công ty Cổ phần Nước sạch Quảng Trị"
DONGHA = "UBND thành phố Đông Hà"
TXQT = "UBND thị xã Quảng Trị"
VLINH = "UBND huyện Vĩnh Linh"
GLINH = "UBND huyện Gio Linh"
CLO = "UBND huyện Cam Lộ"
TPHONG = "UBND huyện Triệu Phong"
HLANG = "UBND huyện Hải Lăng"
HHOA = "UBND huyện Hướng Hóa"
DKRONG = "UBND huyện Đakrông"
CONCO = "UBND huyện đảo Cồn Cỏ"

# Groups, named as the catalogue names them (created with its key, as `create_agency(..., catalogue_key=)` does).
SBN = "Các sở, ban, ngành tỉnh"
CQDV = "Các cơ quan, đơn vị liên quan"
CQTC = "Các cơ quan, tổ chức liên quan"
CQDP = "Các cơ quan, địa phương liên quan"
TCLQ = "Các tổ chức liên quan"
DV = "Các đơn vị liên quan"
DP = "Các địa phương"
HH = "Các hiệp hội doanh nghiệp"
HUYEN = "UBND các huyện, thị xã, thành phố"
XA = "UBND các xã, phường, đặc khu"
CTXH = "Các tổ chức chính trị - xã hội"

K = "peoples_committee", "office", "department", "board", "district", "unit", "enterprise", "association", "other"
BODIES = {
    UB: "peoples_committee",
    VP: "office",
    **dict.fromkeys((NV, TP, KHDT, TC, CT, NN, TNMT, XD, GTVT, KHCN, TTTT, LD, VH, GD, YT, NGV, TT, BDT), "department"),
    BQL: "board",
    QLDA_GT: "board",
    QLDA_DD: "board",
    CA: "other",
    QS: "other",
    BP: "other",
    THUE: "other",
    QLTT: "other",
    DAI: "unit",
    BAO: "unit",
    MTTQ: "association",
    DOAN: "association",
    PN: "association",
    ND: "association",
    LDLD: "association",
    HHDN: "association",
    DL: "enterprise",
    NUOC: "enterprise",
    **dict.fromkeys((DONGHA, TXQT, VLINH, GLINH, CLO, TPHONG, HLANG, HHOA, DKRONG, CONCO), "district"),
}
# catalogue key -> the group's name
GROUPS = {
    "cac-so-ban-nganh": SBN,
    "cac-co-quan-don-vi": CQDV,
    "cac-co-quan-to-chuc": CQTC,
    "cac-co-quan-dia-phuong": CQDP,
    "cac-to-chuc": TCLQ,
    "cac-don-vi": DV,
    "cac-dia-phuong": DP,
    "cac-hiep-hoi-doanh-nghiep": HH,
    "ubnd-cap-huyen": HUYEN,
    "ubnd-cap-xa": XA,
    "cac-to-chuc-chinh-tri-xa-hoi": CTXH,
}

ALWAYS = "always (Thường xuyên)"
YEARLY = "yearly"


def q(name, qualifier):
    return {"qualifiers": {name: qualifier}}


# ---------------------------------------------------------------------------------------------------------------
# Plan A: groundwater protection (from Cần Thơ 09/CT-UBND) and the civil-servant database (from TP HCM
# 4240/UBND-VX), as Quảng Trị's unnumbered plan of 2024 would list them. Flat layout: STT / Nội dung nhiệm vụ /
# Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành / Ghi chú.
# ---------------------------------------------------------------------------------------------------------------
A_TITLE = [
    ["ỦY BAN NHÂN DÂN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TỈNH QUẢNG TRỊ", None, None, "Độc lập - Tự do - Hạnh phúc"],
    [None],
    ["PHỤ LỤC"],
    ["DANH MỤC NHIỆM VỤ TĂNG CƯỜNG QUẢN LÝ, BẢO VỆ TÀI NGUYÊN NƯỚC DƯỚI ĐẤT VÀ CẬP NHẬT CƠ SỞ DỮ LIỆU CÁN BỘ"],
    ["(Kèm theo Kế hoạch số       /KH-UBND ngày     tháng     năm 2024 của UBND tỉnh Quảng Trị)"],
    [None],
]
A_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]

A_ROWS = [
    ("I", "TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT VỀ TÀI NGUYÊN NƯỚC"),
    (
        1,
        "Tuyên truyền, phổ biến, tập huấn quy định về quản lý và bảo vệ nước dưới đất đến các tổ chức, cá nhân",
        "Sở TN&MT",
        "Sở TT&TT; UBND các huyện, TP",
        "Quý III/2025",
        None,
        ([TNMT], [TTTT, HUYEN], "2025-09-30", None),
    ),
    (
        2,
        "Đưa tin về giải pháp tiết kiệm nước, trách nhiệm của cộng đồng trong bảo vệ nguồn nước",
        "Đài PT-TH tỉnh",
        "Báo Quảng Trị, Sở TN-MT",
        "Thường xuyên",
        None,
        ([DAI], [BAO, TNMT], None, ALWAYS),
    ),
    (
        3,
        "Khuyến khích ứng dụng công nghệ tưới tiết kiệm nước trong canh tác lúa, nuôi trồng thủy sản",
        "Sở NN&PTNT",
        "Sở KH&CN, Hội Nông dân tỉnh, các địa phương",
        "Năm 2025",
        None,
        ([NN], [KHCN, ND, DP], "2025-12-31", None),
    ),
    (
        4,
        "Vận động đoàn viên, hội viên, nhân dân sử dụng nước tiết kiệm, chấp hành kê khai, "
        "đăng ký khai thác nước dưới đất",
        "Ủy ban MTTQ VN tỉnh",
        "Tỉnh đoàn, Hội LHPN tỉnh, Hội ND tỉnh, LĐLĐ tỉnh",
        "Hằng năm",
        None,
        ([MTTQ], [DOAN, PN, ND, LDLD], None, YEARLY),
    ),
    (
        5,
        "Phổ biến quy định về đăng ký, cấp phép khai thác tài nguyên nước tại cơ sở",
        "UBND các huyện, thị xã, thành phố",
        "Sở TN&MT, các cơ quan, tổ chức liên quan",
        "Trước 30/6 hằng năm",
        None,
        ([HUYEN], [TNMT, CQTC], None, "yearly by 30/6"),
    ),
    ("II", "QUẢN LÝ KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT"),
    (
        1,
        "Lập danh mục vùng cấm, vùng hạn chế khai thác nước dưới đất, trình UBND tỉnh phê duyệt",
        "STNMT",
        "Sở XD, Sở NN&PTNT, UBND các huyện, TP",
        "Quý IV/2025",
        None,
        ([TNMT], [XD, NN, HUYEN], "2025-12-31", None),
    ),
    (
        2,
        "Duy trì hoạt động mạng lưới quan trắc động thái nước dưới đất",
        "Sở Tài nguyên và Môi trường",
        "Sở TC",
        "Thường xuyên",
        "Sở TC bố trí kinh phí",
        ([TNMT], [TC], None, ALWAYS),
    ),
    (3, "Rà soát, thống kê các công trình khai thác nước dưới đất"),
    (
        "-",
        "Rà soát, thống kê tất cả công trình khai thác nước dưới đất trên địa bàn, báo cáo Sở TN&MT",
        "UBND các huyện, thị xã, thành phố",
        "UBND các xã, phường, thị trấn",
        "Trước ngày 31/12/2025",
        None,
        ([HUYEN], [XA], "2025-12-31", None),
    ),
    (
        "-",
        "Đôn đốc tổ chức, cá nhân thuộc diện phải có giấy phép lập hồ sơ đề nghị cấp phép",
        "UBND cấp huyện",
        "Sở TN&MT",
        "Tháng 10/2025",
        None,
        ([HUYEN], [TNMT], "2025-10-31", None),
    ),
    (
        "-",
        "Tổng hợp kết quả rà soát trên toàn tỉnh, báo cáo UBND tỉnh",
        "Sở TN&MT",
        "VP UBND tỉnh",
        "Quý I/2026",
        None,
        ([TNMT], [VP], "2026-03-31", None),
    ),
    (
        4,
        "Thẩm định hồ sơ cấp giấy phép thăm dò, khai thác nước dưới đất và hành nghề khoan nước dưới đất",
        "Sớ Tài nguyên và Môi trường",
        "Sở KH-ĐT, Sở XD",
        "Thường xuyên",
        None,
        ([TNMT], [KHDT, XD], None, ALWAYS),
    ),
    (
        5,
        "Cung cấp thông tin dự báo hạn hán, xâm nhập mặn cho tổ chức, cá nhân khai thác, sử dụng nước",
        "Sở NN&PTNT",
        "Đài KTTV tỉnh, Sở TN&MT, các địa phương",
        "Mùa khô hằng năm",
        None,
        ([NN], ["EITHER:Đài KTTV tỉnh|Đài Khí tượng Thủy văn tỉnh", TNMT, DP], None, "yearly, in the dry season"),
    ),
    (
        6,
        "Nghiên cứu phương án xây dựng công trình bổ sung nhân tạo nước dưới đất",
        "Sở TN&MT",
        "Sở KH&CN, Sở Tài chính",
        "2025-2026",
        None,
        ([TNMT], [KHCN, TC], "2026-12-31", None),
    ),
    ("III", "CẤP NƯỚC SẠCH VÀ XỬ LÝ NƯỚC THẢI"),
    (
        1,
        "Hướng dẫn xây dựng phương án khai thác nguồn nước dự phòng cấp cho sinh hoạt đô thị khi xảy ra sự cố",
        "Sở Xây dựng (chủ trì)",
        "Phối hợp: Sở TN&MT, Sở Công Thương, UBND các huyện, TP và đơn vị có liên quan",
        "Quý II/2025",
        None,
        ([XD], [TNMT, CT, HUYEN, DV], "2025-06-30", None),
    ),
    (
        2,
        "Xây dựng lộ trình thay thế khai thác nước dưới đất bằng nước mặt tại các nhà máy nước",
        "Sở XD",
        "Công ty CP Nước sạch QT",
        "Năm 2025",
        None,
        ([XD], [NUOC], "2025-12-31", None),
    ),
    (
        3,
        "Đầu tư hệ thống xử lý nước thải sinh hoạt tại các đô thị",
        "Sở Xây dựng",
        "Các Sở: Kế hoạch và Đầu tư, Tài chính, Tài nguyên và Môi trường; UBND các huyện nơi có dự án",
        "2025-2026",
        None,
        ([XD], [KHDT, TC, TNMT, HUYEN], "2026-12-31", None, q(HUYEN, "nơi có dự án")),
    ),
    (
        4,
        "Kiểm tra chất lượng nước cấp cho sinh hoạt của các đơn vị kinh doanh nước sạch",
        "Sở YT",
        "UBND các huyện, TX, TP",
        "Định kỳ 6 tháng",
        None,
        ([YT], [HUYEN], None, "every 6 months"),
    ),
    (
        5,
        "Xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sử dụng cho mục đích sinh hoạt",
        "Sở Y tế",
        "Sở KH&CN, Sở TP và các đơn vị liên quan",
        "Tháng 10/2025",
        None,
        ([YT], [KHCN, TP, DV], "2025-10-31", None),
    ),
    (
        6,
        "Bảo đảm nước sinh hoạt cho đồng bào vùng sâu, vùng xa trong mùa khô",
        "Ban Dân tộc tỉnh",
        "Sở NN&PTNT, UBND các huyện Hướng Hóa, Đakrông",
        "Quý III/2025",
        None,
        ([BDT], [NN, HHOA, DKRONG], "2025-09-30", None),
    ),
    (
        7,
        "Nâng tỷ lệ dân số nông thôn sử dụng nước sạch từ công trình cấp nước tập trung",
        "Sở Nông nghiệp và PTNT",
        "Sở KH&ĐT, TC",
        "Năm 2025",
        None,
        ([NN], [KHDT, TC], "2025-12-31", None),
    ),
    ("IV", "THANH TRA, KIỂM TRA, XỬ LÝ VI PHẠM"),
    (
        1,
        "Thanh tra việc chấp hành pháp luật về tài nguyên nước của cơ sở nuôi trồng thủy sản, sản xuất công nghiệp",
        "Thanh tra tỉnh",
        "Sở TN&MT, Sở NN&PTNT",
        "Quý III/2025",
        None,
        ([TT], [TNMT, NN], "2025-09-30", None),
    ),
    (
        2,
        "Phát hiện, xử lý tổ chức, cá nhân vi phạm pháp luật về khai thác, sử dụng tài nguyên nước",
        "CA tỉnh",
        "Sở TN&MT; UBND các huyện, TP",
        "Thường xuyên",
        None,
        ([CA], [TNMT, HUYEN], None, ALWAYS),
    ),
    (
        3,
        "Kiểm tra hoạt động khoan, đào, thăm dò nước dưới đất trái phép",
        "UBND các huyện, thị xã, thành phố",
        "C0ng an tỉnh, Sở TN&MT",
        "Hằng quý",
        None,
        ([HUYEN], [CA, TNMT], None, "quarterly"),
    ),
    (
        4,
        "Kiểm tra hoạt động kinh doanh thiết bị lọc nước, nước uống đóng chai",
        "Cục QLTT tỉnh",
        "So Y te, Sở Công Thương",
        "Tháng 12/2025",
        None,
        ([QLTT], [YT, CT], "2025-12-31", None),
    ),
    ("V", "KHU KINH TẾ, KHU CÔNG NGHIỆP"),
    (
        1,
        "Chỉ đạo đơn vị kinh doanh hạ tầng khu công nghiệp duy trì cấp nước tập trung từ nguồn nước mặt",
        "BQL KKT tỉnh",
        "Sở XD, Công ty CP Nước sạch Quảng Trị",
        "Thường xuyên",
        None,
        ([BQL], [XD, NUOC], None, ALWAYS),
    ),
    (
        2,
        "Giải pháp thay thế nguồn nước dưới đất bằng nước mặt tại khu công nghiệp chưa có cấp nước tập trung",
        "Ban QL Khu kinh tế",
        "Sở TN&MT, Sở KH&ĐT, Ban QLDA tỉnh",
        "Quý IV/2025",
        None,
        ([BQL], [TNMT, KHDT, "ASK:Ban QLDA tỉnh"], "2025-12-31", None),
    ),
    (
        3,
        "Vận động doanh nghiệp trong khu công nghiệp sử dụng nước tuần hoàn, tái sử dụng nước",
        "BQLKKT",
        "Hiệp hội Doanh nghiệp tỉnh, LĐLĐ tỉnh",
        "Năm 2025",
        None,
        ([BQL], [HHDN, LDLD], "2025-12-31", None),
    ),
    (
        4,
        "Xúc tiến, thu hút dự án đầu tư có giải pháp sử dụng nước tuần hoàn",
        "Sở KH&ĐT",
        "BQL KKT tỉnh QT, Sở Ngoại vụ",
        "2025-2026",
        None,
        ([KHDT], [BQL, NGV], "2026-12-31", None),
    ),
    ("VI", "CẬP NHẬT CƠ SỞ DỮ LIỆU CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"),
    (
        1,
        "Hoàn thành cập nhật lý lịch cán bộ, công chức, viên chức, đồng bộ vào Cơ sở dữ liệu quốc gia",
        "Các sở, ban, ngành; UBND các huyện, TX, TP",
        "Sở Nội vụ",
        "Trước ngày 06/12/2025",
        None,
        ([SBN, HUYEN], [NV], "2025-12-06", None),
    ),
    (
        2,
        "Bảo đảm hạ tầng công nghệ, kịp thời xử lý vấn đề kỹ thuật khi cập nhật dữ liệu",
        "Sở TT&TT",
        "Sở Nội vụ, các cơ quan, đơn vị liên quan",
        "Thường xuyên",
        None,
        ([TTTT], [NV, CQDV], None, ALWAYS),
    ),
    (
        3,
        "Hướng dẫn, theo dõi tiến độ và đánh giá chất lượng cập nhật dữ liệu",
        "Sở NV",
        "VP UBND tỉnh",
        "Tháng 12/2025",
        None,
        (["EITHER:Sở NV|" + NV], [VP], "2025-12-31", None),
    ),
    (
        4,
        "Bảo mật, bảo đảm an toàn thông tin cơ sở dữ liệu cán bộ, công chức, viên chức",
        "Sở Thông tin và Truyền thông\nCông an tỉnh",
        "Các sở, ban, ngành liên quan",
        "Thường xuyên",
        None,
        ([TTTT, CA], [SBN], None, ALWAYS),
    ),
    (
        5,
        "Tham mưu xem xét trách nhiệm người đứng đầu cơ quan, đơn vị chậm cập nhật",
        "Sở Nội vụ",
        "Thanh tra tỉnh",
        "Quý I/2026",
        None,
        ([NV], [TT], "2026-03-31", None),
    ),
    ("VII", "TỔ CHỨC THỰC HIỆN"),
    (
        1,
        "Bố trí kinh phí thực hiện Kế hoạch",
        "STC",
        "KH&ĐT, các sở, ban, ngành",
        "Trước 31/10 hằng năm",
        None,
        ([TC], [KHDT, SBN], None, "yearly by 31/10"),
    ),
    (
        "=1",
        "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo cáo UBND tỉnh",
        "Sở TN&MT",
        "VP UBND tỉnh, các sở, ban, ngành và các địa phương",
        "Trước ngày 15/12 hằng năm",
        None,
        ([TNMT], [VP, SBN, DP], None, "yearly by 15/12"),
    ),
    (
        "=1",
        "Hướng dẫn lồng ghép nhiệm vụ vào kế hoạch phát triển kinh tế - xã hội hằng năm",
        "SKHĐT",
        "Sở Tài chính",
        "Quý III/2025",
        None,
        ([KHDT], [TC], "2025-09-30", None),
    ),
    (
        "=1",
        "Đào tạo nghề, giải quyết việc làm cho lao động chuyển đổi nghề do hạn chế khai thác nước dưới đất",
        "Sở LĐ-TB&XH",
        "Sở NN&PTNT, Hội Nông dân tỉnh",
        "2025-2026",
        None,
        ([LD], [NN, ND], "2026-12-31", None),
    ),
    (
        5,
        "Theo dõi chất lượng nước sinh hoạt tại các trường học",
        "Sở GD&ĐT",
        "Sở Y tế; UBND các huyện, TP",
        "Tháng 9/2025",
        None,
        ([GD], [YT, HUYEN], "2025-09-30", None),
    ),
    (
        6,
        "Bảo đảm an ninh nguồn nước khu vực biên giới, hải đảo",
        "BCH QS tỉnh",
        "BCH BĐBP tỉnh, UBND huyện đảo Cồn Cỏ",
        "Thường xuyên",
        None,
        ([QS], [BP, CONCO], None, ALWAYS),
    ),
    (
        7,
        "Quản lý thu thuế tài nguyên nước, tiền cấp quyền khai thác tài nguyên nước",
        "Cục Thuế tỉnh",
        "Sở TN&MT, Sở TC",
        "Hằng năm",
        None,
        ([THUE], [TNMT, TC], None, YEARLY),
    ),
    (
        8,
        "Tổ chức sơ kết 01 năm thực hiện Kế hoạch",
        "Chủ trì: Sở TN&MT; Phối hợp: Sở Nội vụ, VP UBND tỉnh",
        None,
        "Tháng 11/2025",
        None,
        ([TNMT], [NV, VP], "2025-11-30", None),
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Plan B: electrical safety (from Thái Nguyên 27/2025/QĐ-UBND), market rules (from Đà Nẵng 82/2025/QĐ-UBND) and
# the province's follow-up of a Prime Minister's conclusions (from Thanh Hóa 634/TB-VPCP). Numbered plan, two-level
# merged header (Cơ quan thực hiện: Chủ trì | Phối hợp), a. b. c. items, `*` `-` `+` bullets.
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = [
    ["UBND TỈNH QUẢNG TRỊ"],
    [None],
    ["KẾ HOẠCH"],
    ["Bảo đảm an toàn điện, quản lý chợ và thực hiện các kết luận của Thủ tướng Chính phủ năm 2025"],
    ["(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/12/2024 của UBND tỉnh Quảng Trị)"],
    [None],
]
B_HEADER_TOP = ["STT", "Nội dung công việc", "Cơ quan thực hiện", None, "Thời hạn hoàn thành", "Ghi chú"]
B_HEADER_BOTTOM = [None, None, "Chủ trì", "Phối hợp", None, None]

B_ROWS = [
    ("I", "BẢO VỆ AN TOÀN CÔNG TRÌNH ĐIỆN LỰC"),
    (1, "Quản lý hành lang bảo vệ an toàn lưới điện"),
    (
        "a.",
        "Rà soát công trình không đủ điều kiện tồn tại trong hành lang bảo vệ an toàn lưới điện, "
        "đề xuất phương án xử lý",
        "Sở Công Thương",
        "Công ty Điện lực Quảng Trị, UBND các huyện, thị xã, thành phố",
        "Quý II/2025",
        None,
        ([CT], [DL, HUYEN], "2025-06-30", None),
    ),
    (
        "b.",
        "Tuyên truyền, tập huấn phổ biến quy định về bảo vệ an toàn công trình điện lực",
        "SCT",
        "Sở TT&TT, Đài PT-TH tỉnh, Điện lực QT",
        "Hằng năm",
        None,
        ([CT], [TTTT, DAI, DL], None, YEARLY),
    ),
    (
        "c.",
        "Giải quyết khiếu nại, tố cáo liên quan đến bảo vệ an toàn công trình điện lực",
        "Sở CT",
        "Thanh tra tỉnh",
        "Khi phát sinh",
        None,
        ([CT], [TT], None, None),
    ),
    (2, "Đất đai, quy hoạch và xây dựng công trình điện"),
    (
        "a.",
        "Cung cấp thông tin quy hoạch phục vụ lập hồ sơ đầu tư xây dựng công trình điện",
        "Sở KH&ĐT",
        "Sở XD, Sở TN&MT",
        "Thường xuyên",
        None,
        ([KHDT], [XD, TNMT], None, ALWAYS),
    ),
    (
        "b.",
        "Chấp thuận, cấp phép thi công công trình điện trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ",
        "Sở GTVT",
        "Sở Công Thương, CA tỉnh",
        "Thường xuyên",
        None,
        ([GTVT], [CT, CA], None, ALWAYS),
    ),
    (
        "c.",
        "Tham mưu giao đất, cho thuê đất để xây dựng công trình điện lực",
        "Sở TN-MT",
        "UBND các huyện, TP nơi có công trình",
        "Trước ngày 30/9/2025",
        None,
        ([TNMT], [HUYEN], "2025-09-30", None, q(HUYEN, "nơi có công trình")),
    ),
    (
        "d.",
        "Hướng dẫn bồi thường, hỗ trợ, tái định cư dự án lưới điện",
        "Sở Tài nguyên & Môi trường",
        "Sở TC, UBND các huyện, thị xã",
        "Năm 2025",
        None,
        ([TNMT], [TC, HUYEN], "2025-12-31", None),
    ),
    (3, "Bảo đảm an ninh, an toàn công trình điện lực"),
    (
        "*",
        "Phòng ngừa, ngăn chặn trộm cắp thiết bị lưới điện, thả diều gần đường dây",
        "Công an tỉnh",
        "UBND cấp xã, Công ty Điện lực Quảng Trị",
        "Thường xuyên",
        None,
        ([CA], [XA, DL], None, ALWAYS),
    ),
    (
        "-",
        "Quản lý phương tiện bay gần hành lang bảo vệ an toàn công trình điện lực",
        "Bộ CHQS tỉnh",
        "CA tỉnh, Sở GTVT",
        "Thường xuyên",
        None,
        ([QS], [CA, GTVT], None, ALWAYS),
    ),
    (
        "-",
        "Bảo vệ an toàn lưới điện khu vực biên giới",
        "BĐBP tỉnh",
        "UBND huyện Hướng Hóa, Đakrông",
        "Quý III/2025",
        None,
        ([BP], [HHOA, DKRONG], "2025-09-30", None),
    ),
    (
        4,
        "Xử lý vi phạm hành lang bảo vệ an toàn lưới điện trên địa bàn",
        "UBND các huyện, thị xã, thành phố",
        "Công ty Điện lực QT\nCông an tỉnh",
        "Thường xuyên",
        None,
        ([HUYEN], [DL, CA], None, ALWAYS),
    ),
    ("II", "AN TOÀN SỬ DỤNG ĐIỆN"),
    (1, "Kiểm tra, hướng dẫn an toàn điện"),
    (
        "+",
        "Kiểm tra an toàn điện tại cơ sở sản xuất, kinh doanh",
        "Sở Công Thương",
        "Sở LĐ-TB&XH, Sở XD, Công an tỉnh",
        "Quý III/2025",
        None,
        ([CT], [LD, XD, CA], "2025-09-30", None),
    ),
    (
        "+",
        "Đưa nội dung an toàn điện vào hoạt động ngoại khóa của học sinh",
        "Sở GD-ĐT",
        "Công ty Điện lực Quảng Trị; Tỉnh đoàn",
        "Tháng 10/2025",
        None,
        ([GD], [DL, DOAN], "2025-10-31", None),
    ),
    (
        2,
        "Huấn luyện an toàn điện cho người lao động",
        "Sở LĐTBXH",
        "LĐLĐ tỉnh, Hiệp hội DN tỉnh",
        "Hằng năm",
        None,
        ([LD], [LDLD, HHDN], None, YEARLY),
    ),
    (
        3,
        "Tuyên truyền sử dụng điện an toàn, tiết kiệm trên phương tiện thông tin đại chúng",
        "Sở TT&TT",
        "Đài PT-TH Quảng Trị, Báo Quảng Trị, Sở VH-TT&DL",
        "Thường xuyên",
        None,
        ([TTTT], [DAI, BAO, VH], None, ALWAYS),
    ),
    (
        4,
        "Tổng hợp, báo cáo tình hình an toàn điện về UBND tỉnh và Bộ Công Thương",
        "Sở Công Thương",
        "Các sở, ban, ngành; UBND các huyện, TP; Công ty Điện lực QT",
        "Trước 30/01 hằng năm",
        None,
        ([CT], [SBN, HUYEN, DL], None, "yearly by 30/01"),
    ),
    ("III", "QUẢN LÝ CHỢ"),
    (
        1,
        "Hướng dẫn xây dựng Nội quy chợ theo Nội quy mẫu",
        "Sở CT",
        "Các Sở: Tài chính, Xây dựng, Y tế",
        "Quý I/2025",
        None,
        ([CT], [TC, XD, YT], "2025-03-31", None),
    ),
    (
        2,
        "Chỉ đạo tổ chức quản lý chợ xây dựng, công bố công khai Nội quy chợ",
        "UBND các huyện, thị xã, thành phố",
        "Sở Công Thương",
        "Quý II/2025",
        None,
        ([HUYEN], [CT], "2025-06-30", None),
    ),
    (
        3,
        "Kiểm tra an toàn thực phẩm tại các chợ",
        "Sở Y tế",
        "Cục QLTT, Sở NN&PTNT, CA tỉnh",
        "Tháng 01/2025",
        None,
        ([YT], [QLTT, NN, CA], "2025-01-31", None),
    ),
    (
        4,
        "Kiểm tra phòng cháy, chữa cháy tại các chợ",
        "CA tỉnh",
        "UBND các huyện, TP, các đơn vị liên quan",
        "Quý IV/2025",
        None,
        ([CA], [HUYEN, DV], "2025-12-31", None),
    ),
    ("IV", "THỰC HIỆN KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ"),
    (
        1,
        "Rà soát quy hoạch, bố trí quỹ đất cho dự án kho dầu thô dự trữ quốc gia",
        "Sở KH-ĐT",
        "BQL KKT tỉnh, Sở TN&MT, Sở Công Thương",
        "Tháng 12/2025",
        None,
        ([KHDT], [BQL, TNMT, CT], "2025-12-31", None),
    ),
    (
        "=1",
        "Giải ngân vốn hỗ trợ đầu tư hạ tầng, di dân, tái định cư trong Khu kinh tế",
        "Ban Quản lý Khu kinh tế tỉnh",
        "Sở TC, Sở KHĐT, UBND huyện Hải Lăng, Ban QLDA tỉnh",
        "Quý I/2026",
        None,
        ([BQL], [TC, KHDT, HLANG, "ASK:Ban QLDA tỉnh"], "2026-03-31", None),
    ),
    (
        "=1",
        "Chuẩn bị đầu tư tuyến đường giao thông kết nối liên vùng, báo cáo Thủ tướng Chính phủ",
        "Sở Giao thông vận tải",
        "Sở KH&ĐT, Sở TC, Ban QLDA ĐTXD các công trình giao thông tỉnh",
        "Trước ngày 01/12/2025",
        None,
        ([GTVT], [KHDT, TC, QLDA_GT], "2025-12-01", None),
    ),
    (
        4,
        "Đề xuất bố trí vốn dự án đường ven biển trong kế hoạch đầu tư công trung hạn",
        "Sở Kế hoạch & Đầu tư",
        "Sở TC, Sở GTVT",
        "2025-2026",
        None,
        ([KHDT], [TC, GTVT], "2026-12-31", None),
    ),
    (
        5,
        "Hoàn thiện thủ tục chuyển mục đích sử dụng rừng cho các dự án",
        "Sở NN&PTNT",
        "Sở TN&MT, UBND các huyện nơi có dự án",
        "Tháng 12/2025",
        None,
        ([NN], [TNMT, HUYEN], "2025-12-31", None, q(HUYEN, "nơi có dự án")),
    ),
    (
        6,
        "Thu hút đầu tư, hỗ trợ doanh nghiệp nhỏ và vừa, phát triển hệ sinh thái khởi nghiệp",
        "Sở KH&ĐT",
        "Hiệp hội DN tỉnh, các hiệp hội doanh nghiệp, Trung tâm XTĐT tỉnh",
        "Năm 2025",
        None,
        ([KHDT], [HHDN, HH, "ASK:Trung tâm XTĐT tỉnh"], "2025-12-31", None),
    ),
    (
        7,
        "Đẩy mạnh chuyển đổi số, xây dựng chính quyền số",
        "Sở TT&TT",
        "Các sở, ban, ngành tỉnh, UBND các huyện, TX, TP",
        "2025-2026",
        None,
        ([TTTT], [SBN, HUYEN], "2026-12-31", None),
    ),
    (
        8,
        "Bảo đảm quốc phòng, an ninh trên địa bàn",
        "CA tỉnh, BCH QS tỉnh",
        "Thanh tra tỉnh, các cơ quan, đơn vị liên quan",
        "Thường xuyên",
        None,
        ([CA, QS], [TT, CQDV], None, ALWAYS),
    ),
    (
        9,
        "Chăm lo đời sống đồng bào dân tộc thiểu số vùng biên giới",
        "Ban Dân tộc tỉnh",
        "Sở LĐ-TB&XH, UBND các huyện Hướng Hóa, Đakrông",
        "Năm 2025",
        None,
        ([BDT], [LD, HHOA, DKRONG], "2025-12-31", None),
    ),
    ("V", "TỔ CHỨC THỰC HIỆN"),
    (
        1,
        "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch",
        "VP UBND tỉnh",
        "Các cơ quan, tổ chức liên quan",
        "Hằng quý",
        None,
        ([VP], [CQTC], None, "quarterly"),
    ),
    (
        2,
        "Bố trí kinh phí thực hiện Kế hoạch",
        "Sớ Tài chính",
        "Sở KH&ĐT",
        "Trước 31/10 hằng năm",
        None,
        ([TC], [KHDT], None, "yearly by 31/10"),
    ),
]
