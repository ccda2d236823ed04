"""Seed 004: Kế hoạch of UBND tỉnh Quảng Ngãi carrying out 37-CTr/TU (itself carrying out 23-NQ/TW), from an OCR scan.

The file layout is described in doc000. The scan has lost or garbled the diacritics; every text
and agency name here is restored to standard Vietnamese (`So Ke hoach va Pau tu` is Sở Kế hoạch và
Đầu tư). Decisions made in transcribing:
- Number and date are not in the scan: left empty. KH-UBND is the symbol every plan of UBND tỉnh
  takes; the signer is in the scan.
- Vietnamese letters run a b c d đ e g h i k. The OCR prints `đ)` as `d)` or `¢)`; a second `d)` after
  a `d)` is `đ)` (II.2, II.3, II.4, II.5, II.6). II.2 also has an `f)` (the document's own letter,
  between e and g), kept as printed.
- II.2.a has a second `b)` before the real b): it is about mining, and the real b) (food
  processing) follows it, so it is the second bullet of a), coded II.2.a.2.
- Bullets (`*`, `-`, `+`) under a lettered item are its children, coded II.2.a.1, II.2.a.2...
  An item that is a sector (II.2 a–g) is a heading over its bullets; an unbulleted paragraph under
  such a heading (II.2.b) is its only child, with no label.
- "Cơ quan chủ trì" (also "Cơ quan chủ trì thực hiện") is lead; two leads side by side are co-leads
  (II.2.f.2, II.5.e). "Cơ quan thực hiện" / "Đơn vị thực hiện" is executing; "Cơ quan phối hợp
  (thực hiện)" is coordinating. Items without any of these lines (II.2.g.4, II.2.h, II.4.a, II.4.c,
  II.4.đ, II.6.e, II.7.c, II.8.1, II.8.3, III.3) stay unassigned.
- Loose bodies that are no agency ("các tổ chức liên quan", "Các cơ quan, tổ chức liên quan theo đề
  xuất của cơ quan chủ trì") are left out; where one stands beside a named lead its words are kept
  in that assignment's original text (II.5.b).
- "Thời gian thực hiện:" is the label of every timeframe and is left out of it; other words are kept.
- II.2.h, i and k (gas, wind and solar power) belong with the power sector of g).
- II.6.b's five programmes are its children and share its lead and period.
"""

DIRECTIVE = {
    "province": "quang-ngai",
    "kind": "ke_hoach",
    "number": "",
    "symbol": "KH-UBND",
    "issuing_agency": "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "place": "Quảng Ngãi",
    "issued_on": None,
    "subject": (
        "Triển khai thực hiện Chương trình hành động số 37-CTr/TU ngày 26/3/2019 của Tỉnh ủy Quảng Ngãi thực hiện "
        "Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính sách phát triển "
        "công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh Quảng Ngãi"
    ),
    "signer_name": "Nguyễn Tăng Bính",
    "signer_capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    "recipients": (
        "Nơi nhận:\n"
        "- Thường trực Tỉnh ủy (báo cáo);\n"
        "- Thường trực HĐND tỉnh;\n"
        "- CT, các PCT UBND tỉnh;\n"
        "- Ủy ban MTTQVN tỉnh;\n"
        "- Các sở, ban ngành tỉnh;\n"
        "- UBND các huyện, thành phố;\n"
        "- Báo Quảng Ngãi;\n"
        "- Đài Phát thanh – Truyền hình tỉnh;\n"
        "- VPUB: CVP, PCVP, TH, CBTH;\n"
        "- Lưu: VT, CNXD (trung210)"
    ),
    "monitoring_agency": "Sở Công Thương",
    "note": (
        "Văn bản nguồn là bản quét (OCR): không đọc được số và ngày ban hành; ký hiệu KH-UBND theo thể thức kế "
        "hoạch của UBND tỉnh. Nội dung đã được hiệu đính dấu tiếng Việt."
    ),
}

# 004 carries out 37-CTr/TU, which carries out 23-NQ/TW: both are kept on 004, the second saying it is
# reached through the first, so a user walks the chain from the plan up to the Politburo's resolution.
LINKS = [
    {
        "relation": "implements",
        "reference": "37-CTr/TU",
        "issued_on": "2019-03-26",
        "issuer": "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
        "title": (
            "Chương trình hành động số 37-CTr/TU ngày 26/3/2019 của Ban Thường vụ Tỉnh ủy Quảng Ngãi thực hiện "
            "Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính sách phát triển "
            "công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045"
        ),
    },
    {
        "relation": "implements",
        "reference": "23-NQ/TW",
        "issued_on": "2018-03-22",
        "issuer": "Bộ Chính trị",
        "title": (
            "Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính sách phát triển "
            "công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045 (thực hiện thông qua Chương trình hành động "
            "số 37-CTr/TU của Tỉnh ủy)"
        ),
    },
]

SCHEDULES = []

_SCT = "Sở Công Thương"
_SKHDT = "Sở Kế hoạch và Đầu tư"
_STC = "Sở Tài chính"
_SXD = "Sở Xây dựng"
_STNMT = "Sở Tài nguyên và Môi trường"
_SNN = "Sở Nông nghiệp và Phát triển nông thôn"
_SLD = "Sở Lao động - Thương binh và Xã hội"
_SGD = "Sở Giáo dục và Đào tạo"
_SKHCN = "Sở Khoa học và Công nghệ"
_STTTT = "Sở Thông tin và Truyền thông"
_BQL = "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi"
_DISTRICTS = "UBND các huyện, thành phố"
_DISTRICTS_CONCERNED = ("UBND các huyện, thành phố liên quan", "UBND các huyện, thị xã, thành phố")

_POWER = "Công nghiệp sản xuất và phân phối điện"
_EVERY_YEAR = "(thực hiện hằng năm)"
_CONTINUOUS = "(thực hiện thường xuyên, hằng năm)"

_PURPOSES = {
    "code": "I",
    "label": "I.",
    "heading": True,
    "text": "MỤC ĐÍCH, YÊU CẦU",
    "children": [
        {
            "code": "I.1",
            "label": "1.",
            "heading": True,
            "text": "Mục đích",
            "children": [
                {
                    "code": "I.1.1",
                    "label": "-",
                    "heading": True,
                    "text": "Xác định các nhiệm vụ cụ thể của các sở, ban, ngành và UBND các huyện, thành phố nhằm "
                    "triển khai hoàn thành các mục tiêu theo Chương trình hành động số 37-CTr/TU.",
                },
                {
                    "code": "I.1.2",
                    "label": "-",
                    "heading": True,
                    "text": "Triển khai kịp thời, có hiệu quả quan điểm chỉ đạo và các định hướng chủ yếu được xác "
                    "định trong Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị và các nhiệm vụ, giải "
                    "pháp chủ yếu đã được đề ra trong Chương trình hành động số 37-CTr/TU.",
                },
                {
                    "code": "I.1.3",
                    "label": "-",
                    "heading": True,
                    "text": "Đảm bảo triển khai đúng các định hướng của Đảng, quản lý của nhà nước, khích lệ sự đóng "
                    "góp, tham gia tích cực của tất cả các thành phần kinh tế, các tổ chức chính trị - xã "
                    "hội, xã hội - nghề nghiệp vào công cuộc phát triển công nghiệp tỉnh Quảng Ngãi đến năm "
                    "2030, tầm nhìn đến năm 2045.",
                },
            ],
        },
        {
            "code": "I.2",
            "label": "2.",
            "heading": True,
            "text": "Yêu cầu",
            "children": [
                {
                    "code": "I.2.1",
                    "label": "-",
                    "heading": True,
                    "text": "Đảm bảo sự phân công nhiệm vụ cụ thể, rõ ràng và có sự phối hợp chặt chẽ giữa các cấp, "
                    "các ngành, các cơ quan, đơn vị, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, xã "
                    "hội - nghề nghiệp trong quá trình triển khai thực hiện Kế hoạch phát triển công nghiệp "
                    "tỉnh Quảng Ngãi đến năm 2030, tầm nhìn đến năm 2045.",
                },
                {
                    "code": "I.2.2",
                    "label": "-",
                    "heading": True,
                    "text": "Cụ thể hóa, thể chế hóa, xây dựng và ban hành các cơ chế, chính sách xây dựng phát triển "
                    "công nghiệp đã được chỉ đạo và định hướng trong Nghị quyết số 23-NQ/TW và các nhiệm vụ, "
                    "giải pháp chủ yếu đã được đề ra trong Chương trình hành động số 37-CTr/TU.",
                },
                {
                    "code": "I.2.3",
                    "label": "-",
                    "heading": True,
                    "text": "Triển khai đồng bộ các nhiệm vụ, giải pháp đã đề ra; tiến hành soát xét hằng năm và định "
                    "kỳ 3 năm, 5 năm tổ chức sơ kết, tổng kết để đánh giá toàn diện việc triển khai thực "
                    "hiện Kế hoạch. Kịp thời điều chỉnh, bổ sung, cập nhật các nhiệm vụ, giải pháp mới, đảm "
                    "bảo đạt kết quả, hiệu quả trong quá trình triển khai nhằm đạt được các mục tiêu đã "
                    "hoạch định, đáp ứng yêu cầu thực tiễn đặt ra.",
                },
            ],
        },
    ],
}

_SPACE = {
    "code": "II.1",
    "label": "1.",
    "heading": True,
    "text": "Phân bố không gian công nghiệp và chuyển dịch cơ cấu công nghiệp",
    "children": [
        {
            "code": "II.1.a",
            "label": "a)",
            "text": "Xây dựng các tiêu chí, yêu cầu cụ thể nhằm lựa chọn, xác định vùng công nghiệp động lực, vùng "
            "trọng điểm có khả năng trở thành động lực lan tỏa tăng trưởng cho các địa phương của tỉnh.",
            "timeframe": "năm 2020",
            "lead": [_SKHDT],
            "coordinating": [_SCT, _BQL, _DISTRICTS_CONCERNED],
        },
        {
            "code": "II.1.b",
            "label": "b)",
            "text": "Xây dựng tiêu chí ưu tiên thu hút doanh nghiệp vào hoạt động trong các khu công nghiệp (KCN), "
            "cụm công nghiệp (CCN) mà ngành nghề sản xuất kinh doanh tạo được giá trị gia tăng cao, tích "
            "hợp công nghệ thông tin, tự động hóa trong sản xuất và có quy trình, mô hình sản xuất dạng nhà "
            "máy thông minh, phát triển sản xuất các sản phẩm, thiết bị thông minh.\n\n"
            "Xây dựng tiêu chí phù hợp để đánh giá hiệu quả hoạt động của các CCN tại các địa phương, xét "
            "chọn các CCN có khả năng thu hút đầu tư tốt để ưu tiên bố trí vốn ngân sách giải phóng mặt bằng "
            "CCN, đầu tư hạ tầng kỹ thuật CCN và định mức tỉ lệ bố trí vốn ngân sách trên cơ sở tổng chi "
            "ngân sách của địa phương hằng năm.",
            "timeframe": "năm 2021",
            "lead": [_SCT],
            "coordinating": [_BQL, _DISTRICTS],
        },
        {
            "code": "II.1.c",
            "label": "c)",
            "text": "Xây dựng cơ chế, tập trung nguồn lực, tạo điều kiện để đầu tư phát triển KCN Phổ Phong tương "
            "ứng với chỉ tiêu cơ cấu công nghiệp của huyện Đức Phổ.",
            "timeframe": "năm 2020",
            "lead": ["Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi"],
            "coordinating": [_SKHDT, _STC, "UBND huyện Đức Phổ"],
        },
        {
            "code": "II.1.d",
            "label": "d)",
            "text": "Xây dựng đề án thúc đẩy chuyển dịch cơ cấu nội ngành công nghiệp theo hướng nâng cao giá trị "
            "gia tăng và mức độ thông minh.",
            "timeframe": "năm 2019, 2020",
            "lead": [_SCT],
            "coordinating": [_BQL, _SKHDT, _STC, _DISTRICTS],
        },
    ],
}

_SECTORS = {
    "code": "II.2",
    "label": "2.",
    "heading": True,
    "text": "Xây dựng chính sách và phát triển các ngành công nghiệp ưu tiên",
    "children": [
        {
            "code": "II.2.a",
            "label": "a)",
            "heading": True,
            "text": "Công nghiệp khai thác khoáng sản",
            "sector": "Công nghiệp khai thác khoáng sản",
            "children": [
                {
                    "code": "II.2.a.1",
                    "label": "*",
                    "text": "Xây dựng kế hoạch tìm nguồn vật liệu thay thế dần cho cát để làm vật liệu xây dựng thông "
                    "thường, đảm bảo ngành khoáng sản vật liệu xây dựng phát triển hợp lý.",
                    "timeframe": "năm 2021",
                    "lead": [_SXD],
                    "coordinating": [_STNMT],
                },
                {
                    # Printed "b)" in the scan; see the module docstring.
                    "code": "II.2.a.2",
                    "label": "*",
                    "text": "Xây dựng hoàn thiện nội dung phương án bảo vệ; điều tra cơ bản địa chất về khoáng sản; "
                    "thăm dò, khai thác và sử dụng tài nguyên khoáng sản trong quy hoạch tỉnh, trình cấp "
                    "thẩm quyền phê duyệt.",
                    "timeframe": "theo thời gian thực hiện quy hoạch tỉnh",
                    "lead": [_STNMT],
                    "coordinating": [_SXD, _SCT, _DISTRICTS_CONCERNED],
                },
            ],
        },
        {
            "code": "II.2.b",
            "label": "b)",
            "heading": True,
            "text": "Công nghiệp chế biến thực phẩm, đồ uống",
            "sector": "Công nghiệp chế biến thực phẩm, đồ uống",
            "children": [
                {
                    "code": "II.2.b.1",
                    "label": "",
                    "text": "Xây dựng chính sách khuyến khích các doanh nghiệp trong và ngoài tỉnh xây dựng các vùng "
                    "nguyên liệu trong chế biến đảm bảo có sự gắn kết chặt chẽ của chuỗi, cụm liên kết ngành "
                    "trong sản xuất, chế biến, lưu thông và thị trường tiêu thụ; người dân trong vùng nguyên "
                    "liệu được tham gia và được hưởng lợi nhất định trong khâu sản xuất và tiêu thụ sản "
                    "phẩm.",
                    "timeframe": "năm 2021",
                    "executing": [_SNN],
                    "coordinating": [_SKHDT, _STC, _DISTRICTS_CONCERNED],
                },
            ],
        },
        {
            "code": "II.2.c",
            "label": "c)",
            "heading": True,
            "text": "Công nghiệp chế biến gỗ, giấy",
            "sector": "Công nghiệp chế biến gỗ, giấy",
            "children": [
                {
                    "code": "II.2.c.1",
                    "label": "-",
                    "text": "Xây dựng kế hoạch triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 28/3/2019 của Thủ tướng "
                    "Chính phủ về thực hiện một số nhiệm vụ, giải pháp phát triển nhanh và bền vững ngành "
                    "công nghiệp chế biến gỗ và lâm sản ngoài gỗ phục vụ xuất khẩu.",
                    "timeframe": "năm 2019",
                    "lead": [_SNN],
                    "coordinating": [_SCT, _BQL],
                },
            ],
        },
        {
            "code": "II.2.d",
            "label": "d)",
            "heading": True,
            "text": "Công nghiệp sản xuất vật liệu xây dựng",
            "sector": "Công nghiệp sản xuất vật liệu xây dựng",
            "children": [
                {
                    "code": "II.2.d.1",
                    "label": "*",
                    "text": "Rà soát, điều chỉnh, bổ sung hợp phần quy hoạch thăm dò, khai thác và sử dụng khoáng sản "
                    "làm vật liệu xây dựng thông thường tỉnh Quảng Ngãi đến năm 2025 và định hướng đến năm "
                    "2030 cho phù hợp tình hình thực tế, thực tiễn tại địa phương, đảm bảo sử dụng hiệu quả "
                    "tài nguyên và bảo vệ môi trường.",
                    "timeframe": "năm 2020",
                    "lead": [_SXD],
                    "coordinating": [_STNMT, _SCT],
                },
                {
                    "code": "II.2.d.2",
                    "label": "*",
                    "text": "Phổ biến, hướng dẫn thực hiện các tiêu chuẩn, quy chuẩn kỹ thuật về vật liệu xây không "
                    "nung, cát nghiền (thực hiện hằng năm).",
                    "timeframe": _EVERY_YEAR,
                    "executing": [_SXD],
                },
                {
                    "code": "II.2.d.3",
                    "label": "*",
                    "text": "Xây dựng cơ chế khuyến khích các doanh nghiệp đầu tư sản xuất kinh doanh sản phẩm từ "
                    "nguồn phế thải (tro, xỉ) của ngành công nghiệp luyện kim.",
                    "timeframe": "năm 2020",
                    "lead": [_SXD],
                    "coordinating": [_SCT, _BQL],
                },
            ],
        },
        {
            # Printed "d)" in the scan: the second d) is đ).
            "code": "II.2.đ",
            "label": "đ)",
            "heading": True,
            "text": "Công nghiệp lọc hóa dầu, hóa chất",
            "sector": "Công nghiệp lọc hóa dầu, hóa chất",
            "children": [
                {
                    "code": "II.2.đ.1",
                    "label": "*",
                    "text": "Hoàn thành công tác bồi thường, giải phóng mặt bằng và hỗ trợ Tập đoàn Dầu khí Việt Nam "
                    "sớm triển khai dự án nâng cấp, mở rộng công suất Nhà máy lọc dầu Dung Quất lên 8,5 "
                    "triệu tấn/năm.",
                    "timeframe": "năm 2019",
                    "lead": [_BQL],
                    "coordinating": ["UBND huyện Bình Sơn"],
                    # The plan dates the site clearance (2019), not the upgraded capacity: no due year.
                    "targets": [
                        {
                            "description": "Công suất Nhà máy lọc dầu Dung Quất sau nâng cấp, mở rộng",
                            "unit": "triệu tấn/năm",
                            "comparison": "exactly",
                            "value": "8.5",
                            "due_year": None,
                            "original_text": "nâng cấp, mở rộng công suất Nhà máy lọc dầu Dung Quất lên 8,5 triệu "
                            "tấn/năm",
                        },
                    ],
                },
                {
                    "code": "II.2.đ.2",
                    "label": "*",
                    "text": "Xúc tiến thành lập Trung tâm Lọc hóa dầu và Trung tâm Năng lượng Quốc gia tại KKT Dung "
                    "Quất.",
                    "timeframe": "đến năm 2025",
                    "lead": [_SCT],
                    "coordinating": [_BQL],
                },
            ],
        },
        {
            "code": "II.2.e",
            "label": "e)",
            "heading": True,
            "text": "Công nghiệp dệt may - da giày",
            "sector": "Công nghiệp dệt may - da giày",
            "children": [
                {
                    "code": "II.2.e.1",
                    "label": "*",
                    "text": "Tiếp tục thực hiện kế hoạch xúc tiến thương mại, tiếp cận thị trường xuất khẩu mới đối "
                    "với các sản phẩm của ngành công nghiệp dệt may - da giày, các sản phẩm chủ lực của tỉnh "
                    "trên cơ sở thực hiện Kế hoạch xúc tiến thương mại tỉnh Quảng Ngãi đến năm 2020, ban "
                    "hành kèm theo Quyết định số 1428/QĐ-UBND ngày 02/8/2016 của UBND tỉnh Quảng Ngãi; tiếp "
                    "tục xây dựng kế hoạch thực hiện cho những năm tiếp theo.",
                    "timeframe": "xây dựng kế hoạch: năm 2020",
                    "executing": [_SCT],
                },
                {
                    "code": "II.2.e.2",
                    "label": "*",
                    "text": "Tiếp tục thu hút đầu tư, phát triển các dự án sản xuất thiết bị, nguyên liệu, phụ liệu, "
                    "dự án ngành công nghiệp phụ trợ phục vụ cho ngành dệt may - da giày; giảm dần tình "
                    "trạng phụ thuộc vào thiết bị, nguyên, phụ liệu nhập khẩu (thực hiện hằng năm).",
                    "timeframe": _EVERY_YEAR,
                    "lead": [_BQL],
                    "coordinating": [_SKHDT],
                },
            ],
        },
        {
            "code": "II.2.f",
            "label": "f)",
            "heading": True,
            "text": "Công nghiệp cơ khí, điện tử và sản xuất kim loại",
            "sector": "Công nghiệp cơ khí, điện tử và sản xuất kim loại",
            "children": [
                {
                    "code": "II.2.f.1",
                    "label": "*",
                    "text": "Đánh giá toàn bộ năng lực ngành cơ khí trên địa bàn tỉnh. Xây dựng kế hoạch, lộ trình "
                    "phát triển ngành cơ khí, luyện kim, cơ điện tử, thiết bị - phụ kiện điện tử phù hợp xu "
                    "thế hội nhập, điều kiện hiện có của tỉnh.",
                    "timeframe": "năm 2020",
                    "lead": [_SCT],
                    "coordinating": [_BQL],
                },
                {
                    "code": "II.2.f.2",
                    "label": "*",
                    "text": "Đẩy mạnh công tác tuyên truyền thu hút đầu tư, phát triển các phân ngành công nghiệp cơ "
                    "khí - công nghiệp nền tảng trên địa bàn tỉnh, thực hiện các chính sách ưu tiên, ưu đãi, "
                    "khuyến khích phát triển mạnh mẽ ngành cơ khí (thực hiện thường xuyên, hằng năm).",
                    "timeframe": _CONTINUOUS,
                    "co_lead": [_SKHDT, _BQL],
                    "coordinating": [_SCT],
                },
                {
                    "code": "II.2.f.3",
                    "label": "*",
                    "text": "Bổ sung vào Chương trình Xúc tiến đầu tư hằng năm các ngành nghề thuộc các lĩnh vực như "
                    "gang thép, cơ khí chế tạo, cơ khí nông nghiệp, cơ khí giao thông vận tải, sản phẩm hợp "
                    "kim, các sản phẩm có hàm lượng công nghệ cao kết hợp với kỹ thuật cơ điện tử, tự động "
                    "hóa và các phân ngành công nghiệp phụ trợ.\n\n"
                    "- Chú trọng thu hút đầu tư các nhà máy sản xuất các sản phẩm đóng vai trò tất yếu trong "
                    "công nghiệp 4.0 (thực hiện thường xuyên, hằng năm).",
                    "timeframe": _CONTINUOUS,
                    "executing": [_SKHDT, _BQL],
                },
            ],
        },
        {
            "code": "II.2.g",
            "label": "g)",
            "heading": True,
            "text": "Công nghiệp sản xuất và phân phối điện",
            "sector": _POWER,
            "children": [
                {
                    "code": "II.2.g.1",
                    "label": "*",
                    "text": "Triển khai, quản lý, giám sát thực hiện hợp phần quy hoạch phát triển điện lực tỉnh "
                    "Quảng Ngãi giai đoạn 2016-2025, có xét đến năm 2035, quy hoạch phát triển hệ thống điện "
                    "110 kV.",
                    "timeframe": "đến năm 2025 (đảm bảo đáp ứng mục tiêu phát triển kinh tế - xã hội của tỉnh, điện "
                    "thương phẩm dự báo đạt 4.108 triệu kWh)",
                    "lead": [_SCT],
                    "coordinating": [_SKHDT, _STC],
                    "targets": [
                        {
                            "description": "Điện thương phẩm",
                            "unit": "triệu kWh",
                            "comparison": "exactly",
                            "value": "4108",
                            "due_year": 2025,
                            "original_text": "điện thương phẩm dự báo đạt 4.108 triệu kWh",
                        },
                    ],
                },
                {
                    "code": "II.2.g.2",
                    "label": "*",
                    "text": "Tiếp tục triển khai, hoàn thành dự án cấp điện nông thôn tỉnh Quảng Ngãi.",
                    "timeframe": "đến năm 2025",
                    "lead": [_SCT],
                    "coordinating": [_SKHDT, _STC],
                },
                {
                    "code": "II.2.g.3",
                    "label": "*",
                    "text": "Xây dựng quy chế phối hợp quản lý, phát triển ngành điện trên địa bàn tỉnh.",
                    "timeframe": "năm 2020",
                    "executing": [_SCT],
                },
                {
                    "code": "II.2.g.4",
                    "label": "*",
                    "text": "Tiếp tục triển khai thực hiện nâng cao độ tin cậy cung cấp điện; tăng chỉ số tiếp cận "
                    "điện năng cho người dân, doanh nghiệp, nhà đầu tư; tăng cường thanh tra, kiểm tra hoạt "
                    "động đầu tư, cấp điện (thực hiện kiểm tra, đánh giá hằng năm).",
                    "timeframe": "(thực hiện kiểm tra, đánh giá hằng năm)",
                },
            ],
        },
        {
            "code": "II.2.h",
            "label": "h)",
            "sector": _POWER,
            "text": "Tiếp tục hỗ trợ, phối hợp nhà đầu tư thực hiện dự án Trung tâm Điện khí miền Trung tại KKT Dung "
            "Quất.",
        },
        {
            "code": "II.2.i",
            "label": "i)",
            "sector": _POWER,
            "text": "Nghiên cứu ứng dụng năng lượng gió để phát điện tại khu vực có tiềm năng.",
            "timeframe": "Đến năm 2030 xây dựng, vận hành được ít nhất 01 Nhà máy điện gió tại tỉnh Quảng Ngãi, công "
            "suất đặt ít nhất 100 MW.",
            "lead": [_SCT],
            "coordinating": [("UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió", _DISTRICTS)],
            "targets": [
                {
                    "description": "Nhà máy điện gió xây dựng, vận hành tại tỉnh Quảng Ngãi",
                    "unit": "nhà máy",
                    "comparison": "at_least",
                    "value": "1",
                    "due_year": 2030,
                    "original_text": "xây dựng, vận hành được ít nhất 01 Nhà máy điện gió tại tỉnh Quảng Ngãi",
                },
                {
                    "description": "Công suất đặt điện gió",
                    "unit": "MW",
                    "comparison": "at_least",
                    "value": "100",
                    "due_year": 2030,
                    "original_text": "công suất đặt ít nhất 100 MW",
                },
            ],
        },
        {
            "code": "II.2.k",
            "label": "k)",
            "sector": _POWER,
            "text": "Xây dựng chính sách phát triển năng lượng mặt trời trên địa bàn tỉnh, đặc biệt chú trọng gia "
            "tăng sản lượng điện được cung cấp các dự án điện mặt trời áp mái (các tòa nhà).",
            "timeframe": "Đến năm 2025 sản lượng điện cấp từ các dự án điện mặt trời và mặt trời áp mái đạt 800 "
            "triệu kWh.",
            "lead": [_SCT],
            "targets": [
                {
                    "description": "Sản lượng điện cấp từ các dự án điện mặt trời và mặt trời áp mái",
                    "unit": "triệu kWh",
                    "comparison": "exactly",
                    "value": "800",
                    "due_year": 2025,
                    "original_text": "sản lượng điện cấp từ các dự án điện mặt trời và mặt trời áp mái đạt 800 "
                    "triệu kWh",
                },
            ],
        },
    ],
}

_ENVIRONMENT = {
    "code": "II.3",
    "label": "3.",
    "heading": True,
    "text": "Xây dựng chính sách tạo lập môi trường đầu tư, kinh doanh thuận lợi cho phát triển công nghiệp",
    "children": [
        {
            "code": "II.3.a",
            "label": "a)",
            "text": "Rà soát, điều chỉnh, bổ sung Quyết định số 36/2016/QĐ-UBND ngày 29/7/2016 của UBND tỉnh ban "
            "hành quy định về ưu đãi, hỗ trợ và thu hút đầu tư của tỉnh Quảng Ngãi để phù hợp với từng thời "
            "điểm, giai đoạn nhằm khuyến khích, ưu đãi, hỗ trợ, xét chọn các nhà đầu tư có đủ nguồn lực, "
            "năng lực, kinh nghiệm thực hiện các dự án đầu tư trên địa bàn.\n\n"
            "Trong đó, đặc biệt quan tâm đến các lĩnh vực công nghiệp có hàm lượng giá trị gia tăng cao, "
            "các ngành công nghiệp ưu tiên, công nghiệp công nghệ cao, mới, sạch, công nghiệp xanh, công "
            "nghiệp phụ trợ, công nghiệp chế biến sử dụng các nguyên phụ liệu hiện có của tỉnh và công "
            "nghiệp sử dụng nhiều lao động.",
            "timeframe": "Năm 2020",
            "lead": [_SKHDT],
            "coordinating": [_SKHCN, _SCT, _SNN, _BQL],
        },
        {
            "code": "II.3.b",
            "label": "b)",
            "text": "Xây dựng Đề án thành lập Quỹ tín dụng doanh nghiệp nhỏ và vừa trên địa bàn tỉnh Quảng Ngãi.",
            "timeframe": "năm 2020",
            "lead": [_STC],
        },
        {
            "code": "II.3.c",
            "label": "c)",
            "text": "Thường xuyên hướng dẫn, kiểm tra việc thực thi hệ thống quy chuẩn, tiêu chuẩn kỹ thuật trong "
            "ngành công nghiệp. Tăng cường công tác kiểm tra chất lượng, kiểm soát thị trường, chống các "
            "hành vi độc quyền, cạnh tranh không lành mạnh, buôn lậu, gian lận thương mại, làm hàng giả, vi "
            "phạm sở hữu trí tuệ trong lĩnh vực công nghiệp để đảm bảo sản xuất kinh doanh ổn định, an toàn "
            "và thị trường lành mạnh (thực hiện thường xuyên, hằng năm).",
            "timeframe": _CONTINUOUS,
            "executing": [_SKHCN, "Cục Quản lý thị trường tỉnh", _SCT],
        },
        {
            "code": "II.3.d",
            "label": "d)",
            "text": "Xây dựng kế hoạch hỗ trợ Hệ sinh thái khởi nghiệp, đổi mới sáng tạo tỉnh Quảng Ngãi.",
            "timeframe": "năm 2020",
            "lead": [_SKHCN],
        },
        {
            "code": "II.3.đ",
            "label": "đ)",
            "text": "Tiếp tục thực hiện chương trình xúc tiến, kêu gọi đầu tư hằng năm, trong đó thiết kế riêng các "
            "chính sách hỗ trợ đột phá cho phát triển các ngành công nghiệp chủ lực theo định hướng ưu tiên "
            "phát triển của tỉnh (thực hiện thường xuyên, hằng năm).",
            "timeframe": _CONTINUOUS,
            "lead": [_SKHDT],
        },
    ],
}

_ENTERPRISES = {
    "code": "II.4",
    "label": "4.",
    "heading": True,
    "text": "Chính sách phát triển doanh nghiệp công nghiệp",
    "children": [
        {
            "code": "II.4.a",
            "label": "a)",
            "text": "Tập trung triển khai thực hiện có hiệu quả Chương trình hành động số 25-CTr/TU ngày 28/8/2017 "
            "của Tỉnh ủy thực hiện Nghị quyết số 10-NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương khóa "
            "XII về phát triển kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế thị trường định "
            "hướng xã hội chủ nghĩa.\n\n"
            "Phát triển các doanh nghiệp công nghiệp tư nhân thực sự trở thành động lực quan trọng trong "
            "phát triển công nghiệp của tỉnh. Chú trọng xây dựng và triển khai các chính sách nâng cao năng "
            "lực công nghệ, quản trị cho các doanh nghiệp công nghiệp trong nước, nói chung.",
        },
        {
            "code": "II.4.b",
            "label": "b)",
            "text": "Điều chỉnh kế hoạch phát triển doanh nghiệp siêu nhỏ, nhỏ và vừa trên địa bàn tỉnh đảm bảo có "
            "tính khả thi.",
            "timeframe": "năm 2019",
            "lead": [_SKHDT],
            "coordinating": [_BQL, _SCT, _STC, _SLD],
        },
        {
            "code": "II.4.c",
            "label": "c)",
            "text": "Tiếp tục đẩy mạnh thu hút đầu tư các dự án công nghiệp có quy mô lớn, sử dụng công nghệ cao, "
            "thân thiện môi trường, tiết kiệm năng lượng, sản xuất sản phẩm đạt tiêu chuẩn quốc tế; kể cả "
            "các doanh nghiệp có vốn đầu tư nước ngoài (thực hiện thường xuyên, hằng năm).",
            "timeframe": _CONTINUOUS,
        },
        {
            "code": "II.4.d",
            "label": "d)",
            "text": "Hoàn thiện, bổ sung cơ chế, chính sách khuyến khích đầu tư, thu hút các nhà đầu tư kinh doanh "
            "hạ tầng kỹ thuật và hạ tầng xã hội tại các KCN, CCN, thay đổi phương thức đầu tư hạ tầng KCN, "
            "CCN từ chủ yếu sử dụng nguồn vốn NSNN sang khuyến khích các doanh nghiệp đầu tư, kinh doanh hạ "
            "tầng kỹ thuật.\n\n"
            "Trong đó, tập trung hỗ trợ các nhà đầu tư và kinh doanh hạ tầng KCN như: KCN - Đô thị - Dịch "
            "vụ VSIP Quảng Ngãi, Khu Đô thị - công nghiệp Dung Quất, KCN Bình Hòa - Bình Phước và cùng với "
            "các nhà đầu tư kêu gọi, thu hút các dự án đầu tư thứ cấp vào các KCN, CCN đạt hiệu quả (thực "
            "hiện thường xuyên, hằng năm).",
            "timeframe": _CONTINUOUS,
            "executing": [_BQL, _DISTRICTS],
        },
        {
            "code": "II.4.đ",
            "label": "đ)",
            "text": "Tiếp tục thực hiện có hiệu quả Kế hoạch phát triển kinh tế tư nhân trở thành động lực quan "
            "trọng của nền kinh tế đã được UBND ban hành tại Kế hoạch số 6089/KH-UBND ngày 03/10/2017 (thực "
            "hiện thường xuyên hằng năm).",
            "timeframe": "(thực hiện thường xuyên hằng năm)",
        },
    ],
}

_WORKFORCE = {
    "code": "II.5",
    "label": "5.",
    "heading": True,
    "text": "Chính sách phát triển nguồn nhân lực công nghiệp",
    "children": [
        {
            "code": "II.5.a",
            "label": "a)",
            "text": "Xây dựng kế hoạch định hướng nghề nghiệp, phát triển nguồn nhân lực qua đào tạo nghề đảm bảo về "
            "số lượng, chất lượng, cơ cấu trình độ, cơ cấu ngành nghề đào tạo, đáp ứng nhu cầu nhân lực kỹ "
            "thuật trực tiếp của thị trường công nghiệp. Trong đó, chú trọng đào tạo và phát triển nguồn "
            "nhân lực là người dân tộc thiểu số trên địa bàn.",
            "timeframe": "năm 2020",
            "lead": [_SLD],
            "coordinating": ["Hệ thống các Trường Trung cấp, Cao đẳng, Đại học trên địa bàn", _DISTRICTS],
        },
        {
            "code": "II.5.b",
            "label": "b)",
            "text": "Xây dựng chính sách, hỗ trợ các cơ sở giáo dục nghề nghiệp liên kết với doanh nghiệp FDI, tập "
            "đoàn lớn trong và ngoài nước đào tạo nguồn nhân lực theo hợp đồng.",
            "timeframe": "+ Hoàn thành xây dựng chính sách trong năm 2020;\n"
            "+ Ký hợp đồng đào tạo nguồn nhân lực giữa các cơ sở giáo dục nghề nghiệp với các doanh "
            "nghiệp FDI, tập đoàn lớn: Ít nhất có 05 hợp đồng được ký kết đến năm 2025.",
            "lead": [("Sở Lao động - Thương binh và Xã hội; các tổ chức liên quan", _SLD)],
            "coordinating": [_BQL],
            "targets": [
                {
                    "description": "Hợp đồng đào tạo nguồn nhân lực giữa các cơ sở giáo dục nghề nghiệp với các "
                    "doanh nghiệp FDI, tập đoàn lớn",
                    "unit": "hợp đồng",
                    "comparison": "at_least",
                    "value": "5",
                    "due_year": 2025,
                    "original_text": "Ít nhất có 05 hợp đồng được ký kết đến năm 2025",
                },
            ],
        },
        {
            "code": "II.5.c",
            "label": "c)",
            "text": "Xây dựng kế hoạch thực hiện đến năm 2025 để tỉnh Quảng Ngãi là địa phương có ít nhất 02 trường "
            "nghề uy tín trong vùng kinh tế trọng điểm miền Trung, có chương trình đào tạo tiếp cận với "
            "trình độ ASEAN-4; cung cấp nguồn lao động công nghiệp có tay nghề cao.",
            "timeframe": "+ Xây dựng kế hoạch hoàn thành trong năm 2020.\n"
            "+ Thực hiện hoàn thành kế hoạch đến năm 2025.",
            "lead": [_SLD],
            "targets": [
                {
                    "description": "Trường nghề uy tín trong vùng kinh tế trọng điểm miền Trung, có chương trình "
                    "đào tạo tiếp cận trình độ ASEAN-4",
                    "unit": "trường",
                    "comparison": "at_least",
                    "value": "2",
                    "due_year": 2025,
                    "original_text": "có ít nhất 02 trường nghề uy tín trong vùng kinh tế trọng điểm miền Trung",
                },
            ],
        },
        {
            # Coordinating: "Các cơ quan, tổ chức liên quan theo đề xuất của cơ quan chủ trì" (no agency).
            "code": "II.5.d",
            "label": "d)",
            "text": "Tham mưu UBND tỉnh ban hành chính sách, nội dung, phương pháp giáo dục mới nhằm tạo ra nguồn lực "
            "có khả năng tiếp nhận các xu thế công nghệ mới, trong đó cần tập trung vào thúc đẩy đào tạo về "
            "khoa học, công nghệ, kỹ thuật và toán học (STEM), ngoại ngữ, tin học trong chương trình giáo "
            "dục phổ thông;\n\n"
            "Thực hiện hướng nghiệp cho học sinh phổ thông theo xu thế của cuộc cách mạng công nghệ lần thứ "
            "4.",
            "timeframe": "năm 2020",
            "lead": [_SGD],
        },
        {
            "code": "II.5.đ",
            "label": "đ)",
            "text": "Xây dựng chính sách thu hút người lao động là công nhân, kỹ sư có kinh nghiệm làm việc từ 3 đến "
            "5 năm ở các nước có ngành công nghiệp phát triển.",
            "timeframe": "năm 2020",
            "lead": [_SLD],
        },
        {
            "code": "II.5.e",
            "label": "e)",
            "text": "Tiếp tục tổ chức thực hiện hiệu quả các cơ chế, chính sách phát triển nguồn nhân lực công "
            "nghiệp, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa, yêu cầu của cuộc cách mạng công nghiệp "
            "lần thứ 4 (thực hiện thường xuyên hằng năm).",
            "timeframe": "(thực hiện thường xuyên hằng năm)",
            "co_lead": [_SGD, _SLD],
        },
        {
            "code": "II.5.g",
            "label": "g)",
            "text": "Quy hoạch quỹ đất và xây dựng chính sách nhà ở xã hội, hạ tầng xã hội cho người lao động tại "
            "các khu công nghiệp, cụm công nghiệp.",
            "timeframe": "năm 2020",
            "lead": [_SXD],
            "coordinating": [_STNMT, _SLD],
        },
    ],
}

_SCIENCE_PERIOD = "Từ năm 2020 - 2025"

_SCIENCE = {
    "code": "II.6",
    "label": "6.",
    "heading": True,
    "text": "Xây dựng chính sách khoa học công nghệ cho phát triển công nghiệp",
    "children": [
        {
            # Coordinating also "các tổ chức liên quan" (no agency).
            "code": "II.6.a",
            "label": "a)",
            "text": "Xây dựng Đề án ứng dụng khoa học công nghệ trong tái cơ cấu ngành Công Thương giai đoạn đến năm "
            "2030, tầm nhìn đến năm 2045.",
            "timeframe": "năm 2020",
            "lead": [_SCT],
            "coordinating": [_SKHCN, _BQL],
        },
        {
            "code": "II.6.b",
            "label": "b)",
            "text": "Tham mưu xây dựng, trình ban hành các chương trình, kế hoạch cụ thể sau đây:",
            "timeframe": _SCIENCE_PERIOD,
            "lead": [_SKHCN],
            "children": [
                {
                    "code": f"II.6.b.{number}",
                    "label": "-",
                    "text": text,
                    "timeframe": _SCIENCE_PERIOD,
                    "lead": [_SKHCN],
                }
                for number, text in enumerate(
                    [
                        "Chương trình khoa học và công nghệ hỗ trợ đổi mới thiết bị, công nghệ trong khu vực sản xuất, "
                        "kinh doanh trên địa bàn tỉnh;",
                        "Chương trình khoa học và công nghệ phát triển tài sản trí tuệ tỉnh Quảng Ngãi;",
                        "Chương trình hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng hàng hóa, sản phẩm;",
                        "Kế hoạch hỗ trợ Hệ sinh thái khởi nghiệp đổi mới và sáng tạo tỉnh Quảng Ngãi;",
                        "Chương trình phát triển thị trường khoa học và công nghệ tỉnh Quảng Ngãi.",
                    ],
                    start=1,
                )
            ],
        },
        {
            "code": "II.6.c",
            "label": "c)",
            "text": "Xây dựng kế hoạch và triển khai thực hiện đầu tư phát triển hạ tầng công nghệ thông tin và truyền "
            "thông đồng bộ cho vùng sâu, vùng xa, miền núi, hải đảo; phủ sóng 5G toàn bộ khu vực tỉnh Quảng "
            "Ngãi.",
            "timeframe": "đến năm 2025",
            "executing": [_STTTT],
        },
        {
            "code": "II.6.d",
            "label": "d)",
            "text": "Xây dựng kế hoạch thành lập Khu công nghệ thông tin tập trung tại Quảng Ngãi.",
            "timeframe": "đến năm 2025",
            "executing": [_STTTT],
        },
        {
            "code": "II.6.đ",
            "label": "đ)",
            "text": "Lập đề án xây dựng mô hình thành phố thông minh tỉnh Quảng Ngãi giai đoạn 2021 - 2030, tầm nhìn "
            "đến năm 2045.",
            "timeframe": "năm 2020",
            "executing": [_STTTT],
        },
        {
            "code": "II.6.e",
            "label": "e)",
            "text": "Tiếp tục thực hiện hiệu quả Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương "
            "Đảng khóa XI về phát triển khoa học công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa "
            "trong điều kiện kinh tế thị trường, định hướng xã hội chủ nghĩa.",
        },
        {
            "code": "II.6.g",
            "label": "g)",
            "text": "Tham mưu thành lập Quỹ hỗ trợ phát triển ứng dụng công nghệ mới trong áp dụng công nghệ trí tuệ "
            "nhân tạo (AI), công nghệ Blockchain trong các lĩnh vực như: Tài chính, y tế, logistics, giáo "
            "dục, thương mại điện tử, tiền điện tử, sản xuất công nghiệp, sản xuất nông nghiệp, truy xuất "
            "nguồn gốc sản phẩm.",
            "timeframe": "năm 2021",
            "lead": [_SKHCN],
        },
    ],
}

_RESOURCES = {
    "code": "II.7",
    "label": "7.",
    "heading": True,
    "text": "Xây dựng chính sách khai thác tài nguyên, khoáng sản và chính sách bảo vệ môi trường, thích ứng với "
    "biến đổi khí hậu trong quá trình phát triển công nghiệp",
    "children": [
        {
            "code": "II.7.a",
            "label": "a)",
            "text": "Tiếp tục triển khai thực hiện Đề án bảo vệ môi trường tỉnh Quảng Ngãi giai đoạn 2013 - 2015 và "
            "định hướng đến năm 2020. Xây dựng hoàn thiện phương án bảo vệ, điều tra cơ bản địa chất về "
            "khoáng sản, thăm dò, khai thác và sử dụng tài nguyên khoáng sản trong Quy hoạch tỉnh (thực hiện "
            "thường xuyên hằng năm).",
            "timeframe": "(thực hiện thường xuyên hằng năm)",
            "executing": [_STNMT],
        },
        {
            "code": "II.7.b",
            "label": "b)",
            "text": "Xây dựng Quy định về trách nhiệm bảo vệ khoáng sản chưa khai thác, gắn với trách nhiệm bảo vệ "
            "môi trường của cơ quan quản lý nhà nước có thẩm quyền và các cơ sở thuộc ngành công nghiệp "
            "khoáng sản.",
            "timeframe": "Thực hiện ngay sau khi có quy hoạch tỉnh",
            "executing": [_STNMT],
        },
        {
            "code": "II.7.c",
            "label": "c)",
            "text": "Tiếp tục định hướng các chính sách khai thác khoáng sản phù hợp với việc triển khai thực hiện "
            "Quyết định số 159/2008/QĐ-TTg ngày 04/12/2008 của Thủ tướng Chính phủ về việc phê duyệt Đề án "
            "đổi mới và hiện đại hóa công nghệ ngành công nghiệp khai khoáng đến năm 2015, tầm nhìn đến năm "
            "2025; Quyết định số 2427/QĐ-TTg ngày 22/12/2011 của Thủ tướng Chính phủ về phê duyệt Chiến lược "
            "khoáng sản đến năm 2020, tầm nhìn đến năm 2030.\n\n"
            "Tăng cường công tác kiểm tra, thanh tra, giám sát các hoạt động liên quan và xử lý nghiêm các "
            "hành vi vi phạm. Khuyến khích phát triển xã hội hóa các cơ sở ngành công nghiệp môi trường và "
            "đẩy mạnh xã hội hóa công tác bảo vệ môi trường, xử lý chất thải trên địa bàn tỉnh (thực hiện "
            "thường xuyên, hằng năm).",
            "timeframe": _CONTINUOUS,
        },
        {
            "code": "II.7.d",
            "label": "d)",
            "text": "Tổ chức thực hiện các hoạt động giảm nhẹ phát thải khí nhà kính phù hợp với điều kiện tỉnh Quảng "
            "Ngãi.",
            "timeframe": "Thời gian hoàn thành: năm 2030",
            "lead": [_STNMT],
            "coordinating": [_SKHDT, _STC, ("UBND các huyện, thành phố trên địa bàn tỉnh", _DISTRICTS)],
        },
    ],
}

_LEADERSHIP = {
    "code": "II.8",
    "label": "8.",
    "heading": True,
    "text": "Nâng cao năng lực lãnh đạo của Đảng, hiệu lực, hiệu quả quản lý của Nhà nước, phát huy quyền làm chủ "
    "của nhân dân trong xây dựng và triển khai thực hiện chính sách phát triển công nghiệp",
    "children": [
        {
            "code": "II.8.1",
            "label": "-",
            "text": "Đẩy mạnh phổ biến, tuyên truyền về vai trò và nội dung của chính sách phát triển công nghiệp. Xây "
            "dựng và tổ chức thực hiện chính sách phát triển công nghiệp phải được đưa vào nội dung lãnh đạo "
            "quan trọng của cấp ủy đảng. Gắn mục tiêu, nhiệm vụ phát triển công nghiệp với các mục tiêu, "
            "nhiệm vụ phát triển kinh tế - xã hội của các cấp, các ngành.",
        },
        {
            "code": "II.8.2",
            "label": "-",
            "text": "Các cơ quan chuyên môn của UBND tỉnh thường xuyên, kịp thời tham mưu UBND tỉnh xây dựng văn bản "
            "quy phạm pháp luật, hướng dẫn thực hiện các văn bản pháp luật liên quan đến lĩnh vực công "
            "nghiệp, phát triển công nghiệp (thực hiện thường xuyên hằng năm).",
            "timeframe": "(thực hiện thường xuyên hằng năm)",
            "executing": [("Các cơ quan chuyên môn của UBND tỉnh", "Các sở, ngành liên quan")],
        },
        {
            "code": "II.8.3",
            "label": "-",
            "text": "Phối hợp chặt chẽ với các bộ, ngành thực hiện cơ cấu lại hệ thống quản lý công nghiệp, đặc biệt "
            "ở cấp huyện theo nguyên tắc tập trung đầu mối, thông suốt, hiệu quả, rõ người, rõ trách nhiệm; "
            "đảm bảo các chính sách được thực hiện hiệu quả, thống nhất.",
        },
    ],
}

_TASKS_AND_SOLUTIONS = {
    "code": "II",
    "label": "II.",
    "heading": True,
    "text": "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN",
    "children": [_SPACE, _SECTORS, _ENVIRONMENT, _ENTERPRISES, _WORKFORCE, _SCIENCE, _RESOURCES, _LEADERSHIP],
}

_ORGANISATION = {
    "code": "III",
    "label": "III.",
    "heading": True,
    "text": "TỔ CHỨC THỰC HIỆN",
    "children": [
        {
            "code": "III.1",
            "label": "1.",
            "text": "Thủ trưởng các sở, ban, ngành tỉnh, UBND các huyện, thành phố xây dựng kế hoạch triển khai cụ "
            "thể để triển khai thực hiện nhiệm vụ được giao tại Kế hoạch này. Bổ sung nhiệm vụ vào kế hoạch "
            "hằng năm của cơ quan, đơn vị để thực hiện; thường xuyên kiểm tra, đôn đốc việc thực hiện Kế "
            "hoạch; định kỳ báo cáo UBND tỉnh kết quả thực hiện (qua Sở Công Thương) để tổng hợp, báo cáo "
            "UBND tỉnh.",
            "timeframe": "định kỳ",
            "executing": [("Thủ trưởng các sở, ban, ngành tỉnh", "Các sở, ngành liên quan"), _DISTRICTS],
        },
        {
            "code": "III.2",
            "label": "2.",
            "text": "Sở Công Thương có trách nhiệm chủ trì, phối hợp với các sở, ban, ngành, các địa phương theo dõi, "
            "đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ báo cáo UBND tỉnh các biện pháp cần thiết "
            "để bảo đảm thực hiện đồng bộ và có hiệu quả; theo dõi, tham mưu UBND tỉnh sơ kết, tổng kết kết "
            "quả thực hiện Chương trình hành động số 37-CTr/TU của Tỉnh ủy; tổng hợp, tham mưu UBND tỉnh "
            "báo cáo Ban Thường vụ Tỉnh ủy theo dõi, chỉ đạo.",
            "timeframe": "định kỳ",
            "lead": [_SCT],
            "coordinating": [
                ("các sở, ban, ngành", "Các sở, ngành liên quan"),
                ("các địa phương", "UBND các huyện, thị xã, thành phố"),
            ],
        },
        {
            "code": "III.3",
            "label": "3.",
            "text": "Định kỳ 3 năm, 5 năm phải đánh giá hiệu quả hoạt động theo các tiêu chí đề ra để có điều chỉnh "
            "phù hợp với tình hình, xu thế phát triển mới.",
            "timeframe": "Định kỳ 3 năm, 5 năm",
        },
        {
            "code": "III.4",
            "label": "4.",
            "heading": True,
            "text": "Trong quá trình tổ chức thực hiện Kế hoạch, nếu có phát sinh vướng mắc hoặc cần phải cập nhật, "
            "điều chỉnh, bổ sung, thay thế, bãi bỏ nội dung liên quan cho phù hợp thực tiễn; các cơ quan, tổ "
            "chức, đơn vị liên quan kịp thời phản ánh (thông qua Sở Công Thương) để tham mưu UBND tỉnh xem "
            "xét, chỉ đạo thực hiện.",
        },
    ],
}

TASKS = [_PURPOSES, _TASKS_AND_SOLUTIONS, _ORGANISATION]
