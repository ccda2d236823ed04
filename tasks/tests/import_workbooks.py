"""Test workbooks built from seed 004's real task list (Quảng Ngãi's plan for industrial development).

The rows are 004's section II with its diacritics restored; tasks 004 names no agency for are left
out (an import reports them as missing a lead). Each builder writes what offices really send: title
rows, merged cells, a two-level header, section rows, several agencies in one cell, dates as text
and as real dates, numbers typed as text; `strip_diacritics` gives the same file typed without a
Vietnamese keyboard.
"""

import csv
import datetime

import openpyxl

from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory

# key: (full name, short name, kind, aliases)
AGENCIES = {
    "ubnd": ("Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", AgencyKind.PEOPLES_COMMITTEE, ()),
    "skhdt": ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", AgencyKind.DEPARTMENT, ()),
    "sct": ("Sở Công Thương", "SCT", AgencyKind.DEPARTMENT, ()),
    "stc": ("Sở Tài chính", "", AgencyKind.DEPARTMENT, ()),
    "sxd": ("Sở Xây dựng", "", AgencyKind.DEPARTMENT, ()),
    "stnmt": ("Sở Tài nguyên và Môi trường", "Sở TN&MT", AgencyKind.DEPARTMENT, ()),
    "snn": ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", AgencyKind.DEPARTMENT, ()),
    "skhcn": ("Sở Khoa học và Công nghệ", "Sở KH&CN", AgencyKind.DEPARTMENT, ()),
    "sldtbxh": ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", AgencyKind.DEPARTMENT, ()),
    "sgddt": ("Sở Giáo dục và Đào tạo", "", AgencyKind.DEPARTMENT, ()),
    "stttt": ("Sở Thông tin và Truyền thông", "Sở TT&TT", AgencyKind.DEPARTMENT, ()),
    "bql": ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "", AgencyKind.BOARD, ()),
    "qltt": ("Cục Quản lý thị trường tỉnh", "", AgencyKind.DEPARTMENT, ()),
    "ducpho": ("UBND huyện Đức Phổ", "", AgencyKind.DISTRICT, ()),
    "binhson": ("UBND huyện Bình Sơn", "", AgencyKind.DISTRICT, ()),
    "huyen": (
        "UBND các huyện, thị xã, thành phố",
        "",
        AgencyKind.DISTRICT,
        (
            "UBND các huyện, thành phố",
            "UBND các huyện, thành phố liên quan",
            "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió",
            "UBND các huyện, thành phố trên địa bàn tỉnh",
        ),
    ),
    "truong": (
        "Các trường trung cấp, cao đẳng, đại học trên địa bàn tỉnh",
        "",
        AgencyKind.SCHOOL,
        ("Hệ thống các Trường Trung cấp, Cao đẳng, Đại học trên địa bàn",),
    ),
}
GROUPS = {"huyen", "truong"}

# (label, text, lead cell, coordinators cell, timeframe cell, lead keys, coordinator keys, due date, recurring)
HEADING = None
ROWS = [
    ("II", "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN", HEADING),
    (1, "Phân bổ không gian công nghiệp và chuyển dịch cơ cấu công nghiệp", HEADING),
    (
        "a)",
        "Xây dựng các tiêu chí, yêu cầu cụ thể nhằm lựa chọn, xác định vùng công nghiệp động lực, vùng trọng "
        "điểm có khả năng trở thành động lực lan tỏa tăng trưởng cho các địa phương của tỉnh",
        "Sở Kế hoạch và Đầu tư",
        "Sở Công Thương, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi, UBND các huyện, thành phố liên quan",
        "năm 2020",
        ["skhdt"],
        ["sct", "bql", "huyen"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "b)",
        "Xây dựng tiêu chí ưu tiên thu hút doanh nghiệp vào hoạt động trong các khu công nghiệp (KCN), cụm công "
        "nghiệp (CCN) mà ngành nghề sản xuất kinh doanh tạo được giá trị gia tăng cao, tích hợp công nghệ thông tin, "
        "tự động hóa trong sản xuất",
        "Sở Công Thương",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi;\nUBND các huyện, thành phố",
        "năm 2021",
        ["sct"],
        ["bql", "huyen"],
        datetime.date(2021, 12, 31),
        False,
    ),
    (
        "c)",
        "Xây dựng cơ chế, tập trung nguồn lực, tạo điều kiện để đầu tư phát triển KCN Phổ Phong tương ứng với "
        "chỉ tiêu cơ cấu công nghiệp của huyện Đức Phổ",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "Sở Kế hoạch và Đầu tư, Sở Tài chính, UBND huyện Đức Phổ",
        "năm 2020",
        ["bql"],
        ["skhdt", "stc", "ducpho"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "d)",
        "Xây dựng đề án thúc đẩy chuyển dịch cơ cấu nội ngành công nghiệp theo hướng nâng cao giá trị gia tăng "
        "và mức độ thông minh",
        "Sở Công Thương",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi, Sở Kế hoạch và Đầu tư, Sở Tài chính, UBND các huyện, "
        "thành phố",
        "năm 2019, 2020",
        ["sct"],
        ["bql", "skhdt", "stc", "huyen"],
        datetime.date(2020, 12, 31),
        False,
    ),
    ("2", "Xây dựng chính sách và phát triển các ngành công nghiệp ưu tiên", HEADING),
    ("a)", "Công nghiệp khai thác khoáng sản", HEADING),
    (
        "*",
        "Xây dựng kế hoạch tìm nguồn vật liệu thay thế dần cho cát để làm vật liệu xây dựng thông thường, đảm bảo "
        "ngành khoáng sản vật liệu xây dựng phát triển hợp lý",
        "Sở Xây dựng",
        "Sở Tài nguyên và Môi trường",
        "năm 2021",
        ["sxd"],
        ["stnmt"],
        datetime.date(2021, 12, 31),
        False,
    ),
    (
        "*",
        "Xây dựng hoàn thiện nội dung phương án bảo vệ; điều tra cơ bản địa chất về khoáng sản; thăm dò, khai thác "
        "và sử dụng tài nguyên khoáng sản trong quy hoạch tỉnh, trình cấp thẩm quyền phê duyệt",
        "Sở Tài nguyên và Môi trường",
        "Sở Xây dựng, Sở Công Thương, UBND các huyện, thành phố liên quan",
        "theo thời gian thực hiện quy hoạch tỉnh",
        ["stnmt"],
        ["sxd", "sct", "huyen"],
        None,
        False,
    ),
    (
        "b)",
        "Xây dựng chính sách khuyến khích các doanh nghiệp trong và ngoài tỉnh xây dựng các vùng nguyên liệu "
        "trong chế biến thực phẩm, đồ uống",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Kế hoạch và Đầu tư, Sở Tài chính, UBND các huyện, thành phố liên quan",
        "năm 2021",
        ["snn"],
        ["skhdt", "stc", "huyen"],
        datetime.date(2021, 12, 31),
        False,
    ),
    ("c)", "Công nghiệp chế biến gỗ, giấy", HEADING),
    (
        "-",
        "Xây dựng kế hoạch triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 28/3/2019 của Thủ tướng Chính phủ về "
        "thực hiện một số nhiệm vụ, giải pháp phát triển nhanh và bền vững ngành công nghiệp chế biến gỗ và lâm sản "
        "ngoài gỗ phục vụ xuất khẩu",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Công Thương và Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "năm 2019",
        ["snn"],
        ["sct", "bql"],
        datetime.date(2019, 12, 31),
        False,
    ),
    ("d)", "Công nghiệp sản xuất vật liệu xây dựng", HEADING),
    (
        "*",
        "Rà soát, điều chỉnh, bổ sung hợp phần quy hoạch thăm dò, khai thác và sử dụng khoáng sản làm vật liệu "
        "xây dựng thông thường tỉnh Quảng Ngãi đến năm 2025 và định hướng đến năm 2030",
        "Sở Xây dựng",
        "Sở Tài nguyên và Môi trường, Sở Công Thương",
        "năm 2020",
        ["sxd"],
        ["stnmt", "sct"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "*",
        "Phổ biến, hướng dẫn thực hiện các tiêu chuẩn, quy chuẩn kỹ thuật về vật liệu xây không nung, cát nghiền",
        "Sở Xây dựng",
        "",
        "Thực hiện hằng năm",
        ["sxd"],
        [],
        None,
        True,
    ),
    (
        "*",
        "Xây dựng cơ chế khuyến khích các doanh nghiệp đầu tư sản xuất kinh doanh sản phẩm từ nguồn phế thải "
        "(tro, xỉ) của ngành công nghiệp luyện kim",
        "Sở Xây dựng",
        "Sở Công Thương, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "năm 2020",
        ["sxd"],
        ["sct", "bql"],
        datetime.date(2020, 12, 31),
        False,
    ),
    ("đ)", "Công nghiệp lọc hóa dầu, hóa chất", HEADING),
    (
        "*",
        "Hoàn thành công tác bồi thường, giải phóng mặt bằng và hỗ trợ Tập đoàn Dầu khí Việt Nam sớm triển khai dự "
        "án nâng cấp, mở rộng công suất Nhà máy lọc dầu Dung Quất lên 8,5 triệu tấn/năm",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "UBND huyện Bình Sơn",
        "năm 2019",
        ["bql"],
        ["binhson"],
        datetime.date(2019, 12, 31),
        False,
    ),
    (
        "*",
        "Xúc tiến thành lập Trung tâm Lọc hóa dầu và Trung tâm Năng lượng Quốc gia tại KKT Dung Quất",
        "Sở Công Thương",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "đến năm 2025",
        ["sct"],
        ["bql"],
        datetime.date(2025, 12, 31),
        False,
    ),
    ("e)", "Công nghiệp dệt may - da giày", HEADING),
    (
        "*",
        "Tiếp tục thực hiện kế hoạch xúc tiến thương mại, tiếp cận thị trường xuất khẩu mới đối với các sản phẩm "
        "của ngành công nghiệp dệt may - da giày, các sản phẩm chủ lực của tỉnh",
        "Sở Công Thương",
        "",
        "năm 2020",
        ["sct"],
        [],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "*",
        "Tiếp tục thu hút đầu tư, phát triển các dự án sản xuất thiết bị, nguyên liệu, phụ liệu, dự án ngành công "
        "nghiệp phụ trợ phục vụ cho ngành dệt may - da giày",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "Sở Kế hoạch và Đầu tư",
        "thực hiện hằng năm",
        ["bql"],
        ["skhdt"],
        None,
        True,
    ),
    ("f)", "Công nghiệp cơ khí, điện tử và sản xuất kim loại", HEADING),
    (
        "*",
        "Đánh giá toàn bộ năng lực ngành cơ khí trên địa bàn tỉnh. Xây dựng kế hoạch, lộ trình phát triển ngành cơ "
        "khí, luyện kim, cơ điện tử, thiết bị - phụ kiện điện tử phù hợp xu thế hội nhập",
        "Sở Công Thương",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "năm 2020",
        ["sct"],
        ["bql"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "*",
        "Đẩy mạnh công tác tuyên truyền thu hút đầu tư, phát triển các phân ngành công nghiệp cơ khí - công nghiệp "
        "nền tảng trên địa bàn tỉnh",
        "Sở Kế hoạch và Đầu tư, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "Sở Công Thương",
        "thực hiện thường xuyên, hằng năm",
        ["skhdt", "bql"],
        ["sct"],
        None,
        True,
    ),
    ("g)", "Công nghiệp sản xuất và phân phối điện", HEADING),
    (
        "*",
        "Triển khai, quản lý, giám sát thực hiện hợp phần quy hoạch phát triển điện lực tỉnh Quảng Ngãi giai đoạn "
        "2016-2025, có xét đến năm 2035, quy hoạch phát triển hệ thống điện 110 kV",
        "Sở Công Thương",
        "Sở Kế hoạch và Đầu tư, Sở Tài chính",
        "đến năm 2025 (đảm bảo đáp ứng mục tiêu phát triển kinh tế - xã hội của tỉnh, điện thương phẩm dự báo đạt "
        "4.108 triệu kWh)",
        ["sct"],
        ["skhdt", "stc"],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "*",
        "Tiếp tục triển khai, hoàn thành dự án cấp điện nông thôn tỉnh Quảng Ngãi",
        "Sở Công Thương",
        "Sở Kế hoạch và Đầu tư, Sở Tài chính",
        "đến năm 2025",
        ["sct"],
        ["skhdt", "stc"],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "*",
        "Xây dựng quy chế phối hợp quản lý, phát triển ngành điện trên địa bàn tỉnh",
        "Sở Công Thương",
        "",
        "năm 2020",
        ["sct"],
        [],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "i)",
        "Nghiên cứu ứng dụng năng lượng gió để phát điện tại khu vực có tiềm năng",
        "Sở Công Thương",
        "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió",
        "Đến năm 2030 xây dựng, vận hành được ít nhất 01 nhà máy điện gió tại tỉnh Quảng Ngãi, công suất đạt ít nhất "
        "100 MW",
        ["sct"],
        ["huyen"],
        datetime.date(2030, 12, 31),
        False,
    ),
    (
        "k)",
        "Xây dựng chính sách phát triển năng lượng mặt trời trên địa bàn tỉnh, đặc biệt chú trọng gia tăng sản "
        "lượng điện được cung cấp các dự án điện mặt trời áp mái (các tòa nhà)",
        "Sở Công Thương",
        "",
        "Đến năm 2025 sản lượng điện cấp từ các dự án điện mặt trời và mặt trời áp mái đạt 800 triệu kWh",
        ["sct"],
        [],
        datetime.date(2025, 12, 31),
        False,
    ),
    (3, "Xây dựng chính sách tạo lập môi trường đầu tư, kinh doanh thuận lợi cho phát triển công nghiệp", HEADING),
    (
        "a)",
        "Rà soát, điều chỉnh, bổ sung Quyết định số 36/2016/QĐ-UBND ngày 29/7/2016 của UBND tỉnh ban hành quy định "
        "về ưu đãi, hỗ trợ và thu hút đầu tư của tỉnh Quảng Ngãi",
        "Sở Kế hoạch và Đầu tư",
        "Sở Khoa học và Công nghệ\nSở Công Thương\nSở Nông nghiệp và Phát triển nông thôn\n"
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "Năm 2020",
        ["skhdt"],
        ["skhcn", "sct", "snn", "bql"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "b)",
        "Xây dựng Đề án thành lập Quỹ tín dụng doanh nghiệp nhỏ và vừa trên địa bàn tỉnh Quảng Ngãi",
        "Sở Tài chính",
        "",
        datetime.date(2020, 12, 31),
        ["stc"],
        [],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "d)",
        "Xây dựng kế hoạch hỗ trợ Hệ sinh thái khởi nghiệp, đổi mới sáng tạo tỉnh Quảng Ngãi",
        "Sở KH&CN",
        "",
        "năm 2020",
        ["skhcn"],
        [],
        datetime.date(2020, 12, 31),
        False,
    ),
    (4, "Chính sách phát triển doanh nghiệp công nghiệp", HEADING),
    (
        "b)",
        "Điều chỉnh kế hoạch phát triển doanh nghiệp siêu nhỏ, nhỏ và vừa trên địa bàn tỉnh đảm bảo có tính khả thi",
        "Sở KH&ĐT",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi, Sở Công Thương, Sở Tài chính, Sở Lao động - Thương binh "
        "và Xã hội",
        "năm 2019",
        ["skhdt"],
        ["bql", "sct", "stc", "sldtbxh"],
        datetime.date(2019, 12, 31),
        False,
    ),
    (5, "Chính sách phát triển nguồn nhân lực công nghiệp", HEADING),
    (
        "a)",
        "Xây dựng kế hoạch định hướng nghề nghiệp, phát triển nguồn nhân lực qua đào tạo nghề đảm bảo về số lượng, "
        "chất lượng, cơ cấu trình độ, cơ cấu ngành nghề đào tạo",
        "Sở Lao động - Thương binh và Xã hội",
        "Hệ thống các Trường Trung cấp, Cao đẳng, Đại học trên địa bàn và UBND các huyện, thành phố",
        "năm 2020",
        ["sldtbxh"],
        ["truong", "huyen"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "b)",
        "Xây dựng chính sách, hỗ trợ các cơ sở giáo dục nghề nghiệp liên kết với doanh nghiệp FDI, tập đoàn lớn "
        "trong và ngoài nước đào tạo nguồn nhân lực theo hợp đồng",
        "Sở Lao động - Thương binh và Xã hội",
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "+ Hoàn thành xây dựng chính sách trong năm 2020;\n+ Ký hợp đồng đào tạo nguồn nhân lực giữa các cơ sở giáo "
        "dục nghề nghiệp với các doanh nghiệp FDI, tập đoàn lớn: ít nhất có 05 hợp đồng được ký kết đến năm 2025.",
        ["sldtbxh"],
        ["bql"],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "c)",
        "Xây dựng kế hoạch thực hiện đến năm 2025 để tỉnh Quảng Ngãi là địa phương có ít nhất 02 trường nghề uy "
        "tín trong vùng kinh tế trọng điểm miền Trung",
        "Sở Lao động - Thương binh và Xã hội",
        "",
        "+ Xây dựng kế hoạch hoàn thành trong năm 2020.\n+ Thực hiện hoàn thành kế hoạch đến năm 2025.",
        ["sldtbxh"],
        [],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "d)",
        "Tham mưu UBND tỉnh ban hành chính sách, nội dung, phương pháp giáo dục mới nhằm tạo ra nguồn lực có khả "
        "năng tiếp nhận các xu thế công nghệ mới",
        "Sở Giáo dục và Đào tạo",
        "",
        "năm 2020",
        ["sgddt"],
        [],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "e)",
        "Tiếp tục tổ chức thực hiện hiệu quả các cơ chế, chính sách phát triển nguồn nhân lực công nghiệp",
        "Sở Giáo dục và Đào tạo; Sở Lao động - Thương binh và Xã hội",
        "",
        "thực hiện thường xuyên hằng năm",
        ["sgddt", "sldtbxh"],
        [],
        None,
        True,
    ),
    (
        "g)",
        "Quy hoạch quỹ đất và xây dựng chính sách nhà ở xã hội, hạ tầng xã hội cho người lao động tại các khu công "
        "nghiệp, cụm công nghiệp",
        "Sở Xây dựng",
        "Sở Tài nguyên và Môi trường, Sở Lao động - Thương binh và Xã hội",
        "năm 2020",
        ["sxd"],
        ["stnmt", "sldtbxh"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (6, "Xây dựng chính sách khoa học công nghệ cho phát triển công nghiệp", HEADING),
    (
        "a)",
        "Xây dựng Đề án ứng dụng khoa học công nghệ trong tái cơ cấu ngành Công Thương giai đoạn đến năm 2030, tầm "
        "nhìn đến năm 2045",
        "Sở Công Thương",
        "Sở Khoa học và Công nghệ, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        "năm 2020",
        ["sct"],
        ["skhcn", "bql"],
        datetime.date(2020, 12, 31),
        False,
    ),
    (
        "b)",
        "Tham mưu xây dựng, trình ban hành các chương trình, kế hoạch khoa học và công nghệ hỗ trợ đổi mới thiết "
        "bị, công nghệ, phát triển tài sản trí tuệ, nâng cao năng suất và chất lượng",
        "Sở Khoa học và Công nghệ",
        "",
        "Từ năm 2020 - 2025",
        ["skhcn"],
        [],
        datetime.date(2025, 12, 31),
        False,
    ),
    (
        "c)",
        "Xây dựng kế hoạch và triển khai thực hiện đầu tư phát triển hạ tầng công nghệ thông tin và truyền thông "
        "đồng bộ cho vùng sâu, vùng xa, miền núi hải đảo; phủ sóng 5G toàn bộ khu vực tỉnh Quảng Ngãi",
        "",
        "",
        "đến năm 2025",
        [],
        [],
        datetime.date(2025, 12, 31),
        False,
        "Sở Thông tin và Truyền thông",
        ["stttt"],
    ),
    (
        "d)",
        "Xây dựng kế hoạch thành lập Khu công nghệ thông tin tập trung tại Quảng Ngãi",
        "",
        "",
        "đến năm 2025",
        [],
        [],
        datetime.date(2025, 12, 31),
        False,
        "Sở TT&TT",
        ["stttt"],
    ),
    (
        "g)",
        "Tham mưu thành lập Quỹ hỗ trợ phát triển ứng dụng công nghệ mới trong áp dụng công nghệ trí tuệ nhân tạo "
        "(AI), công nghệ Blockchain",
        "Sở Khoa học và Công nghệ",
        "",
        "năm 2021",
        ["skhcn"],
        [],
        datetime.date(2021, 12, 31),
        False,
    ),
    (
        7,
        "Xây dựng chính sách khai thác tài nguyên, khoáng sản và chính sách bảo vệ môi trường, thích ứng với biến đổi "
        "khí hậu trong quá trình phát triển công nghiệp",
        HEADING,
    ),
    (
        "a)",
        "Tiếp tục triển khai thực hiện Đề án bảo vệ môi trường tỉnh Quảng Ngãi giai đoạn 2013 - 2015 và định hướng "
        "đến năm 2020",
        "",
        "",
        "thực hiện thường xuyên hằng năm",
        [],
        [],
        None,
        True,
        "Sở TN&MT",
        ["stnmt"],
    ),
    (
        "b)",
        "Xây dựng Quy định về trách nhiệm bảo vệ khoáng sản chưa khai thác, gắn với trách nhiệm bảo vệ môi trường",
        "",
        "",
        "Thực hiện ngay sau khi có quy hoạch tỉnh",
        [],
        [],
        None,
        False,
        "Sở Tài nguyên và Môi trường",
        ["stnmt"],
    ),
    (
        "d)",
        "Tổ chức thực hiện các hoạt động giảm nhẹ phát thải khí nhà kính phù hợp với điều kiện tỉnh Quảng Ngãi",
        "Sở Tài nguyên và Môi trường",
        "Sở Kế hoạch và Đầu tư, Sở Tài chính, UBND các huyện, thành phố trên địa bàn tỉnh",
        "năm 2030",
        ["stnmt"],
        ["skhdt", "stc", "huyen"],
        datetime.date(2030, 12, 31),
        False,
    ),
]

TITLE = [
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Số: 72/KH-UBND", "Độc lập - Tự do - Hạnh phúc"),
    ("", "Quảng Ngãi, ngày 15 tháng 5 năm 2019"),
    ("KẾ HOẠCH",),
    (
        "Triển khai thực hiện Chương trình hành động số 37-CTr/TU ngày 26/3/2019 của Tỉnh ủy Quảng Ngãi thực hiện "
        "Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính sách phát triển công "
        "nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh Quảng Ngãi",
    ),
]
SUBJECT = TITLE[4][0]
HEADER_TOP = ["TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", None, "Thời gian thực hiện", "Ghi chú / Sản phẩm"]
HEADER_BOTTOM = [None, None, "Chủ trì", "Phối hợp", None, None]


def create_agencies(province):
    """The agencies 004 names, with their short names and the aliases an office would have mapped."""
    agencies = {}
    for key, (name, short_name, kind, aliases) in AGENCIES.items():
        agency = AgencyFactory(province=province, name=name, short_name=short_name, kind=kind, is_group=key in GROUPS)
        for alias in aliases:
            AgencyAliasFactory(agency=agency, alias=alias)
        agencies[key] = agency
    return agencies


def _row(entry, executing_column=False):
    """[label, text, lead, coordinators, timeframe] as a sheet shows one entry, or with an executing column."""
    label, text = entry[0], entry[1]
    if entry[2] is HEADING:
        return [label, text, None, None, None, None][: 6 if executing_column else 5]
    lead, coordinators, timeframe = entry[2] or None, entry[3] or None, entry[4]
    executing = entry[9] if len(entry) > 9 else None
    if executing_column:
        return [label, text, lead, coordinators, executing, timeframe]
    return [label, text, lead or executing, coordinators, timeframe]


def expected_tasks():
    """{code: (lead names, coordinator names, due date, recurring)} for every task row, in file order."""
    names = {key: value[0] for key, value in AGENCIES.items()}
    expected, section, number, letter, bullets = {}, "II", None, None, 0
    for entry in ROWS:
        label = str(entry[0]).rstrip(")")
        if label == "II":
            continue
        if label.isdigit():
            number, letter, bullets = label, None, 0
            continue
        if label in "*-+":
            bullets += 1
            code = f"{section}.{number}.{letter}.{bullets}"
        else:
            letter, bullets = label, 0
            code = f"{section}.{number}.{letter}"
        if entry[2] is HEADING:
            continue
        leads = entry[5] + (entry[10] if len(entry) > 10 else [])
        expected[code] = ([names[key] for key in leads], [names[key] for key in entry[6]], entry[7], entry[8])
    return expected


def strip_diacritics(value):
    """Text typed without a Vietnamese keyboard: `Sở Kế hoạch và Đầu tư` -> `So Ke hoach va Dau tu`."""
    if value == "đ)":
        return "dd)"  # how Telex users type the letter đ in an outline label
    return without_diacritics(value)


def build_004_workbook(path, *, no_diacritics=False, rows=ROWS, title=TITLE):
    """The plan's task table as an office keeps it: titles, merged cells, two-level header, sections."""
    text = strip_diacritics if no_diacritics else (lambda value: value)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = text("Nhiệm vụ")
    for index, line in enumerate(title, start=1):
        sheet.cell(index, 1, text(line[0]) or None)
        if len(line) > 1:
            sheet.cell(index, 4, text(line[1]))
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("D1:F1")
    sheet.merge_cells("A4:F4")
    sheet.merge_cells("A5:F5")
    for column, (top, bottom) in enumerate(zip(HEADER_TOP, HEADER_BOTTOM, strict=True), start=1):
        sheet.cell(7, column, text(top))
        sheet.cell(8, column, text(bottom))
    for column in "ABEF":
        sheet.merge_cells(f"{column}7:{column}8")
    sheet.merge_cells("C7:D7")
    for column in range(1, 7):
        sheet.cell(9, column, f"({column})")
    number = 10
    for entry in rows:
        values = _row(entry)
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(number, column, text(value))
        if entry[2] is HEADING and not isinstance(entry[0], int):
            sheet.merge_cells(start_row=number, start_column=2, end_row=number, end_column=6)
        number += 1
    _merge_shared_lead(sheet)
    workbook.save(path)
    return path


def _merge_shared_lead(sheet):
    """II.2.g's first two bullets share lead and coordinators: offices merge those cells down."""
    rows = [
        row
        for row in range(10, sheet.max_row + 1)
        if str(sheet.cell(row, 2).value or "").startswith(
            ("Triển khai, quản lý, giám sát", "Trien khai, quan ly, giam sat")
        )
    ]
    if not rows:
        return  # a workbook built from other rows than 004's
    first = rows[0]
    sheet.cell(first + 1, 3).value = None
    sheet.cell(first + 1, 4).value = None
    sheet.merge_cells(start_row=first, start_column=3, end_row=first + 1, end_column=3)
    sheet.merge_cells(start_row=first, start_column=4, end_row=first + 1, end_column=4)


def build_004_csv(path, *, bom=True, delimiter=","):
    """The same table saved as CSV UTF-8 (Excel writes a BOM; other tools do not)."""
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for title in TITLE:
            writer.writerow(title)
        writer.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Đơn vị thực hiện", "Thời hạn"])
        for entry in ROWS:
            values = _row(entry, executing_column=True)
            if isinstance(values[5], datetime.date):
                values[5] = values[5].strftime("%d/%m/%Y")
            writer.writerow(["" if value is None else value for value in values])
    return path


DEFECT_ROWS = [
    ("I", "NHIỆM VỤ", HEADING),
    (1, "Xây dựng quy chế phối hợp quản lý ngành điện", "Sở Công Thương", "Sở Vũ Trụ Học", "năm 2020"),
    (2, "Xây dựng đề án hỗ trợ doanh nghiệp nhỏ và vừa", "", "Sở Tài chính", "năm 2021"),
    (3, "Rà soát quy hoạch khoáng sản", "Sở Xây dựng", "", "khi nào xong thì báo"),
    (4, "Tổ chức hội nghị xúc tiến đầu tư", "Sở Kế hoạch và Đầu tư", "", "31/02/2025"),
    (4, "Tổ chức hội chợ hàng công nghiệp nông thôn", "Sở Công Thương", "", "năm 2022"),
    (5, "Tổng hợp kinh phí thực hiện", "Sở Tài chính", "", "=DATE(2025,12,31)"),
]
# (row, column letter, field) of each defect above, as the preview must report it
DEFECTS = [
    (8, "D", "coordinators"),  # unknown agency
    (9, "C", "lead"),  # missing lead
    (11, "E", "timeframe"),  # impossible date
    (12, "A", "code"),  # duplicate outline code
    (13, "E", "timeframe"),  # a formula
]
UNREADABLE_TIMEFRAME = (10, "E", "timeframe")  # a warning: the task is imported and marked for review


def build_defects_workbook(path):
    """One workbook with every kind of defect an import must report at once, with its location."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Nhiệm vụ"
    sheet.append(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"])
    sheet.append(["Số: 99/KH-UBND"])
    sheet.append(["KẾ HOẠCH"])
    sheet.append(["Phát triển công nghiệp năm 2025"])
    sheet.append([])
    sheet.append(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"])
    for entry in DEFECT_ROWS:
        sheet.append(_row(entry))
    workbook.save(path)
    return path
